// Text limits before work: a 10 MB search string, a NUL byte in a search or in a mutation's input,
// and a 60,000-character note are refused as INVALID naming the argument path, before the request's
// context is built (an invalid bearer token would otherwise answer 401: these answer INVALID) and
// before any resolver, so nothing changes; ordinary input still works.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, success, type TestKit } from "../api/testkit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;
const SEARCH = `query($c: ID!, $s: String) { residents(communityId: $c, search: $s) { totalCount } }`;
const badToken = { headers: { authorization: "Bearer gz_not_a_real_token" } };

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
});
afterAll(async () => {
  await kit?.close();
});

describe("text limits", () => {
  it("a 10 MB search string is refused before it is parsed; a 1,000-character one is INVALID on `s` before the session is even read", async () => {
    const huge = await kit.gql(SEARCH, { c: w.A.community.gid, s: "张".repeat(10_000_000) }, badToken);
    expect([400, 413]).toContain(huge.status);
    const r = await kit.gql(SEARCH, { c: w.A.community.gid, s: "张".repeat(1_000) }, badToken);
    expect(gqlError(r)).toMatchObject({ code: "INVALID", field: "s" });
    expect(JSON.stringify(r).length).toBeLessThan(2_000);
  });

  it("a NUL byte in a search answers INVALID naming the field (it used to be INTERNAL), in a variable or inline", async () => {
    const r = await kit.gql(SEARCH, { c: w.A.community.gid, s: "王\u0000" }, w.A.admin);
    expect(gqlError(r)).toMatchObject({ code: "INVALID", field: "s" });
    const inline = await kit.gql(`{ residents(communityId: "${w.A.community.gid}", search: "王\\u0000") { totalCount } }`, {}, w.A.admin);
    expect(gqlError(inline)).toMatchObject({ code: "INVALID", field: "search" });
    const before = await kit.gql(SEARCH, { c: w.A.community.gid, s: "x".repeat(201) }, badToken);
    expect(gqlError(before)).toMatchObject({ code: "INVALID", field: "s" });
  });

  it("a NUL byte or a 60,000-character note in a mutation's input is INVALID on the field, and nothing changes", async () => {
    const before = await kit.dump();
    const nul = await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "王\u0000五" } }, w.A.admin);
    expect(gqlError(nul)).toMatchObject({ code: "INVALID", field: "input.name" });
    const long = await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "王五", note: "记".repeat(60_000) } }, w.A.admin);
    expect(gqlError(long)).toMatchObject({ code: "INVALID", field: "input.note" });
    const deep = await kit.gql(`mutation { createResident(input: { communityId: "${w.A.community.gid}", name: "王\\u0000五" }) { __typename } }`, {}, w.A.admin);
    expect(gqlError(deep)).toMatchObject({ code: "INVALID", field: "input.name" });
    expect(await kit.dump()).toEqual(before);
  });

  it("ordinary text still works: a search and a resident with a long-ish note", async () => {
    const r = await kit.gql(SEARCH, { c: w.A.community.gid, s: "王" }, w.A.admin);
    expect(r.errors).toBeUndefined();
    const created = success(await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "赵六", note: "备注".repeat(200) } }, w.A.admin), "createResident");
    expect(created.id).toBeTruthy();
  });
});
