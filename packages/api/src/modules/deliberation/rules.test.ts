import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/errors.js";
import { assertTransition, canTransition, chinaDateTime, computeQuorum, forVotesRequired, isSitting, quorumRequired, resolutionStepRefusal, schedulingRefusal, TOPIC_TRANSITIONS, voteResult } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";

describe("quorum", () => {
  it("MORE_THAN_HALF needs more than half of the sitting members", () => {
    expect([1, 2, 3, 4, 7, 8, 9, 10].map((n) => quorumRequired("MORE_THAN_HALF", n))).toEqual([1, 2, 2, 3, 4, 5, 5, 6]);
  });
  it("TWO_THIRDS needs at least two thirds", () => {
    expect([3, 6, 7, 9, 10].map((n) => quorumRequired("TWO_THIRDS", n))).toEqual([2, 4, 5, 6, 7]);
  });
  it("is reached at the required count and not one below; never with nobody sitting", () => {
    expect(computeQuorum("MORE_THAN_HALF", 9, 5)).toEqual({ rule: "MORE_THAN_HALF", sitting: 9, required: 5, present: 5, reached: true });
    expect(computeQuorum("MORE_THAN_HALF", 9, 4).reached).toBe(false);
    expect(computeQuorum("MORE_THAN_HALF", 8, 4).reached).toBe(false); // exactly half is not more than half
    expect(computeQuorum("TWO_THIRDS", 9, 6).reached).toBe(true);
    expect(computeQuorum("TWO_THIRDS", 9, 5).reached).toBe(false);
    expect(computeQuorum("MORE_THAN_HALF", 0, 0)).toMatchObject({ required: 1, reached: false });
  });
});

describe("vote threshold", () => {
  it("SIMPLE_MAJORITY: FOR > present / 2", () => {
    expect(forVotesRequired("SIMPLE_MAJORITY", 9)).toBe(5);
    expect(forVotesRequired("SIMPLE_MAJORITY", 8)).toBe(5);
    expect(voteResult("SIMPLE_MAJORITY", { for: 4, against: 2, abstain: 2 }, 8, true)).toBe("REJECTED"); // 4 of 8 is not a majority
    expect(voteResult("SIMPLE_MAJORITY", { for: 5, against: 3, abstain: 0 }, 8, true)).toBe("PASSED");
  });
  it("abstentions and ballots not cast count against (the base is who is present)", () => {
    expect(voteResult("SIMPLE_MAJORITY", { for: 4, against: 0, abstain: 0 }, 9, true)).toBe("REJECTED");
    expect(voteResult("SIMPLE_MAJORITY", { for: 5, against: 0, abstain: 4 }, 9, true)).toBe("PASSED");
  });
  it("TWO_THIRDS: FOR ≥ 2 × present / 3", () => {
    expect(forVotesRequired("TWO_THIRDS", 9)).toBe(6);
    expect(voteResult("TWO_THIRDS", { for: 6, against: 3, abstain: 0 }, 9, true)).toBe("PASSED");
    expect(voteResult("TWO_THIRDS", { for: 5, against: 4, abstain: 0 }, 9, true)).toBe("REJECTED");
    expect(voteResult("TWO_THIRDS", { for: 7, against: 3, abstain: 0 }, 10, true)).toBe("PASSED");
    expect(voteResult("TWO_THIRDS", { for: 6, against: 4, abstain: 0 }, 10, true)).toBe("REJECTED");
  });
  it("without quorum at the close the vote is void, however it went", () => {
    expect(voteResult("SIMPLE_MAJORITY", { for: 4, against: 0, abstain: 0 }, 4, false)).toBe("NO_QUORUM");
    expect(voteResult("SIMPLE_MAJORITY", { for: 0, against: 0, abstain: 0 }, 0, true)).toBe("NO_QUORUM");
  });
});

