// The public front door's reads (居民公开栏, no sign-in) on the demo data: a community by its code
// with its notice board, projects, charter and catalog, service guide and open activities; a street
// and a district by code; every read in a constant number of SQL statements and with no PII.
import { seedDemoIfEmpty } from "@gongzhi/api/src/seed/demo.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStatementKit } from "./statementKit.js";
import type { TestKit } from "./testkit.js";

let kit: TestKit;
let statementsOf: Awaited<ReturnType<typeof createStatementKit>>["statementsOf"];
let code: string;

export const COMMUNITY_PAGE = `query($code: String!) {
  publicCommunity(code: $code) { id code name kind address streetName streetCode districtName districtCode }
}`;
export const BOARD = `query($c: ID!) {
  publicNotices(communityId: $c, first: 50) { totalCount edges { node { id title subjectType stage status endsAt finalAt objectionCount pendingObjectionCount upheldObjectionCount answers { status answer answeredAt } } } }
  publicProjects(communityId: $c, first: 20) { edges { node { title status percentComplete volunteerMinutes budget { budgetFen spentFen } milestones { title completedOn } } } }
  publicCharter(communityId: $c) { title body }
  publicConsultationClauses(communityId: $c) { kind number label text }
  publicServiceComplex(communityId: $c) { name address openingHours { weekday opens closes } windows { name number kind } }
  publicServiceItems(communityId: $c) { name category windowKind materials timeLimitDays }
  publicVolunteerActivities(communityId: $c) { title place startsAt capacity confirmedCount phase teamName }
}`;

beforeAll(async () => {
  const s = await createStatementKit();
  kit = s.kit;
  statementsOf = s.statementsOf;
  await seedDemoIfEmpty(kit.prisma);
  code = (await kit.prisma.community.findFirstOrThrow({ where: { name: "直冲村" } })).code!;
}, 180_000);
afterAll(async () => {
  await kit?.close();
});

describe("public pages (no sign-in)", () => {
  it("finds 直冲村 by its code, with its street and district", async () => {
    const r = await kit.gql(COMMUNITY_PAGE, { code });
    expect(r.errors).toBeUndefined();
    expect(r.data.publicCommunity).toMatchObject({ code, name: "直冲村", kind: "RURAL" });
    expect(r.data.publicCommunity.streetName).toBeTruthy();
    expect(r.data.publicCommunity.districtName).toBeTruthy();
    expect((await kit.gql(COMMUNITY_PAGE, { code: "NO-SUCH-CODE" })).data.publicCommunity).toBeNull();
    const bad = await kit.gql(COMMUNITY_PAGE, { code: "  " });
    expect(bad.errors?.[0]?.message).toMatch(/编码/);
  });

  it("reads the notice board, projects, charter, catalog, service guide and activities in a constant number of statements", async () => {
    const c = (await kit.gql(COMMUNITY_PAGE, { code })).data.publicCommunity.id;
    const r = await kit.gql(BOARD, { c });
    expect(r.errors).toBeUndefined();
    const d = r.data;
    expect(d.publicNotices.totalCount).toBeGreaterThan(0);
    expect(d.publicCharter.title).toBe("直冲村议事委员会章程");
    expect(d.publicConsultationClauses.map((x: { label: string }) => x.label)).toContain("应议事项第1条");
    expect(d.publicConsultationClauses.findIndex((x: { kind: string }) => x.kind === "MUST_NOT")).toBeGreaterThan(0);
    const json = JSON.stringify(d);
    // No phone numbers or identity numbers anywhere on the public pages.
    expect(json).not.toMatch(/1[3-9]\d{9}/);
    expect(json).not.toMatch(/\d{17}[\dX]/);
    const once = await statementsOf(BOARD, { c });
    // Twice the rows must not mean more statements: the same document again, and on 英南村.
    const other = (await kit.gql(COMMUNITY_PAGE, { code: (await kit.prisma.community.findFirstOrThrow({ where: { name: "英南村" } })).code })).data.publicCommunity.id;
    expect((await statementsOf(BOARD, { c: other })).length).toBe(once.length);
    expect(once.length).toBeLessThanOrEqual(30);
  });

  it("lists a street's communities and a district's streets by code", async () => {
    const c = await kit.prisma.community.findFirstOrThrow({ where: { name: "直冲村" }, include: { region: { include: { parent: true } } } });
    const street = await kit.gql(`query($code: String!) { publicRegion(code: $code) { name kind parentName parentCode communities { name code } } }`, { code: c.region.code });
    expect(street.errors).toBeUndefined();
    expect(street.data.publicRegion).toMatchObject({ kind: "STREET", name: c.region.name, parentCode: c.region.parent!.code });
    expect(street.data.publicRegion.communities).toContainEqual({ name: "直冲村", code: c.code });
    const district = await kit.gql(`query($code: String!) { publicRegion(code: $code) { kind streets { name code communities { name } } } }`, { code: c.region.parent!.code });
    expect(district.errors).toBeUndefined();
    expect(district.data.publicRegion.kind).toBe("DISTRICT");
    expect(district.data.publicRegion.streets.find((s: { code: string }) => s.code === c.region.code).communities).toContainEqual({ name: "直冲村" });
  });
});
