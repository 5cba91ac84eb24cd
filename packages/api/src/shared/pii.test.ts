import { describe, expect, it } from "vitest";
import { ageThisYear, birthYear, maskBirthDate, maskIdNumber, maskPhone } from "./pii.js";

describe("PII masking", () => {
  it("keeps only the ends of a phone number", () => {
    expect(maskPhone("13800138000")).toBe("138****8000");
    expect(maskPhone("0750-3123456")).toBe("075****3456");
    expect(maskPhone(null)).toBeNull();
  });
  it("keeps only the first and last character of an ID number: no region code, no birth date", () => {
    expect(maskIdNumber("44079919900101123X")).toBe("4****************X");
    expect(maskIdNumber("44079919900101123X")).not.toMatch(/0799|1990|0101|123/);
    expect(maskIdNumber("123")).toBe("****");
  });
  it("a birth date is its year in audit snapshots", () => {
    expect(maskBirthDate("1975-12-03T00:00:00.000Z")).toBe("1975-**-**");
    expect(maskBirthDate(null)).toBeNull();
  });
  it("age comes from the birth year alone, in the China calendar", () => {
    const born = new Date("1975-12-03T00:00:00Z");
    expect(birthYear(born)).toBe(1975);
    // Before and after the birthday: the same age, so the day never shows.
    expect(ageThisYear(born, new Date("2026-01-05T00:00:00Z"))).toBe(51);
    expect(ageThisYear(born, new Date("2026-12-30T00:00:00Z"))).toBe(51);
    // 2026-12-31 17:00 UTC is already 2027 in China.
    expect(ageThisYear(born, new Date("2026-12-31T17:00:00Z"))).toBe(52);
    expect(ageThisYear(null)).toBeNull();
  });
});
