// Third-party apps: a bearer token shown once and stored only as its hash, scoped to communities
// and actions, revocable; acting for a resident with resident:actAs and X-Act-As-Resident.
import { hashToken } from "@gongzhi/api/src/shared/tokens.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, dbId, gqlError, success, userError, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
});
afterAll(async () => {
  await kit?.close();
});

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });
const register = (actions: string[], communityIds = [w.A.community.gid], name = "居民小程序") =>
  kit.mutate("registerApiClient", { input: { name, communityIds, actions } }, w.A.admin);
/** Register a client and use its token once (the first use records lastUsedAt; later dumps then compare equal). */
async function client(actions: string[], name = `应用${actions.join(",")}`) {
  const reg = success(await register(actions, [w.A.community.gid], name), "registerApiClient");
  expect((await kit.gql(`{ viewer { kind } }`, {}, bearer(reg.token))).data.viewer.kind).toBe("API_CLIENT");
  return { reg, as: bearer(reg.token) };
}
const RESIDENTS = `query($c: ID!) { residents(communityId: $c) { totalCount edges { node { id } } } }`;

describe("registerApiClient", () => {
  it("returns the token once; the database keeps only its sha256", async () => {
    const reg = success(await register(["community:read", "resident:read"]), "registerApiClient");
    expect(reg.token).toMatch(/^gzc_[\w-]{40,}$/);
    expect(reg.apiClient).toMatchObject({ name: "居民小程序", tokenPrefix: reg.token.slice(0, 10), actions: ["community:read", "resident:read"], lastUsedAt: null, revokedAt: null });
    expect(reg.apiClient.communities).toEqual([{ id: w.A.community.gid }]);

    const row = await kit.prisma.apiClient.findFirstOrThrow({ where: { name: "居民小程序" } });
    expect(row.tokenHash).toBe(hashToken(reg.token));
    expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await kit.dump())).not.toContain(reg.token);
    // The client, read back later, never shows the token again.
    const list = await kit.gql(`{ apiClients { edges { node { id tokenPrefix } } } }`, {}, w.A.admin);
    expect(JSON.stringify(list.data)).not.toContain(reg.token);
    expect(list.data.apiClients.edges).toContainEqual({ node: { id: reg.apiClient.id, tokenPrefix: reg.token.slice(0, 10) } });
  });

  it("the token works as a Bearer and records lastUsedAt", async () => {
    const reg = success(await register(["resident:read"]), "registerApiClient");
    expect(reg.apiClient.lastUsedAt).toBeNull();
    const r = await kit.gql(`{ viewer { kind apiClient { id communities { id } } account { id } actions } }`, {}, bearer(reg.token));
    expect(r.data.viewer).toEqual({ kind: "API_CLIENT", apiClient: { id: reg.apiClient.id, communities: [{ id: w.A.community.gid }] }, account: null, actions: ["resident:read"] });
    const residents = await kit.gql(RESIDENTS, { c: w.A.community.gid }, bearer(reg.token));
    expect(residents.data.residents.edges).toEqual([{ node: { id: w.A.resident.gid } }]);
    const used = await kit.gql(`query($id: ID!) { node(id: $id) { ... on ApiClient { lastUsedAt } } }`, { id: reg.apiClient.id }, w.A.admin);
    expect(Date.now() - Date.parse(used.data.node.lastUsedAt)).toBeLessThan(60_000);
  });

  it("revokeApiClient makes the token fail with UNAUTHENTICATED", async () => {
    const reg = success(await register(["resident:read"]), "registerApiClient");
    expect((await kit.gql(`{ viewer { kind } }`, {}, bearer(reg.token))).data.viewer.kind).toBe("API_CLIENT");
    const steps = async () => (await kit.gql(`query($id: ID!) { node(id: $id) { ... on ApiClient { allowedSteps } } }`, { id: reg.apiClient.id }, w.A.admin)).data.node.allowedSteps;
    expect(await steps()).toEqual(["REVOKE"]);
    const revoked = success(await kit.mutate("revokeApiClient", { id: reg.apiClient.id }, w.A.admin), "revokeApiClient");
    expect(Date.parse(revoked.revokedAt)).not.toBeNaN();
    expect(await steps()).toEqual([]);
    const r = await kit.gql(RESIDENTS, { c: w.A.community.gid }, bearer(reg.token));
    expect(r.status).toBe(401);
    expect(gqlError(r)).toMatchObject({ code: "UNAUTHENTICATED", field: "Authorization" });
    expect(r.data).toBeUndefined();
    // Revoking again is a no-op, not a second audit entry.
    const audits = await kit.auditCount();
    success(await kit.mutate("revokeApiClient", { id: reg.apiClient.id }, w.A.admin), "revokeApiClient");
    expect(await kit.auditCount()).toBe(audits);
  });

  it("a client gets no community or action its registrar does not hold (NOT_FOUND out of sight, FORBIDDEN in sight), and nothing is stored", async () => {
    // An ADMIN holds every action in its community; another community is out of its sight: NOT_FOUND, as for an unknown id.
    for (const communityIds of [[w.B.community.gid], [w.A.community.gid, w.A2.community.gid]]) {
      const err = await kit.refused("registerApiClient", { input: { name: "越权", communityIds, actions: ["resident:read"] } }, w.A.admin, "NOT_FOUND", `input.communityIds.${communityIds.length - 1}`);
      expect(err.message).toBeTruthy();
    }
    const staff = await kit.seed.account("STAFF", w.A.community);
    await kit.refused("registerApiClient", { input: { name: "越权", communityIds: [w.A.community.gid], actions: ["resident:read"] } }, staff, "FORBIDDEN", "input.communityIds.0");
    await kit.refused("registerApiClient", { input: { name: "未知", communityIds: [w.A.community.gid], actions: ["resident:read", "everything"] } }, w.A.admin, "INVALID", "input.actions.1");
  });

  it("a client may only do what its actions allow, only in its communities", async () => {
    const { as } = await client(["resident:read"]);
    // Without community:read the community itself is out of sight: NOT_FOUND, as for a stranger.
    await kit.refused("createResident", { input: { communityId: w.A.community.gid, name: "未授权" } }, as, "NOT_FOUND", "input.communityId");
    await kit.refused("updateResident", { id: w.A.resident.gid, input: { name: "未授权" } }, as, "NOT_FOUND", "id");
    const { as: reader } = await client(["community:read", "resident:read"]);
    await kit.refused("createResident", { input: { communityId: w.A.community.gid, name: "未授权" } }, reader, "FORBIDDEN", "input.communityId");
    await kit.refused("updateResident", { id: w.A.resident.gid, input: { name: "未授权" } }, reader, "FORBIDDEN", "id");
    expect((await kit.gql(`query($c: ID!) { grids(communityId: $c) { totalCount } }`, { c: w.A.community.gid }, as)).data.grids.totalCount).toBe(0);
    expect((await kit.gql(RESIDENTS, { c: w.A2.community.gid }, as)).data.residents.totalCount).toBe(0);
  });
});

