// Funding and spending: budget lines by source (staff, project:manage) and expenses against a line
// (the lead or staff holding project:report). An expense is corrected in place only before the
// project is completed; afterwards (and whenever) it is reversed: a new expense with the negated
// amount pointing at the original, once. Nothing here is deleted.
import type { ProjectExpense } from "../../generated/prisma/client.js";
import { audit, command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { fromPrisma, notFound } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { actorName } from "../../shared/actor.js";
import { conflict, invalid, parseInput, type Tx } from "../../shared/service.js";
import { loadProject, loadProjectForWork, lockedProject, projectForWork } from "./project.access.js";
import { recordEvent } from "./timeline.js";
import { assertStatus, EXPENSE_STATUSES, expenseEditRefusal, expenseReverseRefusal, isoDay, PLAN_STATUSES } from "./rules.js";
import { yuan } from "../../shared/money.js";
import { budgetLineInput, budgetLineUpdate, expenseInput, expenseUpdate, reverseInput } from "./validation.js";
import { chinaDay } from "../../shared/chinaTime.js";

const SOURCE_LABEL = { FISCAL: "财政", AWARD_SUBSIDY: "以奖代补", CHARITY: "慈善", DONATION: "社会捐赠", SELF_RAISED: "自筹" } as const;

export async function addProjectBudgetLine(ctx: Context, input: { projectId: string }) {
  const data = parseInput(budgetLineInput, input);
  // Budget lines are the community's decision, not the lead's (小微权力监督): no lead exception here.
  const project = await loadProject(ctx, input.projectId, "project:manage", "input.projectId");
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, PLAN_STATUSES, "调整预算");
    const row = await tx.projectBudgetLine.create({ data: { ...data, projectId: p.id, communityId: p.communityId, createdAt: ctx.now() } }).catch((e) => fromPrisma(e));
    await recordEvent(tx, ctx, p, { kind: "BUDGET_CHANGED", summary: `新增预算「${row.name}」（${SOURCE_LABEL[row.source]}）${yuan(row.amountFen)}`, amountFen: row.amountFen, subjectType: "ProjectBudgetLine", subjectId: row.id });
    await audit(tx, ctx, { action: "project:manage", communityId: p.communityId, targetType: "ProjectBudgetLine", targetId: row.id, after: row });
    return row;
  });
}

export async function updateProjectBudgetLine(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(budgetLineUpdate, input);
  const id = parseId("id", rawId, "ProjectBudgetLine");
  const line = await ctx.prisma.projectBudgetLine.findUnique({ where: { id } });
  if (!line) throw notFound("id", "预算科目");
  await assertCan(ctx, "project:manage", line.communityId, "id", "预算科目");
  for (const k of ["source", "name", "amountFen"] as const) if (data[k] === null) throw invalid("不能为空 (required)", `input.${k}`);
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, line.projectId);
    assertStatus(p.status, PLAN_STATUSES, "调整预算", "id");
    const before = await tx.projectBudgetLine.findUniqueOrThrow({ where: { id } });
    const after = await tx.projectBudgetLine.update({ where: { id }, data }).catch((e) => fromPrisma(e));
    const amount = before.amountFen !== after.amountFen ? `：${yuan(before.amountFen)} → ${yuan(after.amountFen)}` : "";
    await recordEvent(tx, ctx, p, { kind: "BUDGET_CHANGED", summary: `调整预算「${after.name}」${amount}`, amountFen: after.amountFen - before.amountFen, subjectType: "ProjectBudgetLine", subjectId: id });
    await audit(tx, ctx, { action: "project:manage", communityId: p.communityId, targetType: "ProjectBudgetLine", targetId: id, before, after });
    return after;
  });
}

/** The budget line and the receipt of an expense belong to the project; the receipt is a RECEIPT not used by another expense. */
async function checkExpenseRefs(tx: Tx, projectId: string, d: { budgetLineId?: string | null; receiptFileId?: string | null }, expenseId: string | null) {
  if (d.budgetLineId) {
    const line = await tx.projectBudgetLine.findUnique({ where: { id: d.budgetLineId }, select: { projectId: true } });
    if (!line || line.projectId !== projectId) throw notFound("input.budgetLineId", "本项目的预算科目");
  }
  if (d.receiptFileId) {
    const file = await tx.projectFile.findUnique({ where: { id: d.receiptFileId }, select: { projectId: true, kind: true, expense: { select: { id: true } } } });
    if (!file || file.projectId !== projectId) throw notFound("input.receiptFileId", "本项目的票据");
    if (file.kind !== "RECEIPT") throw invalid("请上传为票据（RECEIPT）后再关联 (upload the file as a RECEIPT)", "input.receiptFileId");
    if (file.expense && file.expense.id !== expenseId) throw conflict("该票据已用于其他支出 (the receipt belongs to another expense)", "input.receiptFileId");
  }
}

/** An expense's day: not in the future, not before the project's approval (China calendar). */
function checkSpentOn(ctx: Context, spentOn: Date, approvedAt: Date | null) {
  if (isoDay(spentOn) > chinaDay(ctx.now())) throw invalid("支出日期不能晚于今天 (spentOn is in the future)", "input.spentOn");
  if (approvedAt && isoDay(spentOn) < chinaDay(approvedAt)) throw invalid("支出日期不能早于项目批准日期 (spentOn is before the approval)", "input.spentOn");
}

