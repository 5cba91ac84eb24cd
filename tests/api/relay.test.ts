// Relay connections: `first` capped at 100, cursors that page without overlap or gaps, totalCount,
// and the search/filter arguments of each list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, success, type TestAccount, type TestKit } from "./testkit.js";

let kit: TestKit;
let place: Awaited<ReturnType<TestKit["seed"]["place"]>>;
let admin: TestAccount;
let grid: Awaited<ReturnType<TestKit["seed"]["grid"]>>;
let household: Awaited<ReturnType<TestKit["seed"]["household"]>>;
const N = 130;

beforeAll(async () => {
  kit = await createTestKit();
  place = await kit.seed.place();
  admin = await kit.seed.account("ADMIN", place.community);
  grid = await kit.seed.grid(place.community.id, "东区网格");
  household = await kit.seed.household(place.community.id, "东风路12号", grid.id);
  // 130 residents: every 3rd in the grid, the first 4 in the household, every 5th a party member,
  // every 4th not registered here (常住非户籍), 13 named 李….
  await kit.prisma.resident.createMany({
    data: Array.from({ length: N }, (_, i) => ({
      communityId: place.community.id,
      name: i % 10 === 0 ? `李${i}` : `居民${i}`,
      gridId: i % 3 === 0 ? grid.id : null,
      householdId: i < 4 ? household.id : null,
      isPartyMember: i % 5 === 0,
      registration: i % 4 === 0 ? ("RESIDENT" as const) : ("REGISTERED" as const),
    })),
  });
});
afterAll(async () => {
  await kit?.close();
});

type Page = { totalCount: number; pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null }; edges: { cursor: string; node: { id: string; name: string } }[] };
async function residents(args: string, as: TestAccount = admin): Promise<Page> {
  const r = await kit.gql(
    `{ residents(communityId: "${place.community.gid}"${args ? `, ${args}` : ""}) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id name } } } }`,
    {},
    as,
  );
  expect(r.errors, args).toBeUndefined();
  return r.data.residents;
}
const idsOf = (p: Page) => p.edges.map((e) => e.node.id);

describe("residents connection", () => {
  it("caps first at 100: asking for 500 gives 100 edges and hasNextPage", async () => {
    const page = await residents("first: 500");
    expect(page.edges).toHaveLength(100);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.totalCount).toBe(N);
    const back = await residents("last: 500");
    expect(back.edges).toHaveLength(100);
    expect(back.pageInfo.hasPreviousPage).toBe(true);
  });

  it("defaults to 20 edges", async () => {
    expect((await residents("")).edges).toHaveLength(20);
  });

  it("pages forward through every resident once, in a stable order", async () => {
    const seen: string[] = [];
    let after: string | null = null;
    const sizes: number[] = [];
    for (;;) {
      const page: Page = await residents(`first: 40${after ? `, after: "${after}"` : ""}`);
      sizes.push(page.edges.length);
      seen.push(...idsOf(page));
      expect(page.totalCount).toBe(N);
      expect(page.pageInfo.endCursor).toBe(page.edges.at(-1)?.cursor ?? null);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(sizes).toEqual([40, 40, 40, 10]);
    expect(new Set(seen).size).toBe(N);
    const all = await kit.prisma.resident.findMany({ where: { communityId: place.community.id }, select: { id: true }, orderBy: { id: "asc" } });
    expect(seen.map((g) => Buffer.from(g, "base64").toString().split(":")[1])).toEqual(all.map((r) => r.id));
  });

  it("pages backward with last/before, meeting the forward pages exactly", async () => {
    const first = await residents("first: 100");
    const all = [...idsOf(first), ...idsOf(await residents(`first: 100, after: "${first.pageInfo.endCursor}"`))];
    expect(all).toHaveLength(N);
    const tail = await residents("last: 30");
    expect(tail.pageInfo.hasPreviousPage).toBe(true);
    expect(idsOf(tail)).toEqual(all.slice(N - 30));
    const before = await residents(`last: 30, before: "${tail.pageInfo.startCursor}"`);
    expect(idsOf(before)).toEqual(all.slice(N - 60, N - 30));
  });

  it("rejects a negative first and a forged cursor with a clear error", async () => {
    const neg = await kit.gql(`{ residents(communityId: "${place.community.gid}", first: -1) { totalCount } }`, {}, admin);
    expect(gqlError(neg).message).toMatch(/first.*non-negative/);
    const junk = await kit.gql(`{ residents(communityId: "${place.community.gid}", after: "junk") { totalCount } }`, {}, admin);
    expect(gqlError(junk).message).toMatch(/cursor/i);
  });

  it("filters combine with AND and totalCount follows them", async () => {
    const count = async (args: string) => {
      const page = await residents(`first: 100, ${args}`);
      expect(page.edges).toHaveLength(Math.min(page.totalCount, 100));
      return page.totalCount;
    };
    const range = Array.from({ length: N }, (_, i) => i);
    expect(await count(`gridId: "${grid.gid}"`)).toBe(range.filter((i) => i % 3 === 0).length);
    expect(await count(`householdId: "${household.gid}"`)).toBe(4);
    expect(await count(`isPartyMember: true`)).toBe(range.filter((i) => i % 5 === 0).length);
    expect(await count(`isPartyMember: false`)).toBe(range.filter((i) => i % 5 !== 0).length);
    expect(await count(`registration: RESIDENT`)).toBe(range.filter((i) => i % 4 === 0).length);
    expect(await count(`search: "李"`)).toBe(13);
    expect(await count(`search: "  李1  "`)).toBe(range.filter((i) => i % 10 === 0 && String(i).startsWith("1")).length);
    expect(await count(`gridId: "${grid.gid}", isPartyMember: true, registration: RESIDENT`)).toBe(range.filter((i) => i % 3 === 0 && i % 5 === 0 && i % 4 === 0).length);
    expect(await count(`search: "不存在的名字"`)).toBe(0);
    const names = (await residents(`first: 100, search: "李"`)).edges.map((e) => e.node.name);
    expect(names.every((n) => n.startsWith("李"))).toBe(true);
  });
});

