// The region overview (a district's, a street's or a community's 1+2+N indicators for a month,
// quarter or year), its per-community breakdown grouped by street, and the month-by-month trends.
// Read with report:read over the communities below the node where the viewer holds it; a node the
// viewer does not reach is NOT_FOUND, like an unknown id. Each request is a fixed number of SQL
// statements: auth, the node, the cells' freshness probe (cells.ts; plus one transaction when a
// community below the node changed since or a live cell expired) and one statement of the
// communities' cells (cells.ts), whatever the number of communities.
import { decodeGlobalID } from "@pothos/plugin-relay";
import { PLAN_PER_CALL } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";
import { ACTIONS, canAtPath } from "../../shared/authz.js";
import { CHINA_OFFSET_MS, chinaDay } from "../../shared/chinaTime.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import { monthKey, monthOf, monthsOf, parsePeriod, type Period } from "../points/period.rules.js";
import { FLOW_LAYOUT, LIVE_FLOW_LAYOUT, LIVE_STATE_LAYOUT, liveMonthCells, monthCells, periodCell, refreshCells, STATE_LAYOUT } from "./cells.js";
import { addArray, addVector, newVector, positionOf, positionsOf, toRecord, type Vector } from "./figs.js";
import { SEAT_CATEGORY_COUNT, type Window } from "./metrics.js";

/** Figures by name (metrics.ts FIGURES); Money ones in whole fen (numbers: the cells' sums are exact below 2^53, and the Money scalar refuses anything beyond). */
export type Figures = Record<string, number>;
export type NodeKind = "COMMUNITY" | "STREET" | "DISTRICT";

export interface IndicatorNode {
  id: string;
  gid: string;
  name: string;
  path: string;
  kind: NodeKind;
}

export interface CommunityIndicators {
  communityId: string;
  communityName: string;
  communityKind: "URBAN" | "RURAL";
  streetId: string;
  streetName: string;
  /** The figures at their positions in FIGURES (figs.ts). */
  vector: Vector;
  /** The same by name (made when first read). */
  readonly figures: Figures;
}

export interface StreetIndicators {
  streetId: string;
  streetName: string;
  communityCount: number;
  vector: Vector;
  figures: Figures;
  communities: CommunityIndicators[];
}

export interface Coverage {
  communityCount: number;
  serviceComplex: number;
  deliberationCommittee: number;
  fullySeatedCommittee: number;
  monthlyMeetings: number;
  volunteerCommittee: number;
  pointsInUse: number;
  withProjects: number;
}

export interface RegionOverview {
  node: IndicatorNode;
  period: Period;
  from: Date;
  to: Date;
  asOf: Date;
  totals: Figures;
  coverage: Coverage;
  streets: StreetIndicators[];
  projectTypes: { typeName: string; projects: number; budgetedFen: bigint; beneficiaries: number }[];
}

export interface TrendMonth {
  month: string;
  from: Date;
  to: Date;
  figures: Figures;
}

/** The node (Community or Region) covered; unknown or out of the viewer's report:read reach → NOT_FOUND on `field`. */
export async function indicatorNode(ctx: Context, nodeId: string, field = "nodeId"): Promise<IndicatorNode> {
  const id = parseId(field, nodeId, "Community", "Region");
  if (decodeGlobalID(nodeId).typename === "Community") {
    const c = await ctx.prisma.community.findUnique({ where: { id }, select: { id: true, name: true, path: true } });
    if (!c || !canAtPath(ctx, "report:read", c.path, c.id)) throw notFound(field, "社区");
    return { id: c.id, gid: toGlobalId("Community", c.id), name: c.name, path: c.path, kind: "COMMUNITY" };
  }
  const r = await ctx.prisma.region.findUnique({ where: { id }, select: { id: true, name: true, path: true, kind: true } });
  if (!r || !canAtPath(ctx, "report:read", r.path)) throw notFound(field, "区/街道");
  return { id: r.id, gid: toGlobalId("Region", r.id), name: r.name, path: r.path, kind: r.kind };
}

/** The SQL filter on Community c: below the node and where the viewer holds report:read (shared/authz.ts communityScope, in SQL). */
function communityFilter(ctx: Context, node: IndicatorNode): Prisma.Sql {
  const below = Prisma.sql`c."path" LIKE ${`${node.path}%`}`;
  const a = ctx.actor;
  if (a.kind === "account") {
    const paths = a.grants.filter((g) => (ACTIONS["report:read"] as readonly string[]).includes(g.role)).map((g) => `${g.path}%`);
    return paths.length ? Prisma.sql`${below} AND c."path" LIKE ANY(${paths}::text[])` : Prisma.sql`false`;
  }
  if (a.kind === "client" && a.actions.has("report:read")) return Prisma.sql`${below} AND c."id" = ANY(${[...a.communityIds]}::uuid[])`;
  return Prisma.sql`false`;
}

