// The indicators' figures by position: the overview adds 2,000 communities' figures into their
// streets as arrays (a named property per figure is a keyed lookup each time: most of a request's
// CPU), and hands them to the GraphQL fields through a view that reads them by name.
import { FIGURES } from "./metrics.js";

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
/** The positions in FIGURES of a layout's figures. */
export const positionsOf = (layout: readonly string[]): Int32Array => Int32Array.from(layout, positionOf);

/** Adds an array of figures in a layout's order (its positions from positionsOf) to `v`. */
export function addArray(v: Vector, values: readonly (number | string)[] | null, at: Int32Array) {
  if (!values) return;
  for (let i = 0; i < at.length; i++) {
    const j = at[i]!;
    if (j >= 0) v[j]! += Number(values[i]);
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
