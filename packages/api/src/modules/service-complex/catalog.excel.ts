// The catalog as an Excel workbook (.xlsx, via exceljs): one sheet 服务事项, a header row, one item
// per row. Reading validates every row and reports each problem as `file.row.<n>.<field>` (n is the
// spreadsheet's own row number); nothing is applied unless every row is valid.
import { type ExcelJS, exportWorkbook, newWorkbook, tableSheet, workbookBytes } from "../../shared/excel.js";
import { UserError, type FieldIssue } from "../../shared/errors.js";
import { itemInput, type ITEM_CATEGORIES, type ItemData, type WINDOW_KINDS } from "./service.validation.js";

export const CATEGORY_LABEL: Record<(typeof ITEM_CATEGORIES)[number], string> = { BASIC: "基本公共服务", ENHANCED: "增益性服务", CONVENIENCE: "便民服务" };
export const WINDOW_LABEL: Record<(typeof WINDOW_KINDS)[number], string> = {
  PARTY_SERVICE: "党群服务",
  CIVIL_AFFAIRS: "民政救助",
  SOCIAL_SECURITY: "社会保障",
  FAMILY_PLANNING: "计生服务",
  COMPREHENSIVE_GOVERNANCE: "综合治理",
  MEDIATION: "人民调解",
  PROXY_SERVICE: "帮办代办",
  GENERAL: "综合受理",
};

type Column = "code" | "name" | "category" | "windowKind" | "materials" | "timeLimitDays" | "onlineAllowed" | "proxyAllowed" | "description" | "active" | "source";
const COLUMNS: { key: Column; header: string; aliases: string[]; width: number }[] = [
  { key: "code", header: "编码", aliases: ["编码", "事项编码", "code"], width: 12 },
  { key: "name", header: "事项名称", aliases: ["事项名称", "名称", "name"], width: 34 },
  { key: "category", header: "类别", aliases: ["类别", "事项类别", "category"], width: 14 },
  { key: "windowKind", header: "办理窗口", aliases: ["办理窗口", "窗口", "windowkind"], width: 12 },
  { key: "materials", header: "所需材料（每行一项）", aliases: ["所需材料", "材料", "materials"], width: 40 },
  { key: "timeLimitDays", header: "承诺时限（工作日）", aliases: ["承诺时限", "时限", "timelimitdays"], width: 12 },
  { key: "onlineAllowed", header: "可网上办理", aliases: ["可网上办理", "网上办理", "onlineallowed"], width: 10 },
  { key: "proxyAllowed", header: "可代办", aliases: ["可代办", "代办", "proxyallowed"], width: 10 },
  { key: "description", header: "说明", aliases: ["说明", "备注", "description"], width: 30 },
  { key: "active", header: "状态", aliases: ["状态", "active"], width: 8 },
  { key: "source", header: "来源（导入时忽略）", aliases: ["来源"], width: 12 },
];
const REQUIRED_COLUMNS: Column[] = ["name", "category", "windowKind", "timeLimitDays"];
export const MAX_IMPORT_ROWS = 2000;
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

export interface CatalogSheetRow extends Omit<ItemData, "code" | "description"> {
  code: string | null;
  description: string | null;
  active: boolean;
  source?: string;
}

export async function catalogWorkbook(title: string, rows: CatalogSheetRow[]): Promise<Buffer> {
  const wb = await exportWorkbook(title);
  const ws = tableSheet(wb, "服务事项", COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width })));
  for (const r of rows) {
    const row = ws.addRow({
      code: r.code ?? "",
      name: r.name,
      category: CATEGORY_LABEL[r.category],
      windowKind: WINDOW_LABEL[r.windowKind],
      materials: r.materials.join("\n"),
      timeLimitDays: r.timeLimitDays,
      onlineAllowed: r.onlineAllowed ? "是" : "否",
      proxyAllowed: r.proxyAllowed ? "是" : "否",
      description: r.description ?? "",
      active: r.active ? "启用" : "停用",
      source: r.source ?? "",
    });
    row.getCell("materials").alignment = { wrapText: true, vertical: "top" };
  }
  return workbookBytes(wb);
}

const norm = (s: string) => s.replace(/[\s（）()]/g, "").toLowerCase();
const fromLabel = <K extends string>(labels: Record<K, string>, v: string): K | null => {
  const key = (Object.keys(labels) as K[]).find((k) => labels[k] === v || k === v.toUpperCase());
  return key ?? null;
};
const YES = new Set(["是", "可", "y", "yes", "true", "1", "√", "✓"]);
const NO = new Set(["否", "不可", "n", "no", "false", "0", "×", ""]);

export interface ParsedCatalogRow {
  rowNumber: number;
  data: ItemData & { active: boolean };
}

