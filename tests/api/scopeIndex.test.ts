// The scope filter on an index (issue #13): a grant on a street or district reaches the nodes whose
// materialized path starts with its own, and that prefix filter is a range scan of the paths'
// unique indexes (the columns use the "C" collation: migration …_path_collate_c). Plans, not times.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type TestKit } from "./testkit.js";

let kit: TestKit;
beforeAll(async () => {
  kit = await createTestKit();
});
afterAll(() => kit?.close());

/** The plan of a prefix filter, with sequential scans priced out (so only an index can beat one). */
async function plan(table: "Community" | "Region", prefix: string): Promise<string> {
  const rows = await kit.prisma.$transaction([
    kit.prisma.$executeRawUnsafe(`SET LOCAL enable_seqscan = off`),
    kit.prisma.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN SELECT id FROM "${table}" WHERE path LIKE $1`, `${prefix}%`),
  ]);
  return rows[1].map((r) => r["QUERY PLAN"]).join("\n");
}

describe("the scope filter", () => {
  it("finds a street's communities and a district's regions by an index range on the path", async () => {
    const place = await kit.seed.place();
    const street = await kit.prisma.region.findUniqueOrThrow({ where: { id: place.community.regionId }, select: { path: true, parentId: true } });
    const communities = await plan("Community", street.path);
    expect(communities).toMatch(/Index.*Community_path_key/);
    expect(communities).toContain(`path >= '${street.path}'`);
    const district = await kit.prisma.region.findUniqueOrThrow({ where: { id: street.parentId! }, select: { path: true } });
    expect(await plan("Region", district.path)).toMatch(/Index.*Region_path_key/);
  });
});