describe("other connections", () => {
  it("grids, households, organizations: search and filters", async () => {
    await kit.seed.grid(place.community.id, "西区网格");
    await kit.seed.household(place.community.id, "西风路3号");
    success(await kit.mutate("createSocialOrganization", { input: { communityId: place.community.gid, name: "夕阳红舞蹈队", category: "CULTURE_SPORTS" } }, admin), "createSocialOrganization");
    success(await kit.mutate("createSocialOrganization", { input: { communityId: place.community.gid, name: "邻里互助会", category: "MUTUAL_AID" } }, admin), "createSocialOrganization");
    const c = place.community.gid;
    const q = async (query: string) => (await kit.gql(`{ x: ${query} { totalCount edges { node { id } } } }`, {}, admin)).data.x as { totalCount: number; edges: unknown[] };
    expect((await q(`grids(communityId: "${c}")`)).totalCount).toBe(2);
    expect((await q(`grids(communityId: "${c}", search: "东区")`)).edges).toEqual([{ node: { id: grid.gid } }]);
    expect((await q(`households(communityId: "${c}")`)).totalCount).toBe(2);
    expect((await q(`households(communityId: "${c}", gridId: "${grid.gid}")`)).edges).toEqual([{ node: { id: household.gid } }]);
    expect((await q(`households(communityId: "${c}", search: "西风")`)).totalCount).toBe(1);
    expect((await q(`socialOrganizations(communityId: "${c}", category: MUTUAL_AID)`)).totalCount).toBe(1);
    expect((await q(`socialOrganizations(communityId: "${c}", search: "舞蹈")`)).totalCount).toBe(1);
    expect((await q(`socialOrganizations(communityId: "${c}", first: 1)`)).edges).toHaveLength(1);
  });

  it("communities: kind, search and street; accounts: search and community", async () => {
    const rural = await kit.seed.community(place.street, "石头村", "RURAL");
    const urban = await kit.seed.community(place.street, "新城社区", "URBAN");
    const streetAdmin = await kit.seed.account("ADMIN", place.street, "street_boss");
    const q = async (query: string, as: TestAccount = streetAdmin) => (await kit.gql(`{ x: ${query} { totalCount edges { node { id } } } }`, {}, as)).data.x;
    expect((await q(`communities`)).totalCount).toBe(3);
    expect((await q(`communities(kind: URBAN)`)).edges).toEqual([{ node: { id: urban.gid } }]);
    expect((await q(`communities(kind: RURAL)`)).totalCount).toBe(2);
    expect((await q(`communities(search: "石头")`)).edges).toEqual([{ node: { id: rural.gid } }]);
    expect((await q(`communities(streetId: "${place.street.gid}", first: 1)`)).edges).toHaveLength(1);
    expect((await q(`communities(streetId: "${place.district.gid}")`)).totalCount).toBe(3);
    expect((await q(`accounts(search: "street_b")`)).edges).toEqual([{ node: { id: streetAdmin.gid } }]);
    const inRural = await kit.seed.account("STAFF", rural);
    const ruralAccounts = (await q(`accounts(communityId: "${rural.gid}")`)).edges;
    expect(ruralAccounts).toEqual(expect.arrayContaining([{ node: { id: inRural.gid } }, { node: { id: streetAdmin.gid } }]));
    expect(ruralAccounts).not.toContainEqual({ node: { id: admin.gid } });
  });

  it("auditEntries: newest first, filters, time window, paging", async () => {
    const start = new Date(Date.now() - 1000).toISOString();
    for (let i = 0; i < 5; i++) success(await kit.mutate("createGrid", { input: { communityId: place.community.gid, name: `审计网格${i}` } }, admin), "createGrid");
    const q = async (args: string) =>
      (await kit.gql(`{ auditEntries(${args}) { pageInfo { hasNextPage endCursor } edges { node { action targetType after createdAt } } } }`, {}, admin)).data.auditEntries;
    const grids = await q(`action: "grid:manage", since: "${start}"`);
    expect(grids.edges.map((e: { node: { after: { name: string } } }) => e.node.after.name)).toEqual(["审计网格4", "审计网格3", "审计网格2", "审计网格1", "审计网格0"]);
    expect((await q(`targetType: "Grid", first: 2`)).edges).toHaveLength(2);
    const p1 = await q(`action: "grid:manage", since: "${start}", first: 3`);
    const p2 = await q(`action: "grid:manage", since: "${start}", first: 3, after: "${p1.pageInfo.endCursor}"`);
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect([...p1.edges, ...p2.edges].map((e: { node: { after: { name: string } } }) => e.node.after.name)).toEqual(grids.edges.map((e: { node: { after: { name: string } } }) => e.node.after.name));
    const mid = grids.edges[2].node.createdAt as string;
    const names = async (args: string) => (await q(`action: "grid:manage", ${args}`)).edges.map((e: { node: { after: { name: string } } }) => e.node.after.name);
    expect(await names(`since: "${mid}"`)).toEqual(["审计网格4", "审计网格3", "审计网格2"]);
    expect(await names(`since: "${start}", until: "${mid}"`)).toEqual(["审计网格1", "审计网格0"]);
    expect((await q(`since: "2999-01-01T00:00:00Z"`)).edges).toEqual([]);
  });
});