/** The aggregates are planned for each call's period and node (db.ts PLAN_PER_CALL). */
const PER_CALL = Prisma.raw(PLAN_PER_CALL);

const communitiesCte = (ctx: Context, node: IndicatorNode) =>
  Prisma.sql`c AS (SELECT c."id", c."name", c."kind"::text AS "kind", c."regionId" AS "streetId", r."name" AS "streetName"
    FROM "Community" c JOIN "Region" r ON r."id" = c."regionId" WHERE ${communityFilter(ctx, node)})`;

/** The window of a period: China midnight of its first day to that of the day after it. */
export function windowOf(p: { fromMonth: Date; toMonth: Date }, now: Date): Window {
  return {
    from: new Date(p.fromMonth.getTime() - CHINA_OFFSET_MS),
    to: new Date(p.toMonth.getTime() - CHINA_OFFSET_MS),
    fromDay: p.fromMonth.toISOString().slice(0, 10),
    toDay: p.toMonth.toISOString().slice(0, 10),
    now,
    today: chinaDay(now),
  };
}

const FLOW_AT = positionsOf(FLOW_LAYOUT);
const STATE_AT = positionsOf(STATE_LAYOUT);
const LIVE_STATE_AT = positionsOf(LIVE_STATE_LAYOUT);
const LIVE_FLOW_AT = positionsOf(LIVE_FLOW_LAYOUT);
const AT = Object.fromEntries(
  ["serviceComplexes", "committees", "seatCategoriesFilled", "monthsWithMeeting", "volunteerCommittees", "activeAccounts", "projects"].map((n) => [n, positionOf(n)]),
) as Record<"serviceComplexes" | "committees" | "seatCategoriesFilled" | "monthsWithMeeting" | "volunteerCommittees" | "activeAccounts" | "projects", number>;

/** A community's row: its figures by name are made only if a field reads them. */
function communityRow(r: OverviewRow, vector: Vector): CommunityIndicators {
  let figures: Figures | undefined;
  return {
    communityId: r.id,
    communityName: r.name,
    communityKind: r.kind,
    streetId: r.streetId,
    streetName: r.streetName,
    vector,
    get figures() {
      return (figures ??= toRecord(vector));
    },
  };
}

/** "YYYY-MM" of the China calendar month of an instant. */
export const MONTH_KEY = (at: Date) => monthKey(monthOf(at));

/** Parse the period argument ("2026-11", "2026-Q4", "2026"), as pointsRanking takes it. */
export const indicatorPeriod = (value: string) => parsePeriod(value, "period");

/**
 * The statement of per-community figures (exported for the bench's EXPLAIN): each community's flow
 * cell of the period, its state cell (with its projects by type) and its live cell. The arrays
 * come as JSON: read with JSON.parse, a third of the Node CPU of an array's text form.
 */
export function overviewSql(ctx: Context, node: IndicatorNode, w: Window, period: Period): Prisma.Sql {
  return Prisma.sql`${PER_CALL}WITH ${communitiesCte(ctx, node)}
    SELECT c."id", c."name", c."kind", c."streetId", c."streetName", to_json(f."v") AS flows, to_json(s."v") AS state, s."types",
      to_json(l."v") AS "liveState", l."flows" -> ${period.key} AS "liveFlows"
    FROM c LEFT JOIN ${periodCell("f", period)}
      LEFT JOIN "IndicatorState" s ON s."communityId" = c."id"
      LEFT JOIN "IndicatorLive" l ON l."communityId" = c."id"
    ORDER BY c."streetName", c."name"`;
}

type OverviewRow = {
  id: string;
  name: string;
  kind: "URBAN" | "RURAL";
  streetId: string;
  streetName: string;
  flows: number[] | null;
  state: number[] | null;
  types: Record<string, [number, number, number]> | null;
  liveState: number[] | null;
  liveFlows: number[] | null;
};

