import { describe, expect, it } from "vitest";
import { MAX_FEN, yuanAmountOk, yuanToFen } from "../modules/projects/money";
import { wholeInRange } from "./numberRules";

describe("number rules", () => {
  it("take a whole number within the range as typed, nothing else", () => {
    expect(wholeInRange(1, 1, 10_000)).toBe(true);
    expect(wholeInRange(10_000, 1, 10_000)).toBe(true);
    for (const bad of [0, -1, 10_001, 1e12, 2.5, Number.NaN, "5", "", null, undefined]) expect(wholeInRange(bad, 1, 10_000), String(bad)).toBe(false);
  });
  it("check typed yuan amounts against the API's fen range (0 to ¥10,000,000,000, at most 2 decimals)", () => {
    expect(yuanToFen("25000000")).toBe(2_500_000_000);
    expect(yuanToFen(10_000_000_000)).toBe(MAX_FEN);
    expect(yuanToFen(0.29)).toBe(29);
    expect(yuanToFen(1e300)).toBeNull();
    expect(yuanAmountOk(25_000_000)).toBe(true);
    expect(yuanAmountOk(10_000_000_000)).toBe(true);
    expect(yuanAmountOk(0)).toBe(true);
    expect(yuanAmountOk(0, true)).toBe(false);
    for (const bad of [-500, -0.01, 10_000_000_000.01, 1e12, 1.234, "abc", ""]) expect(yuanAmountOk(bad), String(bad)).toBe(false);
  });
});
