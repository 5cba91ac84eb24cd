// Sign-in by session cookie: the cookie's attributes, wrong passwords, throttling, sign-out,
// disabled accounts, password changes, and what an anonymous caller gets.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { hashToken } from "@gongzhi/api/src/shared/tokens.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, M, PASSWORD, rootFields, success, userError, type As, type GqlResult, type TestKit } from "./testkit.js";
import { foundationFields } from "./coverage.js";

let kit: TestKit;
let place: Awaited<ReturnType<TestKit["seed"]["place"]>>;

beforeAll(async () => {
  kit = await createTestKit();
  place = await kit.seed.place();
});
afterAll(async () => {
  await kit?.close();
});

const signIn = (username: string, password = PASSWORD) => kit.mutate("signIn", { input: { username, password } });
/** The session cookie a response set, as a request header. */
function cookieOf(r: GqlResult): As {
  const set = r.headers.get("set-cookie");
  expect(set).toBeTruthy();
  return { headers: { cookie: set!.split(";")[0]! } };
}
const accountSteps = async (id: string, as: As) =>
  (await kit.gql(`query($id: ID!) { node(id: $id) { ... on Account { allowedSteps grants { id allowedSteps } } } }`, { id }, as)).data.node;
const viewer = async (as?: As) => (await kit.gql(`{ viewer { kind account { id username lastLoginAt } } }`, {}, as)).data.viewer;

describe("signIn", () => {
  it("sets an HttpOnly SameSite=Lax session cookie that identifies the viewer", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    const r = await signIn(staff.username);
    expect(success(r, "signIn")).toMatchObject({ id: staff.gid, username: staff.username });
    const set = r.headers.get("set-cookie")!;
    expect(set).toMatch(/^gz_session=gzs_[\w-]{20,};/);
    const attrs = set.split(";").map((s) => s.trim().toLowerCase());
    expect(attrs).toEqual(expect.arrayContaining(["httponly", "samesite=lax", "path=/"]));
    expect(Number(attrs.find((a) => a.startsWith("max-age="))!.split("=")[1])).toBeGreaterThan(3600);
    // Only the token's hash is kept.
    const token = set.split(";")[0]!.split("=")[1]!;
    expect(await kit.prisma.session.findUnique({ where: { tokenHash: hashToken(token) } })).toMatchObject({ accountId: staff.id });
    expect(JSON.stringify(await kit.prisma.session.findMany())).not.toContain(token);

    expect(await viewer(cookieOf(r))).toMatchObject({ kind: "ACCOUNT", account: { id: staff.gid, lastLoginAt: expect.any(String) } });
    const communities = await kit.gql(`{ communities { totalCount } }`, {}, cookieOf(r));
    expect(communities.data.communities.totalCount).toBe(1);
  });

  it("usernames are case-insensitive and trimmed", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    success(await signIn(` ${staff.username.toUpperCase()} `), "signIn");
  });

  it("a wrong password or an unknown user is UNAUTHENTICATED on password, with no cookie", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    for (const r of [await signIn(staff.username, "Wrong@123"), await signIn("nobody_here")]) {
      const err = userError(r, "signIn");
      expect([err.code, err.field]).toEqual(["UNAUTHENTICATED", "password"]);
      expect(r.headers.get("set-cookie")).toBeNull();
    }
    // The same message either way: no hint which usernames exist.
    expect(userError(await signIn(staff.username, "Wrong@123"), "signIn").message).toBe(userError(await signIn("nobody_here"), "signIn").message);
  });

  it("after 5 failures the 6th attempt is RATE_LIMITED, even with the right password", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    for (let i = 0; i < 5; i++) expect(userError(await signIn(staff.username, `Wrong@${i}00`), "signIn").code).toBe("UNAUTHENTICATED");
    const sessions = await kit.prisma.session.count({ where: { accountId: staff.id } });
    const r = await signIn(staff.username);
    const err = userError(r, "signIn");
    expect([err.code, err.field]).toEqual(["RATE_LIMITED", "password"]);
    expect(err.message).toMatch(/\d+ ?秒|\d+s/);
    expect(r.headers.get("set-cookie")).toBeNull();
    expect(await kit.prisma.session.count({ where: { accountId: staff.id } })).toBe(sessions);
    // Once the wait is over (simulated), the right password works and the count starts again.
    const key = `user:${staff.username}`;
    expect(await kit.prisma.signInThrottle.findUnique({ where: { key } })).toMatchObject({ failures: 5, lockedUntil: expect.any(Date) });
    await kit.prisma.signInThrottle.update({ where: { key }, data: { lockedUntil: new Date(Date.now() - 1000) } });
    success(await signIn(staff.username), "signIn");
    expect(await kit.prisma.signInThrottle.findUnique({ where: { key } })).toBeNull();
  });

  it("a disabled account cannot sign in, and its open sessions end", async () => {
    const admin = await kit.seed.account("ADMIN", place.community);
    const staff = await kit.seed.account("STAFF", place.community);
    expect((await viewer(staff)).kind).toBe("ACCOUNT");
    // allowedSteps: the admin may disable the staff account; its only role stays (disable the account instead).
    expect(await accountSteps(staff.gid, admin)).toMatchObject({ allowedSteps: ["DISABLE"], grants: [{ allowedSteps: [] }] });
    success(await kit.mutate("updateAccount", { id: staff.gid, input: { disabled: true } }, admin), "updateAccount");
    expect((await accountSteps(staff.gid, admin)).allowedSteps).toEqual(["ENABLE"]);
    expect((await viewer(staff)).kind).toBe("ANONYMOUS");
    const err = userError(await signIn(staff.username), "signIn");
    expect([err.code, err.field]).toEqual(["UNAUTHENTICATED", "password"]);
    // A session that somehow survived is refused too.
    const late = await kit.seed.account("STAFF", place.community);
    await kit.prisma.account.update({ where: { id: late.id }, data: { disabledAt: new Date() } });
    expect((await viewer(late)).kind).toBe("ANONYMOUS");
    // Enabled again, it signs in.
    success(await kit.mutate("updateAccount", { id: staff.gid, input: { disabled: false } }, admin), "updateAccount");
    const again = await signIn(staff.username);
    success(again, "signIn");
    // With a second role either may be revoked, by the admin; the staff member itself manages neither.
    success(await kit.mutate("grantRole", { input: { accountId: staff.gid, role: "AUDITOR", nodeId: place.community.gid } }, admin), "grantRole");
    expect(await accountSteps(staff.gid, admin)).toMatchObject({ allowedSteps: ["DISABLE"], grants: [{ allowedSteps: ["REVOKE"] }, { allowedSteps: ["REVOKE"] }] });
    expect(await accountSteps(staff.gid, cookieOf(again))).toMatchObject({ allowedSteps: [], grants: [{ allowedSteps: [] }, { allowedSteps: [] }] });
  });

  it("an admin cannot disable itself", async () => {
    const admin = await kit.seed.account("ADMIN", place.community);
    expect((await accountSteps(admin.gid, admin)).allowedSteps).toEqual([]);
    await kit.refused("updateAccount", { id: admin.gid, input: { disabled: true } }, admin, "CONFLICT", "input.disabled");
  });
});

