// The holiday calendar of a district (节假日安排): holidays and make-up working days, per year.
import { canAtPath } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { loadDistrict } from "./catalog.service.js";
import { parseInput } from "../../shared/service.js";
import { holidayCalendarInput } from "./service.validation.js";
import { isoWeekday } from "./workdays.js";

export const yearRange = (year: number) => ({ gte: new Date(`${year}-01-01T00:00:00Z`), lt: new Date(`${year + 1}-01-01T00:00:00Z`) });

/**
 * Replace a district's calendar for one year. A make-up working day must fall on a weekend (a
 * weekday works anyway). Due dates of tickets already open are not recomputed.
 */
export async function setHolidayCalendar(ctx: Context, input: { districtId: string; year: number; days: { date: string; isWorkday: boolean; name: string }[] }) {
  const regionId = parseId("input.districtId", input.districtId, "Region");
  const d = parseInput(holidayCalendarInput, input);
  const seen = new Set<string>();
  d.days.forEach((day, i) => {
    const valid = !Number.isNaN(Date.parse(`${day.date}T00:00:00Z`)) && new Date(`${day.date}T00:00:00Z`).toISOString().startsWith(day.date);
    if (!valid || !day.date.startsWith(`${d.year}-`)) throw new UserError("INVALID", `日期须在${d.year}年内 (a date of ${d.year})`, `input.days.${i}.date`);
    if (seen.has(day.date)) throw new UserError("DUPLICATE", "日期重复 (listed twice)", `input.days.${i}.date`);
    seen.add(day.date);
    if (day.isWorkday && isoWeekday(day.date) <= 5) throw new UserError("INVALID", "调休上班日应为周六或周日 (a make-up working day falls on a weekend)", `input.days.${i}.isWorkday`);
  });
  const district = await loadDistrict(ctx, "input.districtId", regionId);
  if (!canAtPath(ctx, "catalog:manageTemplate", district.path)) throw forbidden("input.districtId");
  return command(ctx, async (tx) => {
    const where = { regionId, date: yearRange(d.year) };
    const before = await tx.holidayCalendarDay.findMany({ where, orderBy: { date: "asc" }, select: { date: true, isWorkday: true, name: true } });
    await tx.holidayCalendarDay.deleteMany({ where });
    await tx.holidayCalendarDay.createMany({ data: d.days.map((day) => ({ regionId, date: new Date(`${day.date}T00:00:00Z`), isWorkday: day.isWorkday, name: day.name })) });
    const after = await tx.holidayCalendarDay.findMany({ where, orderBy: { date: "asc" } });
    await audit(tx, ctx, {
      action: "catalog:manageTemplate",
      communityId: null,
      regionId,
      targetType: "HolidayCalendar",
      targetId: `${regionId}:${d.year}`,
      before,
      after: after.map(({ date, isWorkday, name }) => ({ date, isWorkday, name })),
    });
    return after;
  });
}
