// The month in charts: tickets by status, by channel, the most requested items, visits by kind.
import "@mantine/charts/styles.css";
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { BarChart, DonutChart } from "@mantine/charts";
import { Paper, SimpleGrid, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { colorOf, useEnumLabel } from "../../enums";

export const ReportChartsFields = graphql(`
  fragment ReportChartsFields on ServiceReport {
    byStatus {
      status
      count
    }
    byChannel {
      channel
      count
    }
    visitsByKind {
      kind
      count
    }
    byItem {
      itemName
      submitted
    }
  }
`);

const KIND_COLORS: Record<string, string> = { VISIT: "blue.6", OPINION: "teal.6", COMPLAINT: "red.6", CONSULTATION: "yellow.6" };

function ChartCard({ title, children, empty }: { title: ReactNode; children: ReactNode; empty: boolean }) {
  const { t } = useTranslation("serviceComplex");
  return (
    <Paper withBorder p="md">
      <Title order={5} mb="sm">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {t("report.noData")}
        </Text>
      ) : (
        children
      )}
    </Paper>
  );
}

export function ReportCharts({ report }: { report: FragmentOf<typeof ReportChartsFields> }) {
  const { t } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const r = readFragment(ReportChartsFields, report);
  const count = t("report.count");
  const statuses = r.byStatus.map((s) => ({ name: label("ServiceTicketStatus", s.status), [count]: s.count }));
  const channels = r.byChannel.filter((c) => c.count > 0).map((c) => ({ name: label("ServiceTicketChannel", c.channel), value: c.count, color: `${colorOf("ServiceTicketChannel", c.channel)}.6` }));
  const items = r.byItem.slice(0, 10).map((i) => ({ name: i.itemName, [count]: i.submitted }));
  const visits = r.visitsByKind.filter((v) => v.count > 0).map((v) => ({ name: label("ServiceVisitKind", v.kind), value: v.count, color: KIND_COLORS[v.kind] ?? "gray.6" }));
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
      <ChartCard title={t("report.byStatus")} empty={statuses.every((s) => s[count] === 0)}>
        <BarChart h={240} data={statuses} dataKey="name" series={[{ name: count, color: "blue.6" }]} withBarValueLabel />
      </ChartCard>
      <ChartCard title={t("report.byChannel")} empty={channels.length === 0}>
        <DonutChart h={240} data={channels} withLabels withLabelsLine withTooltip labelsType="value" withLegend chartLabel={t("report.tickets")} />
      </ChartCard>
      <ChartCard title={t("report.topItems")} empty={items.length === 0}>
        <BarChart h={Math.max(240, items.length * 28)} data={items} dataKey="name" orientation="vertical" yAxisProps={{ width: 150 }} series={[{ name: count, color: "red.6" }]} withBarValueLabel />
      </ChartCard>
      <ChartCard title={t("report.visitsByKind")} empty={visits.length === 0}>
        <DonutChart h={240} data={visits} withLabels withLabelsLine withTooltip labelsType="value" withLegend chartLabel={t("report.visits")} />
      </ChartCard>
    </SimpleGrid>
  );
}
