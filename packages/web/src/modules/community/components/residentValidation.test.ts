import { describe, expect, it } from "vitest";
import { birthDateProblem, isValidIdNumber, PHONE } from "./residentValidation";

describe("resident validation", () => {
  it("accepts ID numbers with a correct GB 11643 check digit only", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("11010519491231002x")).toBe(true);
    expect(isValidIdNumber("110105194912310021")).toBe(false); // wrong check digit
    expect(isValidIdNumber("11010519491331002X")).toBe(false); // month 13
    expect(isValidIdNumber("1101051949123100")).toBe(false);
  });

  it("accepts mobiles and landlines", () => {
    expect(PHONE.test("13800138000")).toBe(true);
    expect(PHONE.test("0750-3123456")).toBe(true);
    expect(PHONE.test("12800138000")).toBe(false);
    expect(PHONE.test("1380013800")).toBe(false);
  });

  it("refuses birth dates in the future or malformed", () => {
    const today = new Date("2026-11-22T08:00:00Z");
    expect(birthDateProblem("", today)).toBeNull();
    expect(birthDateProblem("1981-02-29", today)).toBe("invalid");
    expect(birthDateProblem("1984-02-29", today)).toBeNull();
    expect(birthDateProblem("2026-11-22", today)).toBeNull();
    expect(birthDateProblem("2026-11-23", today)).toBe("future");
  });
});
