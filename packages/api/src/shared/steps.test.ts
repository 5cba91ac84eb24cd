// The toggle steps of rows whose only state is `active`: EDIT always, one of ACTIVATE / DEACTIVATE.
import { describe, expect, it } from "vitest";
import { stepsAllowedBy, toggleStepRules } from "./steps.js";

describe("toggle steps", () => {
  const rules = toggleStepRules("service:manage");

  it("an active row may be edited and switched off; an inactive one edited and switched on", () => {
    expect(stepsAllowedBy(rules, { active: true })).toEqual(["EDIT", "DEACTIVATE"]);
    expect(stepsAllowedBy(rules, { active: false })).toEqual(["EDIT", "ACTIVATE"]);
  });

  it("every step needs the one action given", () => {
    expect(Object.values(rules).map((r) => r.action)).toEqual(["service:manage", "service:manage", "service:manage"]);
  });
});