/** Record an expense against a budget line of the project (the line is required; the amount is more than 0 fen). */
export async function recordProjectExpense(ctx: Context, input: { projectId: string }) {
  const data = parseInput(expenseInput, input);
  const project = await loadProjectForWork(ctx, input.projectId, "project:report");
  const recorder = await actorName(ctx);
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, EXPENSE_STATUSES, "登记支出");
    await checkExpenseRefs(tx, p.id, data, null);
    checkSpentOn(ctx, data.spentOn, p.approvedAt);
    const row = await tx.projectExpense.create({
      data: {
        communityId: p.communityId,
        projectId: p.id,
        budgetLineId: data.budgetLineId,
        spentOn: data.spentOn,
        payee: data.payee,
        amountFen: data.amountFen,
        description: data.description,
        receiptFileId: data.receiptFileId ?? null,
        recordedByName: recorder,
        recordedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
        createdAt: ctx.now(),
      },
    });
    await recordEvent(tx, ctx, p, { kind: "EXPENSE", summary: `支出${yuan(row.amountFen)}：${row.description}（${row.payee}）`, amountFen: row.amountFen, subjectType: "ProjectExpense", subjectId: row.id });
    await audit(tx, ctx, { action: "project:report", communityId: p.communityId, targetType: "ProjectExpense", targetId: row.id, after: row });
    return row;
  });
}

async function loadExpense(ctx: Context, rawId: string) {
  const id = parseId("id", rawId, "ProjectExpense");
  const expense = await ctx.prisma.projectExpense.findUnique({ where: { id } });
  if (!expense) throw notFound("id", "支出");
  await projectForWork(ctx, expense.projectId, "project:report", "id", "支出");
  return expense;
}

const factsOf = async (tx: Tx, e: ProjectExpense) => ({
  amountFen: e.amountFen,
  reversesId: e.reversesId,
  reversedById: (await tx.projectExpense.findUnique({ where: { reversesId: e.id }, select: { id: true } }))?.id ?? null,
});

/** Correct an expense in place: only before the project is completed, and never a reversal or a reversed one. */
export async function updateProjectExpense(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(expenseUpdate, input);
  const expense = await loadExpense(ctx, rawId);
  for (const k of ["budgetLineId", "spentOn", "payee", "amountFen", "description"] as const) if (data[k] === null) throw invalid("不能为空 (required)", `input.${k}`);
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, expense.projectId);
    const before = await tx.projectExpense.findUniqueOrThrow({ where: { id: expense.id } });
    const refusal = expenseEditRefusal(p.status, await factsOf(tx, before));
    if (refusal) throw conflict(refusal);
    await checkExpenseRefs(tx, p.id, data, before.id);
    if (data.spentOn) checkSpentOn(ctx, data.spentOn, p.approvedAt);
    const after = await tx.projectExpense.update({ where: { id: before.id }, data });
    const amount = before.amountFen !== after.amountFen ? `：${yuan(before.amountFen)} → ${yuan(after.amountFen)}` : "";
    await recordEvent(tx, ctx, p, { kind: "EXPENSE_CHANGED", summary: `更正支出「${after.description}」${amount}`, amountFen: after.amountFen - before.amountFen, subjectType: "ProjectExpense", subjectId: before.id });
    await audit(tx, ctx, { action: "project:report", communityId: p.communityId, targetType: "ProjectExpense", targetId: before.id, before, after });
    return after;
  });
}

/** Reverse an expense (冲销): a new expense of the negated amount on the same line, pointing at the original; once. */
export async function reverseProjectExpense(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(reverseInput, input);
  const expense = await loadExpense(ctx, rawId);
  const recorder = await actorName(ctx);
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, expense.projectId);
    const original = await tx.projectExpense.findUniqueOrThrow({ where: { id: expense.id } });
    const refusal = expenseReverseRefusal(p.status, await factsOf(tx, original));
    if (refusal) throw conflict(refusal);
    const row = await tx.projectExpense
      .create({
        data: {
          communityId: p.communityId,
          projectId: p.id,
          budgetLineId: original.budgetLineId,
          spentOn: new Date(`${chinaDay(ctx.now())}T00:00:00Z`),
          payee: original.payee,
          amountFen: -original.amountFen,
          description: `冲销：${data.reason}`,
          reversesId: original.id,
          recordedByName: recorder,
          recordedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
          createdAt: ctx.now(),
        },
      })
      // Two reversals at once: the unique reversesId lets one through.
      .catch((e) => {
        if ((e as { code?: string }).code === "P2002") throw conflict("该支出已冲销，不能重复冲销 (already reversed)");
        throw e;
      });
    await recordEvent(tx, ctx, p, { kind: "EXPENSE_REVERSED", summary: `冲销支出「${original.description}」${yuan(row.amountFen)}`, note: data.reason, amountFen: row.amountFen, subjectType: "ProjectExpense", subjectId: row.id });
    await audit(tx, ctx, { action: "project:report", communityId: p.communityId, targetType: "ProjectExpense", targetId: row.id, before: original, after: row });
    return row;
  });
}
