// The region overview as an Excel workbook (the cockpit's export): regionOverviewExcel.
import { builder } from "../../builder.js";
import { toExcelFile } from "../../shared/excel.js";
import { ExcelFileRef } from "../../shared/excel.type.js";
import { overviewWorkbook } from "./indicators.excel.js";
import { regionOverview } from "./indicators.service.js";

builder.queryFields((t) => ({
  regionOverviewExcel: t.field({
    type: ExcelFileRef,
    description:
      "regionOverview as an Excel workbook: sheet 概览 (coverage and headline figures), then one sheet per capability (1 党群服务, 2a 协商议事, 2b 志愿服务, N 特色项目) with a row per community grouped by street, each street's subtotal and the total. Needs report:read on the node.",
    authScopes: { loggedIn: true },
    args: {
      nodeId: t.arg.id({ description: "A Region (district or street) or a Community." }),
      period: t.arg.string({ description: `A China calendar month "2026-11", quarter "2026-Q4" or year "2026".` }),
    },
    resolve: async (_r, args, ctx) => {
      const o = await regionOverview(ctx, String(args.nodeId), args.period);
      return toExcelFile(`1+2+N指标-${o.node.name}-${o.period.key}.xlsx`, await overviewWorkbook(o));
    },
  }),
}));
