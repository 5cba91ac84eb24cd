// The project rules, as data and pure functions (unit-tested in rules.test.ts): the lifecycle and
// its guards, what each status allows (plans, updates, expenses, surveys), who is public, budget
// against spending with the overspend warning, and milestone due dates.
import type { ProjectStatus } from "../../generated/prisma/enums.js";
import type { Action } from "../../shared/authz.js";
import { UserError } from "../../shared/errors.js";
import { conflict } from "../../shared/service.js";
import { ratio, sumFen, toFen, type FenLike } from "../../shared/money.js";
import { toggleStepRules } from "../../shared/steps.js";

export type { ProjectStatus };

export const STATUS_LABEL: Record<ProjectStatus, string> = {
  PROPOSED: "已提出",
  DELIBERATING: "协商中",
  APPROVED: "已立项",
  IN_PROGRESS: "实施中",
  COMPLETED: "已完成",
  EVALUATED: "已评议",
  CANCELLED: "已取消",
};
export const STATUSES = Object.keys(STATUS_LABEL) as ProjectStatus[];

/** Statuses a project can still be cancelled from, and its details changed in. */
export const OPEN_STATUSES: readonly ProjectStatus[] = ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS"];

export type ProjectStep = "DELIBERATE" | "APPROVE" | "START" | "COMPLETE" | "EVALUATE" | "CANCEL";

export const STEPS: Record<ProjectStep, { from: readonly ProjectStatus[]; to: ProjectStatus; label: string }> = {
  DELIBERATE: { from: ["PROPOSED"], to: "DELIBERATING", label: "提交议事协商" },
  APPROVE: { from: ["PROPOSED", "DELIBERATING"], to: "APPROVED", label: "批准立项" },
  START: { from: ["APPROVED"], to: "IN_PROGRESS", label: "开始实施" },
  COMPLETE: { from: ["IN_PROGRESS"], to: "COMPLETED", label: "完成" },
  EVALUATE: { from: ["COMPLETED"], to: "EVALUATED", label: "评议" },
  CANCEL: { from: OPEN_STATUSES, to: "CANCELLED", label: "取消" },
};

/**
 * The actions a lifecycle step takes (all of them): approval, evaluation (评议) and the rest with
 * project:manage; an approved project is cancelled only by those who also approve.
 */
export function stepActions(step: ProjectStep, p: { approvedAt: Date | null }): readonly Action[] {
  switch (step) {
    case "APPROVE":
      return ["project:approve"];
    case "EVALUATE":
      return ["project:review"];
    case "CANCEL":
      return p.approvedAt ? ["project:manage", "project:approve"] : ["project:manage"];
    default:
      return ["project:manage"];
  }
}

/** Approval of a project before the deliberation committee rests on the committee's resolution. */
export const approvalNeedsResolution = (status: ProjectStatus) => status === "DELIBERATING";

/** What a transition's guards look at. */
export interface ProjectFacts {
  status: ProjectStatus;
  topicId: string | null;
  leadAccountId: string | null;
  approvedAt: Date | null;
  /** Milestones not yet reached. */
  openMilestones: number;
}

/** What the request brings to a transition. */
export interface StepInput {
  topicId?: string | null;
  resolutionId?: string | null;
  note?: string | null;
}

/**
 * The status after `step`, or a CONFLICT naming why not: out of order, or a guard (no deliberation
 * without a topic; approval from deliberation rests on a resolution, otherwise on a note; no
 * IN_PROGRESS without approval and a lead; no completion with milestones open).
 */
