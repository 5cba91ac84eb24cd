// Calendar periods of the points system, in China time (UTC+8): accounting months (the first day of
// a month, stored as a Date), and the MONTH / QUARTER / YEAR periods of caps and rankings.
import { CHINA_OFFSET_MS } from "../../shared/chinaTime.js";
import { UserError } from "../../shared/errors.js";

export type PeriodKind = "MONTH" | "QUARTER" | "YEAR";

export interface Period {
  kind: PeriodKind;
  /** "2026-11", "2026-Q4" or "2026". */
  key: string;
  /** 2026年11月, 2026年第4季度, 2026年. */
  label: string;
  /** First accounting month of the period (inclusive). */
  fromMonth: Date;
  /** First accounting month after the period (exclusive). */
  toMonth: Date;
}

const pad = (n: number) => String(n).padStart(2, "0");
const monthDate = (year: number, month1: number) => new Date(Date.UTC(year, month1 - 1, 1));

/** The accounting month of an instant: the first day of its China calendar month (a Date at UTC midnight). */
export function monthOf(d: Date): Date {
  const local = new Date(d.getTime() + CHINA_OFFSET_MS);
  return monthDate(local.getUTCFullYear(), local.getUTCMonth() + 1);
}

/** The accounting month of a calendar day (a Date column at UTC midnight). */
export const monthOfDay = (day: Date) => monthDate(day.getUTCFullYear(), day.getUTCMonth() + 1);

/** "YYYY-MM" of an accounting month. */
export const monthKey = (month: Date) => month.toISOString().slice(0, 7);

/** The period of `kind` that contains the accounting month `month`. */
export function periodOf(kind: PeriodKind, month: Date): Period {
  const y = month.getUTCFullYear();
  const m = month.getUTCMonth() + 1;
  if (kind === "MONTH") return { kind, key: `${y}-${pad(m)}`, label: `${y}年${m}月`, fromMonth: monthDate(y, m), toMonth: monthDate(y, m + 1) };
  if (kind === "QUARTER") {
    const q = Math.ceil(m / 3);
    return { kind, key: `${y}-Q${q}`, label: `${y}年第${q}季度`, fromMonth: monthDate(y, 3 * q - 2), toMonth: monthDate(y, 3 * q + 1) };
  }
  return { kind, key: String(y), label: `${y}年`, fromMonth: monthDate(y, 1), toMonth: monthDate(y + 1, 1) };
}

/** Parse "2026-11" (a month), "2026-Q4" (a quarter) or "2026" (a year); INVALID naming `field` otherwise. */
export function parsePeriod(value: string, field = "period"): Period {
  const v = value.trim();
  let m = /^(\d{4})-(\d{2})$/.exec(v);
  if (m && Number(m[2]) >= 1 && Number(m[2]) <= 12) return periodOf("MONTH", monthDate(Number(m[1]), Number(m[2])));
  m = /^(\d{4})-Q([1-4])$/i.exec(v);
  if (m) return periodOf("QUARTER", monthDate(Number(m[1]), 3 * Number(m[2]) - 2));
  m = /^(\d{4})$/.exec(v);
  if (m) return periodOf("YEAR", monthDate(Number(m[1]), 1));
  throw new UserError("INVALID", `期间格式为 2026-11（月）、2026-Q4（季度）或 2026（年） (period: YYYY-MM, YYYY-Qn or YYYY; got ${JSON.stringify(value)})`, field);
}

/** The accounting months of a period, oldest first. */
export function monthsOf(p: Pick<Period, "fromMonth" | "toMonth">): Date[] {
  const out: Date[] = [];
  for (let d = p.fromMonth; d < p.toMonth; d = monthDate(d.getUTCFullYear(), d.getUTCMonth() + 2)) out.push(d);
  return out;
}
