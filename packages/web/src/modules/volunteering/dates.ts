// Times in forms: <input type="datetime-local"> speaks the reader's clock; the API takes UTC ISO
// instants. Points periods (2026-11, 2026-Q4, 2026) are China calendar periods (UTC+8).
const pad = (n: number) => String(n).padStart(2, "0");

/** An instant as a datetime-local value in the reader's clock ("2026-11-22T19:30"). */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A datetime-local value as a UTC ISO instant; null when it is not a time. */
export function localToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Today in the reader's calendar (YYYY-MM-DD). */
export const localDay = () => toLocalInput(new Date()).slice(0, 10);

/** The first day (local midnight) of the month holding `d`, `months` later. */
export const monthStart = (d: Date, months = 0) => new Date(d.getFullYear(), d.getMonth() + months, 1);

/** A day in the reader's calendar (YYYY-MM-DD). */
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

export type PeriodKind = "MONTH" | "QUARTER" | "YEAR";

/** The current China month (YYYY-MM). */
export const chinaMonth = (now = new Date()) => new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 7);

/** The period holding the current China month: 2026-11, 2026-Q4 or 2026. */
export function currentPeriod(kind: PeriodKind, now = new Date()): string {
  const [y, m] = chinaMonth(now).split("-").map(Number) as [number, number];
  if (kind === "YEAR") return String(y);
  if (kind === "QUARTER") return `${y}-Q${Math.ceil(m / 3)}`;
  return `${y}-${pad(m)}`;
}

/** The `count` periods of a kind up to the current one, newest first. */
export function recentPeriods(kind: PeriodKind, count = 12, now = new Date()): string[] {
  const [y, m] = chinaMonth(now).split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    if (kind === "YEAR") return String(y - i);
    if (kind === "QUARTER") {
      const q = Math.ceil(m / 3) - 1 - i;
      const year = y + Math.floor(q / 4);
      return `${year}-Q${(((q % 4) + 4) % 4) + 1}`;
    }
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  });
}

/** The kind of a period key. */
export const periodKindOf = (key: string): PeriodKind => (key.includes("Q") ? "QUARTER" : key.length === 4 ? "YEAR" : "MONTH");

/** Minutes as hours with one decimal ("2.5"). */
export const hoursOf = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1);
