import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/errors.js";
import { allowedSteps, isClosed, nextStatus, RESIDENT_STEPS, STEP_ACTION, type TicketState, type TicketStatus, type TicketStep } from "./ticket.rules.js";

const state = (status: TicketStatus, extra: Partial<TicketState> = {}): TicketState => ({ status, closedAt: null, rating: null, transferReply: null, ...extra });

function conflict(t: TicketState, step: TicketStep) {
  try {
    nextStatus(t, step);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    expect((e as UserError).code).toBe("CONFLICT");
    expect((e as UserError).field).toBe("id");
    return (e as UserError).message;
  }
  throw new Error(`${step} from ${t.status} was allowed`);
}

describe("ticket state machine", () => {
  it("runs SUBMITTED → ACCEPTED → COMPLETED, and through RETURNED back to SUBMITTED", () => {
    expect(nextStatus(state("SUBMITTED"), "ACCEPT")).toBe("ACCEPTED");
    expect(nextStatus(state("ACCEPTED"), "RETURN")).toBe("RETURNED");
    expect(nextStatus(state("RETURNED"), "RESUBMIT")).toBe("SUBMITTED");
    expect(nextStatus(state("ACCEPTED"), "COMPLETE")).toBe("COMPLETED");
    expect(nextStatus(state("SUBMITTED"), "TRANSFER")).toBe("TRANSFERRED");
    expect(nextStatus(state("TRANSFERRED"), "TRANSFER_REPLY")).toBe("TRANSFERRED");
    expect(nextStatus(state("RETURNED"), "REJECT")).toBe("REJECTED");
  });

  it("refuses steps out of order with a CONFLICT that says why", () => {
    expect(conflict(state("SUBMITTED"), "COMPLETE")).toContain("已提交");
    expect(conflict(state("ACCEPTED"), "ACCEPT")).toContain("已受理");
    expect(conflict(state("SUBMITTED"), "RESUBMIT")).toBeTruthy();
    expect(conflict(state("RETURNED"), "ACCEPT")).toBeTruthy();
    expect(conflict(state("RETURNED"), "COMPLETE")).toBeTruthy();
    expect(conflict(state("TRANSFERRED"), "COMPLETE")).toBeTruthy();
    expect(conflict(state("SUBMITTED"), "TRANSFER_REPLY")).toBeTruthy();
  });

  it("a closed ticket changes no more, except for one rating", () => {
    const closed: TicketState[] = [state("COMPLETED"), state("REJECTED"), state("TRANSFERRED", { transferReply: "已处理" })];
    for (const t of closed) {
      expect(isClosed(t)).toBe(true);
      for (const step of ["ACCEPT", "RETURN", "RESUBMIT", "TRANSFER", "TRANSFER_REPLY", "COMPLETE", "REJECT", "ASSIGN"] as const) {
        expect(conflict(t, step)).toContain("不能");
      }
      expect(nextStatus(t, "RATE")).toBe(t.status);
      expect(allowedSteps(t)).toEqual(["RATE"]);
      expect(conflict({ ...t, rating: 5 }, "RATE")).toContain("重复评价");
      expect(allowedSteps({ ...t, rating: 4 })).toEqual([]);
    }
  });

  it("an open ticket cannot be rated; a transfer awaiting its reply is open", () => {
    for (const s of ["SUBMITTED", "ACCEPTED", "RETURNED", "TRANSFERRED"] as const) {
      expect(isClosed(state(s))).toBe(false);
      expect(conflict(state(s), "RATE")).toContain("办结后");
    }
    expect(allowedSteps(state("TRANSFERRED"))).toEqual(["TRANSFER_REPLY", "ASSIGN"]);
    expect(allowedSteps(state("SUBMITTED"))).toEqual(["ACCEPT", "RETURN", "TRANSFER", "REJECT", "ASSIGN"]);
    expect(allowedSteps(state("ACCEPTED"))).toEqual(["RETURN", "TRANSFER", "COMPLETE", "REJECT", "ASSIGN"]);
    expect(allowedSteps(state("RETURNED"))).toEqual(["RESUBMIT", "REJECT", "ASSIGN"]);
  });
});

describe("ticket steps and grants", () => {
  it("handling takes ticket:handle; resubmitting ticket:create; rating ticket:rate", () => {
    expect(Object.entries(STEP_ACTION).filter(([, a]) => a !== "ticket:handle")).toEqual([
      ["RESUBMIT", "ticket:create"],
      ["RATE", "ticket:rate"],
    ]);
    expect(RESIDENT_STEPS).toEqual(["RESUBMIT", "RATE"]);
  });
});
