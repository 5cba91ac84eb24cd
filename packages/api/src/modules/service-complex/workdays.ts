// Working-day math for promised time limits (承诺时限): Monday–Friday are working days, Saturday and
// Sunday are not, unless the district's holiday calendar says otherwise: a listed holiday is a day
// off, a listed make-up working day (调休上班, often a Saturday or Sunday) is a working day. Days are
// China's calendar days (UTC+8, no daylight saving); times are stored in UTC.
import { CHINA_OFFSET_MS, chinaDay } from "../../shared/chinaTime.js";

/** A district's calendar: "YYYY-MM-DD" → isWorkday. Days not listed follow the weekday rule. */
export type Calendar = ReadonlyMap<string, boolean>;

const DAY_MS = 86_400_000;

export const addDays = (day: string, n: number): string => new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** ISO weekday: Monday = 1 … Sunday = 7. */
export const isoWeekday = (day: string): number => {
  const w = new Date(`${day}T00:00:00Z`).getUTCDay();
  return w === 0 ? 7 : w;
};

export const isWorkday = (day: string, cal: Calendar): boolean => cal.get(day) ?? isoWeekday(day) <= 5;

/** Guard against a calendar with no working day at all (ten years of days off). */
const MAX_STEPS = 3_660;

/**
 * The `n`th working day after `day` (the day itself is not counted: a 3-day limit for a request made
 * on Monday ends on Thursday). n = 0 (即办) is `day` itself when it is a working day, else the next one.
 */
export function addWorkdays(day: string, n: number, cal: Calendar): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`);
  let d = day;
  let steps = 0;
  const step = () => {
    d = addDays(d, 1);
    if (++steps > MAX_STEPS) throw new RangeError("the calendar has no working day in ten years");
  };
  if (n === 0) {
    while (!isWorkday(d, cal)) step();
    return d;
  }
  for (let left = n; left > 0; ) {
    step();
    if (isWorkday(d, cal)) left -= 1;
  }
  return d;
}

/** The last millisecond of a China calendar day, in UTC (23:59:59.999 +08:00). */
export const endOfChinaDay = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS - CHINA_OFFSET_MS - 1);

/** The first millisecond of a China calendar day, in UTC. */
export const startOfChinaDay = (day: string): Date => new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS);

/** The promised day and deadline of a request made at `at` with a limit of `days` working days. */
export function dueFor(at: Date, days: number, cal: Calendar): { dueDate: string; dueAt: Date } {
  const dueDate = addWorkdays(chinaDay(at), days, cal);
  return { dueDate, dueAt: endOfChinaDay(dueDate) };
}

/**
 * Open tickets due at or before this moment are "nearly due" (临期): due today or by the end of the
 * next working day.
 */
export const dueSoonLimit = (now: Date, cal: Calendar): Date => endOfChinaDay(addWorkdays(chinaDay(now), 1, cal));

export type DueState = "ON_TRACK" | "DUE_SOON" | "OVERDUE" | "AWAITING_MATERIALS" | "CLOSED_ON_TIME" | "CLOSED_LATE";

/**
 * Where a ticket stands against its deadline. A ticket returned for missing materials waits for the
 * resident: its clock restarts when they resubmit, so it is neither overdue nor nearly due.
 */
export function dueState(t: { dueAt: Date; closedAt: Date | null; status?: string }, now: Date, cal: Calendar): DueState {
  if (t.closedAt) return t.closedAt.getTime() <= t.dueAt.getTime() ? "CLOSED_ON_TIME" : "CLOSED_LATE";
  if (t.status === "RETURNED") return "AWAITING_MATERIALS";
  if (now.getTime() > t.dueAt.getTime()) return "OVERDUE";
  return t.dueAt.getTime() <= dueSoonLimit(now, cal).getTime() ? "DUE_SOON" : "ON_TRACK";
}

/** A China calendar month "YYYY-MM" as the UTC interval [from, to). */
export function chinaMonth(month: string): { from: Date; to: Date } {
  const [y, m] = month.split("-").map(Number) as [number, number];
  const first = `${month}-01`;
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, "0")}-01`;
  return { from: startOfChinaDay(first), to: startOfChinaDay(next) };
}
