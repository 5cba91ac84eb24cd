import { describe, expect, it } from "vitest";
import { errorText, retryDelay } from "./worker.js";

describe("retryDelay", () => {
  it("doubles from the base per failure, with ±20 % jitter, up to the maximum", () => {
    expect(retryDelay(1, 1000, 300_000, () => 0.5)).toBe(1000);
    expect(retryDelay(2, 1000, 300_000, () => 0.5)).toBe(2000);
    expect(retryDelay(5, 1000, 300_000, () => 0.5)).toBe(16_000);
    expect(retryDelay(3, 1000, 300_000, () => 0)).toBe(3200);
    expect(retryDelay(3, 1000, 300_000, () => 1)).toBe(4800);
    expect(retryDelay(40, 1000, 300_000, () => 1)).toBe(300_000);
    expect(retryDelay(1_000_000, 1000, 60_000, () => 0)).toBe(48_000);
    expect(retryDelay(0, 1000, 300_000, () => 0.5)).toBe(1000);
  });
});

describe("errorText", () => {
  it("keeps the name and message of an error, at most 2000 characters", () => {
    expect(errorText(new TypeError("bad"))).toBe("TypeError: bad");
    expect(errorText("plain")).toBe("plain");
    expect(errorText(new Error("x".repeat(5000)))).toHaveLength(2000);
  });
});
