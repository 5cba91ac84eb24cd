// Communities compared on one figure of the chosen capability, most first (the top 20 above
// zero), each bar coloured by its street.
import "@mantine/charts/styles.css";
import { BarChart } from "@mantine/charts";
import { Group, Paper, Select, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { chartValue, TABLE_FIGURES, type Capability } from "../figures";
import type { StreetRow } from "./CommunityTable";

const TOP = 20;
const STREET_COLORS = ["red.6", "blue.6", "teal.6", "orange.6", "grape.6", "cyan.6", "lime.7", "pink.6"];

export function CompareChart({ capability, streets }: { capability: Capability; streets: StreetRow[] }) {
  const { t } = useTranslation("indicators");
  const figures = TABLE_FIGURES[capability];
  const [chosen, setChosen] = useState<string | null>(null);
  const fig = figures.find((f) => f.key === chosen) ?? figures[0]!;
  const label = (k: string) => t(`figures.${k}` as "figures.visits");
  // One series per street, stacked: each bar carries its value under its street's name only, so
  // it takes its street's colour.
  const series = streets.map((st, i) => ({ name: st.streetName, color: STREET_COLORS[i % STREET_COLORS.length]! }));
  const rows = streets
    .flatMap((st) => st.communities.map((c) => ({ name: c.communityName, street: st.streetName, value: chartValue(fig.value(c.indicators), fig.format) })))
    .filter((r) => r.value > 0)
    .sort((a, b) => b.value - a.value || a.name.localeCompare(b.name, "zh-CN"))
    .slice(0, TOP)
    .map((r) => ({ name: r.name, ...Object.fromEntries(series.map((x) => [x.name, x.name === r.street ? r.value : 0])) }));
  const empty = rows.length === 0;
  return (
    <Paper withBorder p="md" mb="md" className="cockpit-compare">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={5}>
          {t("cockpit.compare")}
          {rows.length === TOP && (
            <Text span size="xs" c="dimmed" ml="xs">
              {t("cockpit.compareTop", { count: TOP })}
            </Text>
          )}
        </Title>
        <Select
          aria-label={t("cockpit.compareMetric")}
          size="xs"
          w={180}
          allowDeselect={false}
          value={fig.key}
          onChange={setChosen}
          data={figures.map((f) => ({ value: f.key, label: label(f.key) }))}
          className="no-print"
        />
      </Group>
      {empty ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {t("cockpit.noData")}
        </Text>
      ) : (
        <BarChart
          h={Math.max(120, rows.length * 28 + 50)}
          maxBarWidth={20}
          data={rows}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 90 }}
          type="stacked"
          series={series}
          withLegend={streets.length > 1}
          unit={fig.format === "rate" ? "%" : undefined}
          data-testid="compare-chart"
        />
      )}
    </Paper>
  );
}
