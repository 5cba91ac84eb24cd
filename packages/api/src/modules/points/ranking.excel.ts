// Rankings and the red and black lists as an Excel workbook: 积分排行, 红榜, 黑榜.
import { type ExcelJS, exportWorkbook, tableSheet, workbookBytes } from "../../shared/excel.js";
import type { PointsRanking, RankingRow, RedBlackList } from "./ranking.service.js";

const KIND_LABEL = { PERSON: "个人", HOUSEHOLD: "户" } as const;

function sheet(wb: ExcelJS.Workbook, name: string, rows: RankingRow[], multiCommunity: boolean) {
  const ws = tableSheet(wb, name, [
    { header: "名次", key: "rank", width: 6 },
    { header: "姓名/户", key: "name", width: 28 },
    { header: "类型", key: "kind", width: 6 },
    ...(multiCommunity ? [{ header: "村（社区）", key: "communityName", width: 14 }] : []),
    { header: "加分", key: "awarded", width: 8 },
    { header: "扣分", key: "deducted", width: 8 },
    { header: "净积分", key: "net", width: 8 },
  ]);
  for (const r of rows) ws.addRow({ ...r, kind: KIND_LABEL[r.accountKind] });
}

export async function rankingWorkbook(ranking: PointsRanking, lists: RedBlackList): Promise<Buffer> {
  const wb = await exportWorkbook(`${ranking.node.name} ${ranking.period.label} 积分排行`);
  const multi = ranking.node.kind !== "COMMUNITY";
  sheet(wb, "积分排行", ranking.rows, multi);
  sheet(wb, "红榜", lists.red, multi);
  sheet(wb, "黑榜", lists.black, multi);
  return workbookBytes(wb);
}
