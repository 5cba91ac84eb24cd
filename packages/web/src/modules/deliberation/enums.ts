// Labels and colours of the contract's deliberation enums (labels from the catalog).
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

export const COLORS = {
  TopicStatus: { SUBMITTED: "yellow", ACCEPTED: "blue", SCHEDULED: "indigo", DELIBERATED: "violet", RESOLVED: "green", ESCALATED: "orange", DONE: "teal", DECLINED: "gray" },
  MeetingStatus: { SCHEDULED: "blue", IN_PROGRESS: "green", CLOSED: "gray", CANCELLED: "red" },
  CharterStatus: { DRAFT: "yellow", ADOPTED: "green", SUPERSEDED: "gray" },
  ResolutionStatus: { PLANNED: "gray", IN_PROGRESS: "blue", DONE: "green" },
  VoteResult: { PASSED: "green", REJECTED: "red", NO_QUORUM: "orange" },
  VoteStatus: { OPEN: "green", CLOSED: "gray" },
  AttendanceStatus: { PRESENT: "green", ABSENT: "red", EXCUSED: "yellow" },
  BallotChoice: { FOR: "green", AGAINST: "red", ABSTAIN: "gray" },
} as const;

export type EnumName =
  | keyof typeof COLORS
  | "SeatCategory"
  | "CommitteeRole"
  | "QuorumRule"
  | "VoteThreshold"
  | "ClauseKind"
  | "TopicCategory"
  | "TopicSource"
  | "MeetingMode"
  | "TopicStage";

/** `label("TopicStatus", "SUBMITTED")` → 待审. */
export function useEnumLabel() {
  const { t } = useTranslation("deliberation");
  return useCallback((name: EnumName, value: string) => t(`enums.${name}.${value}` as "enums.TopicStatus.SUBMITTED"), [t]);
}

export const colorOf = <E extends keyof typeof COLORS>(name: E, value: string): string =>
  (COLORS[name] as Record<string, string>)[value] ?? "gray";

export const SEATS = ["PARTY_ORGANIZATION", "RESIDENTS_COMMITTEE", "SUPERVISION_COMMITTEE", "DEPUTIES", "NOTABLES", "RETIRED_CADRES", "RESIDENT_REPRESENTATIVES"] as const;
export const ROLES = ["DIRECTOR", "DEPUTY_DIRECTOR", "MEMBER", "SECRETARY"] as const;
export const CATEGORIES = ["PUBLIC_FACILITIES", "ENVIRONMENT", "LAND_HOUSING", "COLLECTIVE_ECONOMY", "LIVELIHOOD", "SAFETY", "CULTURE", "DISPUTES", "OTHER"] as const;
/** The topic board's columns, in the order a topic moves. */
export const BOARD = ["SUBMITTED", "ACCEPTED", "SCHEDULED", "DELIBERATED", "RESOLVED", "ESCALATED", "DONE", "DECLINED"] as const;
export const STAGES = ["PROPOSAL", "DELIBERATION", "RESOLUTION"] as const;
/**
 * Display only: a topic still in review shows its co-signatures and whether it is ready. What may be
 * done with a topic comes from its allowedSteps, never from its status.
 */
export const IN_REVIEW: Record<keyof typeof COLORS.TopicStatus, boolean> = {
  SUBMITTED: true,
  ACCEPTED: false,
  SCHEDULED: false,
  DELIBERATED: false,
  RESOLVED: false,
  ESCALATED: false,
  DONE: false,
  DECLINED: false,
};

/** Display only: while a meeting is live the tablet refreshes and opens on the agenda. */
export const LIVE_MEETING: Record<keyof typeof COLORS.MeetingStatus, boolean> = { SCHEDULED: false, IN_PROGRESS: true, CLOSED: false, CANCELLED: false };

/** Options for a Select over an enum. */
export function useEnumOptions() {
  const label = useEnumLabel();
  return useCallback((name: EnumName, values: readonly string[]) => values.map((value) => ({ value, label: label(name, value) })), [label]);
}
