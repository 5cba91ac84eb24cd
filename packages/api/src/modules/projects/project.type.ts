// Project types and projects in the contract: the Project node's own fields, and the lists
// (projectTypes, projects, myProjects). Plan, money, sponsors, evaluation and the timeline are
// added to Project by project.fields.ts.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId, toGlobalId } from "../../shared/ids.js";
import { accountScope } from "../accounts/account.service.js";
import { isLead, mayWork, overdueWhere } from "./project.access.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { ProjectOriginEnum, ProjectStatusEnum, ProjectStepEnum, ProjectTypeStepEnum, ProjectWorkEnum } from "./enums.type.js";
import { allowedSteps, allowedWork, approvalNeedsResolution, isPublic, PROJECT_TYPE_STEPS, stepActions, SURVEY_STATUSES, type ProjectStatus } from "./rules.js";
import { actingOrNobody, actingResident } from "../../shared/actor.js";

builder.prismaNode("ProjectType", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "项目类型: 街长制, 志愿楼长, 夏令营, 农民夜校, 四点半课堂, 长者饭堂, 微更新 … (per community).",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "project:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    active: t.exposeBoolean("active", { description: "false: 停用, no new projects of this type." }),
    allowedSteps: t.field({
      type: [ProjectTypeStepEnum],
      description: "The steps the viewer may take now (updateProjectType, with project:manage): EDIT, and DEACTIVATE while active or ACTIVATE while not.",
      select: { active: true, communityId: true },
      resolve: (pt, _a, ctx) => allowedStepsFor(ctx, pt.communityId, PROJECT_TYPE_STEPS, pt),
    }),
    community: t.relation("community"),
    projectCount: t.relationCount("projects"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export const ProjectNode = builder.prismaNode("Project", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "特色服务项目 / 微治理项目 (the N of 1+2+N). Readable with project:read in its community; requestText, requester and internalNote only with project:manage (resident:read for the requester). The lead (项目负责人) is an Account.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "project:read") }),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    status: t.expose("status", { type: ProjectStatusEnum }),
    origin: t.expose("origin", { type: ProjectOriginEnum }),
    type: t.relation("type"),
    community: t.relation("community"),
    requestText: t.string({
      nullable: true,
      description: "RESIDENT_REQUEST: the request in the resident's words (project:manage, or an app acting for the resident who asked).",
      select: { requestText: true, communityId: true, requesterResidentId: true },
      resolve: async (p, _a, ctx) => {
        const own = !!p.requesterResidentId && actingResident(ctx) === p.requesterResidentId;
        return own || (await can(ctx, "project:manage", p.communityId)) ? p.requestText : null;
      },
    }),
    requester: t.prismaField({
      type: "Resident",
      nullable: true,
      description: "RESIDENT_REQUEST: who asked (viewers holding resident:read and project:manage only).",
      select: { requesterResidentId: true, communityId: true },
      resolve: async (query, p, _a, ctx) =>
        p.requesterResidentId && (await can(ctx, "project:manage", p.communityId)) && (await can(ctx, "resident:read", p.communityId))
          ? ctx.prisma.resident.findUnique({ ...query, where: { id: p.requesterResidentId } })
          : null,
    }),
    topic: t.prismaField({
      type: "Topic",
      nullable: true,
      description: "The deliberation topic it comes from or was deliberated as (null without deliberation:read).",
      select: { topicId: true, communityId: true },
      resolve: async (query, p, _a, ctx) =>
        p.topicId && (await can(ctx, "deliberation:read", p.communityId)) ? ctx.prisma.topic.findUnique({ ...query, where: { id: p.topicId } }) : null,
    }),
    leadId: t.id({ nullable: true, description: "The lead's Account id.", select: { leadAccountId: true }, resolve: (p) => (p.leadAccountId ? toGlobalId("Account", p.leadAccountId) : null) }),
    leadName: t.string({ nullable: true, description: "项目负责人's display name.", select: { lead: { select: { displayName: true } } }, resolve: (p) => p.lead?.displayName ?? null }),
    lead: t.prismaField({
      type: "Account",
      nullable: true,
      description: "The lead's account, for viewers who may read accounts (see leadName otherwise).",
      select: { leadAccountId: true },
      resolve: (query, p, _a, ctx) => (p.leadAccountId ? ctx.prisma.account.findFirst({ ...query, where: { id: p.leadAccountId, AND: [accountScope(ctx, "account:read")] } }) : null),
    }),
    viewerIsLead: t.boolean({ description: "The signed-in account leads this project.", select: { leadAccountId: true }, resolve: (p, _a, ctx) => isLead(ctx, p) }),
    organization: t.relation("organization", { nullable: true, description: "承办: the social organization carrying it out." }),
    wholeCommunity: t.boolean({ description: "The area is the whole community (no grids named).", select: { _count: { select: { grids: true } } }, resolve: (p) => p._count.grids === 0 }),
    grids: t.prismaField({
      type: ["Grid"],
      description: "The grids of the area, by name (empty: the whole community).",
      select: { id: true },
      resolve: (query, p, _a, ctx) => ctx.prisma.grid.findMany({ ...query, where: { projectGrids: { some: { projectId: p.id } } }, orderBy: { name: "asc" } }),
    }),
    plannedStartOn: t.expose("plannedStartOn", { type: "Date", nullable: true }),
    plannedEndOn: t.expose("plannedEndOn", { type: "Date", nullable: true }),
    percentComplete: t.exposeInt("percentComplete", { description: "0–100: the latest progress update's (100 once completed)." }),
    internalNote: t.string({
      nullable: true,
      description: "Staff notes (project:manage only; never public).",
      select: { internalNote: true, communityId: true },
      resolve: async (p, _a, ctx) => ((await can(ctx, "project:manage", p.communityId)) ? p.internalNote : null),
    }),
    approvedAt: t.expose("approvedAt", { type: "DateTime", nullable: true }),
    approvedByName: t.exposeString("approvedByName", { nullable: true, description: "Who approved (the approval record)." }),
    approvalNote: t.exposeString("approvalNote", { nullable: true, description: "审批意见." }),
    resolution: t.relation("resolution", { nullable: true, description: "The committee's resolution (决议) it was approved by." }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    completionSummary: t.exposeString("completionSummary", { nullable: true }),
    evaluatedAt: t.expose("evaluatedAt", { type: "DateTime", nullable: true }),
    committeeScore: t.exposeInt("committeeScore", { nullable: true, description: "评议 score, 0–100." }),
    committeeComment: t.exposeString("committeeComment", { nullable: true }),
    evaluatedByName: t.exposeString("evaluatedByName", { nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    isPublic: t.boolean({ description: "Approved (and later): listed in publicProjects.", select: { approvedAt: true }, resolve: (p) => isPublic(p) }),
    allowedSteps: t.field({
      type: [ProjectStepEnum],
      description:
        "The lifecycle steps the viewer may take now: those the project's state allows (guards included), whose actions the viewer holds (APPROVE: project:approve; EVALUATE: project:review; CANCEL: project:manage, and project:approve once approved; the rest: project:manage).",
      select: { status: true, topicId: true, leadAccountId: true, approvedAt: true, communityId: true, _count: { select: { milestones: { where: { completedOn: null } } } } },
      resolve: (p, _a, ctx) => heldSteps(ctx, p.communityId, allowedSteps({ ...p, openMilestones: p._count.milestones }), (s) => stepActions(s, p)),
    }),
    allowedWork: t.field({
      type: [ProjectWorkEnum],
      description: "The work the viewer may do on the project now (besides its lifecycle steps): allowed by its status, with the grant each takes (or as its lead, where the lead may).",
      select: { status: true, communityId: true, leadAccountId: true },
      resolve: async (p, _a, ctx) => {
        const work = allowedWork(p.status);
        const may = await Promise.all(work.map((w) => mayWork(ctx, p, w)));
        return work.filter((_w, i) => may[i]);
      },
    }),
    approvalNeedsResolution: t.boolean({
      description: "APPROVE must name the committee's resolution (input.resolutionId): the project is before the deliberation committee (DELIBERATING).",
      select: { status: true },
      resolve: (p) => approvalNeedsResolution(p.status),
    }),
    surveyOpen: t.boolean({
      description: "Residents answer the satisfaction survey now (completed, not yet evaluated).",
      select: { status: true },
      resolve: (p) => SURVEY_STATUSES.includes(p.status),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

interface ListArgs {
  communityId: string;
  statuses?: ProjectStatus[] | null;
  typeId?: string | null;
  leadId?: string | null;
  search?: string | null;
  overdue?: boolean | null;
  requestedByViewer?: boolean | null;
}

function projectWhere(ctx: Context, args: ListArgs): Prisma.ProjectWhereInput {
  const typeId = parseOptionalId("typeId", args.typeId, "ProjectType");
  const leadId = parseOptionalId("leadId", args.leadId, "Account");
  const search = args.search?.trim();
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "project:read"),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(typeId ? { typeId } : {}),
    ...(leadId ? { leadAccountId: leadId } : {}),
    // 群众点菜, "my requests": the acting resident's own (none for accounts).
    ...(args.requestedByViewer ? { origin: "RESIDENT_REQUEST" as const, requesterResidentId: actingOrNobody(ctx) } : {}),
    AND: [...(search ? [{ OR: [{ title: { contains: search } }, { description: { contains: search } }] }] : []), ...(args.overdue ? [overdueWhere(ctx)] : [])],
  };
}

function myWhere(ctx: Context, args: { statuses?: ProjectStatus[] | null; overdue?: boolean | null }): Prisma.ProjectWhereInput {
  if (ctx.actor.kind !== "account") return { id: { in: [] } };
  return {
    leadAccountId: ctx.actor.accountId,
    community: communityScope(ctx, "project:read"),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    AND: args.overdue ? [overdueWhere(ctx)] : [],
  };
}

function typeWhere(ctx: Context, args: { communityId: string; includeInactive?: boolean | null }): Prisma.ProjectTypeWhereInput {
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "project:read"),
    ...(args.includeInactive ? {} : { active: true }),
  };
}

builder.queryFields((t) => ({
  projectTypes: t.prismaConnection({
    type: "ProjectType",
    cursor: "id",
    description: "A community's project types, oldest first; inactive ones only with includeInactive. Needs project:read.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id(), includeInactive: t.arg.boolean({ required: false }) },
    totalCount: (_p, args, ctx) => ctx.prisma.projectType.count({ where: typeWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.projectType.findMany({ ...query, where: typeWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  projects: t.prismaConnection({
    type: "Project",
    cursor: "id",
    description: "A community's projects, oldest first. Filters combine with AND. Needs project:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      statuses: t.arg({ type: [ProjectStatusEnum], required: false }),
      typeId: t.arg.id({ required: false }),
      leadId: t.arg.id({ required: false, description: "Only projects led by this Account." }),
      search: t.arg.string({ required: false, description: "Part of the title or description." }),
      overdue: t.arg.boolean({ required: false, description: "Only approved or running projects with a milestone past its planned end." }),
      requestedByViewer: t.arg.boolean({
        required: false,
        description: "群众点菜: only the projects the acting resident (signed in, or the one an app acts for) requested (requestProject); empty for accounts.",
      }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.project.count({ where: projectWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.project.findMany({ ...query, where: projectWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  myProjects: t.prismaConnection({
    type: "Project",
    cursor: "id",
    description:
      "For project leads: the projects the signed-in account leads, in every community it reads, oldest first (see nextMilestone, overdueMilestoneCount and budget.burnRate). Empty for API clients.",
    authScopes: { loggedIn: true },
    args: { statuses: t.arg({ type: [ProjectStatusEnum], required: false }), overdue: t.arg.boolean({ required: false }) },
    totalCount: (_p, args, ctx) => ctx.prisma.project.count({ where: myWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.project.findMany({ ...query, where: myWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
