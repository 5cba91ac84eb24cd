// The ranking's top places as bars: points earned and deducted in the period.
import "@mantine/charts/styles.css";
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { BarChart } from "@mantine/charts";
import { Paper, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export const RankingChartFields = graphql(`
  fragment RankingChartFields on PointsRankingRow {
    name
    awarded
    deducted
  }
`);

export function RankingChart({ rows }: { rows: readonly FragmentOf<typeof RankingChartFields>[] }) {
  const { t } = useTranslation("points");
  const top = rows.slice(0, 10).map((r) => readFragment(RankingChartFields, r));
  const awarded = t("rankings.awarded");
  const deducted = t("rankings.deducted");
  const data = top.map((r) => ({ name: r.name.length > 14 ? `${r.name.slice(0, 13)}…` : r.name, [awarded]: r.awarded, [deducted]: r.deducted }));
  return (
    <Paper withBorder p="md" mb="md" data-testid="ranking-chart">
      <Title order={5} mb="sm">
        {t("rankings.chartTitle", { count: top.length })}
      </Title>
      {top.length === 0 ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {t("rankings.noData")}
        </Text>
      ) : (
        <BarChart
          h={Math.max(220, top.length * 34)}
          data={data}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 170 }}
          series={[
            { name: awarded, color: "green.6" },
            { name: deducted, color: "red.6" },
          ]}
          withLegend
          withBarValueLabel
        />
      )}
    </Paper>
  );
}
