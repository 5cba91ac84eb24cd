// zod models of the notice inputs.
import { z } from "zod";
import { gid, optionalText as optionalTextOrUndefined, text } from "../../shared/validation.js";
import { DEFAULT_PERIOD_DAYS, MAX_PERIOD_DAYS } from "./notice.rules.js";

/** Left out or blank: null. */
const optionalText = (max: number) => optionalTextOrUndefined(max).transform((v) => v ?? null);

export const periodDays = z
  .number()
  .int("须为整数天 (whole days)")
  .min(1, "公示期至少1天 (at least 1 day)")
  .max(MAX_PERIOD_DAYS, `公示期最多${MAX_PERIOD_DAYS}天`)
  .nullish()
  .transform((v) => v ?? DEFAULT_PERIOD_DAYS);

export const noticeInput = z.object({ title: text(100), content: text(20_000), periodDays });
export const withdrawInput = z.object({ reason: text(500) });
export const objectionInput = z.object({
  noticeId: gid("Notice"),
  text: text(2000),
  filerName: optionalText(40),
  filerContact: optionalText(60),
});
export const answerInput = z.object({ decision: z.enum(["UPHELD", "DISMISSED"]), reason: text(1000) });