export function nextStatus(p: ProjectFacts, step: ProjectStep, input: StepInput = {}): ProjectStatus {
  const rule = STEPS[step];
  if (!rule.from.includes(p.status)) {
    const allowed = rule.from.map((s) => STATUS_LABEL[s]).join("/");
    throw conflict(`项目当前为「${STATUS_LABEL[p.status]}」，不能${rule.label}（须为${allowed}） (cannot ${step.toLowerCase()} a ${p.status} project)`);
  }
  switch (step) {
    case "DELIBERATE":
      if (!p.topicId && !input.topicId) throw new UserError("REQUIRED", "提交协商须关联议事议题 (link a deliberation topic: input.topicId)", "input.topicId");
      break;
    case "APPROVE":
      if (approvalNeedsResolution(p.status) && !input.resolutionId) {
        throw new UserError("REQUIRED", "协商中的项目须依据议事决议批准 (approval after deliberation rests on the committee's resolution)", "input.resolutionId");
      }
      if (!input.resolutionId && !input.note) throw new UserError("REQUIRED", "请填写审批意见或关联决议 (give an approval note or a resolution)", "input.note");
      break;
    case "START":
      if (!p.approvedAt) throw conflict("项目未经批准，不能开始实施 (not approved)");
      if (!p.leadAccountId) throw conflict("请先指定项目负责人，再开始实施 (assign a lead first)");
      break;
    case "COMPLETE":
      if (p.openMilestones > 0) throw conflict(`尚有${p.openMilestones}个里程碑未完成，不能结项 (${p.openMilestones} milestones are not reached)`);
      break;
    default:
      break;
  }
  return rule.to;
}

/** The steps the project's state allows now, guards included (Project.allowedSteps keeps those whose actions the viewer holds). */
export function allowedSteps(p: ProjectFacts): ProjectStep[] {
  return (Object.keys(STEPS) as ProjectStep[]).filter((s) => {
    try {
      // Inputs a request can always bring (a topic, a resolution, a note) count as given.
      nextStatus(p, s, { topicId: "x", resolutionId: "x", note: "x" });
      return true;
    } catch {
      return false;
    }
  });
}

/** Approved and later (also when cancelled after approval): the project is in the public feed. */
export const isPublic = (p: { approvedAt: Date | null }) => p.approvedAt !== null;

/** CONFLICT unless the project's status is one of `allowed`. */
export function assertStatus(status: ProjectStatus, allowed: readonly ProjectStatus[], doing: string, field: string | null = "input.projectId") {
  if (!allowed.includes(status)) {
    const need = allowed.map((s) => STATUS_LABEL[s]).join("/");
    throw conflict(`项目「${STATUS_LABEL[status]}」，不能${doing}（须为${need}） (a ${status} project does not allow this)`, field);
  }
}

/** Details, lead, area, plan (milestones, tasks) and budget lines change while the project is open. */
export const PLAN_STATUSES = OPEN_STATUSES;
/** Progress updates are posted once approved and until completed. */
export const UPDATE_STATUSES: readonly ProjectStatus[] = ["APPROVED", "IN_PROGRESS"];
/** Milestones are reached while the project is carried out. */
export const MILESTONE_REACH_STATUSES: readonly ProjectStatus[] = ["APPROVED", "IN_PROGRESS"];
/** New expenses from approval on, and after completion (a correction's new expense), until evaluation. */
export const EXPENSE_STATUSES: readonly ProjectStatus[] = ["APPROVED", "IN_PROGRESS", "COMPLETED"];
/** An expense is edited in place only before completion; afterwards it is reversed. */
export const EXPENSE_EDIT_STATUSES: readonly ProjectStatus[] = ["APPROVED", "IN_PROGRESS"];
/** A reversal is possible whenever the project has been approved. */
export const EXPENSE_REVERSE_STATUSES: readonly ProjectStatus[] = ["APPROVED", "IN_PROGRESS", "COMPLETED", "EVALUATED", "CANCELLED"];
/** Beneficiary counts are set until the project is evaluated. */
export const BENEFICIARY_STATUSES: readonly ProjectStatus[] = ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS", "COMPLETED"];
/** Residents answer the satisfaction survey after completion, until the committee's evaluation. */
export const SURVEY_STATUSES: readonly ProjectStatus[] = ["COMPLETED"];
/** Sponsors pledge support to a project until it is completed. */
export const PLEDGE_STATUSES: readonly ProjectStatus[] = OPEN_STATUSES;

