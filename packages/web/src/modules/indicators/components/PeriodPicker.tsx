// The period of the cockpit: month, quarter or year (China calendar), newest first.
import { Group, SegmentedControl, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { currentPeriod, periodKindOf, recentPeriods, type PeriodKind } from "../../../lib/dates";
import { isOneOf } from "../../../lib/isOneOf";

const KINDS = ["MONTH", "QUARTER", "YEAR"] as const;

export function usePeriodLabel() {
  const { t } = useTranslation("indicators");
  return (key: string) => {
    const kind = periodKindOf(key);
    if (kind === "YEAR") return t("cockpit.yearLabel", { year: key });
    if (kind === "QUARTER") return t("cockpit.quarterLabel", { year: key.slice(0, 4), quarter: key.slice(6) });
    return t("cockpit.monthLabel", { year: key.slice(0, 4), month: Number(key.slice(5)) });
  };
}

export function PeriodPicker({ value, onChange }: { value: string; onChange: (period: string) => void }) {
  const { t } = useTranslation("indicators");
  const label = usePeriodLabel();
  const kind: PeriodKind = periodKindOf(value);
  const options = recentPeriods(kind, kind === "YEAR" ? 5 : kind === "QUARTER" ? 8 : 12);
  if (!options.includes(value)) options.unshift(value);
  return (
    <Group gap="xs" wrap="nowrap" className="no-print">
      <SegmentedControl
        aria-label={t("cockpit.periodKind")}
        size="xs"
        value={kind}
        onChange={(v) => onChange(currentPeriod(isOneOf(KINDS, v) ? v : "MONTH"))}
        data={KINDS.map((k) => ({ value: k, label: t(`cockpit.kinds.${k}`) }))}
      />
      <Select aria-label={t("cockpit.period")} size="xs" w={140} allowDeselect={false} value={value} onChange={(v) => v && onChange(v)} data={options.map((p) => ({ value: p, label: label(p) }))} />
    </Group>
  );
}
