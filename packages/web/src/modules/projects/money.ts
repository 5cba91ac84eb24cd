// Money is integer fen (分) in the API (the Money scalar: a JSON number of whole fen, exact up to
// 2^53 − 1); shown as ¥ with 2 decimals, typed in yuan. One amount is at most ¥10,000,000,000.
import { wholeInRange } from "../../lib/numberRules";

/** The most one amount may be, in fen (¥10,000,000,000), as the API checks it. */
export const MAX_FEN = 1_000_000_000_000;

/** 123456 → "¥1,234.56" (negative for a reversal: "-¥24.00"). */
export function formatFen(fen: number | null | undefined): string {
  if (fen == null) return "—";
  const abs = new Intl.NumberFormat("zh-CN", { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Math.abs(fen) / 100);
  return `${fen < 0 ? "-" : ""}¥${abs}`;
}

/** A yuan amount typed in a form (number or string) → whole fen; null when not a number. */
export function yuanToFen(yuan: number | string | null | undefined): number | null {
  if (yuan === "" || yuan == null) return null;
  const n = typeof yuan === "number" ? yuan : Number(yuan);
  if (!Number.isFinite(n)) return null;
  const fen = Math.round(n * 100);
  return Number.isSafeInteger(fen) ? fen : null;
}

/** A typed yuan amount is a valid fen amount: 0 (or 1 fen when `positive`) to MAX_FEN, at most 2 decimals. */
export function yuanAmountOk(yuan: number | string | null | undefined, positive = false): boolean {
  const fen = yuanToFen(yuan);
  return fen !== null && Math.abs(fen / 100 - Number(yuan)) < 1e-6 && wholeInRange(fen, positive ? 1 : 0, MAX_FEN);
}

/** 0.8312 → "83%"; null → "—". */
export const formatRate = (rate: number | null | undefined) => (rate == null ? "—" : `${Math.round(rate * 100)}%`);
