// exceljs takes most of a second to import: it is loaded the first time a workbook is made or
// read, not when the server starts.
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
