// Rankings through the API: per month, quarter and year, per person or household, in a community or
// across a street's communities; the red and black lists (红黑榜) from deductions; the monthly trend;
// the Excel export; publishing as a notice.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExcelJS } from "./service-kit.js";
import { createTestKit, gqlError, type TestKit } from "./testkit.js";
import { thisMonth, today, volunteering, type VolunteerWorld, type VolunteeringKit } from "./volunteering-kit.js";

let kit: TestKit;
let v: VolunteeringKit;
let w: VolunteerWorld;
let a2: { residents: { gid: string; name: string }[] };

beforeAll(async () => {
  kit = await createTestKit();
  v = volunteering(kit);
  w = await v.world();
  // A: 0 → 40, 1 → 25 − 10 (a deduction), 2 → 25; A2 (same street): one resident 60; B: 100.
  await v.grant(w.A.community, w.A.admin, w.residentsA[0]!.gid, 40);
  await v.grant(w.A.community, w.A.admin, w.residentsA[1]!.gid, 25);
  await v.grant(w.A.community, w.A.admin, w.residentsA[2]!.gid, 25);
  const deduction = await v.ok("submitPointsClaim", { input: { ruleId: w.a.rules.litter.id, residentId: w.residentsA[1]!.gid, occurredOn: today(), reason: "乱扔垃圾" } }, w.staffA);
  await v.ok("approvePointsClaim", { id: deduction.id }, w.A.admin);
  await v.ok("postPointsClaim", { id: deduction.id }, w.A.admin);
  const r = await kit.seed.resident(w.A2.community.id, { name: "邻村能手" });
  await v.grant(w.A2.community, w.A2.admin, r.gid, 60);
  await v.grant(w.B.community, w.B.admin, w.residentsB[0]!.gid, 100);
  a2 = { residents: [{ gid: r.gid, name: r.name }] };
});
afterAll(async () => {
  await kit?.close();
});

const RANKING = `query($n: ID!, $p: String!, $k: PointsAccountKind, $f: Int) { pointsRanking(nodeId: $n, period: $p, accountKind: $k, first: $f) {
  node { id name kind communityCount } period { kind key label fromMonth toMonth } accountCount rows { rank name communityName awarded deducted net accountKind } } }`;
const ranking = async (n: string, p: string, as = w.A.admin, extra: Record<string, unknown> = {}) => {
  const r = await kit.gql(RANKING, { n, p, ...extra }, as);
  expect(r.errors).toBeUndefined();
  return r.data.pointsRanking;
};

