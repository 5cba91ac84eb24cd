// zod models of the service-complex inputs. A bad field is a UserError naming `input.<field>`.
import { z } from "zod";
import { code, gid, name, optionalGid, optionalText, phone, text } from "../../shared/validation.js";

export const WINDOW_KINDS = ["PARTY_SERVICE", "CIVIL_AFFAIRS", "SOCIAL_SECURITY", "FAMILY_PLANNING", "COMPREHENSIVE_GOVERNANCE", "MEDIATION", "PROXY_SERVICE", "GENERAL"] as const;
export const ITEM_CATEGORIES = ["BASIC", "ENHANCED", "CONVENIENCE"] as const;
export const ROOM_KINDS = ["MEETING", "DELIBERATION", "ACTIVITY", "READING", "TRAINING", "OTHER"] as const;

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "时间格式为 HH:MM，如 08:30 (time as HH:MM)");

export const openingPeriod = z
  .object({ weekday: z.number().int().min(1, "星期为1（周一）至7（周日）").max(7, "星期为1（周一）至7（周日）"), opens: hhmm, closes: hhmm })
  .refine((p) => p.closes > p.opens, { message: "结束时间须晚于开始时间 (closes must be after opens)", path: ["closes"] });

export const complexInput = z.object({
  name: name(60),
  address: name(200),
  phone,
  description: optionalText(1000),
  openingHours: z
    .array(openingPeriod)
    .max(28, "开放时段最多28个 (at most 28 periods)")
    .superRefine((periods, ctx) => {
      periods.forEach((p, i) => {
        const j = periods.findIndex((q, k) => k < i && q.weekday === p.weekday && q.opens < p.closes && p.opens < q.closes);
        if (j >= 0) ctx.addIssue({ code: "custom", message: `与第${j + 1}个时段重叠 (overlaps period ${j})`, path: [i, "opens"] });
      });
    })
    .default([]),
  hoursNote: optionalText(200),
});
export const complexUpdate = complexInput.partial();

export const roomInput = z.object({
  name: name(40),
  kind: z.enum(ROOM_KINDS),
  capacity: z.number().int().min(1, "容纳人数至少为1 (at least 1)").max(5000, "容纳人数不超过5000 (at most 5000)"),
  bookableByResidents: z.boolean().default(false),
  description: optionalText(500),
});
export const roomUpdate = roomInput.partial().extend({ active: z.boolean().optional() });

export const windowInput = z.object({
  name: name(40),
  kind: z.enum(WINDOW_KINDS),
  number: optionalText(8),
  description: optionalText(500),
});
export const windowUpdate = windowInput.partial().extend({ active: z.boolean().optional() });

export const materials = z
  .array(text(100))
  .max(30, "所需材料最多30项 (at most 30 materials)")
  .transform((list) => [...new Set(list)]);
export const timeLimitDays = z
  .number({ message: "承诺时限须为整数个工作日 (whole working days)" })
  .int("承诺时限须为整数个工作日 (whole working days)")
  .min(0, "承诺时限不能为负 (0 = 即办)")
  .max(365, "承诺时限不超过365个工作日 (at most 365)");

/** Every field of a catalog item (a district template item, or a community's own item). */
export const itemInput = z.object({
  code,
  name: name(80),
  category: z.enum(ITEM_CATEGORIES),
  windowKind: z.enum(WINDOW_KINDS),
  materials: materials.default([]),
  timeLimitDays,
  onlineAllowed: z.boolean().default(false),
  proxyAllowed: z.boolean().default(false),
  description: optionalText(1000),
});
export type ItemData = z.output<typeof itemInput>;
export const itemUpdate = z.object({
  code,
  name: name(80).optional(),
  category: z.enum(ITEM_CATEGORIES).optional(),
  windowKind: z.enum(WINDOW_KINDS).optional(),
  materials: materials.optional(),
  timeLimitDays: timeLimitDays.optional(),
  onlineAllowed: z.boolean().optional(),
  proxyAllowed: z.boolean().optional(),
  description: optionalText(1000),
  active: z.boolean().optional(),
});
/** For an adopted item, null clears the community's override (the template's value applies again). */
export const adoptedItemUpdate = z.object({
  code,
  name: name(80).nullish(),
  category: z.enum(ITEM_CATEGORIES).nullish(),
  windowKind: z.enum(WINDOW_KINDS).nullish(),
  materials: materials.nullish(),
  timeLimitDays: timeLimitDays.nullish(),
  onlineAllowed: z.boolean().nullish(),
  proxyAllowed: z.boolean().nullish(),
  description: optionalText(1000),
  active: z.boolean().optional(),
});

