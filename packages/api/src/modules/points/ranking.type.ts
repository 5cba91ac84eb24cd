// Rankings, red and black lists (红黑榜) and the monthly trend in the contract, and their Excel export.
import DataLoader from "dataloader";
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import type { Context } from "../../shared/context.js";
import { toGlobalId } from "../../shared/ids.js";
import { toExcelFile } from "../../shared/excel.js";
import { ExcelFileRef } from "../../shared/excel.type.js";
import { PointsAccountKindEnum, PointsPeriodKindEnum, RankingNodeKindEnum } from "./enums.type.js";
import type { Period } from "./period.rules.js";
import { rankingWorkbook } from "./ranking.excel.js";
import { pointsRanking, pointsRedBlackList, pointsTrend, type PointsRanking, type RankingNode, type RankingRow, type RedBlackList, type TrendMonth } from "./ranking.service.js";

const PeriodRef = builder.objectRef<Period>("PointsPeriod").implement({
  description: "A calendar period in China time.",
  fields: (t) => ({
    kind: t.expose("kind", { type: PointsPeriodKindEnum }),
    key: t.exposeString("key", { description: "2026-11, 2026-Q4 or 2026." }),
    label: t.exposeString("label", { description: "2026年11月, 2026年第4季度, 2026年." }),
    fromMonth: t.string({ description: "First month, YYYY-MM.", resolve: (p) => p.fromMonth.toISOString().slice(0, 7) }),
    toMonth: t.string({ description: "Last month, YYYY-MM.", resolve: (p) => new Date(Date.UTC(p.toMonth.getUTCFullYear(), p.toMonth.getUTCMonth() - 1, 1)).toISOString().slice(0, 7) }),
  }),
});

const NodeRef = builder.objectRef<RankingNode>("PointsRankingNode").implement({
  description: "What a ranking covers: a community, or a street or district over its communities.",
  fields: (t) => ({
    id: t.id({ description: "The Community or Region.", resolve: (n) => n.id }),
    name: t.exposeString("name"),
    kind: t.field({ type: RankingNodeKindEnum, resolve: (n) => n.kind }),
    communityCount: t.int({ description: "Communities covered (those where the viewer holds points:read).", resolve: (n) => n.communityIds.length }),
  }),
});

const RowRef = builder.objectRef<RankingRow>("PointsRankingRow").implement({
  description: "One account in a ranking or list.",
  fields: (t) => ({
    rank: t.exposeInt("rank", { description: "1-based; ties share a rank (1, 2, 2, 4)." }),
    accountId: t.id({ description: "The PointsAccount.", resolve: (r) => toGlobalId("PointsAccount", r.accountId) }),
    accountKind: t.expose("accountKind", { type: PointsAccountKindEnum }),
    name: t.exposeString("name", { description: "A person's name or <first member>户（<address>）." }),
    communityId: t.id({ resolve: (r) => toGlobalId("Community", r.communityId) }),
    communityName: t.exposeString("communityName"),
    awarded: t.exposeInt("awarded", { description: "Awarded in the period (less reversals)." }),
    deducted: t.exposeInt("deducted", { description: "Deducted in the period (less reversals), positive." }),
    net: t.exposeInt("net", { description: "awarded − deducted." }),
    deductions: t.prismaField({
      type: ["PointsEntry"],
      description: "The deductions (扣分) counting in the period that were not reversed, with their rules: why the account is on the black list.",
      resolve: (query, r, _a, ctx) => deductionsOf(ctx, query, r),
    }),
  }),
});

// The deductions of every row of a ranking in one statement: a per-request DataLoader (keyed by the
// period and the selection) gathers the rows' accounts and reads their entries together.
type EntryQuery = { include?: Prisma.PointsEntryInclude; select?: Prisma.PointsEntrySelect };
type Entry = Prisma.PointsEntryGetPayload<object>;
const deductionLoaders = new WeakMap<Context, Map<string, DataLoader<string, Entry[]>>>();

function deductionsOf(ctx: Context, query: EntryQuery, r: RankingRow): Promise<Entry[]> {
  let loaders = deductionLoaders.get(ctx);
  if (!loaders) deductionLoaders.set(ctx, (loaders = new Map()));
  const key = `${r.period.fromMonth.toISOString()}/${r.period.toMonth.toISOString()}/${JSON.stringify(query)}`;
  let loader = loaders.get(key);
  if (!loader) {
    // The account id groups the entries, so it is selected even when the query did not ask for it.
    const selection = query.select ? { select: { ...query.select, accountId: true } } : query;
    loader = new DataLoader<string, Entry[]>(async (accountIds) => {
      const entries = (await ctx.prisma.pointsEntry.findMany({
        ...selection,
        where: { accountId: { in: [...accountIds] }, kind: "DEDUCTION", month: { gte: r.period.fromMonth, lt: r.period.toMonth }, reversedBy: { is: null } },
        orderBy: { id: "asc" },
      })) as Entry[];
      const byAccount = new Map<string, Entry[]>(accountIds.map((id) => [id, []]));
      for (const e of entries) byAccount.get(e.accountId)?.push(e);
      return accountIds.map((id) => byAccount.get(id)!);
    });
    loaders.set(key, loader);
  }
  return loader.load(r.accountId);
}

