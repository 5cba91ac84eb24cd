// Mutations for budget lines and expenses: thin, they call money.service.
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { FundingSourceEnum } from "./enums.type.js";
import { addProjectBudgetLine, recordProjectExpense, reverseProjectExpense, updateProjectBudgetLine, updateProjectExpense } from "./money.service.js";

const AddBudgetLineInput = builder.inputType("AddProjectBudgetLineInput", {
  fields: (t) => ({
    projectId: t.id(),
    source: t.field({ type: FundingSourceEnum }),
    name: t.string({ description: "e.g. 材料费 (unique in the project)." }),
    amountFen: t.field({ type: "Money", description: "Budgeted, in fen (分): 0 to 1000000000000 (¥10,000,000,000)." }),
    note: t.string({ required: false }),
  }),
});
const UpdateBudgetLineInput = builder.inputType("UpdateProjectBudgetLineInput", {
  description: "Fields left out are not changed. Only while the project is open.",
  fields: (t) => ({
    source: t.field({ type: FundingSourceEnum, required: false }),
    name: t.string({ required: false }),
    amountFen: t.field({ type: "Money", required: false }),
    note: t.string({ required: false }),
  }),
});
const expenseFields = (required: boolean) => ({
  budgetLineId: { required, description: "The budget line it is spent from (required; of the same project)." },
  spentOn: { required, description: "Not in the future, not before the project's approval." },
  payee: { required, description: "收款方 (published with the expense once the project is approved, as in 财务公开)." },
  amountFen: { required, description: "In fen, 1 to 1000000000000 (a correction after completion is a reversal)." },
  description: { required },
  receiptFileId: { required: false, description: "A RECEIPT file uploaded to this project and not used by another expense." },
});
const RecordExpenseInput = builder.inputType("RecordProjectExpenseInput", {
  fields: (t) => {
    const f = expenseFields(true);
    return {
      projectId: t.id(),
      budgetLineId: t.id({ ...f.budgetLineId, required: true }),
      spentOn: t.field({ type: "Date", ...f.spentOn, required: true }),
      payee: t.string({ ...f.payee, required: true }),
      amountFen: t.field({ type: "Money", ...f.amountFen, required: true }),
      description: t.string({ required: true }),
      receiptFileId: t.id(f.receiptFileId),
    };
  },
});
const UpdateExpenseInput = builder.inputType("UpdateProjectExpenseInput", {
  description: "Fields left out are not changed. Only before the project is COMPLETED; afterwards reverse it (reverseProjectExpense) and record it again.",
  fields: (t) => {
    const f = expenseFields(false);
    return {
      budgetLineId: t.id({ ...f.budgetLineId, required: false }),
      spentOn: t.field({ type: "Date", ...f.spentOn, required: false }),
      payee: t.string({ ...f.payee, required: false }),
      amountFen: t.field({ type: "Money", ...f.amountFen, required: false }),
      description: t.string({ required: false }),
      receiptFileId: t.id(f.receiptFileId),
    };
  },
});
const ReverseInput = builder.inputType("ReverseProjectExpenseInput", { fields: (t) => ({ reason: t.string({ description: "Why it is reversed (冲销原因)." }) }) });

builder.mutationFields((t) => ({
  addProjectBudgetLine: t.prismaField({
    type: "ProjectBudgetLine",
    description: "Add a budget line (funding source and amount) while the project is open. Needs project:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AddBudgetLineInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectBudgetLine", query, addProjectBudgetLine(ctx, input)),
  }),
  updateProjectBudgetLine: t.prismaField({
    type: "ProjectBudgetLine",
    description: "Change a budget line while the project is open. Needs project:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateBudgetLineInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "projectBudgetLine", query, updateProjectBudgetLine(ctx, String(id), input)),
  }),
  recordProjectExpense: t.prismaField({
    type: "ProjectExpense",
    description: "Record an expense (APPROVED, IN_PROGRESS or COMPLETED) against a budget line, with its receipt. Needs project:report, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: RecordExpenseInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectExpense", query, recordProjectExpense(ctx, input)),
  }),
  updateProjectExpense: t.prismaField({
    type: "ProjectExpense",
    description: "Correct an expense before the project is COMPLETED (never a reversal or a reversed one). Needs project:report, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateExpenseInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "projectExpense", query, updateProjectExpense(ctx, String(id), input)),
  }),
  reverseProjectExpense: t.prismaField({
    type: "ProjectExpense",
    description: "冲销: record a reversing expense (the negated amount, same line, pointing at the original); an expense is reversed once. Returns the reversal. Needs project:report, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id({ description: "The expense to reverse." }), input: t.arg({ type: ReverseInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "projectExpense", query, reverseProjectExpense(ctx, String(id), input)),
  }),
}));
