import { describe, expect, it } from "vitest";
import { applyUserError, formFieldOf } from "./formErrors";

describe("form error mapping", () => {
  it("maps an issue's input path onto a form field", () => {
    const fields = ["name", "phone", "password"];
    expect(formFieldOf("input.phone", fields)).toBe("phone");
    expect(formFieldOf("password", fields)).toBe("password");
    expect(formFieldOf("input.communityId", fields)).toBeNull();
    expect(formFieldOf(null, fields)).toBeNull();
  });

  it("sets field errors and returns what no field can show", () => {
    let errors: Record<string, string> = {};
    const form = { getValues: () => ({ name: "", idNumber: "" }), setErrors: (e: Record<string, string>) => (errors = e) };
    const unmapped = applyUserError(form, {
      code: "INVALID",
      field: "input.idNumber",
      message: "first",
      issues: [
        { field: "input.idNumber", message: "身份证号应为18位且校验位正确", code: "INVALID" },
        { field: "input.name", message: "请输入姓名", code: "REQUIRED" },
        { field: null, message: "社区不存在", code: "NOT_FOUND" },
      ],
    });
    expect(errors).toEqual({ idNumber: "身份证号应为18位且校验位正确", name: "请输入姓名" });
    expect(unmapped).toEqual([{ field: null, message: "社区不存在", code: "NOT_FOUND" }]);
  });
});
