// The monthly service report as an Excel workbook: 概览, 按事项, 按社区.
import { exportWorkbook, percentText, tableSheet, workbookBytes } from "../../shared/excel.js";
import { CATEGORY_LABEL } from "./catalog.excel.js";
import type { ServiceReport } from "./report.service.js";
import { STATUS_LABEL } from "./ticket.rules.js";

const CHANNEL_LABEL = { WINDOW: "窗口办理", ONLINE: "网上办理", PROXY: "代办" } as const;
const VISIT_LABEL = { VISIT: "来访", OPINION: "意见建议", COMPLAINT: "投诉", CONSULTATION: "咨询" } as const;


export async function reportWorkbook(r: ServiceReport): Promise<Buffer> {
  const wb = await exportWorkbook(`${r.nodeName} ${r.month} 服务月报`);

  const overview = wb.addWorksheet("概览");
  overview.columns = [{ width: 22 }, { width: 18 }];
  const rows: [string, string | number][] = [
    ["单位", r.nodeName],
    ["月份", r.month],
    ["村（社区）数", r.communityCount],
    ["本月受理办件", r.submitted],
    ["本月办结", r.closed],
    ["按时办结", r.closedOnTime],
    ["按时办结率", percentText(r.onTimeRate)],
    ["本月办件超期", r.late],
    ["评价数", r.ratingCount],
    ["平均评分", r.averageRating ?? "—"],
    ["来访/意见登记", r.visits],
    ...r.visitsByKind.map((v): [string, number] => [`  其中${VISIT_LABEL[v.kind]}`, v.count]),
    ...r.byStatus.map((s): [string, number] => [`状态：${STATUS_LABEL[s.status]}`, s.count]),
    ...r.byChannel.map((c): [string, number] => [`渠道：${CHANNEL_LABEL[c.channel]}`, c.count]),
  ];
  overview.addRow(["项目", "数值"]).font = { bold: true };
  for (const row of rows) overview.addRow(row);

  const items = tableSheet(wb, "按事项", [
    { header: "事项名称", key: "itemName", width: 34 },
    { header: "类别", key: "category", width: 14 },
    { header: "受理", key: "submitted", width: 8 },
    ...(Object.keys(STATUS_LABEL) as (keyof typeof STATUS_LABEL)[]).map((s) => ({ header: STATUS_LABEL[s], key: s, width: 10 })),
    { header: "超期未办结", key: "overdueOpen", width: 12 },
  ]);
  for (const i of r.byItem) items.addRow({ itemName: i.itemName, category: CATEGORY_LABEL[i.category], submitted: i.submitted, ...i.byStatus, overdueOpen: i.overdueOpen });

  const communities = tableSheet(wb, "按社区", [
    { header: "村（社区）", key: "communityName", width: 16 },
    { header: "受理", key: "submitted", width: 8 },
    { header: "办结", key: "closed", width: 8 },
    { header: "按时办结", key: "closedOnTime", width: 10 },
    { header: "按时办结率", key: "onTimeRate", width: 12 },
    { header: "评价数", key: "ratingCount", width: 8 },
    { header: "平均评分", key: "averageRating", width: 10 },
    { header: "来访/意见", key: "visits", width: 10 },
  ]);
  for (const c of r.byCommunity) communities.addRow({ ...c, onTimeRate: percentText(c.onTimeRate), averageRating: c.averageRating ?? "—" });

  return workbookBytes(wb);
}
