// Money is integer fen (分). Columns are BIGINT, so Prisma reads them as bigint and the domain sums
// them as bigint (no overflow, no float drift); writes take the validated number. On the wire the
// Money scalar carries a JSON number of whole fen, exact up to 2^53 − 1 (Number.MAX_SAFE_INTEGER,
// about ¥90 trillion); one amount that a client sends is at most MAX_FEN (¥10,000,000,000).
// Amounts a client sends are validated with shared/validation.ts (fenAmount, positiveFen).
import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from "graphql";

/** The most one amount may be: ¥10,000,000,000 in fen. */
export const MAX_FEN = 1_000_000_000_000;

export type FenLike = bigint | number;

/** A fen amount as bigint (null/undefined → 0n). Numbers must be whole. */
export const toFen = (v: FenLike | null | undefined): bigint => (v === null || v === undefined ? 0n : typeof v === "bigint" ? v : BigInt(v));

/** Exact sum of fen amounts. */
export function sumFen(values: Iterable<FenLike | null | undefined>): bigint {
  let s = 0n;
  for (const v of values) s += toFen(v);
  return s;
}

/** A fen amount as a JS number, refused when it would lose precision (never expected below 2^53). */
export function fenToNumber(v: FenLike): number {
  const n = typeof v === "bigint" ? Number(v) : v;
  if (!Number.isSafeInteger(n)) throw new Error(`Money out of the exact range of a JSON number: ${String(v)}`);
  return n;
}

/** a / b as a float rounded to `places`; null when b is not positive. */
export function ratio(a: FenLike, b: FenLike, places = 4): number | null {
  const bb = toFen(b);
  if (bb <= 0n) return null;
  const scale = 10 ** places;
  return Math.round((Number(toFen(a)) / Number(bb)) * scale) / scale;
}

/** "¥1,234.50" from fen (exact for any bigint). */
export function yuan(fen: FenLike): string {
  const f = toFen(fen);
  const abs = f < 0n ? -f : f;
  const whole = (abs / 100n).toLocaleString("en-US");
  return `${f < 0n ? "-" : ""}¥${whole}.${String(abs % 100n).padStart(2, "0")}`;
}

/** Fen as a yuan number for spreadsheets (two decimals; exact to the fen below ¥90 billion). */
export const yuanNumber = (fen: FenLike) => Number(toFen(fen)) / 100;

// --- The wire format: the Money scalar. ---

const refuse = (got: string) =>
  new GraphQLError(`Money must be a JSON number of whole fen (分), e.g. 2500000000 for ¥25,000,000.00, exact up to 2^53 − 1; got ${got}`, {
    extensions: { code: "INVALID" },
  });

/** A Money value from a variable: a safe integer number, nothing else (no strings, floats, NaN). */
export function parseMoney(value: unknown): number {
  if (typeof value !== "number") throw refuse(typeof value === "string" ? `the string ${JSON.stringify(value.slice(0, 40))}` : JSON.stringify(value) ?? typeof value);
  if (!Number.isSafeInteger(value)) throw refuse(String(value));
  return value;
}

function parseMoneyLiteral(ast: ValueNode): number {
  if (ast.kind !== Kind.INT) throw refuse(ast.kind === Kind.STRING ? `the string ${JSON.stringify(ast.value.slice(0, 40))}` : "value" in ast ? String(ast.value) : ast.kind);
  return parseMoney(Number(ast.value));
}

export const MoneyScalar = new GraphQLScalarType<number, number>({
  name: "Money",
  description:
    "An amount of money in whole fen (分, ¥0.01), as a JSON number: 2500000000 is ¥25,000,000.00. Exact up to 2^53 − 1 " +
    "(Number.MAX_SAFE_INTEGER); a float, a string or a number beyond that range is refused. An amount a client sends is " +
    "also checked by its field (most are 0 to 1000000000000, i.e. ¥10,000,000,000; some must be more than 0).",
  serialize: (v) => fenToNumber(typeof v === "bigint" ? v : typeof v === "number" ? v : BigInt(String(v))),
  parseValue: parseMoney,
  parseLiteral: parseMoneyLiteral,
});
