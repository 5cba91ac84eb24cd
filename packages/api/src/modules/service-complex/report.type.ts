// The monthly service report in the contract, and its Excel export.
import { builder } from "../../builder.js";
import { toExcelFile } from "../../shared/excel.js";
import { ExcelFileRef } from "../../shared/excel.type.js";
import { ServiceItemCategoryEnum, ServiceTicketChannelEnum, ServiceTicketStatusEnum, ServiceVisitKindEnum } from "./enums.type.js";
import { reportWorkbook } from "./report.excel.js";
import { serviceReport, type CommunityRow, type ItemRow, type ServiceReport } from "./report.service.js";
import { toGlobalId } from "../../shared/ids.js";

const StatusCount = builder.objectRef<{ status: ItemRow["byStatus"] extends Record<infer K, number> ? K : never; count: number }>("ServiceTicketStatusCount").implement({
  fields: (t) => ({ status: t.expose("status", { type: ServiceTicketStatusEnum }), count: t.exposeInt("count") }),
});
const ChannelCount = builder.objectRef<ServiceReport["byChannel"][number]>("ServiceTicketChannelCount").implement({
  fields: (t) => ({ channel: t.expose("channel", { type: ServiceTicketChannelEnum }), count: t.exposeInt("count") }),
});
const VisitKindCount = builder.objectRef<ServiceReport["visitsByKind"][number]>("ServiceVisitKindCount").implement({
  fields: (t) => ({ kind: t.expose("kind", { type: ServiceVisitKindEnum }), count: t.exposeInt("count") }),
});

const ItemRowRef = builder.objectRef<ItemRow>("ServiceReportItemRow").implement({
  description: "Tickets submitted in the month for one item (grouped by the item's name), by their status now.",
  fields: (t) => ({
    itemName: t.exposeString("itemName"),
    category: t.expose("category", { type: ServiceItemCategoryEnum }),
    submitted: t.exposeInt("submitted"),
    byStatus: t.field({ type: [StatusCount], resolve: (r) => (Object.entries(r.byStatus) as [keyof ItemRow["byStatus"], number][]).map(([status, count]) => ({ status, count })) }),
    overdueOpen: t.exposeInt("overdueOpen", { description: "Of these, still open and past due now." }),
  }),
});

const CommunityRowRef = builder.objectRef<CommunityRow>("ServiceReportCommunityRow").implement({
  description: "One community's figures for the month.",
  fields: (t) => ({
    communityId: t.id({ resolve: (r) => toGlobalId("Community", r.communityId) }),
    communityName: t.exposeString("communityName"),
    submitted: t.exposeInt("submitted"),
    closed: t.exposeInt("closed"),
    closedOnTime: t.exposeInt("closedOnTime"),
    onTimeRate: t.exposeFloat("onTimeRate", { nullable: true }),
    averageRating: t.exposeFloat("averageRating", { nullable: true }),
    ratingCount: t.exposeInt("ratingCount"),
    visits: t.exposeInt("visits"),
  }),
});

const NodeKind = builder.enumType("ServiceReportNodeKind", { values: ["COMMUNITY", "STREET", "DISTRICT"] as const });

const ReportRef = builder.objectRef<ServiceReport>("ServiceReport").implement({
  description:
    "A month of the service complex (China calendar month) for a community, or rolled up over the communities of a street or district where the viewer holds report:read.",
  fields: (t) => ({
    nodeId: t.exposeID("nodeId", { description: "The Community or Region reported on." }),
    nodeName: t.exposeString("nodeName"),
    nodeKind: t.expose("nodeKind", { type: NodeKind }),
    month: t.exposeString("month", { description: "YYYY-MM" }),
    from: t.expose("from", { type: "DateTime", description: "Start of the month, China time, in UTC." }),
    to: t.expose("to", { type: "DateTime", description: "Start of the next month (exclusive)." }),
    communityCount: t.exposeInt("communityCount"),
    submitted: t.exposeInt("submitted", { description: "Tickets submitted in the month." }),
    closed: t.exposeInt("closed", { description: "Tickets closed in the month (whenever submitted)." }),
    closedOnTime: t.exposeInt("closedOnTime", { description: "Of those closed in the month, closed by their deadline." }),
    onTimeRate: t.exposeFloat("onTimeRate", { nullable: true, description: "closedOnTime / closed, 0–1; null when nothing closed." }),
    late: t.exposeInt("late", { description: "Tickets submitted in the month that were closed late or are open past their deadline." }),
    averageRating: t.exposeFloat("averageRating", { nullable: true, description: "Average of the ratings given in the month (1–5)." }),
    ratingCount: t.exposeInt("ratingCount"),
    visits: t.exposeInt("visits", { description: "Ledger entries (visits, opinions, complaints, questions) of the month." }),
    visitsByKind: t.field({ type: [VisitKindCount], resolve: (r) => r.visitsByKind }),
    byStatus: t.field({ type: [StatusCount], description: "Tickets submitted in the month, by their status now.", resolve: (r) => r.byStatus }),
    byChannel: t.field({ type: [ChannelCount], resolve: (r) => r.byChannel }),
    byItem: t.field({ type: [ItemRowRef], description: "Most requested first.", resolve: (r) => r.byItem }),
    byCommunity: t.field({ type: [CommunityRowRef], description: "One row per community covered, by name.", resolve: (r) => r.byCommunity }),
  }),
});

builder.queryFields((t) => ({
  serviceReport: t.field({
    type: ReportRef,
    description: "The monthly service report of a community, street or district. Needs report:read on the node.",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id({ description: "A Community or a Region (street or district)." }), month: t.arg.string({ description: "YYYY-MM, e.g. 2026-11" }) },
    resolve: (_r, args, ctx) => serviceReport(ctx, String(args.nodeId), args.month),
  }),
  serviceReportExcel: t.field({
    type: ExcelFileRef,
    description: "The monthly service report as an Excel workbook (sheets 概览, 按事项, 按社区).",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id(), month: t.arg.string({ description: "YYYY-MM" }) },
    resolve: async (_r, args, ctx) => {
      const report = await serviceReport(ctx, String(args.nodeId), args.month);
      return toExcelFile(`服务月报-${report.nodeName}-${report.month}.xlsx`, await reportWorkbook(report));
    },
  }),
}));
