import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/errors.js";
import { allowedSteps, allowedWork, approvalNeedsResolution, budgetSummary, expenseSteps, milestoneRefusal, stepActions, expenseEditRefusal, expenseReverseRefusal, figures, isPublic, milestoneOverdue, nextMilestone, nextStatus, STATUSES, type ProjectFacts, type ProjectStatus } from "./rules.js";
import { yuan } from "../../shared/money.js";
import { chinaDay } from "../../shared/chinaTime.js";

const facts = (status: ProjectStatus, more: Partial<ProjectFacts> = {}): ProjectFacts => ({
  status,
  topicId: null,
  leadAccountId: "lead",
  approvedAt: ["PROPOSED", "DELIBERATING"].includes(status) ? null : new Date("2026-01-01T00:00:00Z"),
  openMilestones: 0,
  ...more,
});
const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    if (e instanceof UserError) return { code: e.code, field: e.field };
    throw e;
  }
  return null;
};

describe("project lifecycle", () => {
  it("follows PROPOSED → DELIBERATING → APPROVED → IN_PROGRESS → COMPLETED → EVALUATED", () => {
    expect(nextStatus(facts("PROPOSED"), "DELIBERATE", { topicId: "t" })).toBe("DELIBERATING");
    expect(nextStatus(facts("DELIBERATING", { topicId: "t" }), "APPROVE", { resolutionId: "r" })).toBe("APPROVED");
    expect(nextStatus(facts("PROPOSED"), "APPROVE", { note: "同意" })).toBe("APPROVED");
    expect(nextStatus(facts("APPROVED"), "START")).toBe("IN_PROGRESS");
    expect(nextStatus(facts("IN_PROGRESS"), "COMPLETE")).toBe("COMPLETED");
    expect(nextStatus(facts("COMPLETED"), "EVALUATE")).toBe("EVALUATED");
  });

  it("refuses every step out of order with CONFLICT on id", () => {
    const table: [ProjectStatus, Parameters<typeof nextStatus>[1]][] = [
      ["DELIBERATING", "DELIBERATE"],
      ["APPROVED", "APPROVE"],
      ["PROPOSED", "START"],
      ["DELIBERATING", "START"],
      ["APPROVED", "COMPLETE"],
      ["IN_PROGRESS", "EVALUATE"],
      ["EVALUATED", "EVALUATE"],
      ["COMPLETED", "CANCEL"],
      ["EVALUATED", "CANCEL"],
      ["CANCELLED", "CANCEL"],
      ["CANCELLED", "START"],
    ];
    for (const [status, step] of table) {
      expect(refusal(() => nextStatus(facts(status), step, { topicId: "t", resolutionId: "r", note: "n" })), `${step} from ${status}`).toEqual({ code: "CONFLICT", field: "id" });
    }
  });

  it("cancels from every open status", () => {
    for (const s of ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS"] as const) expect(nextStatus(facts(s), "CANCEL")).toBe("CANCELLED");
  });

  it("guards: a topic to deliberate, a resolution after deliberation, a note otherwise, a lead to start, milestones reached to complete", () => {
    expect(refusal(() => nextStatus(facts("PROPOSED"), "DELIBERATE"))).toEqual({ code: "REQUIRED", field: "input.topicId" });
    expect(nextStatus(facts("PROPOSED", { topicId: "t" }), "DELIBERATE")).toBe("DELIBERATING");
    expect(refusal(() => nextStatus(facts("DELIBERATING", { topicId: "t" }), "APPROVE", { note: "同意" }))).toEqual({ code: "REQUIRED", field: "input.resolutionId" });
    expect(refusal(() => nextStatus(facts("PROPOSED"), "APPROVE"))).toEqual({ code: "REQUIRED", field: "input.note" });
    expect(refusal(() => nextStatus(facts("APPROVED", { leadAccountId: null }), "START"))).toEqual({ code: "CONFLICT", field: "id" });
    expect(refusal(() => nextStatus(facts("APPROVED", { approvedAt: null }), "START"))).toEqual({ code: "CONFLICT", field: "id" });
    expect(refusal(() => nextStatus(facts("IN_PROGRESS", { openMilestones: 2 }), "COMPLETE"))).toEqual({ code: "CONFLICT", field: "id" });
  });

  it("lists the steps a state allows, guards included", () => {
    expect(allowedSteps(facts("PROPOSED"))).toEqual(["DELIBERATE", "APPROVE", "CANCEL"]);
    expect(allowedSteps(facts("APPROVED"))).toEqual(["START", "CANCEL"]);
    expect(allowedSteps(facts("APPROVED", { leadAccountId: null }))).toEqual(["CANCEL"]);
    expect(allowedSteps(facts("IN_PROGRESS", { openMilestones: 1 }))).toEqual(["CANCEL"]);
    expect(allowedSteps(facts("COMPLETED"))).toEqual(["EVALUATE"]);
    expect(allowedSteps(facts("EVALUATED"))).toEqual([]);
    expect(allowedSteps(facts("CANCELLED"))).toEqual([]);
    expect(STATUSES).toHaveLength(7);
  });

  it("is public once approved", () => {
    expect(isPublic({ approvedAt: null })).toBe(false);
    expect(isPublic({ approvedAt: new Date() })).toBe(true);
  });
});

describe("expenses", () => {
  const plain = { amountFen: 100, reversesId: null, reversedById: null };
  it("are edited in place only before completion", () => {
    expect(expenseEditRefusal("APPROVED", plain)).toBeNull();
    expect(expenseEditRefusal("IN_PROGRESS", plain)).toBeNull();
    for (const s of ["COMPLETED", "EVALUATED", "CANCELLED"] as const) expect(expenseEditRefusal(s, plain)).toMatch(/冲销|reverse/);
  });
  it("never edit a reversal or a reversed expense", () => {
    expect(expenseEditRefusal("IN_PROGRESS", { ...plain, reversesId: "x" })).toMatch(/reversal/);
    expect(expenseEditRefusal("IN_PROGRESS", { ...plain, reversedById: "y" })).toMatch(/reversed/);
  });
  it("are reversed once, and a reversal never", () => {
    expect(expenseReverseRefusal("COMPLETED", plain)).toBeNull();
    expect(expenseReverseRefusal("EVALUATED", plain)).toBeNull();
    expect(expenseReverseRefusal("COMPLETED", { ...plain, reversedById: "y" })).toMatch(/already reversed/);
    expect(expenseReverseRefusal("COMPLETED", { ...plain, reversesId: "x" })).toMatch(/reversal/);
    expect(expenseReverseRefusal("PROPOSED", plain)).toMatch(/approved/);
  });
});

describe("budget against spending", () => {
  it("computes burn and the warning", () => {
    expect(figures(10_000, 5_000)).toEqual({ budgetFen: 10_000n, spentFen: 5_000n, remainingFen: 5_000n, burnRate: 0.5, warning: "OK" });
    expect(figures(10_000, 9_000).warning).toBe("NEARLY_SPENT");
    expect(figures(10_000, 10_001)).toMatchObject({ remainingFen: -1n, warning: "OVERSPENT" });
    expect(figures(0, 0)).toMatchObject({ burnRate: null, warning: "OK" });
    expect(figures(0, 1).warning).toBe("OVERSPENT");
  });
  it("flags the project when one line is overspent although the total fits, and counts reversals", () => {
    const s = budgetSummary(
      [
        { id: "a", amountFen: 1_000 },
        { id: "b", amountFen: 9_000 },
      ],
      [
        { budgetLineId: "a", amountFen: 1_500 },
        { budgetLineId: "b", amountFen: 2_000 },
        { budgetLineId: "b", amountFen: -2_000 },
      ],
    );
    expect(s).toMatchObject({ budgetFen: 10_000n, spentFen: 1_500n, overspent: true, warning: "OVERSPENT" });
    expect(s.byLine.map((l) => [l.lineId, l.spentFen, l.warning])).toEqual([
      ["a", 1_500n, "OVERSPENT"],
      ["b", 0n, "OK"],
    ]);
  });
  it("writes fen as yuan", () => {
    expect(yuan(123_456)).toBe("¥1,234.56");
    expect(yuan(-5)).toBe("-¥0.05");
    expect(yuan(1_000_000_000_000n)).toBe("¥10,000,000,000.00");
  });
  it("sums bigint fen exactly beyond 32 bits", () => {
    const s = budgetSummary([{ id: "a", amountFen: 2_500_000_000n }, { id: "b", amountFen: 1_000_000_000_000n }], [{ budgetLineId: "a", amountFen: 2_499_999_999n }]);
    expect(s).toMatchObject({ budgetFen: 1_002_500_000_000n, spentFen: 2_499_999_999n, remainingFen: 1_000_000_000_001n, warning: "NEARLY_SPENT" });
    expect(s.byLine[0]).toMatchObject({ warning: "NEARLY_SPENT", remainingFen: 1n });
  });
});

describe("milestones", () => {
  const d = (s: string) => new Date(`${s}T00:00:00Z`);
  it("are overdue when open and past their planned end (China calendar)", () => {
    expect(milestoneOverdue({ plannedEndOn: d("2026-03-01"), completedOn: null }, "2026-03-02")).toBe(true);
    expect(milestoneOverdue({ plannedEndOn: d("2026-03-01"), completedOn: null }, "2026-03-01")).toBe(false);
    expect(milestoneOverdue({ plannedEndOn: d("2026-03-01"), completedOn: d("2026-03-05") }, "2026-04-01")).toBe(false);
    // 2026-03-01 17:00 UTC is already 03-02 in China.
    expect(chinaDay(new Date("2026-03-01T17:00:00Z"))).toBe("2026-03-02");
  });
  it("next is the open one due first", () => {
    const ms = [
      { id: "1", plannedEndOn: d("2026-01-01"), completedOn: d("2026-01-01") },
      { id: "2", plannedEndOn: d("2026-05-01"), completedOn: null },
      { id: "3", plannedEndOn: d("2026-03-01"), completedOn: null },
    ];
    expect(nextMilestone(ms)?.id).toBe("3");
    expect(nextMilestone([ms[0]!])).toBeNull();
  });
});

describe("what the viewer's grants must hold", () => {
  it("approval takes project:approve, evaluation project:review; an approved project is cancelled only by those who approve", () => {
    expect(stepActions("APPROVE", { approvedAt: null })).toEqual(["project:approve"]);
    expect(stepActions("EVALUATE", { approvedAt: null })).toEqual(["project:review"]);
    expect(stepActions("CANCEL", { approvedAt: null })).toEqual(["project:manage"]);
    expect(stepActions("CANCEL", { approvedAt: new Date() })).toEqual(["project:manage", "project:approve"]);
    expect(stepActions("START", { approvedAt: new Date() })).toEqual(["project:manage"]);
  });
});

describe("work a project allows", () => {
  it("follows the status", () => {
    expect(allowedWork("PROPOSED")).toEqual(["EDIT", "PLAN", "BUDGET", "UPLOAD", "SET_BENEFICIARIES", "PLEDGE"]);
    expect(allowedWork("IN_PROGRESS")).toEqual(["EDIT", "PLAN", "BUDGET", "POST_UPDATE", "UPLOAD", "RECORD_EXPENSE", "SET_BENEFICIARIES", "PLEDGE"]);
    expect(allowedWork("COMPLETED")).toEqual(["UPLOAD", "RECORD_EXPENSE", "SET_BENEFICIARIES", "ANSWER_SURVEY"]);
    expect(allowedWork("EVALUATED")).toEqual(["UPLOAD"]);
    expect(allowedWork("CANCELLED")).toEqual([]);
    expect(approvalNeedsResolution("DELIBERATING")).toBe(true);
    expect(approvalNeedsResolution("PROPOSED")).toBe(false);
  });

  it("milestones are edited while open and reached while approved or running, once", () => {
    const open = { completedOn: null };
    expect(milestoneRefusal("PROPOSED", open, "EDIT")).toBeNull();
    expect(milestoneRefusal("PROPOSED", open, "REACH")).not.toBeNull();
    expect(milestoneRefusal("IN_PROGRESS", open, "REACH")).toBeNull();
    expect(milestoneRefusal("IN_PROGRESS", { completedOn: new Date() }, "REACH")).toContain("already reached");
    expect(milestoneRefusal("IN_PROGRESS", { completedOn: new Date() }, "EDIT")).toContain("was reached");
  });

  it("an expense is edited before completion and reversed once", () => {
    const e = { amountFen: 100n, reversesId: null, reversedById: null };
    expect(expenseSteps("IN_PROGRESS", e)).toEqual(["EDIT", "REVERSE"]);
    expect(expenseSteps("COMPLETED", e)).toEqual(["REVERSE"]);
    expect(expenseSteps("COMPLETED", { ...e, reversedById: "r" })).toEqual([]);
    expect(expenseSteps("IN_PROGRESS", { ...e, reversesId: "o" })).toEqual([]);
  });
});
