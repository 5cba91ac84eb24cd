// The region overview as an Excel workbook (驾驶舱导出): 概览 (the node, the period, coverage and
// the totals' headline figures), then one sheet per capability — 1 党群服务, 2a 协商议事,
// 2b 志愿服务, N 特色项目 — each with one row per community, grouped by street with a subtotal
// row after each street and the total last. The figures are regionOverview's, as the cockpit shows them.
import { ratio } from "../../shared/money.js";
import { exportWorkbook, percentText, tableSheet, workbookBytes, type ExcelJS } from "../../shared/excel.js";
import type { Figures, RegionOverview } from "./indicators.service.js";
import { PROJECT_STATUSES, TOPIC_STATUSES } from "./metrics.js";

type Cell = string | number;
interface Column {
  header: string;
  width?: number;
  value: (f: Figures) => Cell;
}

const n = (f: Figures, name: string) => Number(f[name] ?? 0);
const int = (header: string, name: string): Column => ({ header, value: (f) => n(f, name) });
const pct = (header: string, part: string, whole: string): Column => ({
  header,
  width: 12,
  value: (f) => percentText(ratio(BigInt(Math.round(n(f, part))), BigInt(Math.round(n(f, whole))))),
});
const avg = (header: string, sum: string, count: string): Column => ({ header, width: 10, value: (f) => (n(f, count) ? Math.round((n(f, sum) / n(f, count)) * 100) / 100 : "—") });
/** Whole fen as yuan with two decimals. */
const yuan = (header: string, name: string): Column => ({ header, width: 14, value: (f) => Number(f[name] ?? 0) / 100 });

const TOPIC_LABEL: Record<(typeof TOPIC_STATUSES)[number], string> = {
  SUBMITTED: "待审",
  ACCEPTED: "已立项",
  DECLINED: "不予立项",
  SCHEDULED: "已排期",
  DELIBERATED: "已议",
  RESOLVED: "已决议",
  ESCALATED: "已上报",
  DONE: "已办结",
};
const PROJECT_LABEL: Record<(typeof PROJECT_STATUSES)[number], string> = {
  PROPOSED: "已提出",
  DELIBERATING: "协商中",
  APPROVED: "已立项",
  IN_PROGRESS: "实施中",
  COMPLETED: "已完成",
  EVALUATED: "已评议",
  CANCELLED: "已取消",
};

/** The capabilities' sheets: name and columns (the figures of metrics.ts, in Chinese). */
export const CAPABILITY_SHEETS: { name: string; columns: Column[] }[] = [
  {
    name: "1 党群服务",
    columns: [
      int("服务综合体", "serviceComplexes"),
      int("受理办件", "ticketsSubmitted"),
      int("办结", "ticketsClosed"),
      int("按时办结", "ticketsClosedOnTime"),
      pct("按时办结率", "ticketsClosedOnTime", "ticketsClosed"),
      int("超期（本期受理）", "ticketsLate"),
      int("当前超期未办结", "ticketsOverdueNow"),
      int("评价数", "ratingCount"),
      avg("平均评分", "ratingSum", "ratingCount"),
      int("来访登记", "visits"),
      int("意见与投诉", "opinions"),
    ],
  },
  {
    name: "2a 协商议事",
    columns: [
      int("议事委员会", "committees"),
      int("在任委员", "seatedMembers"),
      int("已配席位类别（7+X）", "seatCategoriesFilled"),
      int("召开议事会", "meetingsHeld"),
      int("有议事会的月数", "monthsWithMeeting"),
      int("新提议题", "topicsSubmitted"),
      ...TOPIC_STATUSES.map((s) => int(`议题·${TOPIC_LABEL[s]}`, `topics${s}`)),
      int("依条款不予立项", "topicsDeclinedWithClause"),
      int("通过决议", "resolutionsAdopted"),
      int("其中已落实", "resolutionsAdoptedDone"),
      pct("决议落实率", "resolutionsAdoptedDone", "resolutionsAdopted"),
      int("本期落实决议", "resolutionsDone"),
      int("逾期决议", "resolutionsPastDue"),
      int("上报事项", "escalations"),
      int("已答复", "escalationsAnswered"),
      pct("答复率", "escalationsAnswered", "escalations"),
      int("发布公示", "noticesPublished"),
      int("撤回公示", "noticesWithdrawn"),
      int("异议", "objectionsFiled"),
      int("异议成立", "objectionsUpheld"),
    ],
  },
  {
    name: "2b 志愿服务",
    columns: [
      int("志愿服务委员会", "volunteerCommittees"),
      int("志愿服务队", "teams"),
      int("志愿者", "volunteers"),
      int("其中双报到", "dualRegistered"),
      int("开展活动", "activities"),
      int("服务人次", "personTimes"),
      int("参与志愿者", "volunteersServing"),
      int("核定时长条数", "hoursVerified"),
      { header: "核定时长（小时）", width: 14, value: (f) => Math.round(n(f, "verifiedMinutes") / 6) / 10 },
      int("待核定时长", "hoursToVerify"),
      int("发放积分", "pointsAwarded"),
      int("扣减积分", "pointsDeducted"),
      int("消费积分", "pointsSpent"),
      int("活跃积分账户", "activeAccounts"),
      int("活跃家庭", "activeHouseholds"),
      int("兑换", "redemptions"),
      int("兑换积分", "redeemedPoints"),
      int("已核销兑换", "redemptionsFulfilled"),
      int("待核销兑换", "redemptionsToHandOver"),
    ],
  },
  {
    name: "N 特色项目",
    columns: [
      int("项目", "projects"),
      ...PROJECT_STATUSES.map((s) => int(`项目·${PROJECT_LABEL[s]}`, `projects${s}`)),
      int("已批准项目", "projectsApproved"),
      int("本期完成", "projectsCompleted"),
      yuan("预算（元）", "budgetedFen"),
      yuan("支出（元）", "spentFen"),
      pct("执行率", "spentFen", "budgetedFen"),
      yuan("本期支出（元）", "spentInPeriodFen"),
      yuan("到账赞助（元）", "receivedSponsorshipFen"),
      int("惠及人数", "beneficiaries"),
      int("逾期里程碑", "overdueMilestones"),
      int("逾期项目", "overdueProjects"),
      int("满意度答卷", "surveyResponses"),
      avg("平均满意度", "surveyScoreSum", "surveyResponses"),
      int("待认领需求", "needsOpen"),
    ],
  },
];

