// Labels and colours of the contract's service-complex enums (labels from the serviceComplex catalog).
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

export const TICKET_STATUSES = ["SUBMITTED", "ACCEPTED", "RETURNED", "TRANSFERRED", "COMPLETED", "REJECTED"] as const;
export const CHANNELS = ["WINDOW", "ONLINE", "PROXY"] as const;
export const CATEGORIES = ["BASIC", "ENHANCED", "CONVENIENCE"] as const;
export const WINDOW_KINDS = ["GENERAL", "PARTY_SERVICE", "CIVIL_AFFAIRS", "SOCIAL_SECURITY", "FAMILY_PLANNING", "COMPREHENSIVE_GOVERNANCE", "MEDIATION", "PROXY_SERVICE"] as const;
export const ROOM_KINDS = ["MEETING", "DELIBERATION", "ACTIVITY", "TRAINING", "READING", "OTHER"] as const;
export const VISIT_KINDS = ["VISIT", "OPINION", "COMPLAINT", "CONSULTATION"] as const;
export const VISIT_CHANNELS = ["IN_PERSON", "PHONE", "LETTER", "ONLINE"] as const;
export const VISIT_STATUSES = ["OPEN", "ANSWERED", "CLOSED"] as const;

export type TicketStatus = (typeof TICKET_STATUSES)[number];
export type Channel = (typeof CHANNELS)[number];
export type Category = (typeof CATEGORIES)[number];
export type WindowKind = (typeof WINDOW_KINDS)[number];
export type RoomKind = (typeof ROOM_KINDS)[number];
export type VisitKind = (typeof VISIT_KINDS)[number];
export type VisitChannel = (typeof VISIT_CHANNELS)[number];
export type VisitStatus = (typeof VISIT_STATUSES)[number];

export const COLORS = {
  ServiceTicketStatus: { SUBMITTED: "yellow", ACCEPTED: "blue", RETURNED: "grape", TRANSFERRED: "cyan", COMPLETED: "green", REJECTED: "gray" },
  ServiceTicketDueState: { OVERDUE: "red", DUE_SOON: "orange", ON_TRACK: "teal", AWAITING_MATERIALS: "grape", CLOSED_ON_TIME: "green", CLOSED_LATE: "pink" },
  ServiceVisitStatus: { OPEN: "orange", ANSWERED: "blue", CLOSED: "gray" },
  RoomBookingStatus: { CONFIRMED: "blue", CANCELLED: "gray" },
  ServiceTicketChannel: { WINDOW: "blue", ONLINE: "violet", PROXY: "orange" },
} as const;

export type EnumName =
  | keyof typeof COLORS
  | "ServiceTicketEventKind"
  | "ServiceTicketStep"
  | "ServiceItemCategory"
  | "ServiceWindowKind"
  | "ServiceRoomKind"
  | "ServiceVisitKind"
  | "ServiceVisitChannel";

/** `label("ServiceTicketStatus", "ACCEPTED")` → 已受理. */
export function useEnumLabel() {
  const { t } = useTranslation("serviceComplex");
  return useCallback((name: EnumName, value: string) => t(`enums.${name}.${value}` as "enums.ServiceTicketStatus.ACCEPTED"), [t]);
}

export const colorOf = (name: keyof typeof COLORS, value: string): string => (COLORS[name] as Record<string, string>)[value] ?? "gray";

/** Options for a Select over an enum. */
export function useEnumOptions() {
  const label = useEnumLabel();
  return useCallback((name: EnumName, values: readonly string[]) => values.map((value) => ({ value, label: label(name, value) })), [label]);
}

export const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => typeof v === "string" && (values as readonly string[]).includes(v);
