// Request limits (depth, aliases, tokens, cost), masking of unexpected errors, scalar validation,
// and mutations refused over GET.
import { LIMITS } from "@gongzhi/api/src/server.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, success, type TestAccount, type TestKit } from "./testkit.js";

let kit: TestKit;
let place: Awaited<ReturnType<TestKit["seed"]["place"]>>;
let admin: TestAccount;

beforeAll(async () => {
  kit = await createTestKit();
  place = await kit.seed.place();
  admin = await kit.seed.account("ADMIN", place.community);
});
afterAll(async () => {
  await kit?.close();
});

/** viewer → defaultCommunity → (street → communities → edges → node) × 2 → `inner`: depth 10 + depth of `inner`. */
const nested = (inner: string) => `{ viewer { defaultCommunity { street { communities { edges { node { street { communities { edges { node { ${inner} } } } } } } } } } } }`;

describe("limits", () => {
  it(`accepts a query ${LIMITS.maxDepth} levels deep and rejects one a level deeper`, async () => {
    expect(LIMITS.maxDepth).toBe(12);
    const ok = await kit.gql(nested("street { name }"), {}, admin);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.viewer.defaultCommunity.street.communities.edges[0].node.street.communities.edges[0].node.street.name).toBe(place.street.name);
    const deep = await kit.gql(nested("street { parent { name } }"), {}, admin);
    expect(deep.data).toBeUndefined();
    expect(gqlError(deep).message).toMatch(/depth limit of 12 exceeded/);
  });

  it(`rejects more than ${LIMITS.maxAliases} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: viewer { kind }`).join(" ")} }`;
    expect((await kit.gql(aliases(LIMITS.maxAliases), {}, admin)).errors).toBeUndefined();
    const r = await kit.gql(aliases(LIMITS.maxAliases + 1), {}, admin);
    expect(r.data).toBeUndefined();
    expect(gqlError(r).message).toMatch(/Aliases limit of 30 exceeded/);
  });

  it(`rejects a document of more than ${LIMITS.maxTokens} tokens`, async () => {
    const r = await kit.gql(`{ viewer { ${"kind ".repeat(LIMITS.maxTokens)} } }`, {}, admin);
    expect(r.data).toBeUndefined();
    expect(gqlError(r).message).toMatch(/Token limit of 5000 exceeded/);
  });

  it("rejects a query whose estimated cost is too high, before running it", async () => {
    const fan = (inner: string) => `communities(first: 100) { edges { node { street { ${inner} } } } }`;
    const r = await kit.gql(`{ ${fan(fan(fan("id name code")))} }`, {}, admin);
    expect(r.data).toBeUndefined();
    expect(gqlError(r).message).toMatch(/Cost limit of 20000 exceeded/);
  });

  it("refuses a mutation over GET (CSRF)", async () => {
    const res = await kit.yoga.fetch(`http://test/graphql?query=${encodeURIComponent("mutation { signOut }")}`, { method: "GET", headers: admin.headers });
    expect(res.status).toBe(405);
    expect(await kit.prisma.session.count({ where: { accountId: admin.id } })).toBe(1);
  });
});

describe("mutation results", () => {
  it("a result that asks for nothing but __typename still works, and counts come back right", async () => {
    const own = await kit.seed.place();
    const ownAdmin = await kit.seed.account("ADMIN", own.community);
    const created = await kit.gql(`mutation($i: CreateGridInput!) { createGrid(input: $i) { __typename ... on MutationCreateGridSuccess { data { __typename } } } }`, { i: { communityId: own.community.gid, name: "仅类型网格" } }, ownAdmin);
    expect(created.errors).toBeUndefined();
    expect(created.data.createGrid).toEqual({ __typename: "MutationCreateGridSuccess", data: { __typename: "Grid" } });
    const counted = await kit.gql(`mutation($i: CreateGridInput!) { createGrid(input: $i) { ... on MutationCreateGridSuccess { data { name householdCount residentCount community { gridCount } } } } }`, { i: { communityId: own.community.gid, name: "计数网格" } }, ownAdmin);
    expect(counted.errors).toBeUndefined();
    expect(counted.data.createGrid.data).toEqual({ name: "计数网格", householdCount: 0, residentCount: 0, community: { gridCount: 2 } });
  });
});

