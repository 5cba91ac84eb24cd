// The project portfolio of a community, street or district in the contract, and its Excel export.
// Roll-up money figures are Float (whole fen): a district's sums can exceed GraphQL's 32-bit Int.
import { builder } from "../../builder.js";
import { toGlobalId } from "../../shared/ids.js";
import { toExcelFile } from "../../shared/excel.js";
import { ExcelFileRef } from "../../shared/excel.type.js";
import { BeneficiaryGroupEnum, ProjectStatusEnum } from "./enums.type.js";
import { portfolioWorkbook } from "./portfolio.excel.js";
import { projectPortfolio, type CommunityFunds, type Funds, type Portfolio, type TypeFunds } from "./portfolio.service.js";

const StatusCount = builder.objectRef<Funds["byStatus"][number]>("ProjectStatusCount").implement({
  fields: (t) => ({ status: t.expose("status", { type: ProjectStatusEnum }), count: t.exposeInt("count") }),
});
const GroupCount = builder.objectRef<Portfolio["beneficiaries"][number]>("BeneficiaryGroupCount").implement({
  fields: (t) => ({ group: t.expose("group", { type: BeneficiaryGroupEnum }), count: t.exposeInt("count") }),
});

const NodeKind = builder.enumType("ProjectPortfolioNodeKind", { values: ["COMMUNITY", "STREET", "DISTRICT"] as const });

const CommunityRowRef = builder.objectRef<CommunityFunds>("ProjectPortfolioCommunity").implement({
  description: "One community's projects and funds.",
  fields: (t) => ({
    communityId: t.id({ resolve: (r) => toGlobalId("Community", r.communityId) }),
    communityName: t.exposeString("communityName"),
    projectCount: t.exposeInt("projectCount"),
    byStatus: t.field({ type: [StatusCount], resolve: (r) => r.byStatus }),
    budgetedFen: t.expose("budgetedFen", { type: "Money", description: "Budget of approved (and later) projects, in whole fen." }),
    spentFen: t.expose("spentFen", { type: "Money", description: "Spent on approved (and later) projects, in whole fen." }),
    receivedSponsorshipFen: t.expose("receivedSponsorshipFen", { type: "Money" }),
    burnRate: t.exposeFloat("burnRate", { nullable: true }),
    beneficiaryTotal: t.exposeInt("beneficiaryTotal"),
    overdueProjectCount: t.exposeInt("overdueProjectCount"),
    overspentProjectCount: t.exposeInt("overspentProjectCount"),
    averageSatisfaction: t.exposeFloat("averageSatisfaction", { nullable: true }),
  }),
});

const TypeRowRef = builder.objectRef<TypeFunds>("ProjectPortfolioType").implement({
  description: "Projects of one type name (e.g. 四点半课堂) across the communities covered.",
  fields: (t) => ({
    typeName: t.exposeString("typeName"),
    projectCount: t.exposeInt("projectCount"),
    budgetedFen: t.expose("budgetedFen", { type: "Money" }),
    spentFen: t.expose("spentFen", { type: "Money" }),
    beneficiaryTotal: t.exposeInt("beneficiaryTotal"),
  }),
});

const PortfolioRef = builder.objectRef<Portfolio>("ProjectPortfolio").implement({
  description:
    "特色服务项目 roll-up for a community, or over the communities of a street or district where the viewer holds project:read. Funds count projects once approved (also if cancelled later).",
  fields: (t) => ({
    nodeId: t.exposeID("nodeId", { description: "The Community or Region covered." }),
    nodeName: t.exposeString("nodeName"),
    nodeKind: t.expose("nodeKind", { type: NodeKind }),
    communityCount: t.exposeInt("communityCount"),
    projectCount: t.exposeInt("projectCount"),
    byStatus: t.field({ type: [StatusCount], description: "Projects by status (every status listed).", resolve: (p) => p.byStatus }),
    budgetedFen: t.expose("budgetedFen", { type: "Money", description: "Budget of approved (and later) projects, in whole fen." }),
    spentFen: t.expose("spentFen", { type: "Money", description: "Their spending (reversals included), in whole fen." }),
    receivedSponsorshipFen: t.expose("receivedSponsorshipFen", { type: "Money", description: "Sponsors' money arrived for projects, in whole fen." }),
    burnRate: t.exposeFloat("burnRate", { nullable: true, description: "spentFen / budgetedFen." }),
    beneficiaryTotal: t.exposeInt("beneficiaryTotal"),
    beneficiaries: t.field({ type: [GroupCount], description: "惠及人数 by group.", resolve: (p) => p.beneficiaries }),
    overdueProjectCount: t.exposeInt("overdueProjectCount", { description: "Approved or running projects with a milestone past due." }),
    overspentProjectCount: t.exposeInt("overspentProjectCount", { description: "Approved projects overspent overall or on a line." }),
    surveyResponseCount: t.exposeInt("surveyResponseCount"),
    averageSatisfaction: t.exposeFloat("averageSatisfaction", { nullable: true, description: "Residents' average score, 1–5." }),
    byCommunity: t.field({ type: [CommunityRowRef], description: "One row per community covered, by name.", resolve: (p) => p.byCommunity }),
    byType: t.field({ type: [TypeRowRef], description: "By type name, most projects first.", resolve: (p) => p.byType }),
  }),
});

builder.queryFields((t) => ({
  projectPortfolio: t.field({
    type: PortfolioRef,
    description: "The project portfolio of a community, street or district (counts by status, funds budgeted and spent, beneficiaries). Needs project:read on the node.",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id({ description: "A Community or a Region (street or district)." }) },
    resolve: (_r, args, ctx) => projectPortfolio(ctx, String(args.nodeId)),
  }),
  projectPortfolioExcel: t.field({
    type: ExcelFileRef,
    description: "The portfolio as an Excel workbook (sheets 概览, 按社区, 按类型, 项目清单; money in yuan). Needs project:read on the node.",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id() },
    resolve: async (_r, args, ctx) => {
      const p = await projectPortfolio(ctx, String(args.nodeId));
      return toExcelFile(`特色服务项目-${p.nodeName}.xlsx`, await portfolioWorkbook(p));
    },
  }),
}));