describe("topic state machine", () => {
  it("follows SUBMITTED → ACCEPTED|DECLINED → SCHEDULED → DELIBERATED → RESOLVED|ESCALATED → DONE", () => {
    expect(canTransition("SUBMITTED", "ACCEPTED")).toBe(true);
    expect(canTransition("SUBMITTED", "DECLINED")).toBe(true);
    expect(canTransition("ACCEPTED", "SCHEDULED")).toBe(true);
    expect(canTransition("SCHEDULED", "DELIBERATED")).toBe(true);
    expect(canTransition("DELIBERATED", "RESOLVED")).toBe(true);
    expect(canTransition("DELIBERATED", "ESCALATED")).toBe(true);
    expect(canTransition("ESCALATED", "RESOLVED")).toBe(true);
    expect(canTransition("RESOLVED", "DONE")).toBe(true);
  });
  it("refuses skipping stages and leaving final states", () => {
    expect(canTransition("SUBMITTED", "SCHEDULED")).toBe(false);
    expect(canTransition("ACCEPTED", "RESOLVED")).toBe(false);
    expect(canTransition("SCHEDULED", "RESOLVED")).toBe(false);
    expect(canTransition("RESOLVED", "SCHEDULED")).toBe(false);
    expect(TOPIC_TRANSITIONS.DECLINED).toEqual([]);
    expect(TOPIC_TRANSITIONS.DONE).toEqual([]);
  });
  it("a wrong transition is a CONFLICT naming both states", () => {
    const err = (() => {
      try {
        assertTransition("DECLINED", "SCHEDULED");
      } catch (e) {
        return e as UserError;
      }
      return null;
    })();
    expect(err).toBeInstanceOf(UserError);
    expect(err).toMatchObject({ code: "CONFLICT", field: "id" });
    expect(err!.message).toContain("不予立项");
    expect(err!.message).toContain("DECLINED");
  });
  it("a declined topic cannot be scheduled, and says so", () => {
    expect(schedulingRefusal("DECLINED")).toMatch(/declined topic cannot be scheduled/);
    expect(schedulingRefusal("SUBMITTED")).toMatch(/accept the topic first/);
    expect(schedulingRefusal("SCHEDULED")).toMatch(/already on an agenda/);
    expect(schedulingRefusal("ACCEPTED")).toBeNull();
    expect(schedulingRefusal("DELIBERATED")).toBeNull();
  });
});

describe("sitting members and days", () => {
  const term = { startsOn: "2026-01-01", endsOn: "2028-12-31" };
  it("sits from joinedOn until the day before leftOn, within the term", () => {
    const m = { joinedOn: "2026-03-01", leftOn: "2026-06-01", term };
    expect(isSitting(m, "2026-02-28")).toBe(false);
    expect(isSitting(m, "2026-03-01")).toBe(true);
    expect(isSitting(m, "2026-05-31")).toBe(true);
    expect(isSitting(m, "2026-06-01")).toBe(false);
    expect(isSitting({ joinedOn: "2026-01-01", leftOn: null, term }, "2029-01-01")).toBe(false);
  });
  it("uses the calendar day in China (UTC+8)", () => {
    expect(chinaDay(new Date("2026-11-21T15:59:59Z"))).toBe("2026-11-21");
    expect(chinaDay(new Date("2026-11-21T16:00:00Z"))).toBe("2026-11-22");
    expect(chinaDateTime(new Date("2026-11-21T11:30:00Z"))).toBe("2026年11月21日 19:30");
  });
});

describe("resolution implementation", () => {
  it("moves forward only and stops at DONE", () => {
    expect(resolutionStepRefusal("PLANNED", "IN_PROGRESS")).toBeNull();
    expect(resolutionStepRefusal("PLANNED", "DONE")).toBeNull();
    expect(resolutionStepRefusal("IN_PROGRESS", "IN_PROGRESS")).toBeNull();
    expect(resolutionStepRefusal("IN_PROGRESS", "PLANNED")).toMatch(/forward/);
    expect(resolutionStepRefusal("DONE", "DONE")).toMatch(/done/);
  });
});
