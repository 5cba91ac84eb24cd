// Roles × actions: what each role, held on community A, may read and change there. The expected
// matrix is written out here (the contract), not derived from the API's action table.
import type { Role } from "@gongzhi/api/src/generated/prisma/enums.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type As, type MutationName, PASSWORD, success, type TestAccount, type TestKit } from "./testkit.js";

const ROLES: Role[] = ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR", "OVERSEER"];
const ALL = ROLES;

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;
const as = {} as Record<Role, TestAccount>;
/** An account wholly inside A (the only kind an A admin may grant roles to). */
let target: TestAccount;
let n = 0;
const uniq = () => `${Date.now().toString(36)}${n++}`;

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
  for (const role of ROLES) as[role] = await kit.seed.account(role, w.A.community);
  target = await kit.seed.account("STAFF", w.A.community);
  // Something for auditors to read.
  success(await kit.mutate("updateResident", { id: w.A.resident.gid, input: { note: "入户走访" } }, w.A.admin), "updateResident");
  await kit.seed.apiClient([w.A.community.id], ["community:read"], w.A.admin.id);
});
afterAll(async () => {
  await kit?.close();
});

const c = () => w.A.community.gid;

/** Each read: the roles that see A's rows through it, and how many rows it returns to a viewer. */
const READS: Record<string, { roles: Role[]; count: (viewer: As) => Promise<number> }> = {
  communities: { roles: ALL, count: (v) => total(`communities { totalCount }`, "communities", v) },
  residents: { roles: ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR"], count: (v) => total(`residents(communityId: "${c()}") { totalCount }`, "residents", v) },
  grids: { roles: ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR"], count: (v) => total(`grids(communityId: "${c()}") { totalCount }`, "grids", v) },
  households: { roles: ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR"], count: (v) => total(`households(communityId: "${c()}") { totalCount }`, "households", v) },
  socialOrganizations: { roles: ALL, count: (v) => total(`socialOrganizations(communityId: "${c()}") { totalCount }`, "socialOrganizations", v) },
  partyOrganizations: { roles: ALL, count: (v) => total(`partyOrganizations(communityId: "${c()}") { totalCount }`, "partyOrganizations", v) },
  auditEntries: { roles: ["ADMIN", "AUDITOR"], count: (v) => edges(`auditEntries { edges { node { id } } }`, "auditEntries", v) },
  // Every account sees itself; account:read shows the others.
  "accounts (others)": { roles: ["ADMIN"], count: async (v) => (await total(`accounts(communityId: "${c()}") { totalCount }`, "accounts", v)) - 1 },
  apiClients: { roles: ["ADMIN"], count: (v) => edges(`apiClients { edges { node { id } } }`, "apiClients", v) },
};

async function total(q: string, field: string, v: As) {
  const r = await kit.gql(`{ ${q} }`, {}, v);
  expect(r.errors).toBeUndefined();
  return r.data[field].totalCount as number;
}
async function edges(q: string, field: string, v: As) {
  const r = await kit.gql(`{ ${q} }`, {}, v);
  expect(r.errors).toBeUndefined();
  return r.data[field].edges.length as number;
}

/** Each write: the roles that may do it in A, its variables, and the field a refusal names. */
const WRITES: { field: MutationName; roles: Role[]; vars: () => Record<string, unknown>; deniedOn: string }[] = [
  { field: "createResident", roles: ["ADMIN", "STAFF", "GRID_WORKER"], vars: () => ({ input: { communityId: c(), name: `新居民${uniq()}` } }), deniedOn: "input.communityId" },
  { field: "updateResident", roles: ["ADMIN", "STAFF", "GRID_WORKER"], vars: () => ({ id: w.A.resident.gid, input: { note: uniq() } }), deniedOn: "id" },
  { field: "createHousehold", roles: ["ADMIN", "STAFF", "GRID_WORKER"], vars: () => ({ input: { communityId: c(), address: `幸福路${uniq()}号` } }), deniedOn: "input.communityId" },
  { field: "updateHousehold", roles: ["ADMIN", "STAFF", "GRID_WORKER"], vars: () => ({ id: w.A.household.gid, input: { address: `幸福路${uniq()}号` } }), deniedOn: "id" },
  { field: "createGrid", roles: ["ADMIN", "STAFF"], vars: () => ({ input: { communityId: c(), name: `网格${uniq()}` } }), deniedOn: "input.communityId" },
  { field: "updateGrid", roles: ["ADMIN", "STAFF"], vars: () => ({ id: w.A.grid.gid, input: { description: uniq() } }), deniedOn: "id" },
  { field: "createSocialOrganization", roles: ["ADMIN", "STAFF"], vars: () => ({ input: { communityId: c(), name: `组织${uniq()}`, category: "CHARITY" } }), deniedOn: "input.communityId" },
  { field: "updatePartyOrganization", roles: ["ADMIN", "STAFF"], vars: () => ({ id: w.A.partyOrganization.gid, input: { secretaryName: uniq() } }), deniedOn: "id" },
  { field: "updateCommunity", roles: ["ADMIN"], vars: () => ({ id: c(), input: { address: uniq() } }), deniedOn: "id" },
  {
    field: "createAccount",
    roles: ["ADMIN"],
    vars: () => ({ input: { username: `u${uniq()}`, displayName: "新同事", password: PASSWORD, role: "STAFF", nodeId: c() } }),
    deniedOn: "input.nodeId",
  },
  { field: "grantRole", roles: ["ADMIN"], vars: () => ({ input: { accountId: target.gid, role: "AUDITOR", nodeId: c() } }), deniedOn: "input.nodeId" },
  { field: "registerApiClient", roles: ["ADMIN"], vars: () => ({ input: { name: `应用${uniq()}`, communityIds: [c()], actions: ["community:read"] } }), deniedOn: "input.communityIds.0" },
];

describe.each(ROLES)("%s on community A", (role) => {
  for (const [name, read] of Object.entries(READS)) {
    const allowed = read.roles.includes(role);
    it(`${allowed ? "can" : "cannot"} read ${name}`, async () => {
      const count = await read.count(as[role]);
      if (allowed) expect(count).toBeGreaterThan(0);
      else expect(count).toBe(0);
    });
  }
  for (const write of WRITES) {
    const allowed = write.roles.includes(role);
    it(`${allowed ? "can" : "cannot"} ${write.field}`, async () => {
      if (!allowed) {
        await kit.refused(write.field, write.vars(), as[role], "FORBIDDEN", write.deniedOn);
        return;
      }
      const audits = await kit.auditCount({ action: { not: "resident:viewPii" } });
      const vars = write.vars();
      success(await kit.mutate(write.field, vars, as[role]), write.field);
      expect(await kit.auditCount({ action: { not: "resident:viewPii" } })).toBeGreaterThan(audits);
      // grantRole is not repeatable: take the role back for the next allowed caller.
      if (write.field === "grantRole") await kit.prisma.grant.deleteMany({ where: { accountId: target.id, role: "AUDITOR" } });
    });
  }
});

describe("named cases", () => {
  it("GRID_WORKER registers and updates residents but manages no accounts", async () => {
    const gw = as.GRID_WORKER;
    const r = success(await kit.mutate("createResident", { input: { communityId: c(), name: "网格员登记", gridId: w.A.grid.gid } }, gw), "createResident");
    success(await kit.mutate("updateResident", { id: r.id, input: { name: "网格员更正" } }, gw), "updateResident");
    await kit.refused("createAccount", { input: { username: "gwmade", displayName: "x", password: PASSWORD, role: "STAFF", nodeId: c() } }, gw, "FORBIDDEN", "input.nodeId");
    await kit.refused("updateAccount", { id: as.STAFF.gid, input: { disabled: true } }, gw, "NOT_FOUND", "id");
    await kit.refused("resetAccountPassword", { id: as.STAFF.gid, newPassword: "Hijack@2026" }, gw, "NOT_FOUND", "id");
  });

  it("AUDITOR reads the audit log but registers no resident", async () => {
    expect(await READS.auditEntries!.count(as.AUDITOR)).toBeGreaterThan(0);
    await kit.refused("createResident", { input: { communityId: c(), name: "审计员登记" } }, as.AUDITOR, "FORBIDDEN", "input.communityId");
  });

  it("OVERSEER reads communities but not residents (list empty, node null)", async () => {
    const r = await kit.gql(`query($id: ID!) { communities { edges { node { id name } } } node(id: $id) { id } }`, { id: w.A.resident.gid }, as.OVERSEER);
    expect(r.data.communities.edges).toEqual([{ node: { id: c(), name: w.A.community.name } }]);
    expect(r.data.node).toBeNull();
    expect(await READS.residents!.count(as.OVERSEER)).toBe(0);
  });

  it("viewerActions spell out each role's actions on its community", async () => {
    const expected: Record<Role, string[]> = {
      ADMIN: [
        "community:read", "community:update", "region:manage", "grid:read", "grid:manage", "household:read", "household:manage",
        "resident:read", "resident:create", "resident:update", "resident:viewPii", "resident:actAs",
        "organization:read", "organization:manage", "account:read", "account:manage", "apiClient:manage", "audit:read",
      ],
      STAFF: ["community:read", "grid:read", "grid:manage", "household:read", "household:manage", "resident:read", "resident:create", "resident:update", "organization:read", "organization:manage"],
      GRID_WORKER: ["community:read", "grid:read", "household:read", "household:manage", "resident:read", "resident:create", "resident:update", "organization:read"],
      AUDITOR: ["community:read", "grid:read", "household:read", "resident:read", "organization:read", "audit:read"],
      OVERSEER: ["community:read", "organization:read"],
    };
    // The foundation's actions; each capability's access suite checks its own.
    const foundation = new Set(expected.ADMIN);
    const own = (actions: string[]) => actions.filter((a) => foundation.has(a)).sort();
    const byEnum = new Map([...foundation].map((a) => [a.replace(/([a-z])([A-Z])/g, "$1_$2").replace(":", "_").toUpperCase(), a]));
    const actionOfEnum = (e: string) => byEnum.get(e) ?? e;
    for (const role of ROLES) {
      const r = await kit.gql(`{ viewer { actions } communities { edges { node { viewerActions } } } }`, {}, as[role]);
      // viewerActions is the enum Action: resident:viewPii is RESIDENT_VIEW_PII.
      expect(own(r.data.communities.edges[0].node.viewerActions.map(actionOfEnum)), role).toEqual([...expected[role]].sort());
      expect(own(r.data.viewer.actions), role).toEqual([...expected[role]].sort());
    }
  });
});
