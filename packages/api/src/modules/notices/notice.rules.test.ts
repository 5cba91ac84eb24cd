import { describe, expect, it } from "vitest";
import { finalAt, NOTICE_STEPS, noticeStatus, OBJECTION_STEPS, objectionRefusal, periodEnd } from "./notice.rules.js";
import { stepsAllowedBy } from "../../shared/steps.js";

const published = new Date("2026-11-01T02:00:00Z");
const endsAt = periodEnd(published, 7);
const base = { endsAt, withdrawnAt: null, pendingObjections: 0, upheldObjections: 0 };
const during = new Date("2026-11-05T00:00:00Z");
const after = new Date("2026-11-09T00:00:00Z");

describe("notice status", () => {
  it("the period is whole days from publication", () => {
    expect(endsAt.toISOString()).toBe("2026-11-08T02:00:00.000Z");
  });
  it("is PUBLISHED during the period and FINAL after it without objections", () => {
    expect(noticeStatus(base, during)).toBe("PUBLISHED");
    expect(noticeStatus(base, endsAt)).toBe("FINAL");
    expect(noticeStatus(base, after)).toBe("FINAL");
    expect(finalAt({ ...base, lastAnsweredAt: null }, after)).toEqual(endsAt);
    expect(finalAt({ ...base, lastAnsweredAt: null }, during)).toBeNull();
  });
  it("waits for answers: an unanswered objection keeps it from becoming final", () => {
    expect(noticeStatus({ ...base, pendingObjections: 1 }, during)).toBe("PUBLISHED");
    expect(noticeStatus({ ...base, pendingObjections: 1 }, after)).toBe("AWAITING_ANSWERS");
    const answeredLate = new Date("2026-11-10T00:00:00Z");
    expect(finalAt({ ...base, lastAnsweredAt: answeredLate }, new Date("2026-11-11T00:00:00Z"))).toEqual(answeredLate);
  });
  it("an upheld objection stops it at once, in or after the period", () => {
    expect(noticeStatus({ ...base, upheldObjections: 1 }, during)).toBe("OBJECTION_UPHELD");
    expect(noticeStatus({ ...base, upheldObjections: 1 }, after)).toBe("OBJECTION_UPHELD");
    expect(finalAt({ ...base, upheldObjections: 1, lastAnsweredAt: during }, after)).toBeNull();
  });
  it("a withdrawn notice is WITHDRAWN whatever else", () => {
    expect(noticeStatus({ ...base, withdrawnAt: during, upheldObjections: 1 }, after)).toBe("WITHDRAWN");
  });
});

describe("objections", () => {
  it("are taken only during the period of a notice still standing", () => {
    expect(objectionRefusal(base, during)).toBeNull();
    expect(objectionRefusal(base, endsAt)).toMatch(/period has ended/);
    expect(objectionRefusal({ ...base, withdrawnAt: during }, during)).toMatch(/withdrawn/);
  });
});

describe("steps (Notice.allowedSteps, NoticeObjection.allowedSteps)", () => {
  it("a notice is withdrawn once; objections are taken exactly when objectionRefusal lets them", () => {
    expect(stepsAllowedBy(NOTICE_STEPS, { endsAt, withdrawnAt: null, now: during })).toEqual(["WITHDRAW", "OBJECT"]);
    expect(stepsAllowedBy(NOTICE_STEPS, { endsAt, withdrawnAt: null, now: after })).toEqual(["WITHDRAW"]);
    expect(stepsAllowedBy(NOTICE_STEPS, { endsAt, withdrawnAt: during, now: during })).toEqual([]);
    for (const now of [during, endsAt, after]) {
      expect(NOTICE_STEPS.OBJECT.allows({ endsAt, withdrawnAt: null, now })).toBe(objectionRefusal({ endsAt, withdrawnAt: null }, now) === null);
    }
    expect(NOTICE_STEPS.WITHDRAW.action).toBe("notice:publish");
    expect(NOTICE_STEPS.OBJECT.action).toBe("notice:object");
  });
  it("an objection is answered once, while PENDING", () => {
    expect(stepsAllowedBy(OBJECTION_STEPS, { status: "PENDING" })).toEqual(["ANSWER"]);
    expect(stepsAllowedBy(OBJECTION_STEPS, { status: "UPHELD" })).toEqual([]);
    expect(stepsAllowedBy(OBJECTION_STEPS, { status: "DISMISSED" })).toEqual([]);
  });
});
