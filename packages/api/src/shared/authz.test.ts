import { describe, expect, it } from "vitest";
import { ACTIONS, actionsOfRole, canAtPath, communityScope, heldActions } from "./authz.js";
import type { Context, GrantInfo } from "./context.js";

const D = "/d/";
const S1 = "/d/s1/";
const S2 = "/d/s2/";
const C1 = "/d/s1/c1/";
const C2 = "/d/s2/c2/";

function ctxWith(grants: Omit<GrantInfo, "id" | "regionId" | "communityId">[]): Context {
  return {
    actor: { kind: "account", accountId: "a", sessionId: "s", grants: grants.map((g, i) => ({ ...g, id: String(i), regionId: null, communityId: null })) },
  } as unknown as Context;
}

describe("authz", () => {
  it("a grant on a street reaches its communities and not another street's", () => {
    const ctx = ctxWith([{ role: "ADMIN", path: S1 }]);
    expect(canAtPath(ctx, "resident:update", C1)).toBe(true);
    expect(canAtPath(ctx, "resident:update", C2)).toBe(false);
    expect(canAtPath(ctx, "region:manage", S1)).toBe(true);
    expect(canAtPath(ctx, "region:manage", D)).toBe(false);
  });

  it("a role holds only its actions", () => {
    const grid = ctxWith([{ role: "GRID_WORKER", path: C1 }]);
    expect(canAtPath(grid, "resident:create", C1)).toBe(true);
    expect(canAtPath(grid, "resident:viewPii", C1)).toBe(false);
    expect(canAtPath(grid, "account:manage", C1)).toBe(false);
    const auditor = ctxWith([{ role: "AUDITOR", path: C1 }]);
    expect(canAtPath(auditor, "audit:read", C1)).toBe(true);
    expect(canAtPath(auditor, "resident:create", C1)).toBe(false);
    const overseer = ctxWith([{ role: "OVERSEER", path: S2 }]);
    expect(canAtPath(overseer, "community:read", C2)).toBe(true);
    expect(canAtPath(overseer, "resident:read", C2)).toBe(false);
  });

  it("every role's action list comes from the one table", () => {
    expect(actionsOfRole("ADMIN")).toEqual(Object.keys(ACTIONS));
    expect(actionsOfRole("AUDITOR")).toContain("audit:read");
    expect(actionsOfRole("STAFF")).not.toContain("resident:viewPii");
  });

  it("list scope filters by the granted paths, and is empty without a grant", () => {
    expect(communityScope(ctxWith([{ role: "STAFF", path: C1 }]), "resident:read")).toEqual({ OR: [{ path: { startsWith: C1 } }] });
    expect(communityScope(ctxWith([{ role: "OVERSEER", path: S1 }]), "resident:read")).toEqual({ id: { in: [] } });
    expect(communityScope({ actor: { kind: "anonymous" } } as Context, "community:read")).toEqual({ id: { in: [] } });
  });

  it("API clients hold exactly their actions in exactly their communities", () => {
    const ctx = { actor: { kind: "client", clientId: "x", actions: new Set(["resident:read"]), communityIds: new Set(["c1"]), actingResidentId: null } } as unknown as Context;
    expect(canAtPath(ctx, "resident:read", C1, "c1")).toBe(true);
    expect(canAtPath(ctx, "resident:read", C2, "c2")).toBe(false);
    expect(canAtPath(ctx, "resident:update", C1, "c1")).toBe(false);
    expect(heldActions(ctx)).toEqual(["resident:read"]);
  });
});
