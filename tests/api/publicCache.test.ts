// Public reads are cacheable (issue #14): an anonymous GET of public* queries gets an ETag and a
// public Cache-Control, is answered from the process's cache without a database statement, and a
// conditional GET gets 304; a signed-in request, a POST, a non-public query or an answer with
// errors is never cached.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PUBLIC_CACHE_CONTROL } from "@gongzhi/api/src/shared/publicCache.js";
import type { TestKit } from "./testkit.js";
import { createTestKit } from "./testkit.js";

let kit: TestKit;
let statements = 0;
let counting = false;
let community: { gid: string; id: string; code: string | null };
let admin: { headers: Record<string, string> };

const NOTICES = `query Board($c: ID!) { publicNotices(communityId: $c) { totalCount edges { node { title status } } } }`;
const url = (query: string, variables: Record<string, unknown>, extra = "") => `http://test/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}${extra}`;

/** A GET through yoga, counting the SQL statements it sends. */
async function get(u: string, headers: Record<string, string> = {}) {
  statements = 0;
  counting = true;
  try {
    const res = await kit.yoga.fetch(u, { method: "GET", headers: { accept: "application/json", ...headers } });
    const text = await res.text();
    return { res, text, statements };
  } finally {
    counting = false;
  }
}

beforeAll(async () => {
  kit = await createTestKit({ onStatement: () => counting && statements++ });
  const { community: c } = await kit.seed.place();
  await kit.prisma.community.update({ where: { id: c.id }, data: { code: `PC-${c.id.slice(0, 8)}` } });
  community = { gid: c.gid, id: c.id, code: `PC-${c.id.slice(0, 8)}` };
  admin = await kit.seed.account("ADMIN", c);
  await kit.prisma.notice.create({
    data: { communityId: c.id, subjectType: "Announcement", title: "【公示】路灯维修", content: "维修三盏路灯", periodDays: 5, publishedAt: new Date(), endsAt: new Date(Date.now() + 5 * 86_400_000), publishedByName: "测试" },
  });
}, 120_000);
afterAll(async () => {
  await kit?.close();
});

describe("public reads over GET", () => {
  it("the first GET reads the database and carries an ETag and a public Cache-Control; the next is a cache hit with no statement", async () => {
    const first = await get(url(NOTICES, { c: community.gid }));
    expect(first.res.status).toBe(200);
    expect(JSON.parse(first.text).data.publicNotices.totalCount).toBe(1);
    expect(first.statements).toBeGreaterThan(0);
    const etag = first.res.headers.get("etag");
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.res.headers.get("cache-control")).toBe(PUBLIC_CACHE_CONTROL);
    expect(PUBLIC_CACHE_CONTROL).toMatch(/max-age=60.*stale-while-revalidate/);
    expect(first.res.headers.get("x-gongzhi-cache")).toBe("miss");

    const second = await get(url(NOTICES, { c: community.gid }));
    expect(second.res.status).toBe(200);
    expect(second.statements).toBe(0);
    expect(second.text).toBe(first.text);
    expect(second.res.headers.get("etag")).toBe(etag);
    expect(second.res.headers.get("x-gongzhi-cache")).toBe("hit");
  });

  it("a conditional GET with the ETag gets 304 with no body and no statement; another ETag gets the answer", async () => {
    const { res } = await get(url(NOTICES, { c: community.gid }));
    const etag = res.headers.get("etag")!;
    const notModified = await get(url(NOTICES, { c: community.gid }), { "if-none-match": etag });
    expect(notModified.res.status).toBe(304);
    expect(notModified.text).toBe("");
    expect(notModified.statements).toBe(0);
    expect(notModified.res.headers.get("etag")).toBe(etag);
    const changed = await get(url(NOTICES, { c: community.gid }), { "if-none-match": 'W/"something-else"' });
    expect(changed.res.status).toBe(200);
    expect(JSON.parse(changed.text).data.publicNotices.totalCount).toBe(1);
  });

  it("the key is the operation and its variables: other variables are another entry", async () => {
    const other = await kit.seed.place();
    const r = await get(url(NOTICES, { c: other.community.gid }));
    expect(r.statements).toBeGreaterThan(0);
    expect(JSON.parse(r.text).data.publicNotices.totalCount).toBe(0);
    expect(r.res.headers.get("etag")).not.toBe((await get(url(NOTICES, { c: community.gid }))).res.headers.get("etag"));
  });

  it("a signed-in request is neither cached nor answered from the cache", async () => {
    const q = `query { publicCommunity(code: "${community.code}") { name } }`;
    const signedIn = await get(url(q, {}), admin.headers);
    expect(signedIn.res.status).toBe(200);
    expect(signedIn.res.headers.get("etag")).toBeNull();
    expect(signedIn.res.headers.get("cache-control") ?? "").not.toContain("public");
    // Not stored: the first anonymous request still reads the database.
    expect((await get(url(q, {}))).statements).toBeGreaterThan(0);
    // And a cached answer is not served to the signed-in viewer.
    const again = await get(url(q, {}), admin.headers);
    expect(again.res.headers.get("x-gongzhi-cache")).toBeNull();
    expect(again.statements).toBeGreaterThan(0);
  });

  it("a query reading anything but public* fields, an answer with errors, and a POST are not cached", async () => {
    const mixed = `query($c: ID!) { publicNotices(communityId: $c) { totalCount } node(id: $c) { id } }`;
    const m = await get(url(mixed, { c: community.gid }));
    expect(JSON.parse(m.text).errors).toBeUndefined();
    expect(m.res.headers.get("etag")).toBeNull();
    const bad = await get(url(`query { publicCommunity(code: " ") { name } }`, {}));
    expect(JSON.parse(bad.text).errors?.[0]?.message).toMatch(/编码/);
    expect(bad.res.headers.get("etag")).toBeNull();
    const post = await kit.yoga.fetch("http://test/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: NOTICES, variables: { c: community.gid } }) });
    expect(post.headers.get("etag")).toBeNull();
    expect(post.headers.get("x-gongzhi-cache")).toBeNull();
  });
});
