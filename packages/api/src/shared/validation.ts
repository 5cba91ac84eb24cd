// The validation kit: zod pieces every module's input models are made of, with one message each.
// A bad field becomes a UserError naming `input.<field>` (parseInput in shared/service.ts).
import { z } from "zod";
import { parseId } from "./ids.js";
import { MAX_FEN } from "./money.js";

// --- Ids ---

/** A global id of `type`, decoded to the row id; a malformed one is an INVALID issue on its field. */
export const gid = (type: string) =>
  z.string().transform((v, ctx) => {
    try {
      return parseId("", v, type);
    } catch {
      ctx.addIssue({ code: "custom", message: `不是有效的${type} ID (malformed or wrong type)` });
      return z.NEVER;
    }
  });
/** An optional global id: absent, null or "" (null). */
export const optionalGid = (type: string) => gid(type).nullish().or(z.literal("").transform(() => null));
/** An optional global id where "" is a malformed id (INVALID), not null. */
export const nullableGid = (type: string) => gid(type).nullish();

// --- Names and texts ---

/** A required text, trimmed: 1 to `max` characters. */
export const text = (max: number) => z.string().trim().min(1, "不能为空 (required)").max(max, `不能超过${max}个字 (at most ${max} characters)`);
/** A name: a required text of at most `max` (60) characters. */
export const name = (max = 60) => text(max);
/** An optional text, trimmed, at most `max` characters; "" is null (left out stays left out). */
export const optionalText = (max: number) =>
  z.string().trim().max(max, `不能超过${max}个字 (at most ${max} characters)`).nullish().transform((v) => (v === "" ? null : v));
/** A code (编码): letters, digits, - and _, at most 32; blank is null. */
export const code = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{1,32}$/, "编码只能包含字母、数字、- 和 _，最多32位 (letters, digits, - and _)")
  .nullish()
  .or(z.literal("").transform(() => null));

// --- Days and times ---

/** A Date-scalar string (already checked by the scalar) as a Date at UTC midnight. */
export const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "日期格式为 YYYY-MM-DD")
  .transform((d) => new Date(`${d}T00:00:00Z`));
/** A DateTime-scalar value. */
export const time = z.date({ message: "须为时间 (a DateTime)" });

// --- Contact ---

/** A phone number: a mobile (11 digits) or a landline with its area code; blank is null. */
export const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "电话号码格式不正确 (not a valid phone number)")
  .nullish()
  .or(z.literal("").transform(() => null));

// --- Money (integer fen; the Money scalar and the arithmetic are shared/money.ts's) ---

/** Whole fen, 0 to MAX_FEN. */
export const fenAmount = z
  .number("金额须为数字（单位：分） (a number of fen)")
  .int("金额须为整数（单位：分） (an integer number of fen)")
  .min(0, "金额不能为负数 (must not be negative)")
  .max(MAX_FEN, "金额不能超过100亿元 (at most ¥10,000,000,000)");
/** Whole fen, more than zero. */
export const positiveFen = fenAmount.refine((v) => v > 0, "金额须大于0 (must be more than 0)");
