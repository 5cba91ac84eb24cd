// Funding and spending in the contract: budget lines with what was spent on each, expenses (with
// reversals), and the project's budget against spending. Amounts are integer fen (分).
import { builder } from "../../builder.js";
import { communityScope } from "../../shared/authz.js";
import { sumFen } from "../../shared/money.js";
import { BudgetWarningEnum, FundingSourceEnum, ProjectExpenseStepEnum } from "./enums.type.js";
import { mayDo } from "./project.access.js";
import { expenseSteps, figures, type BudgetFigures, type BudgetWarning } from "./rules.js";

builder.prismaNode("ProjectBudgetLine", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A budget line: money from one funding source, with what has been spent on it.",
  findUnique: (id, ctx) => ({ id, project: { community: communityScope(ctx, "project:read") } }),
  fields: (t) => {
    const spending = { amountFen: true, expenses: { select: { amountFen: true } } } as const;
    const of = (l: { amountFen: bigint; expenses: { amountFen: bigint }[] }) => figures(l.amountFen, sumFen(l.expenses.map((e) => e.amountFen)));
    return {
      source: t.expose("source", { type: FundingSourceEnum }),
      name: t.exposeString("name", { description: "e.g. 材料费, 场地布置, 师资补贴." }),
      amountFen: t.expose("amountFen", { type: "Money", description: "Budgeted, in fen." }),
      note: t.exposeString("note", { nullable: true }),
      spentFen: t.field({ type: "Money", description: "Spent on this line, in fen (reversals included).", select: spending, resolve: (l) => of(l).spentFen }),
      remainingFen: t.field({ type: "Money", description: "amountFen − spentFen (negative when overspent).", select: spending, resolve: (l) => of(l).remainingFen }),
      burnRate: t.float({ nullable: true, description: "spent / budget (0–1, above 1 when overspent); null for a zero budget.", select: spending, resolve: (l) => of(l).burnRate }),
      warning: t.field({ type: BudgetWarningEnum, select: spending, resolve: (l) => of(l).warning }),
      createdAt: t.expose("createdAt", { type: "DateTime" }),
    };
  },
});

builder.prismaNode("ProjectExpense", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "An expense against a budget line. A reversal (冲销) has a negative amount and names the expense it reverses; an expense is reversed at most once, and is never edited after the project is COMPLETED.",
  findUnique: (id, ctx) => ({ id, project: { community: communityScope(ctx, "project:read") } }),
  fields: (t) => ({
    spentOn: t.expose("spentOn", { type: "Date" }),
    payee: t.exposeString("payee", { description: "收款方." }),
    amountFen: t.expose("amountFen", { type: "Money", description: "In fen; negative for a reversal." }),
    description: t.exposeString("description"),
    budgetLine: t.relation("budgetLine"),
    receipt: t.relation("receipt", { nullable: true, description: "The receipt (票据) file." }),
    isReversal: t.boolean({ select: { reversesId: true }, resolve: (e) => e.reversesId !== null }),
    reverses: t.relation("reverses", { nullable: true, description: "For a reversal: the expense it reverses." }),
    reversedBy: t.relation("reversedBy", { nullable: true, description: "The reversal of this expense, if any." }),
    recordedByName: t.exposeString("recordedByName"),
    allowedSteps: t.field({
      type: [ProjectExpenseStepEnum],
      description: "The steps the viewer may take now: allowed by the expense and its project's status, with project:report or as the project's lead.",
      select: { amountFen: true, reversesId: true, reversedBy: { select: { id: true } }, project: { select: { status: true, communityId: true, leadAccountId: true } } },
      resolve: async (e, _a, ctx) => {
        const steps = expenseSteps(e.project.status, { amountFen: e.amountFen, reversesId: e.reversesId, reversedById: e.reversedBy?.id ?? null });
        return steps.length > 0 && (await mayDo(ctx, e.project, "project:report", true)) ? steps : [];
      },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export interface ProjectBudget extends BudgetFigures {
  overspent: boolean;
  warning: BudgetWarning;
  receivedSponsorshipFen: bigint;
}

export const ProjectBudgetRef = builder.objectRef<ProjectBudget>("ProjectBudget").implement({
  description: "The project's budget against its spending, in fen. warning is OVERSPENT when the total or any line is overspent.",
  fields: (t) => ({
    budgetFen: t.expose("budgetFen", { type: "Money", description: "Sum of the budget lines." }),
    spentFen: t.expose("spentFen", { type: "Money", description: "Sum of the expenses (reversals included)." }),
    remainingFen: t.expose("remainingFen", { type: "Money" }),
    burnRate: t.exposeFloat("burnRate", { nullable: true, description: "Budget burn: spent / budget; null for no budget." }),
    warning: t.expose("warning", { type: BudgetWarningEnum }),
    overspent: t.exposeBoolean("overspent", { description: "超支: the total or any line." }),
    receivedSponsorshipFen: t.expose("receivedSponsorshipFen", { type: "Money", description: "Money from sponsors that has arrived (管家计划)." }),
  }),
});
