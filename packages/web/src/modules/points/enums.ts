// Labels and colours of the contract's points enums (labels from the points catalog).
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

export const RULE_CATEGORIES = ["VOLUNTEER", "VILLAGE_RULE", "PARTY_POST", "OTHER"] as const;
export const RULE_KINDS = ["PER_HOUR", "PER_ACTIVITY", "PER_OCCURRENCE"] as const;
export const PERIOD_KINDS = ["MONTH", "QUARTER", "YEAR"] as const;
export const ACCOUNT_KINDS = ["PERSON", "HOUSEHOLD"] as const;
export const CLAIM_STATUSES = ["SUBMITTED", "APPROVED", "PUBLICIZED", "POSTED", "REJECTED"] as const;
export const REWARD_KINDS = ["GOODS", "VOUCHER", "SERVICE"] as const;
export const REDEMPTION_STATUSES = ["PENDING", "FULFILLED", "CANCELLED"] as const;

export type RuleCategory = (typeof RULE_CATEGORIES)[number];
export type RuleKind = (typeof RULE_KINDS)[number];
export type PeriodKindValue = (typeof PERIOD_KINDS)[number];
export type AccountKind = (typeof ACCOUNT_KINDS)[number];
export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type RewardKind = (typeof REWARD_KINDS)[number];
export type RedemptionStatus = (typeof REDEMPTION_STATUSES)[number];

export const COLORS = {
  PointsClaimStatus: { SUBMITTED: "yellow", APPROVED: "blue", PUBLICIZED: "grape", POSTED: "green", REJECTED: "gray" },
  PointsEntryKind: { AWARD: "green", DEDUCTION: "red", REDEMPTION: "orange", REFUND: "cyan", REVERSAL: "gray" },
  RedemptionStatus: { PENDING: "yellow", FULFILLED: "green", CANCELLED: "gray" },
} as const;

export type EnumName = keyof typeof COLORS | "PointsRuleCategory" | "PointsRuleKind" | "PointsPeriodKind" | "PointsAccountKind" | "PointsAccountMode" | "RewardKind";

/** `label("PointsClaimStatus", "POSTED")` → 已入账. */
export function useEnumLabel() {
  const { t } = useTranslation("points");
  return useCallback((name: EnumName, value: string) => t(`enums.${name}.${value}` as "enums.PointsClaimStatus.POSTED"), [t]);
}

export const colorOf = (name: keyof typeof COLORS, value: string): string => (COLORS[name] as Record<string, string>)[value] ?? "gray";

/** Options for a Select over an enum. */
export function useEnumOptions() {
  const label = useEnumLabel();
  return useCallback((name: EnumName, values: readonly string[]) => values.map((value) => ({ value, label: label(name, value) })), [label]);
}
