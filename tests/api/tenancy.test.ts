// Tenancy (ARCHITECTURE rule 7): a viewer holding roles only in community A can neither read nor
// change the rows of community B, through every root field of the schema. The suite fails when a
// new Query or Mutation field appears that it does not cover.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { foundationFields } from "./coverage.js";
import { createTestKit, gqlError, M, makeIdNumber, PASSWORD, rootFields, success, type As, type MutationName, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;
let aClient: Awaited<ReturnType<TestKit["seed"]["apiClient"]>>;
let bClient: Awaited<ReturnType<TestKit["seed"]["apiClient"]>>;
let ids: { aAudit: string; bAudit: string; aGrant: string; bGrant: string };

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
  aClient = await kit.seed.apiClient([w.A.community.id], ["resident:read", "resident:create"], w.A.admin.id);
  bClient = await kit.seed.apiClient([w.B.community.id], ["resident:read", "resident:create"], w.B.admin.id);
  // One audit row in each tenant, written through the API by its own admin.
  for (const t of [w.A, w.B]) success(await kit.mutate("updateResident", { id: t.resident.gid, input: { note: "已走访" } }, t.admin), "updateResident");
  const auditOf = (c: string) => kit.prisma.auditEntry.findFirstOrThrow({ where: { communityId: c } });
  const grantOf = (a: string) => kit.prisma.grant.findFirstOrThrow({ where: { accountId: a } });
  ids = {
    aAudit: toGlobalId("AuditEntry", (await auditOf(w.A.community.id)).id),
    bAudit: toGlobalId("AuditEntry", (await auditOf(w.B.community.id)).id),
    aGrant: toGlobalId("Grant", (await grantOf(w.A.admin.id)).id),
    bGrant: toGlobalId("Grant", (await grantOf(w.B.admin.id)).id),
  };
});
afterAll(async () => {
  await kit?.close();
});

const A = () => w.A.admin;
const edgeIds = (conn: { edges: { node: { id: string } }[] }) => conn.edges.map((e) => e.node.id);

async function list(field: string, args: string, as: As = A(), extra = "totalCount") {
  const r = await kit.gql(`{ ${field}${args ? `(${args})` : ""} { edges { node { id } } ${extra} } }`, {}, as);
  expect(r.errors).toBeUndefined();
  return r.data[field] as { edges: { node: { id: string } }[]; totalCount?: number };
}

/** A community-owned list: the A viewer gets A's rows, and nothing (not even a count) of B. */
async function communityList(field: string, own: () => string) {
  const mine = await list(field, `communityId: "${w.A.community.gid}"`);
  expect(edgeIds(mine)).toEqual([own()]);
  const theirs = await list(field, `communityId: "${w.B.community.gid}"`);
  expect(theirs).toEqual({ edges: [], totalCount: 0 });
}

/** A public read (no sign-in): the same answer for A's admin, an app and an anonymous caller. */
async function samePublicAnswer(query: string, vars: Record<string, unknown>) {
  const anonymous = await kit.gql(query, vars);
  expect(anonymous.errors).toBeUndefined();
  for (const as of [A(), aClient]) expect((await kit.gql(query, vars, as)).data).toEqual(anonymous.data);
  return anonymous.data;
}

/** An indicators read (issue #15): A's admin gets A's community and NOT_FOUND, no figures, for B's. */
async function indicatorsRead(field: string, args: string, selection: string) {
  const q = (id: string) => `{ ${field}(${args.replace("$id", id)}) ${selection} }`;
  const mine = await kit.gql(q(w.A.community.gid), {}, A());
  expect(mine.errors, field).toBeUndefined();
  const theirs = await kit.gql(q(w.B.community.gid), {}, A());
  expect(gqlError(theirs), field).toMatchObject({ code: "NOT_FOUND" });
  expect(theirs.data, field).toBeNull();
}

