// The session cache (packages/api/src/shared/authCache.ts) as the production server runs it: a
// signed-in request after the first reads no session, and whatever changes what the session may do
// (sign-out, disable, revoke, a grant, a writer outside the API) counts on the very next request.
// On PGlite and, with TEST_DATABASE_URL, on PostgreSQL (LISTEN on a connection of its own).
// Two processes sharing one PostgreSQL: tests/hostile/authCache.test.ts.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, success, type As, type TestKit } from "./testkit.js";

let kit: TestKit;
let place: Awaited<ReturnType<TestKit["seed"]["place"]>>;
const statements: string[] = [];

beforeAll(async () => {
  kit = await createTestKit({ authCache: true, onStatement: (sql) => statements.push(sql) });
  place = await kit.seed.place();
});
afterAll(() => kit?.close());

const sessionReads = () => statements.filter((s) => /FROM "public"\."Session"/.test(s)).length;
/** The statements a request costs, and how many of them read a session. */
async function measure(fn: () => Promise<unknown>) {
  statements.length = 0;
  await fn();
  return { total: statements.length, session: sessionReads() };
}
/**
 * Asks until a request is served from the cache. A read that a notification overtook is not kept,
 * and on PostgreSQL the notifications of the test's own seeding (a grant inserted) arrive a moment
 * later: the first reads after seeding may each be read again.
 */
async function kept(as: As) {
  await expect.poll(async () => (await measure(() => viewerKind(as))).session, { timeout: 3000, interval: 10 }).toBe(0);
}
const viewerKind = async (as: As) => (await kit.gql(`{ viewer { kind } }`, {}, as)).data.viewer.kind as string;
const residents = (as: As) => kit.gql(`query($c: ID!) { residents(communityId: $c, first: 1) { totalCount } }`, { c: place.community.gid }, as);
/** Whether the viewer may update residents of the place (decided from the actor's grants: STAFF may, an AUDITOR may not). */
const seesResident = async (as: As) => {
  const r = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Community { viewerActions } } }`, { id: place.community.gid }, as);
  return ((r.data?.node?.viewerActions ?? []) as string[]).includes("RESIDENT_UPDATE");
};

describe("the session cache", () => {
  it("is live once its listener is connected", () => {
    expect(kit.authCache?.live).toBe(true);
  });

  it("reads a session once: the next requests cost no auth statement", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    const first = await measure(() => residents(staff));
    expect(first.session).toBe(1);
    await kept(staff);
    const next = await measure(() => residents(staff));
    expect(next).toEqual({ total: first.total - 1, session: 0 });
    expect(await seesResident(staff)).toBe(true);
  });

  it("never keeps a miss: an unknown or ended session is read every time", async () => {
    const nobody = { headers: { cookie: "gz_session=gzs_not_a_session" } };
    for (let i = 0; i < 2; i++) expect((await measure(() => viewerKind(nobody))).session).toBe(1);
  });

  it("a revoked grant counts on the next request", async () => {
    const admin = await kit.seed.account("ADMIN", place.community);
    const staff = await kit.seed.account("STAFF", place.community);
    const granted = await kit.mutate("grantRole", { input: { accountId: staff.gid, role: "AUDITOR", nodeId: place.community.gid } }, admin);
    success(granted, "grantRole");
    // Kept with both grants …
    expect(await seesResident(staff)).toBe(true);
    await kept(staff);
    expect((await measure(() => seesResident(staff))).session).toBe(0);
    const grants = await kit.prisma.grant.findMany({ where: { accountId: staff.id }, select: { id: true, role: true } });
    // … the STAFF grant revoked (AUDITOR stays): read again, and the new grants hold.
    const staffGrant = grants.find((g) => g.role === "STAFF")!;
    const { toGlobalId } = await import("@gongzhi/api/src/shared/ids.js");
    success(await kit.mutate("revokeGrant", { id: toGlobalId("Grant", staffGrant.id) }, admin), "revokeGrant");
    const after = await measure(() => kit.gql(`{ viewer { account { grants { role } } } }`, {}, staff));
    expect(after.session).toBe(1);
    const roles = (await kit.gql(`{ viewer { account { grants { role } } } }`, {}, staff)).data.viewer.account.grants.map((g: { role: string }) => g.role);
    expect(roles).toEqual(["AUDITOR"]);
    // STAFF reads residents, an AUDITOR does not: decided from the grants read again.
    expect(await seesResident(staff)).toBe(false);
  });

  it("a grant given counts on the next request", async () => {
    const admin = await kit.seed.account("ADMIN", place.community);
    const staff = await kit.seed.account("AUDITOR", place.community);
    expect(await seesResident(staff)).toBe(false);
    await kept(staff);
    expect((await measure(() => seesResident(staff))).session).toBe(0);
    success(await kit.mutate("grantRole", { input: { accountId: staff.gid, role: "STAFF", nodeId: place.community.gid } }, admin), "grantRole");
    expect(await seesResident(staff)).toBe(true);
  });

  it("a disabled account is anonymous on the next request, and signing out ends a kept session", async () => {
    const admin = await kit.seed.account("ADMIN", place.community);
    const staff = await kit.seed.account("STAFF", place.community);
    expect(await viewerKind(staff)).toBe("ACCOUNT");
    success(await kit.mutate("updateAccount", { id: staff.gid, input: { disabled: true } }, admin), "updateAccount");
    expect(await viewerKind(staff)).toBe("ANONYMOUS");
    const other = await kit.seed.account("STAFF", place.community);
    expect(await viewerKind(other)).toBe("ACCOUNT");
    expect(await kit.mutate("signOut", {}, other)).toMatchObject({ data: { signOut: true } });
    expect(await viewerKind(other)).toBe("ANONYMOUS");
  });

  it("a change written outside the API (SQL) reaches the cache too", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    expect(await viewerKind(staff)).toBe("ACCOUNT");
    await kept(staff);
    await kit.prisma.$executeRaw`UPDATE "Account" SET "disabledAt" = now() WHERE "id" = ${staff.id}::uuid`;
    // Delivered at commit: on PGlite before the statement returns, on PostgreSQL over the listener's
    // connection a moment later (the API's own commands wait for it; a foreign writer cannot).
    await expect.poll(() => viewerKind(staff), { timeout: 2000, interval: 5 }).toBe("ANONYMOUS");
  });

  it("a mutation never runs on a kept session: it reads the session and grants again", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    await viewerKind(staff);
    await kept(staff);
    const create = () => kit.mutate("createResident", { input: { communityId: place.community.gid, name: "缓存测试" } }, staff);
    const m = await measure(create);
    expect(m.session).toBe(1);
    // A grant revoked behind the cache's back (no notification: triggers off) still stops a change.
    await kit.prisma.$transaction([
      kit.prisma.$executeRawUnsafe(`SET LOCAL session_replication_role = replica`),
      kit.prisma.$executeRaw`DELETE FROM "Grant" WHERE "accountId" = ${staff.id}::uuid`,
    ]);
    expect(await seesResident(staff)).toBe(true); // the read is served from the cache …
    const refused = await create();
    expect(refused.data.createResident.__typename).toBe("UserError"); // … the change is not
  });

  it("keeps nothing while its listener is down", async () => {
    const staff = await kit.seed.account("STAFF", place.community);
    await viewerKind(staff);
    await kept(staff);
    kit.authCache!.setLive(false);
    try {
      for (let i = 0; i < 2; i++) expect((await measure(() => viewerKind(staff))).session).toBe(1);
    } finally {
      kit.authCache!.setLive(true);
    }
  });
});
