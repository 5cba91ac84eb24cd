import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/errors.js";
import { monthOf, monthsOf, parsePeriod, periodOf } from "./period.rules.js";
import { chinaDay } from "../../shared/chinaTime.js";

describe("periods in China time", () => {
  it("an instant's accounting month follows the China calendar (UTC+8)", () => {
    expect(monthOf(new Date("2026-10-31T15:59:59Z")).toISOString()).toBe("2026-10-01T00:00:00.000Z");
    expect(monthOf(new Date("2026-10-31T16:00:00Z")).toISOString()).toBe("2026-11-01T00:00:00.000Z");
    expect(chinaDay(new Date("2026-12-31T17:00:00Z"))).toBe("2027-01-01");
  });

  it("parses months, quarters and years; anything else is INVALID naming the field", () => {
    expect(parsePeriod("2026-11")).toMatchObject({ kind: "MONTH", key: "2026-11", label: "2026年11月" });
    const q = parsePeriod("2026-q4");
    expect(q).toMatchObject({ kind: "QUARTER", key: "2026-Q4", label: "2026年第4季度" });
    expect(monthsOf(q).map((m) => m.toISOString().slice(0, 7))).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(monthsOf(parsePeriod("2026"))).toHaveLength(12);
    expect(parsePeriod("2026").toMonth.toISOString().slice(0, 10)).toBe("2027-01-01");
    for (const bad of ["2026-13", "2026-00", "2026-Q5", "26", "2026/11", ""]) {
      expect(() => parsePeriod(bad, "input.period")).toThrow(UserError);
      try {
        parsePeriod(bad, "input.period");
      } catch (e) {
        expect((e as UserError).field).toBe("input.period");
      }
    }
  });

  it("a cap period contains its month", () => {
    const m = new Date("2026-05-01T00:00:00Z");
    expect(periodOf("QUARTER", m).key).toBe("2026-Q2");
    expect(periodOf("YEAR", m).key).toBe("2026");
    expect(periodOf("MONTH", m).toMonth.toISOString().slice(0, 10)).toBe("2026-06-01");
  });
});
