// regionOverviewExcel (issue #15): the cockpit's export. Its sheets are 概览 and one per capability;
// each capability sheet has a row per community grouped by street, the street's subtotal after it
// and the total last, and its cells are regionOverview's figures for the same node and period.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExcelJS as Excel } from "@gongzhi/api/src/shared/excel.js";
import { seedActivity } from "./indicators.kit.js";
import { ExcelJS } from "./service-kit.js";
import { createTestKit, gqlError, type TestAccount } from "./testkit.js";

const kit = await createTestKit();
afterAll(() => kit.close());

let district: Awaited<ReturnType<typeof kit.seed.district>>;
let s1: Awaited<ReturnType<typeof kit.seed.street>>;
let a: Awaited<ReturnType<typeof kit.seed.community>>;
let districtAdmin: TestAccount, s1Admin: TestAccount;

const OVERVIEW = `query($n: ID!, $p: String!) { regionOverview(nodeId: $n, period: $p) {
  nodeName periodLabel coverage { communityCount serviceComplex deliberationCommittee }
  totals { ...I }
  streets { streetName communityCount indicators { ...I } communities { communityName indicators { ...I } } }
} }
fragment I on Indicators {
  service { ticketsSubmitted ticketsClosed onTimeRate }
  deliberation { meetingsHeld topicsSubmitted topicsByStatus { status count } }
  volunteering { volunteers dualRegistered verifiedHours }
  projects { projects budgetedFen beneficiaries }
}`;
const EXCEL = `query($n: ID!, $p: String!) { regionOverviewExcel(nodeId: $n, period: $p) { filename mimeType contentBase64 size } }`;

async function workbook(node: string, period: string, as: TestAccount) {
  const res = await kit.gql(EXCEL, { n: node, p: period }, as);
  expect(res.errors).toBeUndefined();
  const file = res.data.regionOverviewExcel;
  const wb: Excel.Workbook = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.contentBase64, "base64") as unknown as ArrayBuffer);
  return { file, wb };
}
/** A sheet's rows as objects keyed by the header row's texts. */
function rowsOf(ws: Excel.Worksheet) {
  const header = (ws.getRow(1).values as unknown[]).slice(1).map(String);
  const out: Record<string, unknown>[] = [];
  ws.eachRow((row, i) => {
    if (i === 1) return;
    const v = (row.values as unknown[]).slice(1);
    out.push(Object.fromEntries(header.map((h, j) => [h, v[j]])));
  });
  return out;
}

beforeAll(async () => {
  district = await kit.seed.district("江海区表格");
  s1 = await kit.seed.street(district, "外海街道表格");
  const s2 = await kit.seed.street(district, "礼乐街道表格");
  a = await kit.seed.community(s1, "直冲村表格", "RURAL");
  const b = await kit.seed.community(s1, "东宁社区表格");
  const c = await kit.seed.community(s2, "江翠社区表格");
  await seedActivity(kit, a.id, 3);
  await seedActivity(kit, b.id, 1, { seats: 5 });
  await seedActivity(kit, c.id, 2);
  districtAdmin = await kit.seed.account("ADMIN", district);
  s1Admin = await kit.seed.account("ADMIN", s1);
}, 120_000);

describe("regionOverviewExcel", () => {
  it("has 概览 and one sheet per capability, whose cells match regionOverview", async () => {
    const o = (await kit.gql(OVERVIEW, { n: district.gid, p: "2026-11" }, districtAdmin)).data.regionOverview;
    const { file, wb } = await workbook(district.gid, "2026-11", districtAdmin);
    expect(file.filename).toBe("1+2+N指标-江海区表格-2026-11.xlsx");
    expect(file.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect(wb.worksheets.map((w) => w.name)).toEqual(["概览", "1 党群服务", "2a 协商议事", "2b 志愿服务", "N 特色项目"]);

    const summary = Object.fromEntries(rowsOf(wb.getWorksheet("概览")!).map((r) => [r["项目"], r["数值"]]));
    expect(summary).toMatchObject({ 单位: "江海区表格", 统计期: o.periodLabel, "村（社区）数": 3, 已建党群服务综合体: o.coverage.serviceComplex, 已建议事委员会: o.coverage.deliberationCommittee });
    expect(summary["受理办件"]).toBe(o.totals.service.ticketsSubmitted);

    // Streets in order, each community then its subtotal, and the total last.
    const service = rowsOf(wb.getWorksheet("1 党群服务")!);
    const expected: [string, string][] = [];
    for (const s of o.streets) {
      for (const c of s.communities) expected.push([s.streetName, c.communityName]);
      expected.push([s.streetName, `小计（${s.communityCount}个）`]);
    }
    expected.push(["合计", "3个"]);
    expect(service.map((r) => [r["街道"], r["村（社区）"]])).toEqual(expected);

    const street = o.streets.find((s: { streetName: string }) => s.streetName === "外海街道表格");
    const zc = street.communities.find((c: { communityName: string }) => c.communityName === "直冲村表格").indicators;
    const rowOf = (rows: Record<string, unknown>[], name: string) => rows.find((r) => r["村（社区）"] === name)!;
    expect(rowOf(service, "直冲村表格")).toMatchObject({ 受理办件: zc.service.ticketsSubmitted, 办结: zc.service.ticketsClosed, 按时办结率: `${(zc.service.onTimeRate * 100).toFixed(1)}%` });
    expect(rowOf(service, "小计（2个）")).toMatchObject({ 受理办件: street.indicators.service.ticketsSubmitted });
    expect(rowOf(service, "3个")).toMatchObject({ 受理办件: o.totals.service.ticketsSubmitted });
    expect(zc.service.ticketsSubmitted).toBeGreaterThan(0);

    const deliberation = rowsOf(wb.getWorksheet("2a 协商议事")!);
    const accepted = zc.deliberation.topicsByStatus.find((s: { status: string }) => s.status === "ACCEPTED").count;
    expect(rowOf(deliberation, "直冲村表格")).toMatchObject({ 召开议事会: zc.deliberation.meetingsHeld, 新提议题: zc.deliberation.topicsSubmitted, "议题·已立项": accepted });

    const volunteering = rowsOf(wb.getWorksheet("2b 志愿服务")!);
    expect(rowOf(volunteering, "3个")).toMatchObject({ 志愿者: o.totals.volunteering.volunteers, 其中双报到: o.totals.volunteering.dualRegistered, "核定时长（小时）": o.totals.volunteering.verifiedHours });

    const projects = rowsOf(wb.getWorksheet("N 特色项目")!);
    expect(rowOf(projects, "直冲村表格")).toMatchObject({ 项目: zc.projects.projects, "预算（元）": Number(zc.projects.budgetedFen) / 100, 惠及人数: zc.projects.beneficiaries });
  });

  it("covers a street for its admin, and a node out of reach is NOT_FOUND", async () => {
    const { wb } = await workbook(s1.gid, "2026-Q4", s1Admin);
    const names = rowsOf(wb.getWorksheet("1 党群服务")!).map((r) => r["村（社区）"]);
    expect(names).toEqual(["东宁社区表格", "直冲村表格", "小计（2个）", "2个"]);
    expect(gqlError(await kit.gql(EXCEL, { n: district.gid, p: "2026-11" }, s1Admin))).toMatchObject({ code: "NOT_FOUND" });
    expect(gqlError(await kit.gql(EXCEL, { n: a.gid, p: "2026-13" }, s1Admin))).toMatchObject({ field: "period" });
  });
});