const reads: Record<string, () => Promise<void>> = {
  regionOverview: () => indicatorsRead("regionOverview", `nodeId: "$id", period: "2026-11"`, "{ nodeName totals { service { ticketsSubmitted } } }"),
  regionOverviewExcel: () => indicatorsRead("regionOverviewExcel", `nodeId: "$id", period: "2026-11"`, "{ filename size }"),
  regionTrends: () => indicatorsRead("regionTrends", `nodeId: "$id", months: 2`, "{ nodeName months { month } }"),
  communityWorkbench: () => indicatorsRead("communityWorkbench", `communityId: "$id"`, "{ communityName }"),
  async publicCommunity() {
    await kit.prisma.community.update({ where: { id: w.B.community.id }, data: { code: `B-${w.B.community.id.slice(0, 8)}` } });
    const d = await samePublicAnswer(`query($code: String!) { publicCommunity(code: $code) { id code name streetName } }`, { code: `B-${w.B.community.id.slice(0, 8)}` });
    expect(d.publicCommunity).toEqual({ id: w.B.community.gid, code: `B-${w.B.community.id.slice(0, 8)}`, name: w.B.community.name, streetName: w.streetB.name });
  },
  async publicRegion() {
    await kit.prisma.region.update({ where: { id: w.streetB.id }, data: { code: `SB-${w.streetB.id.slice(0, 8)}` } });
    const d = await samePublicAnswer(`query($code: String!) { publicRegion(code: $code) { name kind communities { name } } }`, { code: `SB-${w.streetB.id.slice(0, 8)}` });
    expect(d.publicRegion).toEqual({ name: w.streetB.name, kind: "STREET", communities: [{ name: w.B.community.name }] });
  },
  async accounts() {
    const all = edgeIds(await list("accounts", ""));
    expect(all).toContain(w.A.admin.gid);
    expect(all).not.toContain(w.B.admin.gid);
    expect(await list("accounts", `communityId: "${w.B.community.gid}"`)).toEqual({ edges: [], totalCount: 0 });
  },
  async apiClients() {
    expect(edgeIds(await list("apiClients", "", A(), ""))).toEqual([aClient.gid]);
  },
  async auditEntries() {
    const r = await kit.gql(`{ auditEntries(first: 100) { edges { node { id communityId } } } }`, {}, A());
    const nodes = r.data.auditEntries.edges.map((e: { node: { id: string; communityId: string } }) => e.node);
    expect(nodes.length).toBeGreaterThan(0);
    expect(new Set(nodes.map((n: { communityId: string }) => n.communityId))).toEqual(new Set([w.A.community.id]));
    expect(await list("auditEntries", `communityId: "${w.B.community.gid}"`, A(), "")).toEqual({ edges: [] });
  },
  async communities() {
    expect(edgeIds(await list("communities", ""))).toEqual([w.A.community.gid]);
    expect(await list("communities", `streetId: "${w.streetB.gid}"`)).toEqual({ edges: [], totalCount: 0 });
    expect(await list("communities", `search: "${w.B.community.name}"`)).toEqual({ edges: [], totalCount: 0 });
  },
  grids: () => communityList("grids", () => w.A.grid.gid),
  households: () => communityList("households", () => w.A.household.gid),
  partyOrganizations: () => communityList("partyOrganizations", () => w.A.partyOrganization.gid),
  residents: async () => {
    await communityList("residents", () => w.A.resident.gid);
    expect(await list("residents", `communityId: "${w.B.community.gid}", search: "${w.B.resident.name}"`)).toEqual({ edges: [], totalCount: 0 });
  },
  socialOrganizations: () => communityList("socialOrganizations", () => w.A.socialOrganization.gid),
  async node() {
    const pairs: [string, string][] = [
      [w.A.community.gid, w.B.community.gid],
      [w.A.grid.gid, w.B.grid.gid],
      [w.A.household.gid, w.B.household.gid],
      [w.A.resident.gid, w.B.resident.gid],
      [w.A.socialOrganization.gid, w.B.socialOrganization.gid],
      [w.A.partyOrganization.gid, w.B.partyOrganization.gid],
      [w.A.admin.gid, w.B.admin.gid],
      [ids.aGrant, ids.bGrant],
      [aClient.gid, bClient.gid],
      [w.streetA.gid, w.streetB.gid],
    ];
    for (const [own, other] of pairs) {
      const r = await kit.gql(`query($a: ID!, $b: ID!) { own: node(id: $a) { id } other: node(id: $b) { id } }`, { a: own, b: other }, A());
      expect(r.errors, other).toBeUndefined();
      expect(r.data, other).toEqual({ own: { id: own }, other: null });
    }
    // Audit rows are no Node: reachable only through auditEntries, which checks audit:read.
    const audit = await kit.gql(`query($a: ID!, $b: ID!) { own: node(id: $a) { id } other: node(id: $b) { id } }`, { a: ids.aAudit, b: ids.bAudit }, A());
    expect(audit.data).toEqual({ own: null, other: null });
  },
  async regions() {
    const r = await kit.gql(`{ regions { id children { id } communities { edges { node { id } } } } }`, {}, A());
    const regions = r.data.regions as { id: string; children: { id: string }[]; communities: { edges: { node: { id: string } }[] } }[];
    expect(regions.map((x) => x.id).sort()).toEqual([w.district.gid, w.streetA.gid].sort());
    const district = regions.find((x) => x.id === w.district.gid)!;
    expect(district.children.map((c) => c.id)).toEqual([w.streetA.gid]);
    expect(regions.flatMap((x) => edgeIds(x.communities))).toEqual([w.A.community.gid]);
  },
  async viewer() {
    const r = await kit.gql(`{ viewer { kind defaultCommunity { id } account { id grants { community { id } region { id } } } } }`, {}, A());
    expect(r.data.viewer).toEqual({
      kind: "ACCOUNT",
      defaultCommunity: { id: w.A.community.gid },
      account: { id: w.A.admin.gid, grants: [{ community: { id: w.A.community.gid }, region: null }] },
    });
  },
};