/** Files (photos, receipts) are uploaded until the project is cancelled. */
export const UPLOAD_STATUSES: readonly ProjectStatus[] = STATUSES.filter((s) => s !== "CANCELLED");

/** Work on a project besides its lifecycle steps (Project.allowedActions). */
export type ProjectWork = "EDIT" | "PLAN" | "BUDGET" | "POST_UPDATE" | "UPLOAD" | "RECORD_EXPENSE" | "SET_BENEFICIARIES" | "PLEDGE" | "ANSWER_SURVEY";

/**
 * Each kind of work: the statuses that allow it, the action it takes, and whether the project's
 * lead may do it whatever their role (services load such projects with loadProjectForWork).
 */
export const WORK: Record<ProjectWork, { statuses: readonly ProjectStatus[]; action: Action; lead: boolean }> = {
  EDIT: { statuses: PLAN_STATUSES, action: "project:manage", lead: false },
  PLAN: { statuses: PLAN_STATUSES, action: "project:manage", lead: true },
  BUDGET: { statuses: PLAN_STATUSES, action: "project:manage", lead: false },
  POST_UPDATE: { statuses: UPDATE_STATUSES, action: "project:report", lead: true },
  UPLOAD: { statuses: UPLOAD_STATUSES, action: "project:report", lead: true },
  RECORD_EXPENSE: { statuses: EXPENSE_STATUSES, action: "project:report", lead: true },
  SET_BENEFICIARIES: { statuses: BENEFICIARY_STATUSES, action: "project:manage", lead: true },
  PLEDGE: { statuses: PLEDGE_STATUSES, action: "sponsorship:record", lead: false },
  ANSWER_SURVEY: { statuses: SURVEY_STATUSES, action: "project:evaluate", lead: false },
};

/** The work the project's status allows (the viewer's grants are checked by project.access.ts mayWork). */
export const allowedWork = (status: ProjectStatus): ProjectWork[] => (Object.keys(WORK) as ProjectWork[]).filter((w) => WORK[w].statuses.includes(status));

export type MilestoneStep = "EDIT" | "REACH";

/** Why a milestone cannot take `step` in a project of `status` (null: it can). */
export function milestoneRefusal(status: ProjectStatus, m: { completedOn: Date | null }, step: MilestoneStep): string | null {
  const statuses = step === "EDIT" ? PLAN_STATUSES : MILESTONE_REACH_STATUSES;
  if (!statuses.includes(status)) return `项目「${STATUS_LABEL[status]}」，不能${step === "EDIT" ? "修改" : "完成"}里程碑`;
  if (m.completedOn) return step === "EDIT" ? "已完成的里程碑不能修改 (the milestone was reached)" : "该里程碑已完成 (already reached)";
  return null;
}

/** What a milestone step is, as project work: editing is planning (project:manage), reaching is reporting (project:report); the lead may do both. */
export const MILESTONE_STEP_ACTION: Record<MilestoneStep, Action> = { EDIT: "project:manage", REACH: "project:report" };

export type ExpenseStep = "EDIT" | "REVERSE";

/** An expense row as far as editing and reversing are concerned. */
export interface ExpenseFacts {
  amountFen: FenLike;
  reversesId: string | null;
  reversedById: string | null;
}

/** Why an expense cannot be edited in place (null: it can). */
export function expenseEditRefusal(status: ProjectStatus, e: ExpenseFacts): string | null {
  if (e.reversesId) return "冲销记录不能修改 (a reversal cannot be edited)";
  if (e.reversedById) return "该支出已被冲销，不能修改 (the expense was reversed)";
  if (!EXPENSE_EDIT_STATUSES.includes(status)) {
    return `项目「${STATUS_LABEL[status]}」后支出不能修改，请登记冲销后重新登记 (expenses are not edited after completion: reverse it instead)`;
  }
  return null;
}

