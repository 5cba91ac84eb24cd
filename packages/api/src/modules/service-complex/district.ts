// The district (区) of a community and the district's holiday calendar (for due dates and
// overdue flags).
import type { Context } from "../../shared/context.js";
import type { Db } from "../../shared/service.js";
import { addDays, type Calendar } from "./workdays.js";

/** The district (区) at the top of a materialized path "/<district>/<street>/<community>/". */
export const districtIdOf = (path: string) => path.split("/").filter(Boolean)[0] ?? "";

/** The district's holiday calendar from `from` (a China day) on, for about two years. */
export async function loadCalendar(db: Db, districtId: string, from: string): Promise<Calendar> {
  const rows = await db.holidayCalendarDay.findMany({
    where: { regionId: districtId, date: { gte: new Date(`${addDays(from, -7)}T00:00:00Z`), lt: new Date(`${addDays(from, 800)}T00:00:00Z`) } },
    select: { date: true, isWorkday: true },
  });
  return new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.isWorkday]));
}

const calendars = new WeakMap<Context, Map<string, Promise<Calendar>>>();

/** The calendar of a district around today, cached for the request (for overdue/nearly-due flags). */
export function requestCalendar(ctx: Context, districtId: string, today: string): Promise<Calendar> {
  let byDistrict = calendars.get(ctx);
  if (!byDistrict) calendars.set(ctx, (byDistrict = new Map()));
  let cal = byDistrict.get(districtId);
  if (!cal) byDistrict.set(districtId, (cal = loadCalendar(ctx.prisma, districtId, addDays(today, -30))));
  return cal;
}
