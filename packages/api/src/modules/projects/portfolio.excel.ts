// The project portfolio as an Excel workbook: 概览, 按社区, 按类型, 项目清单. Money in yuan (元).
import { exportWorkbook, percentText, tableSheet, workbookBytes } from "../../shared/excel.js";
import type { Portfolio, PortfolioProject } from "./portfolio.service.js";
import { STATUS_LABEL } from "./rules.js";
import { yuanNumber } from "../../shared/money.js";
import { chinaDay } from "../../shared/chinaTime.js";

const GROUP_LABEL = { ELDERLY: "老人", CHILDREN: "儿童", DISADVANTAGED: "困境家庭", OTHER: "其他" } as const;

const MONEY = "#,##0.00";

export async function portfolioWorkbook(p: Portfolio & { projects: PortfolioProject[] }): Promise<Buffer> {
  const wb = await exportWorkbook(`${p.nodeName} 特色服务项目汇总`);

  const overview = wb.addWorksheet("概览");
  overview.columns = [{ width: 24 }, { width: 20 }];
  overview.addRow(["项目", "数值"]).font = { bold: true };
  const rows: [string, string | number][] = [
    ["单位", p.nodeName],
    ["村（社区）数", p.communityCount],
    ["项目数", p.projectCount],
    ...p.byStatus.map((s): [string, number] => [`  ${STATUS_LABEL[s.status]}`, s.count]),
    ["预算合计（元，已立项）", yuanNumber(p.budgetedFen)],
    ["支出合计（元）", yuanNumber(p.spentFen)],
    ["预算执行率", percentText(p.burnRate)],
    ["到位资助（元）", yuanNumber(p.receivedSponsorshipFen)],
    ["惠及人数", p.beneficiaryTotal],
    ...p.beneficiaries.map((b): [string, number] => [`  ${GROUP_LABEL[b.group]}`, b.count]),
    ["里程碑逾期项目", p.overdueProjectCount],
    ["超支项目", p.overspentProjectCount],
    ["满意度评价人数", p.surveyResponseCount],
    ["平均满意度（5分制）", p.averageSatisfaction ?? "—"],
  ];
  for (const r of rows) overview.addRow(r);

  const communities = tableSheet(wb, "按社区", [
    { header: "村（社区）", key: "communityName", width: 16 },
    { header: "项目数", key: "projectCount", width: 8 },
    ...p.byStatus.map((s) => ({ header: STATUS_LABEL[s.status], key: s.status, width: 8 })),
    { header: "预算（元）", key: "budgeted", width: 14, style: { numFmt: MONEY } },
    { header: "支出（元）", key: "spent", width: 14, style: { numFmt: MONEY } },
    { header: "执行率", key: "burn", width: 10 },
    { header: "到位资助（元）", key: "received", width: 14, style: { numFmt: MONEY } },
    { header: "惠及人数", key: "beneficiaryTotal", width: 10 },
    { header: "逾期", key: "overdueProjectCount", width: 8 },
    { header: "超支", key: "overspentProjectCount", width: 8 },
    { header: "平均满意度", key: "averageSatisfaction", width: 10 },
  ]);
  for (const c of p.byCommunity) {
    communities.addRow({
      ...c,
      ...Object.fromEntries(c.byStatus.map((s) => [s.status, s.count])),
      budgeted: yuanNumber(c.budgetedFen),
      spent: yuanNumber(c.spentFen),
      burn: percentText(c.burnRate),
      received: yuanNumber(c.receivedSponsorshipFen),
      averageSatisfaction: c.averageSatisfaction ?? "—",
    });
  }

  const types = tableSheet(wb, "按类型", [
    { header: "项目类型", key: "typeName", width: 16 },
    { header: "项目数", key: "projectCount", width: 8 },
    { header: "预算（元）", key: "budgeted", width: 14, style: { numFmt: MONEY } },
    { header: "支出（元）", key: "spent", width: 14, style: { numFmt: MONEY } },
    { header: "惠及人数", key: "beneficiaryTotal", width: 10 },
  ]);
  for (const t of p.byType) types.addRow({ typeName: t.typeName, projectCount: t.projectCount, beneficiaryTotal: t.beneficiaryTotal, budgeted: yuanNumber(t.budgetedFen), spent: yuanNumber(t.spentFen) });

  const list = tableSheet(wb, "项目清单", [
    { header: "项目名称", key: "title", width: 30 },
    { header: "村（社区）", key: "communityName", width: 14 },
    { header: "类型", key: "typeName", width: 12 },
    { header: "状态", key: "status", width: 8 },
    { header: "负责人", key: "leadName", width: 16 },
    { header: "承办组织", key: "organizationName", width: 20 },
    { header: "完成度", key: "percent", width: 8 },
    { header: "预算（元）", key: "budgeted", width: 12, style: { numFmt: MONEY } },
    { header: "支出（元）", key: "spent", width: 12, style: { numFmt: MONEY } },
    { header: "惠及人数", key: "beneficiaryTotal", width: 10 },
    { header: "立项日期", key: "approvedOn", width: 12 },
    { header: "完成日期", key: "completedOn", width: 12 },
  ]);
  for (const x of p.projects) {
    list.addRow({
      ...x,
      status: STATUS_LABEL[x.status],
      leadName: x.leadName ?? "",
      organizationName: x.organizationName ?? "",
      percent: `${x.percentComplete}%`,
      budgeted: yuanNumber(x.budgetedFen),
      spent: yuanNumber(x.spentFen),
      approvedOn: x.approvedAt ? chinaDay(x.approvedAt) : "",
      completedOn: x.completedAt ? chinaDay(x.completedAt) : "",
    });
  }
  return workbookBytes(wb);
}