/** Why an expense cannot be reversed (null: it can). A reversal is itself never reversed; an expense is reversed once. */
export function expenseReverseRefusal(status: ProjectStatus, e: ExpenseFacts): string | null {
  if (e.reversesId) return "冲销记录不能再冲销 (a reversal cannot be reversed)";
  if (e.reversedById) return "该支出已冲销，不能重复冲销 (already reversed)";
  if (!EXPENSE_REVERSE_STATUSES.includes(status)) return `项目「${STATUS_LABEL[status]}」尚无支出可冲销 (the project has not been approved)`;
  return null;
}

/** The steps an expense allows (both are project:report work; the lead may too). */
export const expenseSteps = (status: ProjectStatus, e: ExpenseFacts): ExpenseStep[] =>
  [expenseEditRefusal(status, e) === null ? ("EDIT" as const) : null, expenseReverseRefusal(status, e) === null ? ("REVERSE" as const) : null].filter((x) => x !== null);

export type BudgetWarning = "OK" | "NEARLY_SPENT" | "OVERSPENT";
/** Share of a budget at which spending is flagged NEARLY_SPENT: 9/10. */
export const NEARLY_SPENT_SHARE = 0.9;

/** Amounts are exact bigint fen. */
export interface BudgetFigures {
  budgetFen: bigint;
  spentFen: bigint;
  remainingFen: bigint;
  /** spent / budget, rounded to 4 places; null when there is no budget. */
  burnRate: number | null;
  warning: BudgetWarning;
}

/** Budget against spending: OVERSPENT when more is spent than budgeted, NEARLY_SPENT from 90%. */
export function figures(budget: FenLike, spent: FenLike): BudgetFigures {
  const budgetFen = toFen(budget);
  const spentFen = toFen(spent);
  const warning: BudgetWarning = spentFen > budgetFen ? "OVERSPENT" : budgetFen > 0n && spentFen * 10n >= budgetFen * 9n ? "NEARLY_SPENT" : "OK";
  return { budgetFen, spentFen, remainingFen: budgetFen - spentFen, burnRate: ratio(spentFen, budgetFen), warning };
}

export interface LineFigures extends BudgetFigures {
  lineId: string;
}

/** Per budget line and overall; expenses (reversals included, negative) count against their line. */
export function budgetSummary(lines: { id: string; amountFen: FenLike }[], expenses: { budgetLineId: string; amountFen: FenLike }[]) {
  const spent = new Map<string, bigint>();
  for (const e of expenses) spent.set(e.budgetLineId, (spent.get(e.budgetLineId) ?? 0n) + toFen(e.amountFen));
  const byLine: LineFigures[] = lines.map((l) => ({ lineId: l.id, ...figures(l.amountFen, spent.get(l.id) ?? 0n) }));
  const total = figures(
    sumFen(lines.map((l) => l.amountFen)),
    sumFen(expenses.map((e) => e.amountFen)),
  );
  // The project is flagged when any line is, even if the total still fits.
  const warning: BudgetWarning = byLine.some((l) => l.warning === "OVERSPENT")
    ? "OVERSPENT"
    : total.warning !== "OK"
      ? total.warning
      : byLine.some((l) => l.warning === "NEARLY_SPENT")
        ? "NEARLY_SPENT"
        : "OK";
  return { ...total, warning, overspent: warning === "OVERSPENT", byLine };
}

/** A Date column's day, YYYY-MM-DD. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export interface MilestoneFacts {
  id: string;
  plannedEndOn: Date;
  completedOn: Date | null;
}

/** Not reached and its planned end is before today (China time). */
export const milestoneOverdue = (m: Pick<MilestoneFacts, "plannedEndOn" | "completedOn">, today: string) => !m.completedOn && isoDay(m.plannedEndOn) < today;

/** The next milestone to reach: the open one due first. */
export function nextMilestone<M extends MilestoneFacts>(milestones: M[]): M | null {
  return milestones.filter((m) => !m.completedOn).sort((a, b) => a.plannedEndOn.getTime() - b.plannedEndOn.getTime() || a.id.localeCompare(b.id))[0] ?? null;
}

/** A project type's steps: its only state is `active` (停用: no new projects of the type), changed by updateProjectType (either value), with project:manage. */
export const PROJECT_TYPE_STEPS = toggleStepRules("project:manage");
