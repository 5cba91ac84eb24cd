// The web app's one calendar helper. Inputs speak the reader's clock; the API takes UTC ISO
// instants (DateTime) and calendar days (Date, YYYY-MM-DD). Where the API counts by China's
// calendar (overdue milestones, report months, points periods), "today" is today in China (UTC+8).
// Showing dates in the reader's language is lib/format.ts.
const pad = (n: number) => String(n).padStart(2, "0");
const DAY = 86_400_000;
const CHINA_OFFSET = 8 * 3_600_000;

// ── The reader's clock ─────────────────────────────────────────────────────────────────────────

/** A day in the reader's calendar (YYYY-MM-DD). */
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** HH:MM in the reader's clock. */
export const timeOf = (d: Date) => `${pad(d.getHours())}:${pad(d.getMinutes())}`;

/** An instant as a datetime-local value in the reader's clock ("2026-11-22T19:30"). */
export const toLocalInput = (d: Date): string => `${dayKey(d)}T${timeOf(d)}`;

/** A datetime-local value as a UTC ISO instant; null when it is not a time. */
export function localToIso(value: string): string | null {
  if (!value) return null;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** A local day and HH:MM as a UTC ISO instant; null when not a time. */
export function dayTimeToIso(day: string, time: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !/^\d{2}:\d{2}$/.test(time)) return null;
  const d = new Date(`${day}T${time}:00`);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** Today in the reader's calendar (YYYY-MM-DD), `days` from now. */
export const localDay = (days = 0) => dayKey(new Date(Date.now() + days * DAY));

/** Midnight (local) of the Monday of the week holding `d`. */
export function startOfWeek(d: Date): Date {
  const x = new Date(d.getFullYear(), d.getMonth(), d.getDate());
  x.setDate(x.getDate() - ((x.getDay() + 6) % 7));
  return x;
}

export const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);

/** The first day (local midnight) of the month holding `d`, `months` later. */
export const monthStart = (d: Date, months = 0) => new Date(d.getFullYear(), d.getMonth() + months, 1);

/** The whole days from now until an instant (0 once it has passed). */
export const daysUntil = (iso: string) => Math.max(0, Math.ceil((new Date(iso).getTime() - Date.now()) / DAY));

/** Minutes as hours with one decimal ("2.5"). */
export const hoursOf = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1);

// ── Calendar days (Date) ───────────────────────────────────────────────────────────────────────

export const isDay = (v: string) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`));

/** Days from a to b (YYYY-MM-DD). */
export const daysBetween = (a: string, b: string) => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);

// ── China's calendar (UTC+8) ───────────────────────────────────────────────────────────────────

/** Today in China (YYYY-MM-DD), `days` from now. */
export const chinaDay = (days = 0, now = Date.now()) => new Date(now + CHINA_OFFSET + days * DAY).toISOString().slice(0, 10);

/** The current China month (YYYY-MM). */
/** The China calendar week of `now`: Monday 00:00 China time and the Monday after, as ISO instants (the workbench's 本周). */
export function chinaWeek(now = Date.now()): { from: string; to: string } {
  const today = chinaDay(0, now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const monday = Date.parse(`${today}T00:00:00Z`) - weekday * DAY - CHINA_OFFSET;
  return { from: new Date(monday).toISOString(), to: new Date(monday + 7 * DAY).toISOString() };
}

export const chinaMonth = (now = new Date()) => new Date(now.getTime() + CHINA_OFFSET).toISOString().slice(0, 7);

/** The `count` months up to `month` (YYYY-MM), newest first. */
export function recentMonths(month: string, count = 12): string[] {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return Array.from({ length: count }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - i, 1));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  });
}

export type PeriodKind = "MONTH" | "QUARTER" | "YEAR";

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
  if (kind === "MONTH") return recentMonths(`${y}-${pad(m)}`, count);
  return Array.from({ length: count }, (_, i) => {
    if (kind === "YEAR") return String(y - i);
    const q = Math.ceil(m / 3) - 1 - i;
    const year = y + Math.floor(q / 4);
    return `${year}-Q${(((q % 4) + 4) % 4) + 1}`;
  });
}

/** The kind of a period key. */
export const periodKindOf = (key: string): PeriodKind => (key.includes("Q") ? "QUARTER" : key.length === 4 ? "YEAR" : "MONTH");