describe("acting for a resident (X-Act-As-Resident)", () => {
  async function actor(actions = ["resident:read", "resident:update", "resident:actAs"]) {
    const { reg } = await client(actions, `代办${actions.length}`);
    return { reg, headers: (resident: string) => ({ headers: { authorization: `Bearer ${reg.token}`, "x-act-as-resident": resident } }) };
  }

  it("the mutation's audit row records both the client and the resident; viewer.actingResident is that resident", async () => {
    const { reg, headers } = await actor();
    const as = headers(w.A.resident.gid);
    const v = await kit.gql(`{ viewer { kind apiClient { id } actingResident { id name } } }`, {}, as);
    expect(v.data.viewer).toEqual({ kind: "API_CLIENT", apiClient: { id: reg.apiClient.id }, actingResident: { id: w.A.resident.gid, name: w.A.resident.name } });

    const before = await kit.auditCount({ action: "resident:update" });
    success(await kit.mutate("updateResident", { id: w.A.resident.gid, input: { note: "本人通过小程序更新" } }, as), "updateResident");
    expect(await kit.auditCount({ action: "resident:update" })).toBe(before + 1);
    const clientId = dbId(reg.apiClient.id);
    const row = await kit.prisma.auditEntry.findFirstOrThrow({ where: { action: "resident:update", apiClientId: clientId } });
    expect(row).toMatchObject({ apiClientId: clientId, actingResidentId: w.A.resident.id, actorAccountId: null, targetId: w.A.resident.id, after: { note: "本人通过小程序更新" } });
    // Auditors see it, named by the client.
    const log = await kit.gql(`{ auditEntries(action: "resident:update") { edges { node { actorName apiClientId actingResidentId } } } }`, {}, w.A.admin);
    expect(log.data.auditEntries.edges).toContainEqual({ node: { actorName: "代办3", apiClientId: clientId, actingResidentId: w.A.resident.id } });
  });

  it("a resident of another community is refused, and nothing runs", async () => {
    const { headers } = await actor();
    for (const other of [w.B.resident.gid, w.A2.resident.gid]) {
      const before = await kit.dump();
      const r = await kit.mutate("updateResident", { id: w.A.resident.gid, input: { note: "冒名" } }, headers(other));
      expect(r.status).toBe(403);
      expect(gqlError(r)).toMatchObject({ code: "NOT_FOUND", field: "x-act-as-resident" });
      expect(r.data).toBeUndefined();
      expect(await kit.dump()).toEqual(before);
    }
  });

  it("a malformed resident id in the header is INVALID", async () => {
    const { headers } = await actor();
    for (const bad of ["abc", w.A.household.gid]) {
      const r = await kit.gql(`{ viewer { kind } }`, {}, headers(bad));
      expect(gqlError(r)).toMatchObject({ code: "INVALID", field: "x-act-as-resident" });
    }
  });

  it("without resident:actAs the header is FORBIDDEN", async () => {
    const { headers } = await actor(["resident:read", "resident:update"]);
    const before = await kit.dump();
    const r = await kit.mutate("updateResident", { id: w.A.resident.gid, input: { note: "代办" } }, headers(w.A.resident.gid));
    expect(gqlError(r)).toMatchObject({ code: "FORBIDDEN", field: "x-act-as-resident" });
    expect(r.data).toBeUndefined();
    expect(await kit.dump()).toEqual(before);
  });

  it("a signed-in account sending the header is not acting for anyone", async () => {
    const v = await kit.gql(`{ viewer { kind actingResident { id } } }`, {}, { headers: { ...w.A.admin.headers, "x-act-as-resident": w.A.resident.gid } });
    expect(v.data.viewer).toEqual({ kind: "ACCOUNT", actingResident: null });
  });
});

describe("one token, one client", () => {
  it("a bearer token takes precedence over a session cookie, and a wrong token is never anonymous", async () => {
    const reg = success(await register(["resident:read"]), "registerApiClient");
    const both = { headers: { ...w.A.admin.headers, authorization: `Bearer ${reg.token}` } };
    expect((await kit.gql(`{ viewer { kind } }`, {}, both)).data.viewer.kind).toBe("API_CLIENT");
    const wrong = await kit.gql(`{ viewer { kind } }`, {}, { headers: { ...w.A.admin.headers, authorization: `Bearer ${reg.token}x` } });
    expect(gqlError(wrong).code).toBe("UNAUTHENTICATED");
    expect(userError(await kit.mutate("revokeApiClient", { id: reg.apiClient.id }, w.B.admin), "revokeApiClient").code).toBe("NOT_FOUND");
  });
});
