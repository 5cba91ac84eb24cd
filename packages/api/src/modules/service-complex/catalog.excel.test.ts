import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { UserError } from "../../shared/errors.js";
import { catalogWorkbook, readCatalogWorkbook, type CatalogSheetRow } from "./catalog.excel.js";

const row = (over: Partial<CatalogSheetRow> = {}): CatalogSheetRow => ({
  code: "JH001",
  name: "居住证明开具",
  category: "BASIC",
  windowKind: "COMPREHENSIVE_GOVERNANCE",
  materials: ["身份证", "户口簿或租赁合同"],
  timeLimitDays: 1,
  onlineAllowed: true,
  proxyAllowed: false,
  description: null,
  active: true,
  ...over,
});

async function sheet(rows: unknown[][], header = ["编码", "事项名称", "类别", "办理窗口", "所需材料", "承诺时限（工作日）", "可网上办理", "可代办", "说明", "状态"]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("服务事项");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

async function issues(base64: string) {
  try {
    await readCatalogWorkbook(base64);
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).issues.map((i) => `${i.field}:${i.code}`);
  }
  throw new Error("the workbook was accepted");
}

describe("catalog workbook", () => {
  it("reads back what it writes", async () => {
    const rows = [row(), row({ code: null, name: "法律咨询", category: "CONVENIENCE", windowKind: "MEDIATION", materials: [], timeLimitDays: 0, onlineAllowed: false, active: false, description: "每周三下午律师坐班" })];
    const back = await readCatalogWorkbook((await catalogWorkbook("测试", rows)).toString("base64"));
    expect(back.map((r) => r.rowNumber)).toEqual([2, 3]);
    expect(back.map((r) => r.data)).toEqual(rows.map(({ source: _s, ...r }) => r));
  });

  it("accepts labels as people type them: 即办, 是/否, materials one per line or separated by ；", async () => {
    const back = await readCatalogWorkbook(await sheet([["", " 高龄津贴申领 ", "基本公共服务", "民政救助", "身份证；户口簿\n银行卡", "即办", "是", "Y", "", ""]]));
    expect(back[0]!.data).toMatchObject({ name: "高龄津贴申领", category: "BASIC", windowKind: "CIVIL_AFFAIRS", materials: ["身份证", "户口簿", "银行卡"], timeLimitDays: 0, onlineAllowed: true, proxyAllowed: true, active: true, code: null });
  });

  it("names every bad cell by its spreadsheet row, skipping blank rows", async () => {
    const bad = await sheet([
      ["", "好事项", "便民服务", "综合受理", "", 2, "", "", "", ""],
      [],
      ["", "", "便民服务", "综合受理", "", 2, "", "", "", ""],
      ["", "坏窗口", "便民服务", "办公室", "", 2, "", "", "", ""],
      ["", "小数时限", "便民服务", "综合受理", "", 1.5, "", "", "", ""],
      ["", "无时限", "", "综合受理", "", "", "", "", "", ""],
      ["", "坏状态", "便民服务", "综合受理", "", 1, "", "", "", "作废"],
      ["JH1", "好事项", "便民服务", "综合受理", "", 2, "", "", "", ""],
    ]);
    expect(await issues(bad)).toEqual([
      "file.row.4.name:REQUIRED",
      "file.row.5.windowKind:INVALID",
      "file.row.6.timeLimitDays:INVALID",
      "file.row.7.category:REQUIRED",
      "file.row.7.timeLimitDays:REQUIRED",
      "file.row.8.active:INVALID",
      "file.row.9.name:DUPLICATE",
    ]);
  });

  it("refuses files that are not a catalog", async () => {
    expect(await issues(await sheet([], ["名称", "时限"]))).toEqual(["file.header:INVALID"]);
    expect(await issues(await sheet([]))).toEqual(["input.contentBase64:INVALID"]);
    expect(await issues(Buffer.from("hello").toString("base64"))).toEqual(["input.contentBase64:INVALID"]);
    expect(await issues("")).toEqual(["input.contentBase64:INVALID"]);
  });
});
