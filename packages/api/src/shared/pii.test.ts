import { describe, expect, it } from "vitest";
import { maskIdNumber, maskPhone } from "./pii.js";

describe("PII masking", () => {
  it("keeps only the ends of a phone number", () => {
    expect(maskPhone("13800138000")).toBe("138****8000");
    expect(maskPhone("0750-3123456")).toBe("075****3456");
    expect(maskPhone(null)).toBeNull();
  });
  it("keeps the first and last four characters of an ID number", () => {
    expect(maskIdNumber("44079919900101123X")).toBe("4407**********123X");
    expect(maskIdNumber("123")).toBe("****");
  });
});
