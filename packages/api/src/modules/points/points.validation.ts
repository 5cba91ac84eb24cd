// zod models of the points and store inputs. A bad field is a UserError naming `input.<field>`.
import { z } from "zod";
import { day, gid, name, optionalGid, optionalText, text } from "../../shared/validation.js";

export const ACCOUNT_MODES = ["PERSON", "HOUSEHOLD"] as const;
export const RULE_CATEGORIES = ["VOLUNTEER", "VILLAGE_RULE", "PARTY_POST", "OTHER"] as const;
export const RULE_KINDS = ["PER_HOUR", "PER_ACTIVITY", "PER_OCCURRENCE"] as const;
export const PERIOD_KINDS = ["MONTH", "QUARTER", "YEAR"] as const;
export const REWARD_KINDS = ["GOODS", "SERVICE", "VOUCHER"] as const;

const MAX_POINTS = 100_000;
const int = (what: string) => z.number().int(`${what}须为整数 (a whole number)`);

export const settingsInput = z.object({
  accountMode: z.enum(ACCOUNT_MODES).optional(),
  publicityExemptMax: int("免公示上限").min(0, "不能为负 (at least 0)").max(MAX_POINTS, `不超过${MAX_POINTS}`).nullish(),
  noticePeriodDays: int("公示天数").min(1, "公示期至少1天 (at least 1 day)").max(90, "公示期最多90天 (at most 90 days)").optional(),
});

const ruleFields = {
  code: z.string().trim().max(16, "条款编号不超过16个字符 (at most 16)").nullish().transform((v) => (v ? v : null)),
  name: name(60),
  category: z.enum(RULE_CATEGORIES),
  kind: z.enum(RULE_KINDS),
  article: optionalText(40),
  points: int("分值").min(-MAX_POINTS, `不低于-${MAX_POINTS}`).max(MAX_POINTS, `不超过${MAX_POINTS}`).refine((v) => v !== 0, "分值不能为0 (points must not be 0)"),
  capPeriod: z.enum(PERIOD_KINDS).nullish(),
  capPoints: int("上限").min(1, "上限至少为1 (at least 1)").max(MAX_POINTS, `不超过${MAX_POINTS}`).nullish(),
  description: optionalText(1000),
};
export const ruleInput = z.object(ruleFields);
export const ruleUpdate = z.object({ ...ruleFields, active: z.boolean() }).partial();
export type RuleData = { kind: (typeof RULE_KINDS)[number]; points: number; capPeriod?: string | null; capPoints?: number | null };

/** A rule as a whole: hours and activities pay (points > 0); a cap needs both its period and its points. */
export function ruleProblem(r: RuleData): { field: string; message: string } | null {
  if (r.kind !== "PER_OCCURRENCE" && r.points < 0) return { field: "input.points", message: "按时长或按活动的规则分值须为正 (hours and activities earn points)" };
  if ((r.capPeriod == null) !== (r.capPoints == null)) {
    return { field: r.capPeriod == null ? "input.capPeriod" : "input.capPoints", message: "上限须同时给出期间和分值 (capPeriod and capPoints go together)" };
  }
  return null;
}

export const claimInput = z.object({
  ruleId: gid("PointsRule"),
  residentId: optionalGid("Resident"),
  householdId: optionalGid("Household"),
  occurredOn: day,
  reason: text(500),
  evidence: optionalText(1000),
});
export const reviewInput = z.object({ note: optionalText(500) });
export const reasonInput = z.object({ reason: text(500) });
export const publishClaimsInput = z.object({
  claimIds: z.array(gid("PointsClaim")).min(1, "至少一项申报 (at least one claim)").max(200, "一次最多公示200项 (at most 200)"),
  title: optionalText(100),
  periodDays: int("公示天数").min(1, "公示期至少1天").max(90, "公示期最多90天").nullish(),
});

const rewardFields = {
  name: name(60),
  kind: z.enum(REWARD_KINDS),
  description: optionalText(1000),
  sponsor: optionalText(60),
  cost: int("兑换分值").min(1, "兑换分值至少为1 (at least 1)").max(MAX_POINTS, `不超过${MAX_POINTS}`),
};
export const rewardInput = z.object({
  ...rewardFields,
  stock: int("库存").min(0, "库存不能为负 (at least 0)").max(1_000_000, "库存不超过1000000").default(0),
  active: z.boolean().default(true),
});
/** No defaults here: a field left out is not changed. */
export const rewardUpdate = z.object({ ...rewardFields, active: z.boolean() }).partial();
export const stockInput = z.object({
  delta: int("数量").min(-1_000_000, "不低于-1000000").max(1_000_000, "不超过1000000").refine((v) => v !== 0, "数量不能为0 (delta must not be 0)"),
  reason: text(200),
});

export const redeemInput = z.object({
  rewardId: gid("Reward"),
  quantity: int("数量").min(1, "数量至少为1 (quantity must be at least 1)").max(100, "一次最多兑换100件 (at most 100)"),
  idempotencyKey: z
    .string()
    .trim()
    .min(1, "不能为空 (required)")
    .max(100, "不超过100个字符 (at most 100)")
    .regex(/^[A-Za-z0-9_.:-]+$/, "只能包含字母、数字和 _.:- (letters, digits and _.:-)"),
  residentId: optionalGid("Resident"),
});
export const fulfilInput = z.object({
  communityId: gid("Community"),
  code: z
    .string()
    .trim()
    .min(1, "不能为空 (required)")
    .transform((c) => c.toUpperCase().replace(/[\s-]/g, "")),
});
export const cancelInput = z.object({ reason: optionalText(200) });
