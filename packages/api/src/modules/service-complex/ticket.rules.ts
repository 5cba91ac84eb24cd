// The ticket (办件) state machine, as data. SUBMITTED → ACCEPTED → COMPLETED is the usual path; a
// ticket can be RETURNED for missing materials (and resubmitted → SUBMITTED), TRANSFERRED to a named
// department (closed once its reply is recorded), or REJECTED with a reason. A closed ticket
// (COMPLETED, REJECTED, TRANSFERRED with a reply) changes no more, except for its one rating.
import type { ServiceTicketStatus } from "../../generated/prisma/enums.js";
import type { Action } from "../../shared/authz.js";
import { UserError } from "../../shared/errors.js";

export type TicketStatus = ServiceTicketStatus;

export type TicketStep = "ACCEPT" | "RETURN" | "RESUBMIT" | "TRANSFER" | "TRANSFER_REPLY" | "COMPLETE" | "REJECT" | "ASSIGN" | "RATE";

interface StepRule {
  from: readonly TicketStatus[];
  /** null: the status does not change. */
  to: TicketStatus | null;
  label: string;
}

export const STEPS: Record<TicketStep, StepRule> = {
  ACCEPT: { from: ["SUBMITTED"], to: "ACCEPTED", label: "受理" },
  RETURN: { from: ["SUBMITTED", "ACCEPTED"], to: "RETURNED", label: "退回补正" },
  RESUBMIT: { from: ["RETURNED"], to: "SUBMITTED", label: "补正后重新提交" },
  TRANSFER: { from: ["SUBMITTED", "ACCEPTED"], to: "TRANSFERRED", label: "转办" },
  TRANSFER_REPLY: { from: ["TRANSFERRED"], to: null, label: "登记转办答复" },
  COMPLETE: { from: ["ACCEPTED"], to: "COMPLETED", label: "办结" },
  REJECT: { from: ["SUBMITTED", "ACCEPTED", "RETURNED"], to: "REJECTED", label: "不予办理" },
  ASSIGN: { from: ["SUBMITTED", "ACCEPTED", "RETURNED", "TRANSFERRED"], to: null, label: "分派" },
  RATE: { from: ["COMPLETED", "REJECTED", "TRANSFERRED"], to: null, label: "评价" },
};

/** The action each step takes (the service checks it; allowedSteps leaves out the steps the viewer does not hold). */
export const STEP_ACTION: Record<TicketStep, Action> = {
  ACCEPT: "ticket:handle",
  RETURN: "ticket:handle",
  RESUBMIT: "ticket:create",
  TRANSFER: "ticket:handle",
  TRANSFER_REPLY: "ticket:handle",
  COMPLETE: "ticket:handle",
  REJECT: "ticket:handle",
  ASSIGN: "ticket:handle",
  RATE: "ticket:rate",
};

/** Steps an app acting for a resident takes, on that resident's tickets only; it handles none. */
export const RESIDENT_STEPS: readonly TicketStep[] = ["RESUBMIT", "RATE"];

export const STATUS_LABEL: Record<TicketStatus, string> = {
  SUBMITTED: "已提交",
  ACCEPTED: "已受理",
  RETURNED: "退回补正",
  TRANSFERRED: "已转办",
  COMPLETED: "已办结",
  REJECTED: "不予办理",
};

export interface TicketState {
  status: TicketStatus;
  closedAt: Date | null;
  rating: number | null;
  transferReply: string | null;
}

/** Closed: COMPLETED, REJECTED, or TRANSFERRED with the department's reply recorded. */
export const isClosed = (t: Pick<TicketState, "status" | "transferReply">) =>
  t.status === "COMPLETED" || t.status === "REJECTED" || (t.status === "TRANSFERRED" && t.transferReply !== null);

/** The status after `step`, or a CONFLICT naming why the step is out of order. */
export function nextStatus(t: TicketState, step: TicketStep): TicketStatus {
  const rule = STEPS[step];
  const closed = isClosed(t);
  if (step === "RATE") {
    if (!closed) throw new UserError("CONFLICT", "办件办结后才能评价 (only a closed ticket can be rated)", "id");
    if (t.rating !== null) throw new UserError("CONFLICT", "该办件已评价，不能重复评价 (already rated)", "id");
    return t.status;
  }
  if (closed) throw new UserError("CONFLICT", `办件已办结（${STATUS_LABEL[t.status]}），不能再${rule.label} (a closed ticket cannot change)`, "id");
  if (!rule.from.includes(t.status)) {
    const allowed = rule.from.map((s) => STATUS_LABEL[s]).join("/");
    throw new UserError("CONFLICT", `当前状态为${STATUS_LABEL[t.status]}，不能${rule.label}（须为${allowed}） (cannot ${step.toLowerCase()} a ${t.status} ticket)`, "id");
  }
  return rule.to ?? t.status;
}

/** The steps a ticket's state allows now (Ticket.allowedSteps keeps those the viewer may take). */
export const allowedSteps = (t: TicketState): TicketStep[] =>
  (Object.keys(STEPS) as TicketStep[]).filter((s) => {
    try {
      nextStatus(t, s);
      return true;
    } catch {
      return false;
    }
  });
