// The indicator cells: each community's flow figures per China calendar month (IndicatorMonth) and
// its state figures (IndicatorState), so that a district's overview sums 2,000 rows instead of
// aggregating some thirty source tables over 2,000 communities on every request (issue #15: 300 ms
// at 2,000 communities; pnpm bench:indicators).
//
// Exact, not eventually consistent: triggers on the source tables mark a changed community stale
// in the writing transaction (IndicatorDirty, see the migration), and every read of the figures
// first recomputes the stale communities below its node (refreshCells) — one probe statement when
// nothing is stale. The cells hold only the sources that do not depend on the time of the request
// (metrics.ts `live` sources are counted from the rows on each read). Flows are kept per month
// (IndicatorMonth: a month's overview, the trends) and per quarter and year (IndicatorPeriod: the
// distinct counts of a period are not the sum of its months'). The SQL that computes the cells is fingerprinted (LAYOUT):
// when the catalog changes, every cell is recomputed on the next read. Every raw figure is a whole
// number (counts, sums of minutes, points and fen; rates and averages are derived in the API), so
// the cells are bigint arrays: exact, and read as JSON several times faster than float8's text.
import { createHash } from "node:crypto";
import { PLAN_PER_CALL } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { Db } from "../../shared/service.js";
import { sample, SOURCES, type Source, type Window } from "./metrics.js";

const raw = Prisma.raw;
const day = (d: string) => Prisma.sql`${d}::date`;
const ONE_MONTH = { oneMonth: true };
const MONTHS = { oneMonth: false };

/** Flows kept per community and month, states per community: the sources not counted live. */
const FLOW_SOURCES = SOURCES.filter((s) => s.at !== null && !s.live);
const STATE_SOURCES = SOURCES.filter((s) => s.at === null && !s.live);
/** The figure names of the cells' arrays, in order (IndicatorMonth.v, IndicatorState.v). */
export const FLOW_LAYOUT: readonly string[] = FLOW_SOURCES.flatMap((s) => s.figures(sample, ONE_MONTH).map((f) => f.name));
export const STATE_LAYOUT: readonly string[] = STATE_SOURCES.flatMap((s) => s.figures(sample, ONE_MONTH).map((f) => f.name));
/** The flows are kept per quarter and per year too (IndicatorPeriod): distinct counts do not add up over months, and a year's overview then reads 2,000 rows, not 24,000. */
const PERIOD_SOURCES = FLOW_SOURCES;
export const PERIOD_LAYOUT: readonly string[] = PERIOD_SOURCES.flatMap((s) => s.figures(sample, MONTHS).map((f) => f.name));

/** The sources counted from the rows on every read of the overview or of the trends (flows, month by month); the rest come from the cells. */
export const liveSources = (read: "overview" | "trends"): Source[] => SOURCES.filter((s) => s.live && (read === "trends" ? s.at !== null : !s.trendsOnly));

/** The tables whose changes make a community's cells stale (each has the migration's three triggers). */
export const SOURCE_TABLES: readonly string[] = [...new Set([...SOURCES.flatMap((s) => (s.joinTable ? [s.table, s.joinTable] : [s.table])), "ProjectType"])];

// A cached source must not read the request's time: its SQL is the same for any window.
const other: Window = { ...sample, from: new Date(86_400_000), to: new Date(2 * 86_400_000), fromDay: "1970-01-02", toDay: "1970-01-03", now: new Date(3 * 86_400_000), today: "1970-01-04" };
for (const s of [...FLOW_SOURCES, ...STATE_SOURCES]) {
  const text = (w: Window) => JSON.stringify([s.where?.(w), s.figures(w, ONE_MONTH).map((f) => f.sql), s.figures(w, MONTHS).map((f) => f.sql)]);
  if (text(sample) !== text(other)) throw new Error(`indicators: source ${s.id} reads the window's time; mark it live (metrics.ts)`);
}

