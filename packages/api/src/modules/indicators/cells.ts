// The indicator cells: the 1+2+N figures (metrics.ts) kept per community, so that a district's
// overview reads 2,000 rows instead of aggregating some thirty source tables over 2,000 communities
// on every request (issue #15: 300 ms at 2,000 communities; pnpm bench:indicators). Flows per China
// calendar month (IndicatorMonth: a month's overview, the trends) and per quarter and year
// (IndicatorPeriod: a period's distinct counts are not the sum of its months'); states with the
// projects by type (IndicatorState); and the figures that depend on the time of the request (live
// sources) as of an instant, until the next one at which time alone can change them (IndicatorLive).
//
// Exact, not eventually consistent: triggers on the source tables mark a changed community stale
// in the writing transaction (IndicatorDirty, see the migration), and every read of the figures
// first brings the cells below its node up to date (refreshCells) — one probe statement when they
// are. The SQL that computes the cells is fingerprinted (LAYOUT): when the catalog changes, every
// cell is recomputed. Every raw figure is a whole number (counts, sums of minutes, points and fen;
// rates and averages are derived in the API), so the cells are bigint arrays: exact, and read as
// JSON several times faster than float8's text.
import { createHash } from "node:crypto";
import { PLAN_PER_CALL } from "../../db.js";
import { Prisma } from "../../generated/prisma/client.js";
import type { Db } from "../../shared/service.js";
import { chinaDay } from "../../shared/chinaTime.js";
import { sample, SOURCES, type Source, type Window } from "./metrics.js";

const raw = Prisma.raw;
const day = (d: string) => Prisma.sql`${d}::date`;
const ONE_MONTH = { oneMonth: true };
const MONTHS = { oneMonth: false };

/** Flows kept per community and month, states per community: the sources not counted live. */
const FLOW_SOURCES = SOURCES.filter((s) => s.at !== null && !s.live);
const STATE_SOURCES = SOURCES.filter((s) => s.at === null && !s.live);
/** The figure names of the cells' arrays, in order: IndicatorMonth.v and IndicatorPeriod.v (the same flows), IndicatorState.v. */
export const FLOW_LAYOUT: readonly string[] = FLOW_SOURCES.flatMap((s) => s.figures(sample, ONE_MONTH).map((f) => f.name));
export const STATE_LAYOUT: readonly string[] = STATE_SOURCES.flatMap((s) => s.figures(sample, ONE_MONTH).map((f) => f.name));

/**
 * The live sources (their figures depend on the time of the request): the overview reads them from
 * the live cells (IndicatorLive), each valid from the instant it was computed until the next one at
 * which its figures can change with time alone — China midnight, or a source's nextChange (an open
 * ticket's deadline) if earlier — and recomputed on the first read after (or after a change).
 */
const LIVE_STATE_SOURCES = SOURCES.filter((s) => s.at === null && s.live);
const LIVE_FLOW_SOURCES = SOURCES.filter((s) => s.at !== null && s.live);
export const LIVE_STATE_LAYOUT: readonly string[] = LIVE_STATE_SOURCES.flatMap((s) => s.figures(sample, MONTHS).map((f) => f.name));
export const LIVE_FLOW_LAYOUT: readonly string[] = LIVE_FLOW_SOURCES.flatMap((s) => s.figures(sample, MONTHS).map((f) => f.name));

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

/** The second key of a flow's cells: its row's China calendar month (a date, or "2026-11" as monthKey), quarter ("2026-Q4") or year ("2026"). */
type Span = "month" | "monthKey" | "quarter" | "year";
const spanOfRow = (s: Source, span: Span) => {
  const m = monthOfRow(s);
  const format = { month: null, monthKey: "YYYY-MM", quarter: 'YYYY-"Q"Q', year: "YYYY" }[span];
  return format ? Prisma.sql`to_char(${m}, ${raw(`'${format}'`)})` : m;
};

/**
 * The sources' figures for the communities `ids`, as one wide row per key (k, [p,] f0 … fN): each
 * source is one aggregate that fills its own columns and zeros the others, stacked with UNION ALL
 * and summed per key by the caller (stacked rather than joined, the planner's estimates add up
 * instead of multiplying: joined grouped subqueries made it expect 10^22 rows and spend seconds on JIT).
 * Flows are keyed by community and `spans` (their months, quarters or years), states by community.
 */