export async function regionOverview(ctx: Context, nodeId: string, rawPeriod: string): Promise<RegionOverview> {
  const period = indicatorPeriod(rawPeriod);
  const node = await indicatorNode(ctx, nodeId);
  const now = ctx.now();
  const w = windowOf(period, now);
  const months = monthsOf(period).length;
  await refreshCells(ctx.prisma, node.path, now);
  const rows = await ctx.prisma.$queryRaw<OverviewRow[]>(overviewSql(ctx, node, w, period));
  const types = new Map<string, { typeName: string; projects: number; budgetedFen: number; beneficiaries: number }>();
  const streets = new Map<string, StreetIndicators>();
  const coverage: Coverage = { communityCount: 0, serviceComplex: 0, deliberationCommittee: 0, fullySeatedCommittee: 0, monthlyMeetings: 0, volunteerCommittee: 0, pointsInUse: 0, withProjects: 0 };
  for (const r of rows) {
    const v = newVector();
    addArray(v, r.flows, FLOW_AT);
    addArray(v, r.state, STATE_AT);
    addArray(v, r.liveState, LIVE_STATE_AT);
    addArray(v, r.liveFlows, LIVE_FLOW_AT);
    for (const [typeName, [projects, budgetedFen, beneficiaries]] of Object.entries(r.types ?? {})) {
      const t = types.get(typeName) ?? types.set(typeName, { typeName, projects: 0, budgetedFen: 0, beneficiaries: 0 }).get(typeName)!;
      t.projects += projects;
      t.budgetedFen += budgetedFen;
      t.beneficiaries += beneficiaries;
    }
    let street = streets.get(r.streetId);
    if (!street) streets.set(r.streetId, (street = { streetId: r.streetId, streetName: r.streetName, communityCount: 0, vector: newVector(), figures: {}, communities: [] }));
    street.communityCount++;
    street.communities.push(communityRow(r, v));
    addVector(street.vector, v);
    coverage.communityCount++;
    if (v[AT.serviceComplexes]! > 0) coverage.serviceComplex++;
    if (v[AT.committees]! > 0) coverage.deliberationCommittee++;
    if (v[AT.seatCategoriesFilled]! >= SEAT_CATEGORY_COUNT) coverage.fullySeatedCommittee++;
    if (v[AT.monthsWithMeeting]! >= months) coverage.monthlyMeetings++;
    if (v[AT.volunteerCommittees]! > 0) coverage.volunteerCommittee++;
    if (v[AT.activeAccounts]! > 0) coverage.pointsInUse++;
    if (v[AT.projects]! > 0) coverage.withProjects++;
  }
  // The totals from the streets' subtotals.
  const total = newVector();
  for (const street of streets.values()) {
    addVector(total, street.vector);
    street.figures = toRecord(street.vector);
  }
  // Most projects first, then by name (code point order, as PostgreSQL's C collation).
  const projectTypes = [...types.values()]
    .sort((a, b) => b.projects - a.projects || (a.typeName < b.typeName ? -1 : a.typeName > b.typeName ? 1 : 0))
    .map((t) => ({ ...t, budgetedFen: BigInt(t.budgetedFen) }));
  return { node, period, from: w.from, to: w.to, asOf: now, totals: toRecord(total), coverage, streets: [...streets.values()], projectTypes };
}

export const MAX_TREND_MONTHS = 24;

/** The flows of the node month by month: `months` China calendar months up to and including `until` (default: this month). */
export async function regionTrends(ctx: Context, nodeId: string, until: string | null | undefined, months = 12): Promise<{ node: IndicatorNode; months: TrendMonth[] }> {
  if (!Number.isInteger(months) || months < 1 || months > MAX_TREND_MONTHS) {
    throw new UserError("INVALID", `月数须为 1–${MAX_TREND_MONTHS} (months: between 1 and ${MAX_TREND_MONTHS})`, "months");
  }
  const now = ctx.now();
  const last = until ? parsePeriod(until, "until") : null;
  if (last && last.kind !== "MONTH") throw new UserError("INVALID", `截止月份格式为 2026-11 (until: YYYY-MM)`, "until");
  const node = await indicatorNode(ctx, nodeId);
  const toMonth = last ? last.toMonth : new Date(Date.UTC(monthOf(now).getUTCFullYear(), monthOf(now).getUTCMonth() + 1, 1));
  const fromMonth = new Date(Date.UTC(toMonth.getUTCFullYear(), toMonth.getUTCMonth() - months, 1));
  const w = windowOf({ fromMonth, toMonth }, now);
  const keys = monthsOf({ fromMonth, toMonth }).map(monthKey);
  await refreshCells(ctx.prisma, node.path, now);
  const rows = await ctx.prisma.$queryRaw<{ k: string; flows: number[] | null; live: number[] | null }[]>(
    Prisma.sql`${PER_CALL}WITH ${communitiesCte(ctx, node)}
      SELECT m.k, to_json(f.v) AS flows, to_json(l.v) AS live FROM unnest(${keys}::text[]) AS m(k)
        LEFT JOIN ${monthCells(w)} f ON f.k = m.k
        LEFT JOIN ${liveMonthCells(keys)} l ON l.k = m.k
      ORDER BY m.k`,
  );
  return {
    node,
    months: rows.map((r) => {
      const p = parsePeriod(r.k);
      const mw = windowOf(p, now);
      const v = newVector();
      addArray(v, r.flows, FLOW_AT);
      addArray(v, r.live, LIVE_FLOW_AT);
      return { month: r.k, from: mw.from, to: mw.to, figures: toRecord(v) };
    }),
  };
}