export const adoptInput = z.object({ itemIds: z.array(gid("ServiceItem")).min(1, "至少选择一项 (choose at least one)").max(500) });

export const holidayCalendarInput = z.object({
  year: z.number().int().min(2000).max(2100),
  days: z
    .array(
      z.object({
        date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD"),
        isWorkday: z.boolean(),
        name: name(40),
      }),
    )
    .max(120, "一年最多120个特殊日期 (at most 120 days)"),
});

export const ticketInput = z.object({
  itemId: gid("CommunityServiceItem"),
  channel: z.enum(["WINDOW", "ONLINE", "PROXY"]).optional(),
  windowId: optionalGid("ServiceWindow"),
  residentId: optionalGid("Resident"),
  applicantName: optionalText(40),
  applicantPhone: phone,
  proxyAgentName: optionalText(40),
  content: optionalText(2000),
});
export const noteInput = z.object({ note: optionalText(500) });
export const returnInput = z.object({
  materials: z.array(text(100)).min(1, "请写明缺少的材料 (name the missing materials)").max(30),
  note: optionalText(500),
});
export const transferInput = z.object({ department: text(80), note: optionalText(500) });
export const replyInput = z.object({ reply: text(2000) });
export const completeInput = z.object({ resultNote: optionalText(1000) });
export const rejectInput = z.object({ reason: text(500) });
export const rateInput = z.object({
  rating: z.number().int("评分为1至5的整数 (a whole number 1–5)").min(1, "评分为1至5 (1–5)").max(5, "评分为1至5 (1–5)"),
  comment: optionalText(500),
});
export const assignInput = z
  .object({ assigneeId: optionalGid("Account"), windowId: optionalGid("ServiceWindow"), note: optionalText(500) })
  .refine((v) => v.assigneeId !== undefined || v.windowId !== undefined, { message: "请指定经办人或窗口 (assignee or window)", path: ["assigneeId"] });

export const MAX_BOOKING_HOURS = 12;
export const bookingInput = z
  .object({
    roomId: gid("ServiceRoom"),
    startsAt: z.date(),
    endsAt: z.date(),
    purpose: name(100),
    bookerName: optionalText(40),
    attendees: z.number().int().min(1, "人数至少为1 (at least 1)").max(5000).nullish(),
    residentId: optionalGid("Resident"),
  })
  .refine((b) => b.endsAt.getTime() > b.startsAt.getTime(), { message: "结束时间须晚于开始时间 (endsAt must be after startsAt)", path: ["endsAt"] })
  .refine((b) => b.endsAt.getTime() - b.startsAt.getTime() <= MAX_BOOKING_HOURS * 3_600_000, {
    message: `单次预约不超过${MAX_BOOKING_HOURS}小时 (at most ${MAX_BOOKING_HOURS} hours)`,
    path: ["endsAt"],
  });
export const cancelInput = z.object({ reason: optionalText(200) });

export const visitInput = z.object({
  kind: z.enum(["VISIT", "OPINION", "COMPLAINT", "CONSULTATION"]),
  channel: z.enum(["IN_PERSON", "PHONE", "ONLINE", "LETTER"]),
  visitorName: name(40),
  residentId: optionalGid("Resident"),
  topic: name(100),
  content: text(4000),
  visitedAt: z.date().nullish(),
  answer: optionalText(2000),
});
export const answerInput = z.object({ answer: text(2000) });
export const closeVisitInput = z.object({ note: optionalText(500) });
export const monthArg = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, "月份格式为 YYYY-MM (month as YYYY-MM)");