describe("scalars", () => {
  it("an invalid DateTime argument is a clear validation error, as a literal or a variable", async () => {
    for (const bad of ["yesterday", "2026-01-01T00:00:00", "2026-01-01", "2026-13-01T00:00:00Z"]) {
      const literal = await kit.gql(`{ auditEntries(since: "${bad}") { edges { node { id } } } }`, {}, admin);
      expect(gqlError(literal)).toMatchObject({ code: "GRAPHQL_VALIDATION_FAILED", message: expect.stringMatching(/DateTime must be an ISO-8601 time with a zone/) });
      const variable = await kit.gql(`query($s: DateTime) { auditEntries(since: $s) { edges { node { id } } } }`, { s: bad }, admin);
      expect(gqlError(variable).message).toMatch(/\$s.*DateTime must be an ISO-8601 time with a zone/);
      expect(variable.data).toBeUndefined();
    }
    for (const good of ["2026-01-01T00:00:00Z", "2026-01-01T08:00:00+08:00", "2026-01-01T00:00:00.123Z"]) {
      expect((await kit.gql(`{ auditEntries(since: "${good}") { edges { node { id } } } }`, {}, admin)).errors, good).toBeUndefined();
    }
  });

  it("DateTime values go out as ISO-8601 in UTC", async () => {
    const r = await kit.gql(`{ viewer { account { createdAt } } }`, {}, admin);
    expect(r.data.viewer.account.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
  });
});

describe("unexpected errors are masked", () => {
  it("a failing database read reaches the client as 'Unexpected error.' with no database detail", async () => {
    success(await kit.mutate("createGrid", { input: { communityId: place.community.gid, name: "一网格", description: "东片" } }, admin), "createGrid");
    await kit.prisma.$executeRawUnsafe(`ALTER TABLE "Grid" RENAME COLUMN "description" TO "description_gone"`);
    try {
      const r = await kit.gql(`{ grids(communityId: "${place.community.gid}") { edges { node { name description } } } }`, {}, admin);
      const err = gqlError(r);
      expect(err).toMatchObject({ message: "Unexpected error.", code: "INTERNAL_SERVER_ERROR" });
      for (const e of r.errors!) expect(e.message).not.toMatch(/description|column|prisma|relation/i);
    } finally {
      await kit.prisma.$executeRawUnsafe(`ALTER TABLE "Grid" RENAME COLUMN "description_gone" TO "description"`);
    }
    const healed = await kit.gql(`{ grids(communityId: "${place.community.gid}") { edges { node { description } } } }`, {}, admin);
    expect(healed.data.grids.edges).toEqual([{ node: { description: "东片" } }]);
  });

  it("a failing write reaches the client masked too, and changes nothing", async () => {
    await kit.prisma.$executeRawUnsafe(`CREATE FUNCTION no_updates() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk on fire at /var/lib/pg'; END $$ LANGUAGE plpgsql`);
    await kit.prisma.$executeRawUnsafe(`CREATE TRIGGER no_updates BEFORE UPDATE ON "Community" FOR EACH ROW EXECUTE FUNCTION no_updates()`);
    try {
      const before = await kit.dump();
      const r = await kit.mutate("updateCommunity", { id: place.community.gid, input: { address: "新地址" } }, admin);
      expect(gqlError(r)).toMatchObject({ message: "Unexpected error.", code: "INTERNAL_SERVER_ERROR" });
      expect(JSON.stringify(r.errors!.map((e) => e.message))).not.toContain("disk on fire");
      expect(await kit.dump()).toEqual(before);
    } finally {
      await kit.prisma.$executeRawUnsafe(`DROP TRIGGER no_updates ON "Community"`);
      await kit.prisma.$executeRawUnsafe(`DROP FUNCTION no_updates()`);
    }
  });
});
