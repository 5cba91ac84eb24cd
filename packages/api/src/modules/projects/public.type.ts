// The transparency feed for third parties (no sign-in): projects once approved, with their
// progress, spending, sponsors, beneficiaries and evaluation. Only public facts: no requester, no
// phone numbers, no internal notes, no receipts, no staff names on the timeline.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import type { ProjectEventKind } from "../../generated/prisma/enums.js";
import { parseId, parseOptionalId, toGlobalId } from "../../shared/ids.js";
import { BudgetWarningEnum, FundingSourceEnum, ProjectEventKindEnum, ProjectOriginEnum, ProjectStatusEnum, SponsorshipKindEnum, SponsorshipStatusEnum, SponsorTypeEnum } from "./enums.type.js";
import { satisfactionOf, SatisfactionRef } from "./evaluation.type.js";
import { ProjectBudgetRef } from "./money.type.js";
import { fileUrl } from "./plan.type.js";
import { budgetSummary, figures, milestoneOverdue, SURVEY_STATUSES, type ProjectStatus } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";
import { sumFen } from "../../shared/money.js";

/** Timeline entries the public sees (their summaries are built from public facts). */
export const PUBLIC_EVENT_KINDS: ProjectEventKind[] = ["TRANSITION", "MILESTONE_REACHED", "PROGRESS_UPDATE", "EXPENSE", "EXPENSE_REVERSED", "SPONSORSHIP_RECEIVED", "BENEFICIARIES_SET"];

const PublicMilestone = builder.prismaObject("ProjectMilestone", {
  select: { id: true },
  variant: "PublicProjectMilestone",
  fields: (t) => ({
    title: t.exposeString("title"),
    plannedStartOn: t.expose("plannedStartOn", { type: "Date", nullable: true }),
    plannedEndOn: t.expose("plannedEndOn", { type: "Date" }),
    completedOn: t.expose("completedOn", { type: "Date", nullable: true }),
    overdue: t.boolean({ select: { plannedEndOn: true, completedOn: true }, resolve: (m, _a, ctx) => milestoneOverdue(m, chinaDay(ctx.now())) }),
  }),
});

const PublicPhoto = builder.prismaObject("ProjectFile", {
  select: { id: true },
  variant: "PublicProjectPhoto",
  fields: (t) => ({
    url: t.string({ description: "GET it from the API server; no sign-in needed.", select: { id: true }, resolve: (f) => fileUrl(f.id) }),
    mimeType: t.exposeString("mimeType"),
  }),
});

