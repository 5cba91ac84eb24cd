import { afterEach, describe, expect, it, vi } from "vitest";
import { fromZod } from "../../shared/errors.js";
import { toGlobalId } from "../../shared/ids.js";
import { isValidIdNumber, residentInput, residentUpdate } from "./resident.validation.js";

describe("ID number (GB 11643)", () => {
  it("accepts a correct check digit, X included", () => {
    expect(isValidIdNumber("11010519491231002X")).toBe(true);
    expect(isValidIdNumber("440799199811302807")).toBe(true);
  });
  it("rejects a wrong check digit, an impossible birth date, a wrong length", () => {
    expect(isValidIdNumber("110105194912310021")).toBe(false);
    expect(isValidIdNumber("110105194902300028")).toBe(false);
    expect(isValidIdNumber("11010519491231002")).toBe(false);
  });
});

describe("resident input", () => {
  afterEach(() => {
    vi.useRealTimers();
  });
  it("a birth date may be today in China, where the day starts eight hours before UTC's", () => {
    vi.useFakeTimers({ now: new Date("2026-12-04T18:00:00Z"), toFake: ["Date"] }); // 2026-12-05 02:00 in China
    expect(residentInput.safeParse({ name: "新生儿", birthDate: "2026-12-05" }).success).toBe(true);
    const tomorrow = residentInput.safeParse({ name: "新生儿", birthDate: "2026-12-06" });
    expect(tomorrow.success).toBe(false);
    expect(fromZod(tomorrow.error!).field).toBe("input.birthDate");
  });
  it("names every bad field, with REQUIRED for an empty name", () => {
    const r = residentInput.safeParse({ name: " ", phone: "12345", idNumber: "110105194912310021", birthDate: "2999-01-01" });
    expect(r.success).toBe(false);
    const err = fromZod(r.error!);
    expect(err.code).toBe("REQUIRED");
    expect(err.field).toBe("input.name");
    expect(err.issues.map((i) => i.field).sort()).toEqual(["input.birthDate", "input.idNumber", "input.name", "input.phone"]);
  });
  it("decodes global ids and rejects one of the wrong type", () => {
    const grid = toGlobalId("Grid", "0190b7a0-0000-7000-8000-000000000001");
    const ok = residentInput.safeParse({ name: "张三", gridId: grid });
    expect(ok.success && ok.data.gridId).toBe("0190b7a0-0000-7000-8000-000000000001");
    const bad = residentInput.safeParse({ name: "张三", householdId: grid });
    expect(bad.success).toBe(false);
    expect(fromZod(bad.error!).field).toBe("input.householdId");
  });
  it("empty optional strings clear the field; an update may leave name out but not null it", () => {
    const r = residentInput.parse({ name: "李四", phone: "", idNumber: "" });
    expect(r.phone).toBeNull();
    expect(r.idNumber).toBeNull();
    expect(residentUpdate.safeParse({ note: "x" }).success).toBe(true);
    const nulled = residentUpdate.safeParse({ name: null });
    expect(nulled.success).toBe(false);
    expect(fromZod(nulled.error!).code).toBe("REQUIRED");
  });
});
