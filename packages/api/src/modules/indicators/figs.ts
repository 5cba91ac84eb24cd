// The figures' SQL and their compact answer: figuresByKey stacks the SOURCES' aggregates (metrics.ts)
// into one subquery keyed by community or month, whose figs are plain JSON arrays; toFigures reads
// them back by the sources' figure names, addFigsTo by the figures' positions (a Vector).
import { Prisma } from "../../generated/prisma/client.js";
import { FIGURES, sample, SOURCES, type Figure, type Source, type Window } from "./metrics.js";

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

// ---- Figures by position: the overview adds 2,000 communities' figures into their streets as
// arrays (a named property per figure is a keyed lookup each time: most of the request's CPU).

/** The figures of FIGURES, by position. */
export const FIGURE_NAMES: readonly string[] = FIGURES.map((f) => f.name);
const POSITION = new Map(FIGURE_NAMES.map((n, i) => [n, i]));
/** Every figure of FIGURES at its position. */
export type Vector = Float64Array;
export const newVector = (): Vector => new Float64Array(FIGURE_NAMES.length);
/** A figure's position in FIGURES. */
export const positionOf = (name: string): number => {
  const i = POSITION.get(name);
  if (i === undefined) throw new Error(`indicators: no figure ${name}`);
  return i;
};
/** The positions in FIGURES of a layout's figures (-1: left out — skipped, or not a figure of FIGURES). */
export const positionsOf = (layout: readonly string[], skip?: ReadonlySet<string>): Int32Array => Int32Array.from(layout, (n) => (skip?.has(n) ? -1 : (POSITION.get(n) ?? -1)));
const SOURCE_POSITIONS = SOURCE_FIGURES.map((names) => positionsOf(names));

/** Adds an array of figures in a layout's order (its positions from positionsOf) to `v`. */
export function addArray(v: Vector, values: readonly (number | string)[] | null, at: Int32Array) {
  if (!values) return;
  for (let i = 0; i < at.length; i++) {
    const j = at[i]!;
    if (j >= 0) v[j]! += Number(values[i]);
  }
}

/** Adds a figs array's figures (figuresByKey) to `v`. */
export function addFigsTo(v: Vector, figs: Figs | null) {
  for (const part of figs ?? []) {
    const at = SOURCE_POSITIONS[part[0]!]!;
    for (let i = 0; i < at.length; i++) {
      const j = at[i]!;
      if (j >= 0) v[j]! += Number(part[i + 1]);
    }
  }
}

export function addVector(into: Vector, from: Vector) {
  for (let i = 0; i < into.length; i++) into[i]! += from[i]!;
}

/**
 * The figures by name, read from the vector: one small object whose prototype has a getter per
 * figure (a record of some 80 properties built by name goes to V8's dictionary mode: slow to make
 * for 2,000 communities and slow to read).
 */
export function toRecord(v: Vector): Record<string, number> {
  return new FigureView(v) as unknown as Record<string, number>;
}
const VECTOR = Symbol("vector");
class FigureView {
  [VECTOR]: Vector;
  constructor(v: Vector) {
    this[VECTOR] = v;
  }
}
FIGURE_NAMES.forEach((name, i) =>
  Object.defineProperty(FigureView.prototype, name, {
    enumerable: true,
    get(this: FigureView) {
      return this[VECTOR][i];
    },
  }),
);
