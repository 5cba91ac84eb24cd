// Labels and colours of the contract's project enums (labels from the catalog).
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

export const COLORS = {
  ProjectStatus: { PROPOSED: "gray", DELIBERATING: "violet", APPROVED: "blue", IN_PROGRESS: "cyan", COMPLETED: "green", EVALUATED: "teal", CANCELLED: "red" },
  BudgetWarning: { OK: "green", NEARLY_SPENT: "orange", OVERSPENT: "red" },
  SponsorshipStatus: { PLEDGED: "yellow", RECEIVED: "green", WITHDRAWN: "gray" },
  ProjectTaskStatus: { TODO: "gray", DOING: "blue", DONE: "green" },
  FundingSource: { FISCAL: "blue", AWARD_SUBSIDY: "teal", CHARITY: "pink", DONATION: "orange", SELF_RAISED: "grape" },
  BeneficiaryGroup: { ELDERLY: "orange", CHILDREN: "cyan", DISADVANTAGED: "red", OTHER: "gray" },
} as const;

export type EnumName = keyof typeof COLORS | "ProjectOrigin" | "ProjectStep" | "ProjectEventKind" | "SponsorshipKind" | "SponsorType" | "ProjectFileKind";

/** `label("ProjectStatus", "APPROVED")` → 已立项. */
export function useEnumLabel() {
  const { t } = useTranslation("projects");
  return useCallback((name: EnumName, value: string) => t(`enums.${name}.${value}` as "enums.ProjectStatus.APPROVED"), [t]);
}

export const colorOf = <E extends keyof typeof COLORS>(name: E, value: string): string => (COLORS[name] as Record<string, string>)[value] ?? "gray";

/** Options for a Select over an enum. */
export function useEnumOptions() {
  const label = useEnumLabel();
  return useCallback((name: EnumName, values: readonly string[]) => values.map((value) => ({ value, label: label(name, value) })), [label]);
}

export const STATUSES = ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS", "COMPLETED", "EVALUATED", "CANCELLED"] as const;
export const ORIGINS = ["RESIDENT_REQUEST", "TOPIC", "NEED", "COMMUNITY"] as const;
export const SOURCES = ["FISCAL", "AWARD_SUBSIDY", "CHARITY", "DONATION", "SELF_RAISED"] as const;
export const GROUPS = ["ELDERLY", "CHILDREN", "DISADVANTAGED", "OTHER"] as const;
/** The lifecycle steps, in the order they are offered. */
export const STEPS = ["DELIBERATE", "APPROVE", "START", "COMPLETE", "EVALUATE", "CANCEL"] as const;
export type Step = (typeof STEPS)[number];
