import { z } from "zod";

/** A mainland mobile number: 11 digits starting with 1; spaces, dashes and a +86 prefix are dropped. */
export const phone = z
  .string()
  .transform((s) => s.replace(/[\s-]/g, "").replace(/^\+?86(?=1\d{10}$)/, ""))
  .pipe(z.string().regex(/^1\d{10}$/, "请输入11位手机号码 (an 11-digit mobile number)"));

export const code = z
  .string()
  .trim()
  .regex(/^\d{6}$/, "验证码为6位数字 (the code is 6 digits)");

const community = {
  communityId: z.string().trim().min(1).optional().nullable(),
  communityCode: z.string().trim().min(1).max(64).optional().nullable(),
};

export const requestCodeInput = z.object({ ...community, phone });
export const signInInput = z.object({ ...community, phone, code });
export const cardToken = z.string().trim().regex(/^gzk_[A-Za-z0-9_-]{43}$/, "登录卡无效 (not a sign-in card)");