function wideParts(sources: Source[], ids: Prisma.Sql, spans: Span[], w: Window = sample): Prisma.Sql {
  const grouping = spans.length === 1 && spans[0] === "month" ? ONE_MONTH : MONTHS;
  const width = sources.reduce((n, s) => n + s.figures(w, grouping).length, 0);
  const parts = spans.length ? spans.flatMap((span) => sources.map((s) => [s, span] as const)) : sources.map((s) => [s, null] as const);
  let offset = 0;
  return Prisma.join(
    parts.map(([s, span], n) => {
      if (n % sources.length === 0) offset = 0;
      const figures = s.figures(w, grouping);
      const columns = Array.from({ length: width }, (_, i) =>
        i >= offset && i < offset + figures.length ? Prisma.sql`(${figures[i - offset]!.sql})::float8 AS ${raw(`f${i}`)}` : raw(`0::float8 AS f${i}`),
      );
      offset += figures.length;
      const conditions = [Prisma.sql`x."communityId" = ANY(${ids})`];
      if (s.at) conditions.push(raw(`x."${s.at.column}" IS NOT NULL`));
      if (s.where) conditions.push(s.where(w));
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
    SELECT u.k, u.p, ${sumColumns(FLOW_LAYOUT.length, "u")} FROM (${wideParts(FLOW_SOURCES, ids, ["quarter", "year"])}) u GROUP BY u.k, u.p`;
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

/** The window a live cell is computed for: the instant and China day of `now` (no period: flows are kept per month, quarter and year). */
const liveWindow = (now: Date): Window => ({ ...sample, now, today: chinaDay(now) });
/** The first China midnight after `now`. */
const nextMidnight = (now: Date) => new Date(Date.parse(`${chinaDay(now)}T00:00:00+08:00`) + 86_400_000);

/** The live cells of the communities `ids` as of `now`: the live states, the live flows by period key, and until when they hold. */
const liveInsert = (ids: Prisma.Sql, now: Date) => {
  const w = liveWindow(now);
  const next = LIVE_STATE_SOURCES.concat(LIVE_FLOW_SOURCES).filter((s) => s.nextChange);
  const changes = next.length
    ? Prisma.join(
        next.map((s) => Prisma.sql`SELECT x."communityId" AS k, ${s.nextChange!(w)} AS at FROM "${raw(s.table)}" x WHERE x."communityId" = ANY(${ids}) GROUP BY 1`),
        "\nUNION ALL\n",
      )
    : Prisma.sql`SELECT NULL::uuid AS k, NULL::timestamptz AS at WHERE false`;
  return Prisma.sql`${raw(PLAN_PER_CALL)}INSERT INTO "IndicatorLive" ("communityId", "computedAt", "validUntil", "v", "flows")
    SELECT c."id", ${now}, LEAST(${nextMidnight(now)}::timestamptz, n.at), st.v, lf.flows
    FROM "Community" c
      LEFT JOIN (SELECT u.k, ${sumColumns(LIVE_STATE_LAYOUT.length, "u")} AS v FROM (${wideParts(LIVE_STATE_SOURCES, ids, [], w)}) u GROUP BY u.k) st ON st.k = c."id"
      LEFT JOIN (SELECT f.k, jsonb_object_agg(f.p, f.v) AS flows
        FROM (SELECT u.k, u.p, to_jsonb(${sumColumns(LIVE_FLOW_LAYOUT.length, "u")}) AS v FROM (${wideParts(LIVE_FLOW_SOURCES, ids, ["monthKey", "quarter", "year"], w)}) u GROUP BY u.k, u.p) f
        GROUP BY f.k) lf ON lf.k = c."id"
      LEFT JOIN (SELECT n.k, MIN(n.at) AS at FROM (${changes}) n GROUP BY n.k) n ON n.k = c."id"
    WHERE c."id" = ANY(${ids})`;
};

/** The fingerprint of the cells' SQL: cells computed by another version are recomputed. */
export const LAYOUT = createHash("sha256")
  .update(
    JSON.stringify(
      [flowInsert(raw("$ids")), periodInsert(raw("$ids")), stateInsert(raw("$ids")), typesUpdate(raw("$ids")), liveInsert(raw("$ids"), new Date(0))].map((q) => [q.sql, q.values]),
    ),
  )
  .digest("hex")
  .slice(0, 32);

/** Serializes the refreshes (a refresh computes from a snapshot taken after the previous one committed). */
const REFRESH_LOCK = 1_500_001;

/**
 * Bring the cells of the communities below `path` up to date for `now`: recompute those a change
 * marked stale (or every cell, when they were computed by another version of the catalog), and the
 * live cells that do not hold at `now`. One statement when all are current; else one transaction.
 */
export async function refreshCells(prisma: Db, path: string, now: Date): Promise<void> {
  const below = `${path}%`;
  const expired = Prisma.sql`SELECT c."id" FROM "Community" c LEFT JOIN "IndicatorLive" l ON l."communityId" = c."id"
    WHERE c."path" LIKE ${below} AND (l."communityId" IS NULL OR l."computedAt" > ${now} OR l."validUntil" <= ${now})`;
  const [probe] = await prisma.$queryRaw<{ stale: boolean; expired: boolean; layout: string | null }[]>`
    SELECT EXISTS (SELECT 1 FROM "IndicatorDirty" d JOIN "Community" c ON c."id" = d."communityId" WHERE c."path" LIKE ${below}) AS stale,
      EXISTS (${expired}) AS expired, (SELECT "layout" FROM "IndicatorLayout" WHERE "id" = 1) AS layout`;
  if (!probe!.stale && !probe!.expired && probe!.layout === LAYOUT) return;
  const run = async (tx: Prisma.TransactionClient) => {
    await tx.$queryRaw`SELECT pg_advisory_xact_lock(${REFRESH_LOCK}::bigint)::text AS locked`;
    const [layout] = await tx.$queryRaw<{ layout: string }[]>`SELECT "layout" FROM "IndicatorLayout" WHERE "id" = 1`;
    if (layout?.layout !== LAYOUT) {
      await tx.$executeRaw`WITH m AS (DELETE FROM "IndicatorMonth"), p AS (DELETE FROM "IndicatorPeriod"), s AS (DELETE FROM "IndicatorState"), l AS (DELETE FROM "IndicatorLive")
        INSERT INTO "IndicatorDirty" ("communityId") SELECT "id" FROM "Community"`;
      await tx.$executeRaw`INSERT INTO "IndicatorLayout" ("id", "layout") VALUES (1, ${LAYOUT}) ON CONFLICT ("id") DO UPDATE SET "layout" = EXCLUDED."layout"`;
    }
    const [taken] = await tx.$queryRaw<{ ids: string[] | null; live: string[] | null }[]>`
      WITH d AS (DELETE FROM "IndicatorDirty" d USING "Community" c WHERE c."id" = d."communityId" AND c."path" LIKE ${below} RETURNING d."communityId")
      SELECT (SELECT array_agg(DISTINCT "communityId")::text[] FROM d) AS ids,
        (SELECT array_agg("id")::text[] FROM (SELECT "communityId" AS "id" FROM d UNION ${expired}) e) AS live`;
    const ids = taken?.ids;
    if (ids?.length) {
      const list = Prisma.sql`${ids}::uuid[]`;
      await tx.$executeRaw`WITH s AS (DELETE FROM "IndicatorState" WHERE "communityId" = ANY(${list})), p AS (DELETE FROM "IndicatorPeriod" WHERE "communityId" = ANY(${list}))
        DELETE FROM "IndicatorMonth" WHERE "communityId" = ANY(${list})`;
      await tx.$executeRaw(flowInsert(list));
      await tx.$executeRaw(periodInsert(list));
      await tx.$executeRaw(stateInsert(list));
      await tx.$executeRaw(typesUpdate(list));
    }
    const live = taken?.live;
    if (live?.length) {
      const list = Prisma.sql`${live}::uuid[]`;
      await tx.$executeRaw`DELETE FROM "IndicatorLive" WHERE "communityId" = ANY(${list})`;
      await tx.$executeRaw(liveInsert(list, now));
    }
  };
  // A first refresh after a bulk load recomputes every community: give it time.
  await (prisma as Extract<Db, { $transaction: unknown }>).$transaction(run, { timeout: 600_000, maxWait: 60_000 });
}

/** The cells' flows of the node's communities (CTE c) summed per China calendar month of the window (k: "YYYY-MM"): the trends. */
export function monthCells(w: Window): Prisma.Sql {
  return Prisma.sql`(SELECT to_char(m."month", 'YYYY-MM') AS k, ${raw(`ARRAY[${FLOW_LAYOUT.map((_, i) => `SUM(m."v"[${i + 1}]::float8)::bigint`).join(", ")}]`)} AS v
    FROM "IndicatorMonth" m WHERE m."communityId" IN (SELECT "id" FROM c) AND m."month" >= ${day(w.fromDay)} AND m."month" < ${day(w.toDay)} GROUP BY 1)`;
}

/** The live cells' flows of the node's communities (CTE c) summed per month of `keys` ("YYYY-MM"): the trends. */
export function liveMonthCells(keys: string[]): Prisma.Sql {
  return Prisma.sql`(SELECT m.k, ${raw(`ARRAY[${LIVE_FLOW_LAYOUT.map((_, i) => `SUM(((l."flows" -> m.k) ->> ${i})::float8)::bigint`).join(", ")}]`)} AS v
    FROM unnest(${keys}::text[]) AS m(k) CROSS JOIN "IndicatorLive" l WHERE l."communityId" IN (SELECT "id" FROM c) AND l."flows" ? m.k GROUP BY m.k)`;
}

/** A community's flow cell for a period (a month's, a quarter's or a year's), to join on c."id" as `alias`. */
export function periodCell(alias: string, period: { kind: "MONTH" | "QUARTER" | "YEAR"; key: string; fromMonth: Date }): Prisma.Sql {
  const a = raw(`"${alias}"`);
  return period.kind === "MONTH"
    ? Prisma.sql`"IndicatorMonth" ${a} ON ${a}."communityId" = c."id" AND ${a}."month" = ${day(period.fromMonth.toISOString().slice(0, 10))}`
    : Prisma.sql`"IndicatorPeriod" ${a} ON ${a}."communityId" = c."id" AND ${a}."period" = ${period.key}`;
}

/**
 * Recompute every stale community's cells every `everyMs` in the background (each API worker runs
 * one; the refresh lock lets one at a time work): the cockpit's first read after a busy hour does
 * not pay for it, and the stale marks do not pile up where nobody reads the figures.
 */
export function startCellsSweep(prisma: Db, everyMs = 60_000): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= refreshCells(prisma, "/", new Date())
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