const PublicUpdate = builder.prismaObject("ProjectUpdate", {
  select: { id: true },
  variant: "PublicProjectUpdate",
  fields: (t) => ({
    text: t.exposeString("text"),
    percentComplete: t.exposeInt("percentComplete"),
    photos: t.relation("photos", { type: PublicPhoto, query: { orderBy: { id: "asc" } } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const PublicBudgetLine = builder.prismaObject("ProjectBudgetLine", {
  select: { id: true },
  variant: "PublicProjectBudgetLine",
  fields: (t) => {
    const spending = { amountFen: true, expenses: { select: { amountFen: true } } } as const;
    const of = (l: { amountFen: bigint; expenses: { amountFen: bigint }[] }) => figures(l.amountFen, sumFen(l.expenses.map((e) => e.amountFen)));
    return {
      source: t.expose("source", { type: FundingSourceEnum }),
      name: t.exposeString("name"),
      amountFen: t.expose("amountFen", { type: "Money" }),
      spentFen: t.field({ type: "Money", select: spending, resolve: (l) => of(l).spentFen }),
      warning: t.field({ type: BudgetWarningEnum, select: spending, resolve: (l) => of(l).warning }),
    };
  },
});

const PublicExpense = builder.prismaObject("ProjectExpense", {
  select: { id: true },
  variant: "PublicProjectExpense",
  fields: (t) => ({
    spentOn: t.expose("spentOn", { type: "Date" }),
    payee: t.exposeString("payee", { description: "收款方, published as in 财务公开 (the receipt itself is never public)." }),
    amountFen: t.expose("amountFen", { type: "Money", description: "In fen; negative for a reversal (冲销)." }),
    description: t.exposeString("description"),
    budgetLineName: t.string({ select: { budgetLine: { select: { name: true } } }, resolve: (e) => e.budgetLine.name }),
    isReversal: t.boolean({ select: { reversesId: true }, resolve: (e) => e.reversesId !== null }),
  }),
});

const PublicSponsorship = builder.prismaObject("Sponsorship", {
  select: { id: true },
  variant: "PublicSponsorship",
  fields: (t) => ({
    sponsorName: t.exposeString("sponsorName"),
    sponsorType: t.field({ type: SponsorTypeEnum, select: { allianceUnitId: true }, resolve: (s) => (s.allianceUnitId ? "ALLIANCE_UNIT" : "SOCIAL_ORGANIZATION") }),
    kind: t.expose("kind", { type: SponsorshipKindEnum }),
    pledgedFen: t.expose("pledgedFen", { type: "Money", nullable: true }),
    inKind: t.exposeString("inKind", { nullable: true }),
    status: t.expose("status", { type: SponsorshipStatusEnum }),
    receivedFen: t.expose("receivedFen", { type: "Money", nullable: true }),
    receivedOn: t.expose("receivedOn", { type: "Date", nullable: true }),
  }),
});

const PublicEvent = builder.prismaObject("ProjectEvent", {
  select: { id: true },
  variant: "PublicProjectEvent",
  fields: (t) => ({
    kind: t.expose("kind", { type: ProjectEventKindEnum }),
    fromStatus: t.expose("fromStatus", { type: ProjectStatusEnum, nullable: true }),
    toStatus: t.expose("toStatus", { type: ProjectStatusEnum }),
    summary: t.exposeString("summary"),
    amountFen: t.expose("amountFen", { type: "Money", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const PublicProjectRef = builder.prismaObject("Project", {
  select: { id: true },
  variant: "PublicProject",
  description: "A project as anyone may read it without signing in (approved and later): progress, spending, sponsors, beneficiaries, evaluation.",
  fields: (t) => ({
    id: t.id({ description: "The Project's global id.", select: { id: true }, resolve: (p) => toGlobalId("Project", p.id) }),
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    typeName: t.string({ select: { type: { select: { name: true } } }, resolve: (p) => p.type.name }),
    status: t.expose("status", { type: ProjectStatusEnum }),
    origin: t.expose("origin", { type: ProjectOriginEnum }),
    communityId: t.id({ select: { communityId: true }, resolve: (p) => toGlobalId("Community", p.communityId) }),
    communityName: t.string({ select: { community: { select: { name: true } } }, resolve: (p) => p.community.name }),
    areaNames: t.stringList({
      description: "The grids of the area; empty for the whole community.",
      select: { grids: { select: { grid: { select: { name: true } } } } },
      resolve: (p) => p.grids.map((g) => g.grid.name).sort((a, b) => a.localeCompare(b, "zh")),
    }),
    leadName: t.string({ nullable: true, description: "项目负责人.", select: { lead: { select: { displayName: true } } }, resolve: (p) => p.lead?.displayName ?? null }),
    organizationName: t.string({ nullable: true, description: "承办组织.", select: { organization: { select: { name: true } } }, resolve: (p) => p.organization?.name ?? null }),
    plannedStartOn: t.expose("plannedStartOn", { type: "Date", nullable: true }),
    plannedEndOn: t.expose("plannedEndOn", { type: "Date", nullable: true }),
    percentComplete: t.exposeInt("percentComplete"),
    approvedAt: t.expose("approvedAt", { type: "DateTime", nullable: true }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    completedAt: t.expose("completedAt", { type: "DateTime", nullable: true }),
    completionSummary: t.exposeString("completionSummary", { nullable: true }),
    evaluatedAt: t.expose("evaluatedAt", { type: "DateTime", nullable: true }),
    committeeScore: t.exposeInt("committeeScore", { nullable: true }),
    committeeComment: t.exposeString("committeeComment", { nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    milestones: t.relation("milestones", { type: PublicMilestone, query: { orderBy: [{ plannedEndOn: "asc" }, { id: "asc" }] } }),
    updates: t.relation("updates", {
      type: PublicUpdate,
      description: "Progress updates, newest first (at most `last`, default 20).",
      args: { last: t.arg.int({ required: false }) },
      query: (args) => ({ orderBy: { id: "desc" }, take: Math.min(Math.max(args.last ?? 20, 1), 100) }),
    }),
    budget: t.field({
      type: ProjectBudgetRef,
      select: {
        budgetLines: { select: { id: true, amountFen: true } },
        expenses: { select: { budgetLineId: true, amountFen: true } },
        sponsorships: { where: { status: "RECEIVED" }, select: { receivedFen: true } },
      },
      resolve: (p) => ({ ...budgetSummary(p.budgetLines, p.expenses), receivedSponsorshipFen: sumFen(p.sponsorships.map((x) => x.receivedFen)) }),
    }),
    budgetLines: t.relation("budgetLines", { type: PublicBudgetLine, query: { orderBy: { id: "asc" } } }),
    expenses: t.relation("expenses", { type: PublicExpense, description: "Every expense by day, reversals included.", query: { orderBy: [{ spentOn: "asc" }, { id: "asc" }] } }),
    sponsors: t.relation("sponsorships", { type: PublicSponsorship, description: "Pledges not withdrawn.", query: { where: { status: { not: "WITHDRAWN" } }, orderBy: { id: "asc" } } }),
    beneficiaries: t.relation("beneficiaries", { query: { orderBy: { group: "asc" } } }),
    beneficiaryTotal: t.int({ select: { beneficiaries: { select: { count: true } } }, resolve: (p) => p.beneficiaries.reduce((s, b) => s + b.count, 0) }),
    satisfaction: t.field({ type: SatisfactionRef, select: { surveyResponses: { select: { score: true } } }, resolve: (p) => satisfactionOf(p.surveyResponses.map((r) => r.score)) }),
    surveyOpen: t.boolean({
      description: "Residents answer the satisfaction survey now (completed, not yet evaluated): signed in, with answerProjectSurvey.",
      select: { status: true },
      resolve: (p) => SURVEY_STATUSES.includes(p.status),
    }),
    volunteerMinutes: t.int({
      description: "Verified volunteer service (志愿服务时长) of the activities done for the project, in minutes (approved hours only).",
      select: { volunteerActivities: { select: { signUps: { where: { hoursStatus: "APPROVED" }, select: { verifiedMinutes: true } } } } },
      resolve: (p) => p.volunteerActivities.reduce((s, a) => s + a.signUps.reduce((m, u) => m + (u.verifiedMinutes ?? 0), 0), 0),
    }),
    timeline: t.relation("events", {
      type: PublicEvent,
      description: "Transitions, milestones reached, updates, expenses, sponsorship arrivals and beneficiaries, oldest first (no names of staff, no notes).",
      query: { where: { kind: { in: PUBLIC_EVENT_KINDS } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    }),
  }),
});

interface FeedArgs {
  communityId?: string | null;
  regionId?: string | null;
  typeId?: string | null;
  typeName?: string | null;
  statuses?: ProjectStatus[] | null;
  search?: string | null;
}

function feedWhere(args: FeedArgs): Prisma.ProjectWhereInput {
  const communityId = parseOptionalId("communityId", args.communityId, "Community");
  const regionId = parseOptionalId("regionId", args.regionId, "Region");
  const typeId = parseOptionalId("typeId", args.typeId, "ProjectType");
  const search = args.search?.trim();
  return {
    approvedAt: { not: null },
    ...(communityId ? { communityId } : {}),
    ...(regionId ? { community: { path: { contains: `/${regionId}/` } } } : {}),
    ...(typeId ? { typeId } : {}),
    ...(args.typeName ? { type: { name: args.typeName } } : {}),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(search ? { OR: [{ title: { contains: search } }, { description: { contains: search } }] } : {}),
  };
}

builder.queryFields((t) => ({
  publicProjects: t.prismaConnection({
    type: PublicProjectRef,
    cursor: "id",
    description:
      "The transparency feed: projects once approved (APPROVED, IN_PROGRESS, COMPLETED, EVALUATED, or CANCELLED after approval), newest first. Public: no sign-in needed. Filters combine with AND.",
    args: {
      communityId: t.arg.id({ required: false }),
      regionId: t.arg.id({ required: false, description: "A street or district: projects of the communities below it." }),
      typeId: t.arg.id({ required: false }),
      typeName: t.arg.string({ required: false, description: "A type name across communities, e.g. 四点半课堂." }),
      statuses: t.arg({ type: [ProjectStatusEnum], required: false }),
      search: t.arg.string({ required: false, description: "Part of the title or description." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.project.count({ where: feedWhere(args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.project.findMany({ ...query, where: feedWhere(args), orderBy: { id: "desc" } }),
  }),
  publicProject: t.prismaField({
    type: PublicProjectRef,
    nullable: true,
    description: "One project of the transparency feed by its Project id (null unless approved). Public: no sign-in needed.",
    args: { id: t.arg.id() },
    resolve: (query, _r, args, ctx) => ctx.prisma.project.findFirst({ ...query, where: { id: parseId("id", args.id, "Project"), approvedAt: { not: null } } }),
  }),
}));