describe("signOut", () => {
  it("ends the session and clears the cookie; the old cookie no longer works", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    const session = cookieOf(await signIn(staff.username));
    const r = await kit.mutate("signOut", {}, session);
    expect(r.data).toEqual({ signOut: true });
    expect(r.headers.get("set-cookie")).toMatch(/^gz_session=;.*Max-Age=0/i);
    expect((await viewer(session)).kind).toBe("ANONYMOUS");
    expect(gqlError(await kit.gql(`{ communities { totalCount } }`, {}, session)).code).toBe("UNAUTHENTICATED");
    // Other sessions of the same account are untouched.
    expect((await viewer(staff)).kind).toBe("ACCOUNT");
  });

  it("is harmless when nobody is signed in", async () => {
    const before = await kit.dump();
    const r = await kit.mutate("signOut", {});
    expect(r.data).toEqual({ signOut: true });
    expect(await kit.dump()).toEqual(before);
  });
});

describe("changeMyPassword", () => {
  it("keeps this session, ends the others, and the new password is the one that works", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    const other = cookieOf(await signIn(staff.username));
    const r = await kit.mutate("changeMyPassword", { currentPassword: PASSWORD, newPassword: "Brand@New2026" }, staff);
    expect(success(r, "changeMyPassword")).toEqual({ id: staff.gid });
    expect((await viewer(staff)).kind).toBe("ACCOUNT");
    expect((await viewer(other)).kind).toBe("ANONYMOUS");
    expect(userError(await signIn(staff.username), "signIn").code).toBe("UNAUTHENTICATED");
    success(await signIn(staff.username, "Brand@New2026"), "signIn");
  });

  it("a wrong current password is UNAUTHENTICATED on currentPassword and changes nothing", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    await kit.refused("changeMyPassword", { currentPassword: "Wrong@123", newPassword: "Brand@New2026" }, staff, "UNAUTHENTICATED", "currentPassword");
  });

  it("resetAccountPassword by an admin ends the account's sessions and lifts a lockout", async () => {
    const admin = await kit.seed.account("ADMIN", place.community);
    const staff = await kit.seed.account("STAFF", place.community);
    await kit.prisma.signInThrottle.create({ data: { key: `user:${staff.username}`, failures: 9, windowStartedAt: new Date(), lockedUntil: new Date(Date.now() + 600_000) } });
    success(await kit.mutate("resetAccountPassword", { id: staff.gid, newPassword: "Reset@2026" }, admin), "resetAccountPassword");
    expect((await viewer(staff)).kind).toBe("ANONYMOUS");
    success(await signIn(staff.username, "Reset@2026"), "signIn");
  });
});

