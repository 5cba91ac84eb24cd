// Labels and colours of the contract's notice enums (labels from the notices catalog).
import { useCallback } from "react";
import { useTranslation } from "react-i18next";

export const COLORS = {
  NoticeStatus: { PUBLISHED: "blue", AWAITING_ANSWERS: "orange", OBJECTION_UPHELD: "red", FINAL: "green", WITHDRAWN: "gray" },
  ObjectionStatus: { PENDING: "orange", UPHELD: "red", DISMISSED: "gray" },
} as const;

export type EnumName = keyof typeof COLORS | "ObjectionDecision" | "TopicStage";

export const NOTICE_STATUSES = ["PUBLISHED", "AWAITING_ANSWERS", "OBJECTION_UPHELD", "FINAL", "WITHDRAWN"] as const;

/** `label("NoticeStatus", "FINAL")` → 已生效. */
export function useEnumLabel() {
  const { t } = useTranslation("notices");
  return useCallback((name: EnumName, value: string) => t(`enums.${name}.${value}` as "enums.NoticeStatus.FINAL"), [t]);
}

export const colorOf = (name: keyof typeof COLORS, value: string): string => (COLORS[name] as Record<string, string>)[value] ?? "gray";