/** The China calendar month (its first day) a row of a flow falls in. */
const monthOfRow = (s: Source) => {
  const c = `x."${s.at!.column}"`;
  return raw(s.at!.kind === "instant" ? `date_trunc('month', (${c} AT TIME ZONE 'UTC') + interval '8 hours')::date` : `date_trunc('month', ${c})::date`);
};

/** The second key of a flow's cells: its row's China calendar month (a date), quarter ("2026-Q4") or year ("2026"). */
type Span = "month" | "quarter" | "year";
const spanOfRow = (s: Source, span: Span) => {
  const m = monthOfRow(s);
  return span === "month" ? m : span === "quarter" ? Prisma.sql`to_char(${m}, 'YYYY-"Q"Q')` : Prisma.sql`to_char(${m}, 'YYYY')`;
};

/**
 * The sources' figures for the communities `ids`, as one wide row per key (k, [p,] f0 … fN): each
 * source is one aggregate that fills its own columns and zeros the others, stacked with UNION ALL
 * and summed per key by the caller (so the planner's estimates add up; see figs.ts figuresByKey).
 * Flows are keyed by community and `spans` (their months, quarters or years), states by community.
 */
function wideParts(sources: Source[], ids: Prisma.Sql, spans: Span[]): Prisma.Sql {
  const grouping = spans.length === 1 && spans[0] === "month" ? ONE_MONTH : MONTHS;
  const width = sources.reduce((n, s) => n + s.figures(sample, grouping).length, 0);
  const parts = spans.length ? spans.flatMap((span) => sources.map((s) => [s, span] as const)) : sources.map((s) => [s, null] as const);
  let offset = 0;
  return Prisma.join(
    parts.map(([s, span], n) => {
      if (n % sources.length === 0) offset = 0;
      const figures = s.figures(sample, grouping);
      const columns = Array.from({ length: width }, (_, i) =>
        i >= offset && i < offset + figures.length ? Prisma.sql`(${figures[i - offset]!.sql})::float8 AS ${raw(`f${i}`)}` : raw(`0::float8 AS f${i}`),
      );
      offset += figures.length;
      const conditions = [Prisma.sql`x."communityId" = ANY(${ids})`];
      if (s.at) conditions.push(raw(`x."${s.at.column}" IS NOT NULL`));
      if (s.where) conditions.push(s.where(sample));
      const keys = span ? Prisma.sql`x."communityId" AS k, ${spanOfRow(s, span)} AS p` : raw(`x."communityId" AS k`);
      return Prisma.sql`SELECT ${keys}, ${Prisma.join(columns)} FROM "${raw(s.table)}" x ${s.join ?? Prisma.empty} WHERE ${Prisma.join(conditions, " AND ")} GROUP BY ${raw(span ? "1, 2" : "1")}`;
    }),
    "\nUNION ALL\n",
  );
}

// Summed in float8 (exact for whole numbers below 2^53) and stored as bigint: bigint's SUM is numeric, several times slower.
const sumColumns = (width: number, alias: string) => raw(`ARRAY[${Array.from({ length: width }, (_, i) => `SUM(${alias}.f${i})::bigint`).join(", ")}]`);

const flowInsert = (ids: Prisma.Sql) =>
  Prisma.sql`${raw(PLAN_PER_CALL)}INSERT INTO "IndicatorMonth" ("communityId", "month", "v")
    SELECT u.k, u.p, ${sumColumns(FLOW_LAYOUT.length, "u")} FROM (${wideParts(FLOW_SOURCES, ids, ["month"])}) u GROUP BY u.k, u.p`;
const periodInsert = (ids: Prisma.Sql) =>
  Prisma.sql`${raw(PLAN_PER_CALL)}INSERT INTO "IndicatorPeriod" ("communityId", "period", "v")
    SELECT u.k, u.p, ${sumColumns(PERIOD_LAYOUT.length, "u")} FROM (${wideParts(PERIOD_SOURCES, ids, ["quarter", "year"])}) u GROUP BY u.k, u.p`;
