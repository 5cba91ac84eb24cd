import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/errors.js";
import { toGlobalId } from "../../shared/ids.js";
import { parseInput } from "../../shared/service.js";
import { beneficiariesInput, expenseInput, milestoneInput, pledgeInput, projectInput, surveyInput, updateInput } from "./validation.js";

const gid = (type: string) => toGlobalId(type, "0190a6f0-0000-7000-8000-000000000001");
const refused = (schema: Parameters<typeof parseInput>[0], input: unknown) => {
  try {
    parseInput(schema, input);
  } catch (e) {
    if (e instanceof UserError) return { code: e.code, field: e.field };
    throw e;
  }
  throw new Error("accepted");
};

describe("project inputs", () => {
  const base = { typeId: gid("ProjectType"), title: "四点半课堂", description: "放学后托管", origin: "COMMUNITY" };
  it("need what the origin needs, as REQUIRED on the field", () => {
    expect(refused(projectInput, { ...base, origin: "RESIDENT_REQUEST", requesterResidentId: gid("Resident") })).toEqual({ code: "REQUIRED", field: "input.requestText" });
    expect(refused(projectInput, { ...base, origin: "TOPIC" })).toEqual({ code: "REQUIRED", field: "input.topicId" });
    expect(refused(projectInput, { ...base, origin: "NEED" })).toEqual({ code: "REQUIRED", field: "input.needId" });
    expect(parseInput(projectInput, base).title).toBe("四点半课堂");
  });
  it("refuse dates out of order and ids of the wrong type", () => {
    expect(refused(projectInput, { ...base, plannedStartOn: "2026-05-02", plannedEndOn: "2026-05-01" })).toEqual({ code: "INVALID", field: "input.plannedEndOn" });
    expect(refused(projectInput, { ...base, typeId: gid("Grid") })).toEqual({ code: "INVALID", field: "input.typeId" });
    expect(refused(milestoneInput, { title: "m", plannedStartOn: "2026-06-02", plannedEndOn: "2026-06-01" })).toEqual({ code: "INVALID", field: "input.plannedEndOn" });
  });
  it("keep percent within 0–100 and at most 9 photos", () => {
    expect(refused(updateInput, { text: "x", percentComplete: 101 })).toEqual({ code: "INVALID", field: "input.percentComplete" });
    expect(refused(updateInput, { text: "x", percentComplete: -1 })).toEqual({ code: "INVALID", field: "input.percentComplete" });
    expect(refused(updateInput, { text: "x", percentComplete: 50.5 })).toEqual({ code: "INVALID", field: "input.percentComplete" });
    expect(refused(updateInput, { text: "x", percentComplete: 5, photoIds: Array(10).fill(gid("ProjectFile")) })).toEqual({ code: "INVALID", field: "input.photoIds" });
    expect(parseInput(updateInput, { text: "x", percentComplete: 100 }).photoIds).toEqual([]);
  });
  it("money: an expense names a line and a positive whole amount of fen", () => {
    const e = { budgetLineId: gid("ProjectBudgetLine"), spentOn: "2026-05-01", payee: "五金店", amountFen: 1200, description: "材料" };
    expect(parseInput(expenseInput, e).amountFen).toBe(1200);
    expect(refused(expenseInput, { ...e, budgetLineId: undefined })).toEqual({ code: "REQUIRED", field: "input.budgetLineId" });
    expect(refused(expenseInput, { ...e, amountFen: -100 })).toEqual({ code: "INVALID", field: "input.amountFen" });
    expect(refused(expenseInput, { ...e, amountFen: 0 })).toEqual({ code: "INVALID", field: "input.amountFen" });
    expect(refused(expenseInput, { ...e, amountFen: 12.5 })).toEqual({ code: "INVALID", field: "input.amountFen" });
  });
  it("pledges name a sponsor, a target and what is given", () => {
    const p = { needId: gid("CommunityNeed"), allianceUnitId: gid("AllianceUnit"), kind: "MONEY", pledgedFen: 100, pledgedOn: "2026-05-01" };
    expect(parseInput(pledgeInput, p).pledgedFen).toBe(100);
    expect(refused(pledgeInput, { ...p, pledgedFen: undefined })).toEqual({ code: "REQUIRED", field: "input.pledgedFen" });
    expect(refused(pledgeInput, { ...p, allianceUnitId: undefined })).toEqual({ code: "REQUIRED", field: "input.allianceUnitId" });
    expect(refused(pledgeInput, { ...p, needId: undefined })).toEqual({ code: "REQUIRED", field: "input.needId" });
    expect(refused(pledgeInput, { ...p, organizationId: gid("SocialOrganization") })).toEqual({ code: "INVALID", field: "input.organizationId" });
    expect(refused(pledgeInput, { ...p, kind: "IN_KIND", pledgedFen: undefined })).toEqual({ code: "REQUIRED", field: "input.inKind" });
  });
  it("survey scores 1–5; beneficiary groups once each, counts not negative", () => {
    expect(refused(surveyInput, { score: 0 })).toEqual({ code: "INVALID", field: "input.score" });
    expect(refused(surveyInput, { score: 6 })).toEqual({ code: "INVALID", field: "input.score" });
    expect(refused(beneficiariesInput, { groups: [{ group: "ELDERLY", count: -1 }] })).toEqual({ code: "INVALID", field: "input.groups.0.count" });
    expect(refused(beneficiariesInput, { groups: [{ group: "ELDERLY", count: 1 }, { group: "ELDERLY", count: 2 }] })).toEqual({ code: "INVALID", field: "input.groups.1.group" });
  });
});
