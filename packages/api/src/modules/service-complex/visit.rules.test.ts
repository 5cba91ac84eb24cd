import { describe, expect, it } from "vitest";
import { cancelRefusal, bookingSteps } from "./booking.rules.js";
import { VISIT_STEP_ACTIONS, visitRefusal, visitSteps } from "./visit.rules.js";

describe("visit ledger steps", () => {
  it("OPEN → ANSWERED → CLOSED, and 转为议题 once", () => {
    expect(visitSteps({ status: "OPEN", topicId: null })).toEqual(["ANSWER", "TO_TOPIC"]);
    expect(visitSteps({ status: "ANSWERED", topicId: null })).toEqual(["CLOSE", "TO_TOPIC"]);
    expect(visitSteps({ status: "CLOSED", topicId: null })).toEqual(["TO_TOPIC"]);
    expect(visitSteps({ status: "ANSWERED", topicId: "t" })).toEqual(["CLOSE"]);
  });

  it("names why a step is refused, with the services' messages", () => {
    expect(visitRefusal({ status: "ANSWERED", topicId: null }, "ANSWER")).toContain("only an OPEN entry");
    expect(visitRefusal({ status: "OPEN", topicId: null }, "CLOSE")).toContain("answer the entry before closing it");
    expect(visitRefusal({ status: "OPEN", topicId: "t" }, "TO_TOPIC")).toContain("already been turned into a topic");
  });

  it("turning an entry into a topic takes topic:propose as well", () => {
    expect(VISIT_STEP_ACTIONS.TO_TOPIC).toEqual(["visit:manage", "topic:propose"]);
    expect(VISIT_STEP_ACTIONS.ANSWER).toEqual(["visit:manage"]);
  });
});

describe("room booking steps", () => {
  const now = new Date("2026-12-06T04:00:00Z");
  it("a confirmed booking is cancelled until it ends", () => {
    expect(bookingSteps({ status: "CONFIRMED", endsAt: new Date("2026-12-06T05:00:00Z") }, now)).toEqual(["CANCEL"]);
    expect(bookingSteps({ status: "CONFIRMED", endsAt: now }, now)).toEqual([]);
    expect(cancelRefusal({ status: "CONFIRMED", endsAt: now }, now)).toContain("the booking is over");
    expect(cancelRefusal({ status: "CANCELLED", endsAt: new Date("2026-12-07T00:00:00Z") }, now)).toContain("already cancelled");
  });
});