const stateInsert = (ids: Prisma.Sql) =>
  Prisma.sql`${raw(PLAN_PER_CALL)}INSERT INTO "IndicatorState" ("communityId", "v")
    SELECT u.k, ${sumColumns(STATE_LAYOUT.length, "u")} FROM (${wideParts(STATE_SOURCES, ids, [])}) u GROUP BY u.k`;

/** Each community's projects by type name (the overview's projectTypes), on its state row. */
const typesUpdate = (ids: Prisma.Sql) =>
  Prisma.sql`${raw(PLAN_PER_CALL)}UPDATE "IndicatorState" s SET "types" = t."types"
    FROM (SELECT x.k, jsonb_object_agg(x."name", jsonb_build_array(x."projects", x."budgetedFen", x."beneficiaries")) AS "types"
      FROM (SELECT p."communityId" AS k, t."name", COUNT(*) AS "projects",
          COALESCE(SUM(b."fen") FILTER (WHERE p."approvedAt" IS NOT NULL), 0) AS "budgetedFen", COALESCE(SUM(e."people"), 0) AS "beneficiaries"
        FROM "Project" p JOIN "ProjectType" t ON t."id" = p."typeId"
          LEFT JOIN (SELECT "projectId", SUM("amountFen") AS "fen" FROM "ProjectBudgetLine" WHERE "communityId" = ANY(${ids}) GROUP BY 1) b ON b."projectId" = p."id"
          LEFT JOIN (SELECT "projectId", SUM("count") AS "people" FROM "ProjectBeneficiary" WHERE "communityId" = ANY(${ids}) GROUP BY 1) e ON e."projectId" = p."id"
        WHERE p."communityId" = ANY(${ids}) GROUP BY 1, 2) x
      GROUP BY 1) t
    WHERE s."communityId" = t.k`;

/** The fingerprint of the cells' SQL: cells computed by another version are recomputed. */
export const LAYOUT = createHash("sha256")
  .update(JSON.stringify([flowInsert(raw("$ids")), periodInsert(raw("$ids")), stateInsert(raw("$ids")), typesUpdate(raw("$ids"))].map((q) => [q.sql, q.values])))
  .digest("hex")
  .slice(0, 32);

/** Serializes the refreshes (a refresh computes from a snapshot taken after the previous one committed). */
const REFRESH_LOCK = 1_500_001;

/**
 * Recompute the cells of the communities below `path` that are stale (or every cell, when they were
 * computed by another version of the catalog). One statement when nothing is stale; else one
 * transaction that takes the stale marks and rewrites those communities' cells.
 */