const KIND_LABEL = { COMMUNITY: "村（社区）", STREET: "街道", DISTRICT: "区" } as const;

function overviewSheet(wb: ExcelJS.Workbook, o: RegionOverview) {
  const ws = wb.addWorksheet("概览");
  ws.columns = [{ width: 28 }, { width: 20 }];
  const c = o.coverage;
  const t = o.totals;
  const rows: [string, Cell][] = [
    ["单位", o.node.name],
    ["层级", KIND_LABEL[o.node.kind]],
    ["统计期", o.period.label],
    ["统计时间", o.asOf.toISOString()],
    ["村（社区）数", c.communityCount],
    ["已建党群服务综合体", c.serviceComplex],
    ["已建议事委员会", c.deliberationCommittee],
    ["议事委员会7类席位配齐", c.fullySeatedCommittee],
    ["每月召开议事会", c.monthlyMeetings],
    ["已建志愿服务委员会", c.volunteerCommittee],
    ["积分在用", c.pointsInUse],
    ["有特色项目", c.withProjects],
    ["受理办件", n(t, "ticketsSubmitted")],
    ["按时办结率", percentText(ratio(BigInt(n(t, "ticketsClosedOnTime")), BigInt(n(t, "ticketsClosed"))))],
    ["召开议事会", n(t, "meetingsHeld")],
    ["新提议题", n(t, "topicsSubmitted")],
    ["决议落实率", percentText(ratio(BigInt(n(t, "resolutionsAdoptedDone")), BigInt(n(t, "resolutionsAdopted"))))],
    ["志愿者", n(t, "volunteers")],
    ["核定时长（小时）", Math.round(n(t, "verifiedMinutes") / 6) / 10],
    ["服务人次", n(t, "personTimes")],
    ["项目", n(t, "projects")],
    ["惠及人数", n(t, "beneficiaries")],
  ];
  ws.addRow(["项目", "数值"]).font = { bold: true };
  for (const row of rows) ws.addRow(row);
}

function capabilitySheet(wb: ExcelJS.Workbook, o: RegionOverview, sheet: (typeof CAPABILITY_SHEETS)[number]) {
  const ws = tableSheet(wb, sheet.name, [
    { header: "街道", key: "street", width: 14 },
    { header: "村（社区）", key: "community", width: 16 },
    ...sheet.columns.map((col, i) => ({ header: col.header, key: `c${i}`, width: col.width ?? Math.max(8, col.header.length * 2 + 2) })),
  ]);
  const add = (street: string, community: string, f: Figures, bold = false) => {
    const row = ws.addRow({ street, community, ...Object.fromEntries(sheet.columns.map((col, i) => [`c${i}`, col.value(f)])) });
    if (bold) row.font = { bold: true };
  };
  const many = o.node.kind !== "COMMUNITY";
  for (const s of o.streets) {
    for (const c of s.communities) add(s.streetName, c.communityName, c.figures);
    if (many) add(s.streetName, `小计（${s.communityCount}个）`, s.figures, true);
  }
  if (many) add("合计", `${o.coverage.communityCount}个`, o.totals, true);
}

export async function overviewWorkbook(o: RegionOverview): Promise<Buffer> {
  const wb = await exportWorkbook(`${o.node.name} ${o.period.label} 1+2+N 指标`);
  overviewSheet(wb, o);
  for (const sheet of CAPABILITY_SHEETS) capabilitySheet(wb, o, sheet);
  return workbookBytes(wb);
}