/** Read and validate a catalog workbook; throws one UserError listing every bad cell. */
export async function readCatalogWorkbook(contentBase64: string, field = "input.contentBase64"): Promise<ParsedCatalogRow[]> {
  const bytes = Buffer.from(contentBase64.replace(/\s/g, ""), "base64");
  if (bytes.length === 0 || bytes.length > MAX_IMPORT_BYTES) throw new UserError("INVALID", `文件为空或超过${MAX_IMPORT_BYTES / 1048576}MB (empty or too large)`, field);
  const wb = await newWorkbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UserError("INVALID", "不是有效的 Excel (.xlsx) 文件 (not an .xlsx workbook)", field);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new UserError("INVALID", "工作簿中没有工作表 (no worksheet)", field);

  const colOf = new Map<Column, number>();
  ws.getRow(1).eachCell((cell, col) => {
    const h = norm(cell.text);
    const c = COLUMNS.find((x) => x.aliases.some((a) => h.startsWith(norm(a))));
    if (c && !colOf.has(c.key)) colOf.set(c.key, col);
  });
  const missing = REQUIRED_COLUMNS.filter((c) => !colOf.has(c));
  if (missing.length) {
    const labels = missing.map((c) => COLUMNS.find((x) => x.key === c)!.header).join("、");
    throw new UserError("INVALID", `第1行表头缺少：${labels} (missing header columns)`, "file.header");
  }

  const issues: FieldIssue[] = [];
  const out: ParsedCatalogRow[] = [];
  const seen = new Map<string, number>();
  const seenCodes = new Map<string, number>();
  if (ws.rowCount - 1 > MAX_IMPORT_ROWS) throw new UserError("INVALID", `一次最多导入${MAX_IMPORT_ROWS}行 (at most ${MAX_IMPORT_ROWS} rows)`, field);
  for (let r = 2; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const text = (c: Column) => (colOf.has(c) ? row.getCell(colOf.get(c)!).text.trim() : "");
    if (COLUMNS.every((c) => c.key === "source" || text(c.key) === "")) continue; // blank row
    const at = (f: string) => `file.row.${r}.${f}`;
    const bad = (f: string, message: string, code: FieldIssue["code"] = "INVALID") => issues.push({ field: at(f), message: `第${r}行：${message}`, code });
    const flag = (c: Column, fallback: boolean) => {
      const v = text(c).toLowerCase();
      if (v === "") return fallback;
      if (YES.has(v)) return true;
      if (NO.has(v)) return false;
      bad(c, `应填“是”或“否”，不是“${text(c)}” (yes or no)`);
      return fallback;
    };
    const category = fromLabel(CATEGORY_LABEL, text("category"));
    if (!category) bad("category", text("category") ? `未知类别“${text("category")}”，应为${Object.values(CATEGORY_LABEL).join("/")}` : "类别不能为空 (required)", text("category") ? "INVALID" : "REQUIRED");
    const windowKind = fromLabel(WINDOW_LABEL, text("windowKind"));
    if (!windowKind) bad("windowKind", text("windowKind") ? `未知窗口“${text("windowKind")}”，应为${Object.values(WINDOW_LABEL).join("/")}` : "办理窗口不能为空 (required)", text("windowKind") ? "INVALID" : "REQUIRED");
    const limitText = text("timeLimitDays").replace(/个?工作日$/, "");
    const timeLimitDays = limitText === "即办" ? 0 : limitText === "" ? Number.NaN : Number(limitText);
    const status = text("active");
    const active = status === "" || status === "启用" ? true : status === "停用" ? false : flag("active", true);
    const candidate = {
      code: text("code") || null,
      name: text("name"),
      category: category ?? "BASIC",
      windowKind: windowKind ?? "GENERAL",
      materials: text("materials").split(/[\n\r；;]+/).map((m) => m.trim()).filter(Boolean),
      timeLimitDays,
      onlineAllowed: flag("onlineAllowed", false),
      proxyAllowed: flag("proxyAllowed", false),
      description: text("description") || null,
    };
    const parsed = itemInput.safeParse(candidate);
    if (!parsed.success) {
      for (const i of parsed.error.issues) {
        const f = String(i.path[0] ?? "row");
        const required = f === "name" && candidate.name === "";
        bad(f, f === "timeLimitDays" && limitText === "" ? "承诺时限不能为空 (required)" : i.message, required || (f === "timeLimitDays" && limitText === "") ? "REQUIRED" : "INVALID");
      }
      continue;
    }
    const prev = seen.get(parsed.data.name);
    if (prev) bad("name", `事项名称与第${prev}行重复 (duplicate of row ${prev})`, "DUPLICATE");
    seen.set(parsed.data.name, r);
    const prevCode = parsed.data.code ? seenCodes.get(parsed.data.code) : undefined;
    if (prevCode) bad("code", `编码与第${prevCode}行重复 (duplicate of row ${prevCode})`, "DUPLICATE");
    if (parsed.data.code) seenCodes.set(parsed.data.code, r);
    if (category && windowKind) out.push({ rowNumber: r, data: { ...parsed.data, active } });
  }
  if (issues.length) {
    issues.sort((a, b) => Number(a.field!.split(".")[2]) - Number(b.field!.split(".")[2]));
    const first = issues[0]!;
    throw new UserError(first.code, first.message, first.field, issues);
  }
  if (out.length === 0) throw new UserError("INVALID", "文件中没有服务事项 (no item rows)", field);
  return out;
}
