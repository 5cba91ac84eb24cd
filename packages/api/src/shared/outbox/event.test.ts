import { describe, expect, it } from "vitest";
import { ACTION_NAMES } from "../authz.js";
import { AUDIT_ONLY, eventType, isAuditOnly } from "./event.js";

describe("eventType", () => {
  it("names a creation, a removal and a plain update after the subject", () => {
    expect(eventType({ targetType: "Grid", after: { name: "一" } })).toBe("grid:created");
    expect(eventType({ targetType: "ServiceTicket", before: null, after: { id: "x" } })).toBe("serviceTicket:created");
    expect(eventType({ targetType: "ProjectBudgetLine", before: { id: "x" } })).toBe("projectBudgetLine:deleted");
    expect(eventType({ targetType: "Grid", before: { name: "一" }, after: { name: "二" } })).toBe("grid:updated");
  });
  it("names a status change after the new status", () => {
    expect(eventType({ targetType: "Topic", before: { status: "SUBMITTED" }, after: { status: "ACCEPTED" } })).toBe("topic:accepted");
    expect(eventType({ targetType: "Project", before: { status: "APPROVED" }, after: { status: "IN_PROGRESS" } })).toBe("project:in_progress");
    expect(eventType({ targetType: "Topic", before: { status: "ACCEPTED" }, after: { status: "ACCEPTED", title: "新" } })).toBe("topic:updated");
    // A status that is not a string (or absent) is no status.
    expect(eventType({ targetType: "Meeting", before: { status: 1 }, after: { status: 2 } })).toBe("meeting:updated");
  });
  it("takes an explicit name, a verb or a full type", () => {
    expect(eventType({ targetType: "Meeting", before: {}, after: {}, event: "closed" })).toBe("meeting:closed");
    expect(eventType({ targetType: "Ballot", after: {}, event: "vote:cast" })).toBe("vote:cast");
  });
  it("without before and after it is an update", () => {
    expect(eventType({ targetType: "Account" })).toBe("account:updated");
  });
});

describe("audit-only records", () => {
  it("are sign-in, sign-out (staff and residents), password changes and duplicate-ID probes, and no action of the authorization list", () => {
    expect(Object.keys(AUDIT_ONLY).sort()).toEqual(["account:changePassword", "account:signIn", "account:signOut", "resident:idNumberDuplicate", "resident:signIn", "resident:signOut"]);
    for (const action of ACTION_NAMES) expect(isAuditOnly(action)).toBe(false);
    expect(isAuditOnly("account:signIn")).toBe(true);
    expect(isAuditOnly("toString")).toBe(false);
  });
});