/** The A admin's attempt on B is refused with a typed error naming the field, and the database is unchanged. */
const refused = (field: MutationName, vars: Record<string, unknown>, code: "FORBIDDEN" | "NOT_FOUND", errField: string) =>
  kit.refused(field, vars, A(), code, errField).then(() => undefined);

const writes: Record<string, () => Promise<void>> = {
  createStreet: () => refused("createStreet", { input: { districtId: w.district.gid, name: "越权街道" } }, "FORBIDDEN", "input.districtId"),
  createCommunity: () => refused("createCommunity", { input: { streetId: w.streetB.gid, name: "越权社区", kind: "URBAN" } }, "NOT_FOUND", "input.streetId"),
  updateCommunity: () => refused("updateCommunity", { id: w.B.community.gid, input: { name: "改名" } }, "NOT_FOUND", "id"),
  createGrid: () => refused("createGrid", { input: { communityId: w.B.community.gid, name: "越权网格" } }, "NOT_FOUND", "input.communityId"),
  updateGrid: () => refused("updateGrid", { id: w.B.grid.gid, input: { name: "改名" } }, "NOT_FOUND", "id"),
  createHousehold: () => refused("createHousehold", { input: { communityId: w.B.community.gid, address: "越权路1号" } }, "NOT_FOUND", "input.communityId"),
  updateHousehold: () => refused("updateHousehold", { id: w.B.household.gid, input: { address: "改址" } }, "NOT_FOUND", "id"),
  createResident: () => refused("createResident", { input: { communityId: w.B.community.gid, name: "越权", idNumber: makeIdNumber() } }, "NOT_FOUND", "input.communityId"),
  updateResident: () => refused("updateResident", { id: w.B.resident.gid, input: { name: "改名", phone: "13700000000" } }, "NOT_FOUND", "id"),
  createSocialOrganization: () =>
    refused("createSocialOrganization", { input: { communityId: w.B.community.gid, name: "越权组织", category: "OTHER" } }, "NOT_FOUND", "input.communityId"),
  updateSocialOrganization: () => refused("updateSocialOrganization", { id: w.B.socialOrganization.gid, input: { name: "改名" } }, "NOT_FOUND", "id"),
  createPartyOrganization: () =>
    refused("createPartyOrganization", { input: { communityId: w.B.community.gid, name: "越权支部", kind: "BRANCH" } }, "NOT_FOUND", "input.communityId"),
  updatePartyOrganization: () => refused("updatePartyOrganization", { id: w.B.partyOrganization.gid, input: { name: "改名" } }, "NOT_FOUND", "id"),
  async createAccount() {
    const input = { username: "intruder", displayName: "越权", password: PASSWORD, role: "ADMIN" };
    await refused("createAccount", { input: { ...input, nodeId: w.B.community.gid } }, "NOT_FOUND", "input.nodeId");
    await refused("createAccount", { input: { ...input, nodeId: w.streetB.gid } }, "NOT_FOUND", "input.nodeId");
  },
  updateAccount: () => refused("updateAccount", { id: w.B.admin.gid, input: { disabled: true, displayName: "改名" } }, "NOT_FOUND", "id"),
  resetAccountPassword: () => refused("resetAccountPassword", { id: w.B.admin.gid, newPassword: "Hijack@2026" }, "NOT_FOUND", "id"),
  async grantRole() {
    const staff = await kit.seed.account("STAFF", w.A.community);
    await refused("grantRole", { input: { accountId: staff.gid, role: "ADMIN", nodeId: w.B.community.gid } }, "NOT_FOUND", "input.nodeId");
    await refused("grantRole", { input: { accountId: staff.gid, role: "ADMIN", nodeId: w.streetB.gid } }, "NOT_FOUND", "input.nodeId");
    // B's account cannot be pulled into A: outside A's reach, it is not found.
    await refused("grantRole", { input: { accountId: w.B.admin.gid, role: "STAFF", nodeId: w.A.community.gid } }, "NOT_FOUND", "input.accountId");
  },
  revokeGrant: () => refused("revokeGrant", { id: ids.bGrant }, "NOT_FOUND", "id"),
  registerApiClient: () =>
    refused("registerApiClient", { input: { name: "越权应用", communityIds: [w.B.community.gid], actions: ["resident:read"] } }, "NOT_FOUND", "input.communityIds.0"),
  revokeApiClient: () => refused("revokeApiClient", { id: bClient.gid }, "NOT_FOUND", "id"),
  async signIn() {
    // A session from signIn reaches the account's own grants only.
    const r = await kit.mutate("signIn", { input: { username: w.A.admin.username, password: PASSWORD } });
    success(r, "signIn");
    const as = { headers: { cookie: r.headers.get("set-cookie")!.split(";")[0]! } };
    expect(edgeIds(await list("communities", "", as))).toEqual([w.A.community.gid]);
    expect(await list("residents", `communityId: "${w.B.community.gid}"`, as)).toEqual({ edges: [], totalCount: 0 });
  },
  async signOut() {
    const a = await kit.seed.account("ADMIN", w.A.community);
    const b = await kit.seed.account("ADMIN", w.B.community);
    expect((await kit.mutate("signOut", {}, a)).data).toEqual({ signOut: true });
    expect((await kit.gql(`{ viewer { kind } }`, {}, a)).data.viewer.kind).toBe("ANONYMOUS");
    expect((await kit.gql(`{ viewer { account { id } } }`, {}, b)).data.viewer.account).toEqual({ id: b.gid });
  },
  async changeMyPassword() {
    const a = await kit.seed.account("ADMIN", w.A.community);
    const b = await kit.seed.account("ADMIN", w.B.community);
    const bBefore = await kit.prisma.account.findUniqueOrThrow({ where: { id: b.id } });
    success(await kit.mutate("changeMyPassword", { currentPassword: PASSWORD, newPassword: "Changed@2026" }, a), "changeMyPassword");
    expect(await kit.prisma.account.findUniqueOrThrow({ where: { id: b.id } })).toEqual(bBefore);
    expect((await kit.gql(`{ viewer { account { id } } }`, {}, b)).data.viewer.account).toEqual({ id: b.gid });
  },
};

