// The ExcelFile type of the contract: every export (catalogs, reports, rankings, portfolios) answers with it.
import { builder } from "../builder.js";
import type { ExcelFile } from "./excel.js";

export const ExcelFileRef = builder.objectRef<ExcelFile>("ExcelFile").implement({
  description: "An Excel workbook (.xlsx), base64-encoded: decode contentBase64 and save it as filename.",
  fields: (t) => ({
    filename: t.exposeString("filename", { description: "A suggested file name, e.g. 服务事项清单-江翠社区.xlsx." }),
    mimeType: t.exposeString("mimeType"),
    contentBase64: t.exposeString("contentBase64", { description: "The workbook's bytes, base64." }),
    size: t.exposeInt("size", { description: "Size in bytes (decoded)." }),
  }),
});
