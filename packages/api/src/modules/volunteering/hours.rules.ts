// Attendance and hours as pure functions: when check-in and check-out are taken, the minutes a
// sign-up earns (from check-in to check-out, within the activity's window; an hour is 60 minutes),
// and which sign-up a cancellation promotes from the waiting list.
import { CHINA_OFFSET_MS } from "../../shared/chinaTime.js";

/** Check-in opens this long before the activity starts (a volunteer arriving early). */
export const CHECK_IN_GRACE_MS = 30 * 60_000;
/** Scanning to check out is taken until this long after the end; later, staff record it. */
export const CHECK_OUT_GRACE_MS = 2 * 3_600_000;
/** Staff may record a time this far ahead of the server's clock (clock skew). */
export const CLOCK_SKEW_MS = 60_000;

export interface Window {
  startsAt: Date;
  endsAt: Date;
}

const hhmm = (d: Date) => new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(5, 16).replace("T", " ");

/** Why a check-in at `at` is refused (null: it is taken): from 30 minutes before the start until the end. */
export function checkInRefusal(w: Window, at: Date): string | null {
  if (at.getTime() < w.startsAt.getTime() - CHECK_IN_GRACE_MS) return `签到时间未到：活动${hhmm(w.startsAt)}开始，开始前30分钟起可签到 (check-in opens 30 minutes before the start)`;
  if (at.getTime() >= w.endsAt.getTime()) return `活动已于${hhmm(w.endsAt)}结束，不能签到 (the activity has ended)`;
  return null;
}

/** Why a check-out at `at` is refused (null: it is taken). `scan`: by the app, which has a deadline; staff record any later time. */
export function checkOutRefusal(w: Window, checkedInAt: Date, at: Date, scan: boolean): string | null {
  if (at.getTime() <= checkedInAt.getTime()) return "签退时间须晚于签到时间 (check-out must come after check-in)";
  if (scan && at.getTime() > w.endsAt.getTime() + CHECK_OUT_GRACE_MS) return "已超过扫码签退时间（活动结束后2小时内），请联系工作人员补签退 (ask staff to record the check-out)";
  return null;
}

/** Whole minutes from check-in to check-out within the activity's window (the parts before the start and after the end do not count). */
export function minutesServed(w: Window, checkedInAt: Date, checkedOutAt: Date): number {
  const from = Math.max(checkedInAt.getTime(), w.startsAt.getTime());
  const to = Math.min(checkedOutAt.getTime(), w.endsAt.getTime());
  return Math.max(0, Math.floor((to - from) / 60_000));
}

/** The longest a sign-up can be credited: the activity's window, in minutes. */
export const windowMinutes = (w: Window) => Math.floor((w.endsAt.getTime() - w.startsAt.getTime()) / 60_000);

/** A new sign-up gets a place while confirmed ones are fewer than the capacity; otherwise it waits. */
export const signUpStatus = (confirmed: number, capacity: number): "CONFIRMED" | "WAITLISTED" => (confirmed < capacity ? "CONFIRMED" : "WAITLISTED");

/** How many waiting sign-ups get a place when `capacity` allows more than `confirmed`. */
export const placesFree = (confirmed: number, capacity: number) => Math.max(0, capacity - confirmed);

/** Required skills the volunteer lacks (case-insensitive, trimmed). */
export function missingSkills(required: string[], has: string[]): string[] {
  const own = new Set(has.map((s) => s.trim().toLowerCase()));
  return required.filter((s) => !own.has(s.trim().toLowerCase()));
}
