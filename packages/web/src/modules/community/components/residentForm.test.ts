import { describe, expect, it } from "vitest";
import { initialValues, toInput } from "./residentForm";

const values = { ...initialValues(undefined), name: " 王秀英 ", idNumber: "11010519491231002x" };

describe("toInput", () => {
  it("an edit keeps a birth date the viewer could not see when the field stays empty", () => {
    expect(toInput(values, true, { birthDateHidden: true, canViewPii: false })).not.toHaveProperty("birthDate");
    expect(toInput({ ...values, birthDate: "1949-12-31" }, true, { birthDateHidden: true, canViewPii: false }).birthDate).toBe("1949-12-31");
    expect(toInput(values, true, { birthDateHidden: false, canViewPii: true }).birthDate).toBeNull();
  });

  it("sends an ID number only for viewers who may set one", () => {
    expect(toInput(values, false, { canViewPii: true }).idNumber).toBe("11010519491231002X");
    expect(toInput(values, false, { canViewPii: false })).not.toHaveProperty("idNumber");
    expect(toInput(values, true, { canViewPii: false })).not.toHaveProperty("idNumber");
  });
});