export async function refreshCells(prisma: Db, path: string): Promise<void> {
  const below = `${path}%`;
  const [probe] = await prisma.$queryRaw<{ stale: boolean; layout: string | null }[]>`
    SELECT EXISTS (SELECT 1 FROM "IndicatorDirty" d JOIN "Community" c ON c."id" = d."communityId" WHERE c."path" LIKE ${below}) AS stale,
      (SELECT "layout" FROM "IndicatorLayout" WHERE "id" = 1) AS layout`;
  if (!probe!.stale && probe!.layout === LAYOUT) return;
  const run = async (tx: Prisma.TransactionClient) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::bigint)::text AS locked`;
    const [layout] = await tx.$queryRaw<{ layout: string }[]>`SELECT "layout" FROM "IndicatorLayout" WHERE "id" = 1`;
    if (layout?.layout !== LAYOUT) {
      await tx.$executeRaw`WITH m AS (DELETE FROM "IndicatorMonth"), p AS (DELETE FROM "IndicatorPeriod"), s AS (DELETE FROM "IndicatorState")
        INSERT INTO "IndicatorDirty" ("communityId") SELECT "id" FROM "Community"`;
      await tx.$executeRaw`INSERT INTO "IndicatorLayout" ("id", "layout") VALUES (1, ${LAYOUT}) ON CONFLICT ("id") DO UPDATE SET "layout" = EXCLUDED."layout"`;
    }
    const [taken] = await tx.$queryRaw<{ ids: string[] | null }[]>`
      WITH d AS (DELETE FROM "IndicatorDirty" d USING "Community" c WHERE c."id" = d."communityId" AND c."path" LIKE ${below} RETURNING d."communityId")
      SELECT array_agg(DISTINCT "communityId")::text[] AS ids FROM d`;
    const ids = taken?.ids;
    if (!ids?.length) return;
    const list = Prisma.sql`${ids}::uuid[]`;
    await tx.$executeRaw`WITH s AS (DELETE FROM "IndicatorState" WHERE "communityId" = ANY(${list})), p AS (DELETE FROM "IndicatorPeriod" WHERE "communityId" = ANY(${list}))
      DELETE FROM "IndicatorMonth" WHERE "communityId" = ANY(${list})`;
    await tx.$executeRaw(flowInsert(list));
    await tx.$executeRaw(periodInsert(list));
    await tx.$executeRaw(stateInsert(list));
    await tx.$executeRaw(typesUpdate(list));
  };
  // A first refresh after a bulk load recomputes every community: give it time.
  await (prisma as Extract<Db, { $transaction: unknown }>).$transaction(run, { timeout: 600_000, maxWait: 60_000 });
}

/** The cells' flows of the node's communities (CTE c) summed per China calendar month of the window (k: "YYYY-MM"): the trends. */
export function monthCells(w: Window): Prisma.Sql {
  return Prisma.sql`(SELECT to_char(m."month", 'YYYY-MM') AS k, ${raw(`ARRAY[${FLOW_LAYOUT.map((_, i) => `SUM(m."v"[${i + 1}]::float8)::bigint`).join(", ")}]`)} AS v
    FROM "IndicatorMonth" m WHERE m."communityId" IN (SELECT "id" FROM c) AND m."month" >= ${day(w.fromDay)} AND m."month" < ${day(w.toDay)} GROUP BY 1)`;
}

/** A community's flow cell for a period (a month's, a quarter's or a year's), to join on c."id" as `alias`. */
export function periodCell(alias: string, period: { kind: "MONTH" | "QUARTER" | "YEAR"; key: string; fromMonth: Date }): Prisma.Sql {
  const a = raw(`"${alias}"`);
  return period.kind === "MONTH"
    ? Prisma.sql`"IndicatorMonth" ${a} ON ${a}."communityId" = c."id" AND ${a}."month" = ${day(period.fromMonth.toISOString().slice(0, 10))}`
    : Prisma.sql`"IndicatorPeriod" ${a} ON ${a}."communityId" = c."id" AND ${a}."period" = ${period.key}`;
}

/** Adds a cell array's figures (in `layout` order) to `into`, except those in `skip`; names `into` lacks are left out. */
export function addCells(into: Record<string, number>, v: number[] | null, layout: readonly string[], skip?: ReadonlySet<string>) {
  if (!v) return;
  for (let i = 0; i < layout.length; i++) {
    const name = layout[i]!;
    if (name in into && !skip?.has(name)) into[name] = into[name]! + Number(v[i]);
  }
}

/**
 * Recompute every stale community's cells every `everyMs` in the background (each API worker runs
 * one; the refresh lock lets one at a time work): the cockpit's first read after a busy hour does
 * not pay for it, and the stale marks do not pile up where nobody reads the figures.
 */
export function startCellsSweep(prisma: Db, everyMs = 60_000): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= refreshCells(prisma, "/")
      .catch((e: unknown) => console.error(`[indicators] refreshing the cells: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => {
        running = null;
      });
  }, everyMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
