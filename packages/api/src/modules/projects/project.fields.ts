// Project's plan, money, sponsors, evaluation and timeline fields (the project page and "my
// projects": next milestone, overdue flags, budget burn).
import { builder } from "../../builder.js";
import { can } from "../../shared/authz.js";
import { ProjectFileKindEnum, ProjectEventKindEnum } from "./enums.type.js";
import { SatisfactionRef, satisfactionOf } from "./evaluation.type.js";
import { ProjectBudgetRef } from "./money.type.js";
import { budgetSummary } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";
import { sumFen } from "../../shared/money.js";
import { actingResident } from "../../shared/actor.js";

const todayDate = (now: Date) => new Date(`${chinaDay(now)}T00:00:00Z`);

builder.prismaObjectFields("Project", (t) => ({
  milestones: t.relation("milestones", { description: "Milestones by planned end (the Gantt-style view).", query: { orderBy: [{ plannedEndOn: "asc" }, { id: "asc" }] } }),
  nextMilestone: t.prismaField({
    type: "ProjectMilestone",
    nullable: true,
    description: "The open milestone due first.",
    select: { id: true },
    resolve: (query, p, _a, ctx) =>
      ctx.prisma.projectMilestone.findFirst({ ...query, where: { projectId: p.id, completedOn: null }, orderBy: [{ plannedEndOn: "asc" }, { id: "asc" }] }),
  }),
  overdueMilestoneCount: t.int({
    description: "Open milestones past their planned end (China calendar).",
    select: { milestones: { select: { plannedEndOn: true, completedOn: true } } },
    resolve: (p, _a, ctx) => p.milestones.filter((m) => !m.completedOn && m.plannedEndOn < todayDate(ctx.now())).length,
  }),
  hasOverdue: t.boolean({
    description: "A milestone or a task is past due.",
    select: { milestones: { select: { plannedEndOn: true, completedOn: true } }, tasks: { select: { dueOn: true, status: true } } },
    resolve: (p, _a, ctx) => {
      const today = todayDate(ctx.now());
      return p.milestones.some((m) => !m.completedOn && m.plannedEndOn < today) || p.tasks.some((x) => x.status !== "DONE" && !!x.dueOn && x.dueOn < today);
    },
  }),
  tasks: t.relation("tasks", { query: { orderBy: { id: "asc" } } }),
  updates: t.relatedConnection("updates", { cursor: "id", description: "Progress updates, newest first.", query: { orderBy: { id: "desc" } }, totalCount: true }),
  files: t.relation("files", {
    description: "Uploaded files, oldest first; unattachedOnly gives those not yet used by an update or an expense.",
    args: { kind: t.arg({ type: ProjectFileKindEnum, required: false }), unattachedOnly: t.arg.boolean({ required: false }) },
    query: (args) => ({
      where: { ...(args.kind ? { kind: args.kind } : {}), ...(args.unattachedOnly ? { updateId: null, expense: { is: null } } : {}) },
      orderBy: { id: "asc" },
    }),
  }),
  budgetLines: t.relation("budgetLines", { query: { orderBy: { id: "asc" } } }),
  expenses: t.relatedConnection("expenses", { cursor: "id", description: "Expenses by day (reversals included).", query: { orderBy: [{ spentOn: "asc" }, { id: "asc" }] }, totalCount: true }),
  budget: t.field({
    type: ProjectBudgetRef,
    description: "Budget against spending, with the overspend warning.",
    select: {
      budgetLines: { select: { id: true, amountFen: true } },
      expenses: { select: { budgetLineId: true, amountFen: true } },
      sponsorships: { where: { status: "RECEIVED" }, select: { receivedFen: true } },
    },
    resolve: (p) => {
      const s = budgetSummary(p.budgetLines, p.expenses);
      return { ...s, receivedSponsorshipFen: sumFen(p.sponsorships.map((x) => x.receivedFen)) };
    },
  }),
  beneficiaries: t.relation("beneficiaries", { description: "惠及人数 by group.", query: { orderBy: { group: "asc" } } }),
  beneficiaryTotal: t.int({ select: { beneficiaries: { select: { count: true } } }, resolve: (p) => p.beneficiaries.reduce((s, b) => s + b.count, 0) }),
  sponsorships: t.relation("sponsorships", { description: "Pledges for the project and its needs, oldest first.", query: { orderBy: { id: "asc" } } }),
  needs: t.relation("needs", { description: "Needs of the needs board it carries out.", query: { orderBy: { id: "asc" } } }),
  satisfaction: t.field({
    type: SatisfactionRef,
    select: { surveyResponses: { select: { score: true } } },
    resolve: (p) => satisfactionOf(p.surveyResponses.map((r) => r.score)),
  }),
  surveyResponses: t.prismaField({
    type: ["ProjectSurveyResponse"],
    description: "The residents' answers with their names (project:manage or project:review only; empty otherwise).",
    select: { id: true, communityId: true },
    resolve: async (query, p, _a, ctx) =>
      (await can(ctx, "project:manage", p.communityId)) || (await can(ctx, "project:review", p.communityId))
        ? ctx.prisma.projectSurveyResponse.findMany({ ...query, where: { projectId: p.id }, orderBy: { id: "asc" } })
        : [],
  }),
  viewerSurveyResponse: t.prismaField({
    type: "ProjectSurveyResponse",
    nullable: true,
    description: "For an app acting for a resident: that resident's answer, if given.",
    select: { id: true },
    resolve: (query, p, _a, ctx) =>
      actingResident(ctx) ? ctx.prisma.projectSurveyResponse.findUnique({ ...query, where: { projectId_residentId: { projectId: p.id, residentId: actingResident(ctx)! } } }) : null,
  }),
  timeline: t.relatedConnection("events", {
    cursor: "id",
    description: "The timeline, oldest first: every transition (who, when, from, to, note) and every milestone, update, budget change, expense and sponsorship. kinds narrows it.",
    args: { kinds: t.arg({ type: [ProjectEventKindEnum], required: false }) },
    query: (args) => ({ where: args.kinds?.length ? { kind: { in: args.kinds } } : {}, orderBy: [{ createdAt: "asc" }, { id: "asc" }] }),
    totalCount: true,
  }),
}));
