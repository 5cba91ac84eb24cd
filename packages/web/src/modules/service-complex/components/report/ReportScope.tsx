// What the report covers: the current community, or a street or district where the viewer holds
// report:read (from the viewer's grants); and the month (China months, newest first).
import { Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useReportScopes } from "../../../../lib/useReportScopes";
import { chinaMonth, recentMonths } from "../../../../lib/dates";



interface ReportScopeProps {
  community: { id: string; name: string } | null;
  nodeId: string;
  month: string;
  onNodeChange: (nodeId: string) => void;
  onMonthChange: (month: string) => void;
}

export function ReportScope({ community, nodeId, month, onNodeChange, onMonthChange }: ReportScopeProps) {
  const { t } = useTranslation("serviceComplex");
  const { scopes } = useReportScopes();
  const options = new Map<string, string>();
  if (community) options.set(community.id, t("report.scopeCommunity", { name: community.name }));
  for (const r of scopes) options.set(r.id, t(r.kind === "DISTRICT" ? "report.scopeDistrict" : "report.scopeStreet", { name: r.name }));
  if (!options.has(nodeId)) options.set(nodeId, nodeId);
  const fmt = (m: string) => t("report.monthLabel", { year: m.slice(0, 4), month: Number(m.slice(5)) });
  return (
    <Group gap="sm">
      <Select
        aria-label={t("report.scope")}
        w={260}
        allowDeselect={false}
        value={nodeId}
        onChange={(v) => v && onNodeChange(v)}
        data={[...options].map(([value, label]) => ({ value, label }))}
      />
      <Select
        aria-label={t("report.month")}
        w={140}
        allowDeselect={false}
        value={month}
        onChange={(v) => v && onMonthChange(v)}
        data={recentMonths(chinaMonth(), 12).map((m) => ({ value: m, label: fmt(m) }))}
      />
    </Group>
  );
}
