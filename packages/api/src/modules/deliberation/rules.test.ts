import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/errors.js";
import {
  AGENDA_ITEM_STEPS,
  assertTransition,
  canTransition,
  CHARTER_STEPS,
  chinaDateTime,
  computeQuorum,
  ESCALATION_STEPS,
  forVotesRequired,
  isSitting,
  MEETING_STEPS,
  quorumRequired,
  RESOLUTION_STEPS,
  resolutionStepRefusal,
  schedulingRefusal,
  STAGE_READY,
  TOPIC_STEPS,
  TOPIC_TRANSITIONS,
  topicStepWhere,
  VOTE_STEPS,
  voteResult,
  type TopicFacts,
} from "./rules.js";
import { stepsAllowedBy } from "../../shared/steps.js";
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

describe("steps (allowedSteps and the services read the same rules)", () => {
  const topic = (status: TopicFacts["status"], more: Partial<TopicFacts> = {}): TopicFacts => ({ status, readyForReview: true, proposerResidentId: null, ...more });
  it("topics: review while SUBMITTED (accept once ready), schedule, invite, resolve, escalate and publish by status", () => {
    expect(stepsAllowedBy(TOPIC_STEPS, topic("SUBMITTED"))).toEqual(["ACCEPT", "DECLINE"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("SUBMITTED", { readyForReview: false }))).toEqual(["DECLINE"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("ACCEPTED"))).toEqual(["SCHEDULE", "INVITE_STAKEHOLDER", "PUBLISH_PROPOSAL"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("DECLINED"))).toEqual(["PUBLISH_PROPOSAL"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("SCHEDULED"))).toEqual(["INVITE_STAKEHOLDER", "PUBLISH_PROPOSAL"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("DELIBERATED"))).toEqual(["SCHEDULE", "INVITE_STAKEHOLDER", "RESOLVE", "ESCALATE", "PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("ESCALATED"))).toEqual(["SCHEDULE", "INVITE_STAKEHOLDER", "RESOLVE", "PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION", "PUBLISH_RESOLUTION"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("RESOLVED"))).toEqual(["RESOLVE", "PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION", "PUBLISH_RESOLUTION"]);
    expect(stepsAllowedBy(TOPIC_STEPS, topic("DONE"))).toEqual(["PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION", "PUBLISH_RESOLUTION"]);
  });
  it("topics: SCHEDULE is exactly what schedulingRefusal lets through; the stages match STAGE_READY", () => {
    for (const s of Object.keys(TOPIC_TRANSITIONS) as TopicFacts["status"][]) {
      expect(TOPIC_STEPS.SCHEDULE.allows(topic(s))).toBe(schedulingRefusal(s) === null);
      expect(TOPIC_STEPS.PUBLISH_DELIBERATION.allows(topic(s))).toBe(STAGE_READY.DELIBERATION.includes(s));
    }
  });
  it("topics: an app co-signs for a resident other than the proposer, while SUBMITTED", () => {
    expect(TOPIC_STEPS.COSIGN.allows(topic("SUBMITTED", { actingResidentId: "r1" }))).toBe(true);
    expect(TOPIC_STEPS.COSIGN.allows(topic("SUBMITTED", { actingResidentId: "r1", proposerResidentId: "r1" }))).toBe(false);
    expect(TOPIC_STEPS.COSIGN.allows(topic("SUBMITTED"))).toBe(false);
    expect(TOPIC_STEPS.COSIGN.allows(topic("ACCEPTED", { actingResidentId: "r1" }))).toBe(false);
  });
  it("topics(allowedStep:) filters on what the rule lets through", () => {
    expect(topicStepWhere("SCHEDULE", null)).toEqual({ OR: ["ACCEPTED", "DELIBERATED", "ESCALATED"].flatMap((status) => [{ status, readyForReview: true }, { status, readyForReview: false }]) });
    expect(topicStepWhere("ACCEPT", null)).toEqual({ OR: [{ status: "SUBMITTED", readyForReview: true }] });
    expect(topicStepWhere("COSIGN", "r1")).toEqual({ OR: [{ status: "SUBMITTED", readyForReview: true }, { status: "SUBMITTED", readyForReview: false }], NOT: { proposerResidentId: "r1" } });
    expect(topicStepWhere("COSIGN", null)).toEqual({ OR: [{ id: { in: [] } }] });
  });
  it("meetings: by status; closing waits for every vote to close", () => {
    expect(stepsAllowedBy(MEETING_STEPS, { status: "SCHEDULED", openVotes: 0 })).toEqual(["UPDATE", "START", "CANCEL", "EDIT_AGENDA", "RECORD_ATTENDANCE"]);
    expect(stepsAllowedBy(MEETING_STEPS, { status: "IN_PROGRESS", openVotes: 0 })).toEqual(["CLOSE", "EDIT_AGENDA", "RECORD_ATTENDANCE", "RECORD_MINUTES", "OPEN_VOTE"]);
    expect(stepsAllowedBy(MEETING_STEPS, { status: "IN_PROGRESS", openVotes: 1 })).toEqual(["EDIT_AGENDA", "RECORD_ATTENDANCE", "RECORD_MINUTES", "OPEN_VOTE"]);
    expect(stepsAllowedBy(MEETING_STEPS, { status: "CLOSED", openVotes: 0 })).toEqual(["RECORD_MINUTES"]);
    expect(stepsAllowedBy(MEETING_STEPS, { status: "CANCELLED", openVotes: 0 })).toEqual([]);
    expect(Object.values(MEETING_STEPS).every((s) => s.action === "meeting:manage")).toBe(true);
  });
  it("agenda items: removed before their vote while the topic is still SCHEDULED; a vote once, during the meeting", () => {
    const item = { removed: false, voted: false, meetingStatus: "IN_PROGRESS" as const, topicStatus: "SCHEDULED" as const };
    expect(stepsAllowedBy(AGENDA_ITEM_STEPS, item)).toEqual(["REMOVE", "OPEN_VOTE"]);
    expect(stepsAllowedBy(AGENDA_ITEM_STEPS, { ...item, meetingStatus: "SCHEDULED" })).toEqual(["REMOVE"]);
    expect(stepsAllowedBy(AGENDA_ITEM_STEPS, { ...item, voted: true, topicStatus: "DELIBERATED" })).toEqual([]);
    expect(stepsAllowedBy(AGENDA_ITEM_STEPS, { ...item, topicStatus: "DELIBERATED" })).toEqual(["OPEN_VOTE"]);
    expect(stepsAllowedBy(AGENDA_ITEM_STEPS, { ...item, removed: true })).toEqual([]);
    expect(stepsAllowedBy(AGENDA_ITEM_STEPS, { ...item, meetingStatus: "CLOSED" })).toEqual([]);
  });
  it("votes, resolutions, escalations, charters", () => {
    expect(stepsAllowedBy(VOTE_STEPS, { status: "OPEN" })).toEqual(["CAST", "CLOSE"]);
    expect(stepsAllowedBy(VOTE_STEPS, { status: "CLOSED" })).toEqual([]);
    expect(stepsAllowedBy(RESOLUTION_STEPS, { status: "PLANNED" })).toEqual(["UPDATE", "START", "COMPLETE"]);
    expect(stepsAllowedBy(RESOLUTION_STEPS, { status: "IN_PROGRESS" })).toEqual(["UPDATE", "COMPLETE"]);
    expect(stepsAllowedBy(RESOLUTION_STEPS, { status: "DONE" })).toEqual([]);
    expect(stepsAllowedBy(ESCALATION_STEPS, { replyText: null })).toEqual(["REPLY"]);
    expect(stepsAllowedBy(ESCALATION_STEPS, { replyText: "同意" })).toEqual([]);
    expect(stepsAllowedBy(CHARTER_STEPS, { status: "DRAFT" })).toEqual(["UPDATE", "ADOPT", "PUBLISH"]);
    expect(stepsAllowedBy(CHARTER_STEPS, { status: "ADOPTED" })).toEqual(["PUBLISH"]);
    expect(stepsAllowedBy(CHARTER_STEPS, { status: "SUPERSEDED" })).toEqual([]);
  });
});