const RankingRef = builder.objectRef<PointsRanking>("PointsRanking").implement({
  description: "积分排行 of a community, street or district for a month, quarter or year: accounts by net points (awarded − deducted), best first.",
  fields: (t) => ({
    node: t.field({ type: NodeRef, resolve: (r) => r.node }),
    period: t.field({ type: PeriodRef, resolve: (r) => r.period }),
    accountKind: t.expose("accountKind", { type: PointsAccountKindEnum, nullable: true, description: "Only persons or only households; null: both." }),
    accountCount: t.exposeInt("accountCount", { description: "Accounts that earned or lost points in the period." }),
    rows: t.field({ type: [RowRef], resolve: (r) => r.rows }),
  }),
});

const ListsRef = builder.objectRef<RedBlackList>("PointsRedBlackList").implement({
  description: "红黑榜 for a period: red = most points earned with no deduction; black = accounts with deductions (扣分), most first, with the entries why.",
  fields: (t) => ({
    node: t.field({ type: NodeRef, resolve: (r) => r.node }),
    period: t.field({ type: PeriodRef, resolve: (r) => r.period }),
    accountKind: t.expose("accountKind", { type: PointsAccountKindEnum, nullable: true }),
    red: t.field({ type: [RowRef], resolve: (r) => r.red }),
    black: t.field({ type: [RowRef], resolve: (r) => r.black }),
  }),
});

const TrendMonthRef = builder.objectRef<TrendMonth>("PointsTrendMonth").implement({
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM" }),
    awarded: t.exposeInt("awarded"),
    deducted: t.exposeInt("deducted"),
    spent: t.exposeInt("spent", { description: "Redeemed in the store (less refunds)." }),
    activeAccounts: t.exposeInt("activeAccounts", { description: "Accounts (persons or households) that earned or lost points: participation." }),
  }),
});
type Trend = Awaited<ReturnType<typeof pointsTrend>>;
const TrendRef = builder.objectRef<Trend>("PointsTrend").implement({
  description: "Points month by month over a period, for charts: every month of the period listed.",
  fields: (t) => ({
    node: t.field({ type: NodeRef, resolve: (r) => r.node }),
    period: t.field({ type: PeriodRef, resolve: (r) => r.period }),
    months: t.field({ type: [TrendMonthRef], resolve: (r) => r.months }),
  }),
});

const rankingArgs = (t: Parameters<Parameters<typeof builder.queryFields>[0]>[0]) => ({
  nodeId: t.arg.id({ description: "A Community, or a Region (street or district) to rank across its communities." }),
  period: t.arg.string({ description: "2026-11 (month), 2026-Q4 (quarter) or 2026 (year), China calendar." }),
  accountKind: t.arg({ type: PointsAccountKindEnum, required: false, description: "Only persons or only households." }),
  first: t.arg.int({ required: false, description: "How many places (default 20, at most 100)." }),
});

builder.queryFields((t) => ({
  pointsRanking: t.field({
    type: RankingRef,
    description: "积分排行 for a period. Needs points:read on the node (a street or district ranks over its communities where the viewer holds it).",
    authScopes: { loggedIn: true },
    args: rankingArgs(t),
    resolve: (_r, args, ctx) => pointsRanking(ctx, { ...args, nodeId: String(args.nodeId) }),
  }),
  pointsRedBlackList: t.field({
    type: ListsRef,
    description: "红黑榜 for a period. Needs points:read on the node.",
    authScopes: { loggedIn: true },
    args: rankingArgs(t),
    resolve: (_r, args, ctx) => pointsRedBlackList(ctx, { ...args, nodeId: String(args.nodeId) }),
  }),
  pointsTrend: t.field({
    type: TrendRef,
    description: "Points awarded, deducted and spent month by month over a period (e.g. 2026 for twelve months), and participating accounts. Needs points:read on the node.",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id(), period: t.arg.string({ description: "2026-11, 2026-Q4 or 2026." }), accountKind: t.arg({ type: PointsAccountKindEnum, required: false }) },
    resolve: (_r, args, ctx) => pointsTrend(ctx, { ...args, nodeId: String(args.nodeId) }),
  }),
  pointsRankingExcel: t.field({
    type: ExcelFileRef,
    description: "The ranking and the red and black lists as an Excel workbook (sheets 积分排行, 红榜, 黑榜).",
    authScopes: { loggedIn: true },
    args: rankingArgs(t),
    resolve: async (_r, args, ctx) => {
      const a = { ...args, nodeId: String(args.nodeId) };
      const ranking = await pointsRanking(ctx, a);
      const lists = await pointsRedBlackList(ctx, a);
      return toExcelFile(`积分排行-${ranking.node.name}-${ranking.period.key}.xlsx`, await rankingWorkbook(ranking, lists));
    },
  }),
}));
