// Money is integer fen (分) in the API; shown as ¥ with 2 decimals, typed in yuan.

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
  return Number.isFinite(n) ? Math.round(n * 100) : null;
}

/** 0.8312 → "83%"; null → "—". */
export const formatRate = (rate: number | null | undefined) => (rate == null ? "—" : `${Math.round(rate * 100)}%`);
