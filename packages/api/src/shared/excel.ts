// The Excel helper: workbooks are made with exceljs, which takes most of a second to import, so it
// is loaded the first time a workbook is made or read, not when the server starts. A workbook goes
// to a client as an ExcelFile (base64; its GraphQL type is shared/excel.type.ts).
import type * as ExcelJS from "exceljs";

export type { ExcelJS };

let loading: Promise<typeof ExcelJS> | undefined;

/** The exceljs module, imported on first use. */
export function loadExcel(): Promise<typeof ExcelJS> {
  loading ??= import("exceljs").then((m) => ((m as { default?: typeof ExcelJS }).default ?? m) as typeof ExcelJS);
  return loading;
}

/** A new, empty workbook. */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { Workbook } = await loadExcel();
  return new Workbook();
}

/** A new workbook for an export, made by 共治 Gongzhi, with its title. */
export async function exportWorkbook(title: string): Promise<ExcelJS.Workbook> {
  const wb = await newWorkbook();
  wb.creator = "共治 Gongzhi";
  wb.title = title;
  return wb;
}

/** A sheet of rows under a bold header row that stays in view (frozen). */
export function tableSheet(wb: ExcelJS.Workbook, name: string, columns: Partial<ExcelJS.Column>[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.columns = columns;
  ws.getRow(1).font = { bold: true };
  return ws;
}

/** The workbook's .xlsx bytes. */
export const workbookBytes = async (wb: ExcelJS.Workbook): Promise<Buffer> => Buffer.from(await wb.xlsx.writeBuffer());

/** A ratio as a percentage with one decimal ("12.5%"), "—" for none. */
export const percentText = (v: number | null) => (v === null ? "—" : `${(v * 100).toFixed(1)}%`);

/** A workbook as the contract carries it (the ExcelFile type). */
export interface ExcelFile {
  filename: string;
  mimeType: string;
  contentBase64: string;
  size: number;
}
export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook's bytes as an ExcelFile named `filename`. */
export const toExcelFile = (filename: string, buffer: ArrayBuffer | Uint8Array): ExcelFile => {
  const bytes = Buffer.from(buffer instanceof Uint8Array ? buffer : new Uint8Array(buffer));
  return { filename, mimeType: XLSX_MIME, contentBase64: bytes.toString("base64"), size: bytes.length };
};