describe("anonymous callers", () => {
  it("get UNAUTHENTICATED on every protected query field", async () => {
    const { query } = foundationFields(await rootFields(kit));
    const args: Record<string, string> = {
      grids: `(communityId: "${place.community.gid}")`,
      households: `(communityId: "${place.community.gid}")`,
      residents: `(communityId: "${place.community.gid}")`,
      partyOrganizations: `(communityId: "${place.community.gid}")`,
      socialOrganizations: `(communityId: "${place.community.gid}")`,
      regionOverview: `(nodeId: "${place.community.gid}", period: "2026-11")`,
      regionOverviewExcel: `(nodeId: "${place.community.gid}", period: "2026-11")`,
      regionTrends: `(nodeId: "${place.community.gid}")`,
      communityWorkbench: `(communityId: "${place.community.gid}")`,
    };
    const selections: Record<string, string> = { regions: "{ id }", regionOverview: "{ nodeName }", regionOverviewExcel: "{ size }", regionTrends: "{ nodeName }", communityWorkbench: "{ communityName }" };
    // node and viewer answer anonymous callers (null, ANONYMOUS); public* are the 公开栏's reads.
    const open = ["node", "viewer", "publicCommunity", "publicRegion"];
    for (const field of query.filter((f) => !open.includes(f))) {
      const selection = selections[field] ?? "{ edges { node { id } } }";
      const r = await kit.gql(`{ ${field}${args[field] ?? ""} ${selection} }`);
      expect(gqlError(r), field).toMatchObject({ code: "UNAUTHENTICATED" });
      expect(r.data, field).toBeNull();
    }
  });

  it("get UNAUTHENTICATED on every mutation but signIn and signOut, and nothing changes", async () => {
    const { mutation } = foundationFields(await rootFields(kit));
    const before = await kit.dump();
    for (const field of mutation.filter((f) => f !== "signIn" && f !== "signOut")) {
      // Variables are checked before authorization; these documents only need to reach the resolver.
      const r = await kit.gql(M[field as keyof typeof M], anyVars(field));
      expect(gqlError(r), field).toMatchObject({ code: "UNAUTHENTICATED" });
    }
    expect(await kit.dump()).toEqual(before);
  });

  it("see viewer as ANONYMOUS and node() as null", async () => {
    const resident = await kit.seed.resident(place.community.id);
    const account = await kit.seed.account("ADMIN", place.community);
    const grant = await kit.prisma.grant.findFirstOrThrow({ where: { accountId: account.id } });
    const r = await kit.gql(`{ viewer { kind account { id } actions } n0: node(id: "${resident.gid}") { id } n1: node(id: "${account.gid}") { id } n2: node(id: "${place.community.gid}") { id } }`);
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ viewer: { kind: "ANONYMOUS", account: null, actions: [] }, n0: null, n1: null, n2: null });
    const g = await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: toGlobalId("Grant", grant.id) });
    expect(g.data).toEqual({ node: null });
  });

  it("a bad session cookie is just anonymous; a bad bearer token is refused with 401", async () => {
    expect((await viewer({ headers: { cookie: "gz_session=gzs_forged" } })).kind).toBe("ANONYMOUS");
    const r = await kit.gql(`{ viewer { kind } }`, {}, { headers: { authorization: "Bearer gzc_forged" } });
    expect(r.status).toBe(401);
    expect(gqlError(r)).toMatchObject({ code: "UNAUTHENTICATED", field: "Authorization" });
    const malformed = await kit.gql(`{ viewer { kind } }`, {}, { headers: { authorization: "Basic abc" } });
    expect(malformed.status).toBe(401);
    expect(gqlError(malformed).code).toBe("UNAUTHENTICATED");
  });
});

/** Variables that pass GraphQL validation for each mutation document in M. */
function anyVars(field: string): Record<string, unknown> {
  const c = place.community.gid;
  const ids: Record<string, Record<string, unknown>> = {
    createStreet: { input: { districtId: place.district.gid, name: "x" } },
    createCommunity: { input: { streetId: place.street.gid, name: "x", kind: "URBAN" } },
    createGrid: { input: { communityId: c, name: "x" } },
    createHousehold: { input: { communityId: c, address: "x" } },
    createResident: { input: { communityId: c, name: "x" } },
    createSocialOrganization: { input: { communityId: c, name: "x", category: "OTHER" } },
    createPartyOrganization: { input: { communityId: c, name: "x", kind: "BRANCH" } },
    createAccount: { input: { username: "xxx", displayName: "x", password: PASSWORD, role: "STAFF", nodeId: c } },
    grantRole: { input: { accountId: c, role: "STAFF", nodeId: c } },
    registerApiClient: { input: { name: "x", communityIds: [c], actions: ["community:read"] } },
    resetAccountPassword: { id: c, newPassword: PASSWORD },
    changeMyPassword: { currentPassword: PASSWORD, newPassword: PASSWORD },
    revokeGrant: { id: c },
    revokeApiClient: { id: c },
  };
  return ids[field] ?? { id: c, input: {} };
}
