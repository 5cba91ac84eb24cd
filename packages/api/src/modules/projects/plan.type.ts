// The plan and the progress of a project in the contract: milestones, tasks, progress updates with
// photos, uploaded files, beneficiaries. Each is a node readable with project:read in its project's
// community.
import { builder } from "../../builder.js";
import { communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { accountScope } from "../accounts/account.service.js";
import { BeneficiaryGroupEnum, ProjectFileKindEnum, ProjectMilestoneStepEnum, ProjectTaskStatusEnum } from "./enums.type.js";
import { mayDo } from "./project.access.js";
import { isoDay, MILESTONE_STEP_ACTION, milestoneOverdue, milestoneRefusal, type MilestoneStep } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";

const inScope = (ctx: Context) => ({ project: { community: communityScope(ctx, "project:read") } });

/** Where a file is served: GET /files/<id> on the API server (photos of public projects need no sign-in). */
export const fileUrl = (id: string) => `/files/${id}`;

builder.prismaNode("ProjectMilestone", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A milestone: planned start and end, and the day it was reached (for a Gantt-style view).",
  findUnique: (id, ctx) => ({ id, ...inScope(ctx) }),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    plannedStartOn: t.expose("plannedStartOn", { type: "Date", nullable: true }),
    plannedEndOn: t.expose("plannedEndOn", { type: "Date", description: "Planned to be reached by this day." }),
    completedOn: t.expose("completedOn", { type: "Date", nullable: true, description: "The day it was reached (actual)." }),
    completionNote: t.exposeString("completionNote", { nullable: true }),
    reached: t.boolean({ select: { completedOn: true }, resolve: (m) => m.completedOn !== null }),
    overdue: t.boolean({
      description: "Not reached and past plannedEndOn (China calendar).",
      select: { plannedEndOn: true, completedOn: true },
      resolve: (m, _a, ctx) => milestoneOverdue(m, chinaDay(ctx.now())),
    }),
    daysLate: t.int({
      description: "Days past plannedEndOn: until today when open, until completedOn when reached; 0 when on time.",
      select: { plannedEndOn: true, completedOn: true },
      resolve: (m, _a, ctx) => {
        const end = m.completedOn ? isoDay(m.completedOn) : chinaDay(ctx.now());
        return Math.max(0, Math.round((Date.parse(end) - m.plannedEndOn.getTime()) / 86_400_000));
      },
    }),
    tasks: t.relation("tasks", { query: { orderBy: { id: "asc" } } }),
    project: t.relation("project"),
    allowedSteps: t.field({
      type: [ProjectMilestoneStepEnum],
      description: "The steps the viewer may take now: allowed by the milestone and its project's status, with project:manage (EDIT) or project:report (REACH), or as the project's lead.",
      select: { completedOn: true, project: { select: { status: true, communityId: true, leadAccountId: true } } },
      resolve: async (m, _a, ctx) => {
        const steps = (["EDIT", "REACH"] as MilestoneStep[]).filter((s) => milestoneRefusal(m.project.status, m, s) === null);
        const may = await Promise.all(steps.map((s) => mayDo(ctx, m.project, MILESTONE_STEP_ACTION[s], true)));
        return steps.filter((_s, i) => may[i]);
      },
    }),
  }),
});

builder.prismaNode("ProjectTask", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A task with its owner (an account, or a named person such as a volunteer).",
  findUnique: (id, ctx) => ({ id, ...inScope(ctx) }),
  fields: (t) => ({
    title: t.exposeString("title"),
    status: t.expose("status", { type: ProjectTaskStatusEnum }),
    ownerName: t.exposeString("ownerName"),
    owner: t.prismaField({
      type: "Account",
      nullable: true,
      description: "The owner's account, for viewers who may read accounts.",
      select: { ownerAccountId: true },
      resolve: (query, x, _a, ctx) => (x.ownerAccountId ? ctx.prisma.account.findFirst({ ...query, where: { id: x.ownerAccountId, AND: [accountScope(ctx, "account:read")] } }) : null),
    }),
    dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
    overdue: t.boolean({
      description: "Not done and past dueOn (China calendar).",
      select: { dueOn: true, status: true },
      resolve: (x, _a, ctx) => x.status !== "DONE" && !!x.dueOn && isoDay(x.dueOn) < chinaDay(ctx.now()),
    }),
    milestone: t.relation("milestone", { nullable: true }),
    project: t.relation("project"),
  }),
});

builder.prismaNode("ProjectFile", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "An uploaded photo or receipt. Fetch its bytes from url (GET, same server; send the session cookie unless the file is public).",
  findUnique: (id, ctx) => ({ id, ...inScope(ctx) }),
  fields: (t) => ({
    kind: t.expose("kind", { type: ProjectFileKindEnum }),
    mimeType: t.exposeString("mimeType", { description: "Detected from the file's content: image/jpeg, image/png, image/webp or application/pdf." }),
    size: t.exposeInt("size", { description: "Bytes." }),
    originalName: t.exposeString("originalName", { nullable: true, description: "The uploaded file's name, for display." }),
    url: t.string({ description: "Path of the file on the API server: /files/<id>.", select: { id: true }, resolve: (f) => fileUrl(f.id) }),
    sha256: t.exposeString("sha256"),
    uploadedByName: t.exposeString("uploadedByName"),
    attached: t.boolean({ description: "Used by a progress update or an expense.", select: { updateId: true, expense: { select: { id: true } } }, resolve: (f) => f.updateId !== null || f.expense !== null }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    project: t.relation("project"),
  }),
});

builder.prismaNode("ProjectUpdate", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A progress update: text, photos, percent complete (insert-only).",
  findUnique: (id, ctx) => ({ id, ...inScope(ctx) }),
  fields: (t) => ({
    text: t.exposeString("text"),
    percentComplete: t.exposeInt("percentComplete", { description: "0–100." }),
    authorName: t.exposeString("authorName"),
    photos: t.relation("photos", { query: { orderBy: { id: "asc" } } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    project: t.relation("project"),
  }),
});

builder.prismaObject("ProjectBeneficiary", {
  select: { id: true },
  description: "惠及人数 of one group.",
  fields: (t) => ({
    group: t.expose("group", { type: BeneficiaryGroupEnum }),
    count: t.exposeInt("count"),
    note: t.exposeString("note", { nullable: true }),
  }),
});
