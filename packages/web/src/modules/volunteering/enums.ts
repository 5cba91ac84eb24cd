// Labels and colours of the contract's volunteering enums (labels from the volunteering catalog).
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

export const TEAM_KINDS = ["PARTY", "ENVIRONMENT", "ELDERLY", "SAFETY", "CULTURE", "SPORTS", "MEDICAL", "FAMILY", "OTHER"] as const;
export const TEAM_ROLES = ["LEADER", "DEPUTY_LEADER", "MEMBER"] as const;
export const COMMITTEE_ROLES = ["DIRECTOR", "DEPUTY_DIRECTOR", "SECRETARY", "MEMBER"] as const;
export const VOLUNTEER_KINDS = ["RESIDENT", "DUAL_REGISTERED"] as const;
export const ACTIVITY_STATUSES = ["DRAFT", "PUBLISHED", "CANCELLED"] as const;

export type TeamKind = (typeof TEAM_KINDS)[number];
export type TeamRole = (typeof TEAM_ROLES)[number];
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];
export type VolunteerKind = (typeof VOLUNTEER_KINDS)[number];

export const COLORS = {
  VolunteerActivityStatus: { DRAFT: "gray", PUBLISHED: "blue", CANCELLED: "red" },
  VolunteerActivityPhase: { UPCOMING: "cyan", ONGOING: "green", ENDED: "gray" },
  VolunteerSignUpStatus: { CONFIRMED: "blue", WAITLISTED: "orange", CANCELLED: "gray" },
  VolunteerHoursStatus: { NONE: "gray", PENDING: "yellow", APPROVED: "green", REJECTED: "red" },
  VolunteerKind: { RESIDENT: "blue", DUAL_REGISTERED: "red" },
} as const;

export type EnumName =
  | keyof typeof COLORS
  | "VolunteerTeamKind"
  | "VolunteerTeamRole"
  | "VolunteerCommitteeRole"
  | "VolunteerCheckMethod";

/** `label("VolunteerSignUpStatus", "WAITLISTED")` → 候补. */
export function useEnumLabel() {
  const { t } = useTranslation("volunteering");
  return useCallback((name: EnumName, value: string) => t(`enums.${name}.${value}` as "enums.VolunteerSignUpStatus.WAITLISTED"), [t]);
}

/** The activity's phase (未开始/进行中/已结束) is shown for published activities (display only). */
const PHASED: Record<string, boolean> = { PUBLISHED: true };
export const showsPhase = (status: string) => PHASED[status] ?? false;

export const colorOf = (name: keyof typeof COLORS, value: string): string => (COLORS[name] as Record<string, string>)[value] ?? "gray";

/** Options for a Select over an enum. */
export function useEnumOptions() {
  const label = useEnumLabel();
  return useCallback((name: EnumName, values: readonly string[]) => values.map((value) => ({ value, label: label(name, value) })), [label]);
}

