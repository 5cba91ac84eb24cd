// Rankings (积分排行), the red and black lists (红黑榜) and the monthly trend, for a community or all
// communities of a street or district where the viewer holds points:read. Read from PointsMonthly
// (one row per account and month), so a year's ranking sums at most twelve rows per account
// whatever the number of entries.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { Prisma } from "../../generated/prisma/client.js";
import { canAtPath, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import type { Db } from "../../shared/service.js";
import { monthKey, monthsOf, parsePeriod, type Period } from "./period.rules.js";

export type AccountKind = "PERSON" | "HOUSEHOLD";
export const MAX_RANKING = 100;

export interface RankingNode {
  id: string;
  name: string;
  kind: "COMMUNITY" | "STREET" | "DISTRICT";
  communityIds: string[];
  communityNames: Map<string, string>;
}

export interface RankingRow {
  rank: number;
  accountId: string;
  accountKind: AccountKind;
  communityId: string;
  communityName: string;
  name: string;
  awarded: number;
  deducted: number;
  net: number;
  /** For the black list: the months the deductions count in. */
  period: Period;
}

export interface PointsRanking {
  node: RankingNode;
  period: Period;
  accountKind: AccountKind | null;
  accountCount: number;
  rows: RankingRow[];
}

export interface RedBlackList {
  node: RankingNode;
  period: Period;
  accountKind: AccountKind | null;
  red: RankingRow[];
  black: RankingRow[];
}

/** A community ranked by id whose name, path and the viewer's grant are still to be checked: the ranking statement reads them (one statement less). */
interface PendingCommunity {
  pending: true;
  id: string;
  gid: string;
  field: string;
}

/** A Community or Region the viewer holds points:read on, with the communities it covers. */
export async function rankingNode(ctx: Context, nodeId: string, field = "nodeId"): Promise<RankingNode> {
  const target = await rankingTarget(ctx, nodeId, field);
  if (!("pending" in target)) return target;
  const c = await ctx.prisma.community.findUnique({ where: { id: target.id }, select: { name: true, path: true } });
  return confirmCommunity(ctx, target, c ? { nodeName: c.name, nodePath: c.path } : undefined);
}

/** The node to rank: a region resolved with the communities below it the viewer reads; a community only parsed (see PendingCommunity). */
async function rankingTarget(ctx: Context, nodeId: string, field: string): Promise<RankingNode | PendingCommunity> {
  const id = parseId(field, nodeId, "Community", "Region");
  if (decodeGlobalID(nodeId).typename === "Community") return { pending: true, id, gid: toGlobalId("Community", id), field };
  const r = await ctx.prisma.region.findUnique({ where: { id }, select: { id: true, name: true, path: true, kind: true } });
  if (!r || !canAtPath(ctx, "points:read", r.path)) throw notFound(field, "区/街道");
  const communities = await ctx.prisma.community.findMany({
    where: { AND: [{ path: { startsWith: r.path } }, communityScope(ctx, "points:read")] },
    select: { id: true, name: true },
  });
  return { id: toGlobalId("Region", r.id), name: r.name, kind: r.kind, communityIds: communities.map((c) => c.id), communityNames: new Map(communities.map((c) => [c.id, c.name])) };
}

/** A community ranks only itself, once it exists and the viewer holds points:read there; else NOT_FOUND (whatever was read is dropped). */
function confirmCommunity(ctx: Context, c: PendingCommunity, found: { nodeName: string | null; nodePath: string | null } | undefined): RankingNode {
  if (!found?.nodeName || !found.nodePath || !canAtPath(ctx, "points:read", found.nodePath, c.id)) throw notFound(c.field, "社区");
  return { id: c.gid, name: found.nodeName, kind: "COMMUNITY", communityIds: [c.id], communityNames: new Map([[c.id, found.nodeName]]) };
}

const communityIdsOf = (n: RankingNode | PendingCommunity) => ("pending" in n ? [n.id] : n.communityIds);

const day = (d: Date) => d.toISOString().slice(0, 10);
const kindSql = (k: AccountKind | null) => (k ? Prisma.sql`AND "accountKind" = ${k}::"PointsAccountKind"` : Prisma.empty);

interface Ranked {
  accountId: string | null;
  awarded: number;
  deducted: number;
  kind: AccountKind;
  communityId: string;
  name: string;
  /** With `count`: the accounts that earned or lost points in the period (the same on every row). */
  total: number | null;
  /** For a PendingCommunity: its name and path (null when there is no such community). */
  nodeName: string | null;
  nodePath: string | null;
}

const periodWhere = (node: RankingNode | PendingCommunity, p: Period, kind: AccountKind | null) =>
  Prisma.sql`"communityId" = ANY(${communityIdsOf(node)}::uuid[]) AND "month" >= ${day(p.fromMonth)}::date AND "month" < ${day(p.toMonth)}::date ${kindSql(kind)}`;

/**
 * Per-account sums over the node's communities and the period, ordered and cut by `order`, with
 * each account's kind, community and display name (a person's name; a household as
 * "<first member>户（<address>）", as names.ts) and, with `count`, the number of accounts ranked —
 * one statement whatever the number of rows.
 */
async function ranked(db: Db, node: RankingNode | PendingCommunity, p: Period, kind: AccountKind | null, having: Prisma.Sql, order: Prisma.Sql, limit: number, count = false) {
  const where = periodWhere(node, p, kind);
  const total = count
    ? Prisma.sql`SELECT COUNT(DISTINCT "accountId")::int AS n FROM "PointsMonthly" WHERE ${where} AND ("awarded" <> 0 OR "deducted" <> 0)`
    : Prisma.sql`SELECT NULL::int AS n`;
  const lookup =
    "pending" in node
      ? Prisma.sql`SELECT "name" AS "nodeName", "path" AS "nodePath" FROM "Community" WHERE "id" = ${node.id}::uuid`
      : Prisma.sql`SELECT NULL::text AS "nodeName", NULL::text AS "nodePath"`;
  const rows = await db.$queryRaw<Ranked[]>`
    WITH s AS (
      SELECT "accountId", SUM("awarded")::int AS "awarded", SUM("deducted")::int AS "deducted",
        row_number() OVER (ORDER BY ${order}, "accountId") AS pos
      FROM "PointsMonthly" WHERE ${where}
      GROUP BY "accountId" HAVING ${having}
      ORDER BY ${order}, "accountId" LIMIT ${limit}
    ), c AS (${total}), k AS (${lookup})
    SELECT c.n AS "total", k."nodeName", k."nodePath", x.* FROM c LEFT JOIN k ON true LEFT JOIN (
      SELECT s."accountId", s."awarded", s."deducted", s.pos, a."kind"::text AS "kind", a."communityId",
        CASE WHEN a."householdId" IS NOT NULL
          THEN COALESCE(CASE WHEN m."name" IS NOT NULL THEN m."name" || '户（' || h."address" || '）' ELSE h."address" END, '（未知）')
          ELSE COALESCE(r."name", '（未知）') END AS "name"
      FROM s JOIN "PointsAccount" a ON a."id" = s."accountId"
      LEFT JOIN "Resident" r ON r."id" = a."residentId"
      LEFT JOIN "Household" h ON h."id" = a."householdId"
      LEFT JOIN LATERAL (SELECT "name" FROM "Resident" WHERE "householdId" = h."id" ORDER BY "id" LIMIT 1) m ON true
    ) x ON true
    ORDER BY x.pos`;
  return { total: rows[0]?.total ?? 0, found: rows[0], rows: rows.filter((r): r is Ranked & { accountId: string } => r.accountId !== null) };
}

/** Rows with competition ranks (1, 2, 2, 4) by `score`. */
function toRows(node: RankingNode, p: Period, sums: (Ranked & { accountId: string })[], score: (s: Ranked) => number): RankingRow[] {
  return sums.map((s, i) => ({
    rank: 1 + sums.slice(0, i).filter((x) => score(x) > score(s)).length,
    accountId: s.accountId,
    accountKind: s.kind,
    communityId: s.communityId,
    communityName: node.communityNames.get(s.communityId) ?? "",
    name: s.name,
    awarded: s.awarded,
    deducted: s.deducted,
    net: s.awarded - s.deducted,
    period: p,
  }));
}

export const limitOf = (first: number | null | undefined, field = "first") => {
  const n = first ?? 20;
  if (!Number.isInteger(n) || n < 1 || n > MAX_RANKING) throw new UserError("INVALID", `名次数为1至${MAX_RANKING} (first: 1–${MAX_RANKING})`, field);
  return n;
};

export interface RankingArgs {
  nodeId: string;
  period: string;
  accountKind?: AccountKind | null;
  first?: number | null;
}

/** 积分排行: accounts by net points (awarded less deducted) in the period, best first. */
export async function pointsRanking(ctx: Context, args: RankingArgs): Promise<PointsRanking> {
  const period = parsePeriod(args.period);
  const first = limitOf(args.first);
  const target = await rankingTarget(ctx, args.nodeId, "nodeId");
  const kind = args.accountKind ?? null;
  const { total, found, rows } = await ranked(ctx.prisma, target, period, kind, Prisma.sql`SUM("awarded") <> 0 OR SUM("deducted") <> 0`, Prisma.sql`SUM("awarded") - SUM("deducted") DESC`, first, true);
  const node = "pending" in target ? confirmCommunity(ctx, target, found) : target;
  return { node, period, accountKind: kind, accountCount: total, rows: toRows(node, period, rows, (s) => s.awarded - s.deducted) };
}

/** 红黑榜: red = the most points earned with no deduction in the period; black = deductions (扣分), most first. */
export async function pointsRedBlackList(ctx: Context, args: RankingArgs): Promise<RedBlackList> {
  const period = parsePeriod(args.period);
  const first = limitOf(args.first);
  const node = await rankingNode(ctx, args.nodeId);
  const kind = args.accountKind ?? null;
  const red = await ranked(ctx.prisma, node, period, kind, Prisma.sql`SUM("awarded") > 0 AND SUM("deducted") = 0`, Prisma.sql`SUM("awarded") DESC`, first);
  const black = await ranked(ctx.prisma, node, period, kind, Prisma.sql`SUM("deducted") > 0`, Prisma.sql`SUM("deducted") DESC`, first);
  return {
    node,
    period,
    accountKind: kind,
    red: toRows(node, period, red.rows, (s) => s.awarded),
    black: toRows(node, period, black.rows, (s) => s.deducted),
  };
}

export interface TrendMonth {
  month: string;
  awarded: number;
  deducted: number;
  spent: number;
  activeAccounts: number;
}

/** Month by month over a period (for charts): points awarded, deducted, spent, and accounts that earned or lost points. */
export async function pointsTrend(ctx: Context, args: { nodeId: string; period: string; accountKind?: AccountKind | null }) {
  const period = parsePeriod(args.period);
  const node = await rankingNode(ctx, args.nodeId);
  const rows = await ctx.prisma.$queryRaw<{ month: Date; awarded: number; deducted: number; spent: number; active: number }[]>`
    SELECT "month", SUM("awarded")::int AS "awarded", SUM("deducted")::int AS "deducted", SUM("spent")::int AS "spent",
      COUNT(*) FILTER (WHERE "awarded" <> 0 OR "deducted" <> 0)::int AS "active"
    FROM "PointsMonthly"
    WHERE ${periodWhere(node, period, args.accountKind ?? null)}
    GROUP BY "month"`;
  const byMonth = new Map(rows.map((r) => [monthKey(new Date(r.month)), r]));
  const months: TrendMonth[] = monthsOf(period).map((m) => {
    const r = byMonth.get(monthKey(m));
    return { month: monthKey(m), awarded: r?.awarded ?? 0, deducted: r?.deducted ?? 0, spent: r?.spent ?? 0, activeAccounts: r?.active ?? 0 };
  });
  return { node, period, months };
}