describe("tenancy: an A viewer and B's rows", () => {
  it("covers every Query and Mutation field of the schema", async () => {
    const fields = foundationFields(await rootFields(kit));
    expect(Object.keys(reads).sort()).toEqual(fields.query);
    expect(Object.keys(writes).sort()).toEqual(fields.mutation);
    expect(Object.keys(M).sort()).toEqual(fields.mutation);
  });
  for (const [field, check] of Object.entries(reads)) it(`Query.${field} shows nothing of B`, check);
  for (const [field, check] of Object.entries(writes)) it(`Mutation.${field} changes nothing of B`, check);
});

describe("tenancy: region grants and API clients", () => {
  it("a grant on a street reaches the street's communities and no other street's", async () => {
    const street = await kit.seed.account("ADMIN", w.streetA);
    expect(edgeIds(await list("communities", "", street)).sort()).toEqual([w.A.community.gid, w.A2.community.gid].sort());
    expect(edgeIds(await list("residents", `communityId: "${w.A2.community.gid}"`, street))).toEqual([w.A2.resident.gid]);
    expect(await list("residents", `communityId: "${w.B.community.gid}"`, street)).toEqual({ edges: [], totalCount: 0 });
    const nodes = await kit.gql(`query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`, { a: w.A2.resident.gid, b: w.B.resident.gid }, street);
    expect(nodes.data).toEqual({ a: { id: w.A2.resident.gid }, b: null });

    await kit.refused("createResident", { input: { communityId: w.B.community.gid, name: "越权" } }, street, "NOT_FOUND", "input.communityId");
    await kit.refused("updateResident", { id: w.B.resident.gid, input: { name: "越权" } }, street, "NOT_FOUND", "id");
    await kit.refused("createCommunity", { input: { streetId: w.streetB.gid, name: "越界社区", kind: "RURAL" } }, street, "NOT_FOUND", "input.streetId");
    await kit.refused("createAccount", { input: { username: "streetmade", displayName: "x", password: PASSWORD, role: "STAFF", nodeId: w.B.community.gid } }, street, "NOT_FOUND", "input.nodeId");

    success(await kit.mutate("createResident", { input: { communityId: w.A2.community.gid, name: "街道登记" } }, street), "createResident");
    success(await kit.mutate("createCommunity", { input: { streetId: w.streetA.gid, name: "新建社区", kind: "RURAL" } }, street), "createCommunity");
  });

  it("an API client scoped to A with resident:read reads A's residents and nothing of B", async () => {
    expect(edgeIds(await list("residents", `communityId: "${w.A.community.gid}"`, aClient))).toEqual([w.A.resident.gid]);
    expect(await list("residents", `communityId: "${w.B.community.gid}"`, aClient)).toEqual({ edges: [], totalCount: 0 });
    const nodes = await kit.gql(`query($a: ID!, $b: ID!) { a: node(id: $a) { id } b: node(id: $b) { id } }`, { a: w.A.resident.gid, b: w.B.resident.gid }, aClient);
    expect(nodes.data).toEqual({ a: { id: w.A.resident.gid }, b: null });
    // No account:read, apiClient:manage, audit:read: the client sees no accounts, clients or audit rows at all.
    const r = await kit.gql(`{ accounts { totalCount } apiClients { edges { node { id } } } auditEntries { edges { node { id } } } }`, {}, aClient);
    expect(r.data).toEqual({ accounts: { totalCount: 0 }, apiClients: { edges: [] }, auditEntries: { edges: [] } });

    // (The bearer's first request above recorded lastUsedAt; the next minute's requests change nothing.)
    await kit.refused("createResident", { input: { communityId: w.B.community.gid, name: "越权" } }, aClient, "NOT_FOUND", "input.communityId");
    await kit.refused("updateResident", { id: w.B.resident.gid, input: { name: "越权" } }, aClient, "NOT_FOUND", "id");
  });

  it("an account shared with B is not shown to the A viewer; an API client shared with B shows no B community", async () => {
    const shared = await kit.seed.account("STAFF", [w.A.community, w.B.community]);
    const client = await kit.seed.apiClient([w.A.community.id, w.B.community.id], ["resident:read"], w.A.admin.id);
    const r = await kit.gql(
      `query($a: ID!, $c: ID!) { a: node(id: $a) { ... on Account { grants { nodeName community { id name residentCount } } } } c: node(id: $c) { ... on ApiClient { communities { id name } } } }`,
      { a: shared.gid, c: client.gid },
      A(),
    );
    expect(r.errors).toBeUndefined();
    // The account belongs to B too: its profile and grants are for viewers whose reach covers both.
    expect(r.data.a).toBeNull();
    expect(r.data.c.communities.map((c: { id: string }) => c.id)).toEqual([w.A.community.gid]);
    expect(JSON.stringify(r.data)).not.toContain(w.B.community.gid);
  });

  it("an API client cannot call account-only mutations", async () => {
    const before = await kit.dump();
    const r = await kit.mutate("registerApiClient", { input: { name: "x", communityIds: [w.A.community.gid], actions: ["resident:read"] } }, aClient);
    expect(gqlError(r).code).toBe("UNAUTHENTICATED");
    expect(await kit.dump()).toEqual(before);
  });
});
