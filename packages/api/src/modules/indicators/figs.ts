// The figures' SQL and their compact answer: figuresByKey stacks the SOURCES' aggregates (metrics.ts)
// into one subquery keyed by community or month, whose figs are plain JSON arrays; toFigures and
// addFigs read them back by the sources' figure names.
import { Prisma } from "../../generated/prisma/client.js";
import { sample, SOURCES, type Figure, type Source, type Window } from "./metrics.js";

const raw = Prisma.raw;
const day = (d: string) => Prisma.sql`${d}::date`;

const timeKey = (s: Source) => {
  const c = `x."${s.at!.column}"`;
  return s.at!.kind === "instant" ? raw(`to_char((${c} AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`) : raw(`to_char(${c}, 'YYYY-MM')`);
};
const inWindow = (s: Source, w: Window) => {
  const c = raw(`x."${s.at!.column}"`);
  return s.at!.kind === "instant" ? Prisma.sql`${c} >= ${w.from} AND ${c} < ${w.to}` : Prisma.sql`${c} >= ${day(w.fromDay)} AND ${c} < ${day(w.toDay)}`;
};

/** Each source's figure names in order, by the source's position in SOURCES (the figs arrays' first element). */
const SOURCE_FIGURES: string[][] = SOURCES.map((s) => s.figures(sample, { oneMonth: false }).map((f) => f.name));

/**
 * The figures of `sources` as one subquery of (k, figs): k a community id (uuid; `by: "community"`, flows
 * within the window) or a China calendar month "YYYY-MM" (`by: "month"`, flows only), figs a JSON
 * array with one array per source that has rows for k: the source's position in SOURCES, then its
 * figures in order (plain json arrays: no key names to build, send and parse for every community).
 * Each source is its own aggregate, and they are stacked with UNION ALL rather than joined, so the
 * planner's estimates add up instead of multiplying (joined grouped subqueries made it expect 10^22
 * rows and spend seconds on JIT). Reads the communities from a CTE named c.
 */
export function figuresByKey(sources: Source[], w: Window, by: "community" | "month"): Prisma.Sql {
  if (sources.length === 0) return Prisma.sql`(SELECT NULL::text AS k, NULL::json AS figs WHERE false)`;
  // Months the window spans (a period is whole China calendar months; its days are their first days).
  const months = (Date.parse(w.toDay) - Date.parse(w.fromDay)) / 86_400_000 <= 31 ? 1 : 2;
  const grouping = { oneMonth: by === "month" || months === 1 };
  const parts = sources.map((s) => {
    const key = by === "community" ? raw(`x."communityId"`) : timeKey(s);
    const conditions = [Prisma.sql`x."communityId" IN (SELECT "id" FROM c)`];
    if (s.at) conditions.push(inWindow(s, w));
    if (s.where) conditions.push(s.where(w));
    const figures = s.figures(w, grouping).map((f) => f.sql);
    return Prisma.sql`SELECT ${key} AS k, json_build_array(${raw(String(SOURCES.indexOf(s)))}, ${Prisma.join(figures)}) AS o FROM "${raw(s.table)}" x ${s.join ?? Prisma.empty} WHERE ${Prisma.join(conditions, " AND ")} GROUP BY 1`;
  });
  return Prisma.sql`(SELECT u.k, json_agg(u.o) AS figs FROM (${Prisma.join(parts, "\nUNION ALL\n")}) u GROUP BY u.k)`;
}

/** Figs as figuresByKey gives them: one array per source, [position in SOURCES, ...its figures]. */
export type Figs = number[][];

/** A record of `names`, all 0 (one per list of names: toFigures copies it, so every record has the same shape). */
const templates = new WeakMap<Figure[], Record<string, number>>();
const template = (names: Figure[]) => {
  let t = templates.get(names);
  if (!t) templates.set(names, (t = Object.fromEntries(names.map((f) => [f.name, 0]))));
  return t;
};

/**
 * The figures named `names` from a figs array (absent: 0; a figure's parts from several sources are added). Money too is a number of whole fen: the
 * JSON it comes from is read as numbers anyway, sums of whole fen are exact below 2^53 (¥90 trillion),
 * and the Money scalar refuses anything beyond. Figures of other sources than `names`' are left out.
 */
export function toFigures(figs: Figs | null, names: Figure[]): Record<string, number> {
  const base = template(names);
  const out = { ...base };
  for (const part of figs ?? []) {
    const fields = SOURCE_FIGURES[part[0]!]!;
    for (let i = 0; i < fields.length; i++) {
      const name = fields[i]!;
      if (name in base) out[name] = out[name]! + Number(part[i + 1]);
    }
  }
  return out;
}

/**
 * Adds a figs array's figures to `into` (a record toFigures made, of every FIGURES name): only the
 * figures the row has, not every name — the overview sums 2,000 communities into their streets.
 */
export function addFigs(into: Record<string, number>, figs: Figs | null) {
  for (const part of figs ?? []) {
    const fields = SOURCE_FIGURES[part[0]!]!;
    for (let i = 0; i < fields.length; i++) {
      const name = fields[i]!;
      if (name in into) into[name] = into[name]! + Number(part[i + 1]);
    }
  }
}