describe("rankings", () => {
  it("a community's month: by net points, ties share a rank", async () => {
    const r = await ranking(w.A.community.gid, thisMonth());
    expect(r.period).toMatchObject({ kind: "MONTH", key: thisMonth(), fromMonth: thisMonth(), toMonth: thisMonth() });
    expect(r.node).toMatchObject({ kind: "COMMUNITY", communityCount: 1 });
    expect(r.accountCount).toBe(3);
    expect(r.rows.map((x: any) => [x.rank, x.name, x.awarded, x.deducted, x.net])).toEqual([
      [1, w.A.resident.name, 40, 0, 40],
      [2, "李志愿", 25, 0, 25],
      [3, "张志愿", 25, 10, 15],
    ]);
    expect((await ranking(w.A.community.gid, thisMonth(), w.A.admin, { f: 1 })).rows).toHaveLength(1);
  });

  it("a street ranks across its communities (where the viewer may read points); quarter and year include the month", async () => {
    const streetAdmin = await kit.seed.account("OVERSEER", w.streetA);
    const year = thisMonth().slice(0, 4);
    const q = Math.ceil(Number(thisMonth().slice(5)) / 3);
    for (const p of [thisMonth(), `${year}-Q${q}`, year]) {
      const r = await ranking(w.streetA.gid, p, streetAdmin);
      expect(r.node).toMatchObject({ kind: "STREET", communityCount: 2 });
      expect(r.rows.map((x: any) => [x.name, x.communityName, x.net])).toEqual([
        ["邻村能手", w.A2.community.name, 60],
        [w.A.resident.name, w.A.community.name, 40],
        ["李志愿", w.A.community.name, 25],
        ["张志愿", w.A.community.name, 15],
      ]);
    }
    expect((await ranking(w.streetA.gid, `${Number(year) - 1}`, streetAdmin)).rows).toEqual([]);
    // A community admin sees nothing of the street above, nor of another street.
    expect(gqlError(await kit.gql(RANKING, { n: w.streetA.gid, p: thisMonth() }, w.A.admin))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
    expect(gqlError(await kit.gql(RANKING, { n: w.B.community.gid, p: thisMonth() }, w.A.admin))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
    expect(gqlError(await kit.gql(RANKING, { n: w.A.community.gid, p: "2026-Q5" }, w.A.admin))).toMatchObject({ code: "INVALID", field: "period" });
    expect(gqlError(await kit.gql(RANKING, { n: w.A.community.gid, p: thisMonth(), f: 101 }, w.A.admin))).toMatchObject({ code: "INVALID", field: "first" });
    expect((await ranking(w.A.community.gid, thisMonth(), w.A.admin, { k: "HOUSEHOLD" })).rows).toEqual([]);
  });

  it("红黑榜: red = most earned without a deduction; black = deductions, with the entries why", async () => {
    const r = await kit.gql(
      `query($n: ID!, $p: String!) { pointsRedBlackList(nodeId: $n, period: $p) { red { rank name awarded } black { rank name deducted deductions { delta rule { name article } } } } }`,
      { n: w.A.community.gid, p: thisMonth() },
      w.staffA,
    );
    expect(r.data.pointsRedBlackList.red).toEqual([
      { rank: 1, name: w.A.resident.name, awarded: 40 },
      { rank: 2, name: "李志愿", awarded: 25 },
    ]);
    expect(r.data.pointsRedBlackList.black).toEqual([{ rank: 1, name: "张志愿", deducted: 10, deductions: [{ delta: -10, rule: { name: "乱扔垃圾", article: "环境卫生" } }] }]);
  });

  it("the monthly trend lists every month of the period", async () => {
    const year = thisMonth().slice(0, 4);
    const r = await kit.gql(`query($n: ID!, $p: String!) { pointsTrend(nodeId: $n, period: $p) { months { month awarded deducted spent activeAccounts } } }`, { n: w.A.community.gid, p: year }, w.staffA);
    const months = r.data.pointsTrend.months;
    expect(months).toHaveLength(12);
    expect(months.find((m: any) => m.month === thisMonth())).toEqual({ month: thisMonth(), awarded: 90, deducted: 10, spent: 0, activeAccounts: 3 });
    expect(months.filter((m: any) => m.month !== thisMonth()).every((m: any) => m.awarded === 0)).toBe(true);
  });

  it("exports to Excel and publishes as a notice", async () => {
    const x = await kit.gql(`query($n: ID!, $p: String!) { pointsRankingExcel(nodeId: $n, period: $p) { filename mimeType contentBase64 size } }`, { n: w.A.community.gid, p: thisMonth() }, w.staffA);
    const file = x.data.pointsRankingExcel;
    expect(file.filename).toBe(`积分排行-${w.A.community.name}-${thisMonth()}.xlsx`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, "base64"));
    expect(wb.worksheets.map((s: any) => s.name)).toEqual(["积分排行", "红榜", "黑榜"]);
    expect(wb.getWorksheet("积分排行").getRow(2).values.slice(1)).toEqual([1, w.A.resident.name, "个人", 40, 0, 40]);
    expect(wb.getWorksheet("黑榜").getRow(2).values.slice(1)).toEqual([1, "张志愿", "个人", 25, 10, 15]);

    const notice = await v.ok("publishPointsRanking", { input: { communityId: w.A.community.gid, period: thisMonth(), first: 5 } }, w.staffA);
    expect(notice).toMatchObject({ status: "PUBLISHED", subjectType: "PointsRanking", stage: thisMonth() });
    expect(notice.title).toContain("积分红黑榜");
    expect(notice.content).toContain(`1. ${w.A.resident.name}  40分`);
    expect(notice.content).toContain("张志愿  扣10分");
    await v.refused("publishPointsRanking", { input: { communityId: w.A.community.gid, period: "2026-00" } }, w.staffA, "INVALID", "input.period");
    await v.refused("publishPointsRanking", { input: { communityId: w.B.community.gid, period: thisMonth() } }, w.staffA, "NOT_FOUND", "input.communityId");
    const grid = await kit.seed.account("GRID_WORKER", w.A.community);
    await v.refused("publishPointsRanking", { input: { communityId: w.A.community.gid, period: thisMonth() } }, grid, "FORBIDDEN", "input.communityId");
    void a2;
  });
});
