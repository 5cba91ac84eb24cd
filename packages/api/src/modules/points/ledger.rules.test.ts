import { describe, expect, it } from "vitest";
import { bucketChange, bucketOf, capped, kindForDelta, pointsForMinutes, redemptionRefusal, reversalRefusal } from "./ledger.rules.js";

describe("ledger rules", () => {
  it("each entry moves one sum; a reversal or refund moves its original's", () => {
    expect(bucketOf("AWARD")).toBe("awarded");
    expect(bucketOf("DEDUCTION")).toBe("deducted");
    expect(bucketOf("REDEMPTION")).toBe("spent");
    expect(bucketOf("REVERSAL", "AWARD")).toBe("awarded");
    expect(bucketOf("REVERSAL", "DEDUCTION")).toBe("deducted");
    expect(bucketOf("REFUND", "REDEMPTION")).toBe("spent");
    expect(() => bucketOf("REVERSAL")).toThrow();
    // Sums are positive amounts: a deduction of −10 adds 10 to deducted; its reversal (+10) takes it back.
    expect(bucketChange("deducted", -10)).toBe(10);
    expect(bucketChange("deducted", 10)).toBe(-10);
    expect(bucketChange("awarded", -30)).toBe(-30);
    expect(bucketChange("spent", -20)).toBe(20);
    expect(kindForDelta(5)).toBe("AWARD");
    expect(kindForDelta(-5)).toBe("DEDUCTION");
  });

  it("rules pay per hour by the minute (rounded down), or once per activity with time", () => {
    expect(pointsForMinutes({ kind: "PER_HOUR", points: 10 }, 90)).toBe(15);
    expect(pointsForMinutes({ kind: "PER_HOUR", points: 10 }, 59)).toBe(9);
    expect(pointsForMinutes({ kind: "PER_HOUR", points: 3 }, 50)).toBe(2);
    expect(pointsForMinutes({ kind: "PER_ACTIVITY", points: 5 }, 1)).toBe(5);
    expect(pointsForMinutes({ kind: "PER_ACTIVITY", points: 5 }, 0)).toBe(0);
    expect(pointsForMinutes(null, 120)).toBe(0);
    expect(pointsForMinutes({ kind: "PER_OCCURRENCE", points: 5 }, 120)).toBe(0);
  });

  it("a cap cuts awards and deductions alike to what is left in the period", () => {
    expect(capped(20, null, 100)).toBe(20);
    expect(capped(20, 25, 0)).toBe(20);
    expect(capped(20, 25, 20)).toBe(5);
    expect(capped(20, 25, 25)).toBe(0);
    expect(capped(-10, 15, -10)).toBe(-5);
    expect(capped(-10, 15, -30)).toBe(-0);
  });

  it("refuses reversing twice, reversing a reversal or a redemption, and reversing below zero", () => {
    expect(reversalRefusal({ kind: "AWARD", delta: 10 }, false, 10)).toBeNull();
    expect(reversalRefusal({ kind: "AWARD", delta: 10 }, true, 10)).toMatch(/已冲正/);
    expect(reversalRefusal({ kind: "AWARD", delta: 10 }, false, 9)).toMatch(/余额/);
    expect(reversalRefusal({ kind: "DEDUCTION", delta: -10 }, false, -10)).toBeNull();
    expect(reversalRefusal({ kind: "REVERSAL", delta: -10 }, false, 10)).toMatch(/不能再冲正/);
    expect(reversalRefusal({ kind: "REFUND", delta: 10 }, false, 10)).toMatch(/不能再冲正/);
    expect(reversalRefusal({ kind: "REDEMPTION", delta: -10 }, false, 10)).toMatch(/取消兑换/);
  });

  it("a redemption needs the balance and the stock for the whole quantity", () => {
    expect(redemptionRefusal(30, 2, 15, 2)).toBeNull();
    expect(redemptionRefusal(29, 2, 15, 2)).toMatchObject({ field: "input.quantity" });
    expect(redemptionRefusal(100, 1, 15, 2)?.message).toMatch(/库存不足/);
  });
});
