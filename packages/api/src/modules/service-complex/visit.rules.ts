// The visit ledger's steps (OPEN → ANSWERED → CLOSED, and 转为议题 once), as pure functions: why a
// step is refused now (null: allowed), which steps an entry allows, and the actions they take.
import type { Action } from "../../shared/authz.js";

export type VisitStatus = "OPEN" | "ANSWERED" | "CLOSED";
export type VisitStep = "ANSWER" | "CLOSE" | "TO_TOPIC";
export const VISIT_STEPS: readonly VisitStep[] = ["ANSWER", "CLOSE", "TO_TOPIC"];

export const VISIT_STEP_ACTIONS: Record<VisitStep, readonly Action[]> = {
  ANSWER: ["visit:manage"],
  CLOSE: ["visit:manage"],
  TO_TOPIC: ["visit:manage", "topic:propose"],
};

export interface VisitState {
  status: VisitStatus;
  topicId: string | null;
}

/** Why the entry cannot take `step` (null: it can). */
export function visitRefusal(v: VisitState, step: VisitStep): string | null {
  switch (step) {
    case "ANSWER":
      return v.status === "OPEN" ? null : "只有待答复的记录可以答复 (only an OPEN entry can be answered)";
    case "CLOSE":
      return v.status === "ANSWERED" ? null : "请先答复再办结 (answer the entry before closing it)";
    case "TO_TOPIC":
      return v.topicId ? "该记录已转为议题 (this entry has already been turned into a topic)" : null;
  }
}

/** The steps the entry's state allows now (ServiceVisit.allowedSteps keeps those the viewer holds). */
export const visitSteps = (v: VisitState): VisitStep[] => VISIT_STEPS.filter((s) => visitRefusal(v, s) === null);
