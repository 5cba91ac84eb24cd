import { describe, expect, it } from "vitest";
import { activityAction, activityRefusal, activitySteps, signUpAction, signUpRefusal, signUpSteps, verifyRefusal, type SignUpState } from "./activity.rules.js";

const now = new Date("2026-12-06T04:00:00Z");
const later = new Date("2026-12-06T08:00:00Z");

describe("activity steps", () => {
  it("a draft is edited, published, cancelled; a published one takes sign-ups until it ends; a cancelled one nothing", () => {
    expect(activitySteps({ status: "DRAFT", endsAt: later, checkedInCount: 0 }, now)).toEqual(["EDIT", "PUBLISH", "CANCEL", "RESET_CODE"]);
    expect(activitySteps({ status: "PUBLISHED", endsAt: later, checkedInCount: 0 }, now)).toEqual(["EDIT", "CANCEL", "RESET_CODE", "SIGN_UP"]);
    expect(activitySteps({ status: "PUBLISHED", endsAt: now, checkedInCount: 0 }, now)).toEqual(["EDIT", "CANCEL", "RESET_CODE"]);
    expect(activitySteps({ status: "CANCELLED", endsAt: later, checkedInCount: 0 }, now)).toEqual([]);
  });

  it("is not cancelled once someone checked in", () => {
    expect(activityRefusal({ status: "PUBLISHED", endsAt: later, checkedInCount: 1 }, "CANCEL", now)).toContain("someone has checked in");
    expect(activityRefusal({ status: "PUBLISHED", endsAt: later, checkedInCount: 0 }, "PUBLISH", now)).toContain("already published");
    expect(activityRefusal({ status: "DRAFT", endsAt: later, checkedInCount: 0 }, "SIGN_UP", now)).toContain("not published");
  });

  it("an app acting for a resident only signs up; an app acting for nobody signs nobody up", () => {
    expect(activityAction("SIGN_UP", "resident")).toBe("activity:signUp");
    expect(activityAction("CANCEL", "resident")).toBeNull();
    expect(activityAction("SIGN_UP", "app")).toBeNull();
    expect(activityAction("PUBLISH", "staff")).toBe("activity:manage");
  });
});

describe("sign-up steps", () => {
  const s = (extra: Partial<SignUpState> = {}): SignUpState => ({ status: "CONFIRMED", checkedInAt: null, checkedOutAt: null, hoursStatus: "NONE", activity: { status: "PUBLISHED" }, ...extra });
  it("follows the place, the attendance and the hours", () => {
    expect(signUpSteps(s())).toEqual(["CANCEL", "CHECK_IN"]);
    expect(signUpSteps(s({ status: "WAITLISTED" }))).toEqual(["CANCEL"]);
    expect(signUpSteps(s({ checkedInAt: now }))).toEqual(["CHECK_OUT"]);
    expect(signUpSteps(s({ checkedInAt: now, checkedOutAt: later, hoursStatus: "PENDING" }))).toEqual(["APPROVE_HOURS", "ADJUST_HOURS", "REJECT_HOURS"]);
    expect(signUpSteps(s({ checkedInAt: now, checkedOutAt: later, hoursStatus: "APPROVED" }))).toEqual([]);
    expect(signUpSteps(s({ status: "CANCELLED" }))).toEqual([]);
    expect(signUpSteps(s({ activity: { status: "CANCELLED" } }))).toEqual(["CANCEL"]);
  });

  it("refuses with the services' messages", () => {
    expect(signUpRefusal(s({ status: "WAITLISTED" }), "CHECK_IN")).toContain("on the waiting list");
    expect(signUpRefusal(s({ checkedInAt: now }), "CANCEL")).toContain("already checked in");
    expect(signUpRefusal(s(), "CHECK_OUT")).toContain("not checked in");
    expect(verifyRefusal({ hoursStatus: "NONE", status: "CONFIRMED" })).toContain("no check-out");
  });

  it("staff record attendance with activity:manage and verify with hours:verify; the volunteer's app only cancels", () => {
    expect(signUpAction("CHECK_IN", "staff")).toBe("activity:manage");
    expect(signUpAction("APPROVE_HOURS", "staff")).toBe("hours:verify");
    expect(signUpAction("CANCEL", "resident")).toBe("activity:signUp");
    expect(signUpAction("CHECK_IN", "resident")).toBeNull();
    expect(signUpAction("CANCEL", "app")).toBeNull();
  });
});
