// The holiday calendar in the contract.
import { builder } from "../../builder.js";
import { can } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { loadDistrict } from "./catalog.service.js";
import { setHolidayCalendar, yearRange } from "./calendar.service.js";
import { districtIdOf } from "./district.js";

builder.prismaObject("HolidayCalendarDay", {
  select: { id: true },
  description: "A day of a district's holiday calendar: a holiday (isWorkday false) or a make-up working day on a weekend (调休上班, isWorkday true). Unlisted days: Monday–Friday work.",
  fields: (t) => ({
    date: t.expose("date", { type: "Date" }),
    isWorkday: t.exposeBoolean("isWorkday"),
    name: t.exposeString("name", { description: "e.g. 国庆节, 国庆节调休上班" }),
  }),
});

/** The district whose calendar a Community or district Region id names. */
async function districtOf(ctx: Context, nodeId: string): Promise<string> {
  let communityId: string | null;
  try {
    communityId = parseId("nodeId", nodeId, "Community");
  } catch {
    communityId = null;
  }
  if (communityId) {
    const c = await ctx.prisma.community.findUnique({ where: { id: communityId }, select: { path: true } });
    if (!c || !(await can(ctx, "service:read", communityId))) throw notFound("nodeId", "社区");
    return districtIdOf(c.path);
  }
  return (await loadDistrict(ctx, "nodeId", parseId("nodeId", nodeId, "Community", "Region"))).id;
}

const HolidayDayInput = builder.inputType("HolidayCalendarDayInput", {
  fields: (t) => ({
    date: t.field({ type: "Date" }),
    isWorkday: t.boolean({ description: "true: a make-up working day (调休上班) on a weekend; false: a holiday." }),
    name: t.string({ description: "e.g. 国庆节" }),
  }),
});
const SetHolidayCalendarInput = builder.inputType("SetHolidayCalendarInput", {
  fields: (t) => ({
    districtId: t.id(),
    year: t.int(),
    days: t.field({ type: [HolidayDayInput], description: "Every holiday and make-up working day of the year; replaces the year's list." }),
  }),
});

builder.queryFields((t) => ({
  holidayCalendar: t.prismaField({
    type: ["HolidayCalendarDay"],
    description: "The holidays and make-up working days of a year that ticket deadlines follow, for a district or a community's district.",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id({ description: "A Community or a district Region." }), year: t.arg.int() },
    resolve: async (query, _r, args, ctx) => {
      const regionId = await districtOf(ctx, String(args.nodeId));
      return ctx.prisma.holidayCalendarDay.findMany({ ...query, where: { regionId, date: yearRange(args.year) }, orderBy: { date: "asc" } });
    },
  }),
}));

builder.mutationFields((t) => ({
  setHolidayCalendar: t.prismaField({
    type: ["HolidayCalendarDay"],
    description: "Replace a district's holiday calendar for one year. Needs catalog:manageTemplate on the district. Deadlines of tickets already open stay as promised.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: SetHolidayCalendarInput }) },
    resolve: (_q, _r, { input }, ctx) => setHolidayCalendar(ctx, { districtId: String(input.districtId), year: input.year, days: input.days }),
  }),
}));
