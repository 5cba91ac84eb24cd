// 项目总览: the portfolio of the community, or across its street (the communities where the viewer
// reads projects): counts by status, funds budgeted, spent and received, beneficiaries, and rows
// per community and per type; the API's Excel workbook for download.
import "@mantine/charts/styles.css";
import { graphql } from "@gongzhi/schema";
import { BarChart, DonutChart } from "@mantine/charts";
import { Button, Center, Group, Loader, Paper, SegmentedControl, SimpleGrid, Text, Title } from "@mantine/core";
import { IconDownload } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { DataTable } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { colorOf, useEnumLabel } from "../enums";
import { useExcelDownload } from "../../../lib/useExcelDownload";
import { formatFen, formatRate } from "../money";

export const PortfolioQuery = graphql(`
  query ProjectPortfolio($nodeId: ID!) {
    projectPortfolio(nodeId: $nodeId) {
      nodeId
      nodeKind
      nodeName
      communityCount
      projectCount
      budgetedFen
      spentFen
      burnRate
      receivedSponsorshipFen
      beneficiaryTotal
      overdueProjectCount
      overspentProjectCount
      averageSatisfaction
      surveyResponseCount
      byStatus {
        status
        count
      }
      beneficiaries {
        group
        count
      }
      byType {
        typeName
        projectCount
        budgetedFen
        spentFen
        beneficiaryTotal
      }
      byCommunity {
        communityId
        communityName
        projectCount
        budgetedFen
        spentFen
        burnRate
        receivedSponsorshipFen
        beneficiaryTotal
        overdueProjectCount
        overspentProjectCount
        averageSatisfaction
      }
    }
  }
`);

const PortfolioExcel = graphql(`
  query ProjectPortfolioExcel($nodeId: ID!) {
    projectPortfolioExcel(nodeId: $nodeId) {
      filename
      mimeType
      contentBase64
      size
    }
  }
`);

function Stat({ label, value, color, testId }: { label: string; value: string; color?: string; testId?: string }) {
  return (
    <Paper withBorder p="md">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="xl" fw={700} c={color} data-testid={testId}>
        {value}
      </Text>
    </Paper>
  );
}

export function PortfolioPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("projects");
  const label = useEnumLabel();
  const { community } = useCurrentCommunity();
  const street = community?.street ?? null;
  const [scope, setScope] = useState<"community" | "street">("community");
  const nodeId = scope === "street" && street ? street.id : communityId;
  const [{ data, fetching, error }] = useQuery({ query: PortfolioQuery, variables: { nodeId }, requestPolicy: "cache-and-network" });
  const p = data?.projectPortfolio;

  const [download, exporting] = useExcelDownload(PortfolioExcel, (d) => d.projectPortfolioExcel);

  const countKey = t("portfolio.projects");
  const statusData = (p?.byStatus ?? []).map((s) => ({ name: label("ProjectStatus", s.status), [countKey]: s.count, color: `${colorOf("ProjectStatus", s.status)}.6` }));
  const beneficiaryData = (p?.beneficiaries ?? []).filter((b) => b.count > 0).map((b) => ({ name: label("BeneficiaryGroup", b.group), value: b.count, color: `${colorOf("BeneficiaryGroup", b.group)}.6` }));
  return (
    <>
      <PageHeader
        title={t("portfolio.title")}
        description={p ? t("portfolio.scopeOf", { name: p.nodeName, count: p.communityCount }) : t("portfolio.description")}
        actions={
          <>
            {street && (
              <SegmentedControl
                value={scope}
                onChange={(v) => setScope(v as "community" | "street")}
                data={[
                  { value: "community", label: t("portfolio.community") },
                  { value: "street", label: t("portfolio.street", { name: street.name }) },
                ]}
              />
            )}
            <Button variant="light" leftSection={<IconDownload size={16} />} loading={exporting} onClick={() => void download({ nodeId })}>
              {t("portfolio.export")}
            </Button>
          </>
        }
      />
      <QueryError error={error} />
      {!p && fetching && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {p && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4, lg: 8 }} mb="md">
            <Stat label={t("portfolio.projectCount")} value={String(p.projectCount)} testId="portfolio-count" />
            <Stat label={t("portfolio.budgeted")} value={formatFen(p.budgetedFen)} testId="portfolio-budgeted" />
            <Stat label={t("portfolio.spent")} value={formatFen(p.spentFen)} />
            <Stat label={t("overview.burn")} value={formatRate(p.burnRate)} />
            <Stat label={t("overview.received")} value={formatFen(p.receivedSponsorshipFen)} />
            <Stat label={t("portfolio.beneficiaries")} value={p.beneficiaryTotal.toLocaleString("zh-CN")} testId="portfolio-beneficiaries" />
            <Stat label={t("portfolio.overdue")} value={String(p.overdueProjectCount)} color={p.overdueProjectCount > 0 ? "red" : undefined} />
            <Stat label={t("portfolio.overspent")} value={String(p.overspentProjectCount)} color={p.overspentProjectCount > 0 ? "red" : undefined} />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, md: 2 }} mb="md">
            <Paper withBorder p="md">
              <Title order={5} mb="sm">
                {t("portfolio.byStatus")}
              </Title>
              <BarChart h={240} data={statusData} dataKey="name" series={[{ name: countKey, color: "blue.6" }]} withBarValueLabel yAxisProps={{ allowDecimals: false }} data-testid="portfolio-status-chart" />
            </Paper>
            <Paper withBorder p="md">
              <Title order={5} mb="sm">
                {t("portfolio.beneficiariesByGroup")}
              </Title>
              {beneficiaryData.length > 0 ? (
                <DonutChart h={240} data={beneficiaryData} withLabels withLabelsLine withTooltip labelsType="value" withLegend chartLabel={p.beneficiaryTotal.toLocaleString("zh-CN")} />
              ) : (
                <Text size="sm" c="dimmed" ta="center" py="xl">
                  {t("beneficiaries.none")}
                </Text>
              )}
            </Paper>
          </SimpleGrid>
          <Group gap="xs" mb="md" data-testid="portfolio-statuses">
            {p.byStatus.map((s) => (
              <Text key={s.status} size="sm">
                {label("ProjectStatus", s.status)} <b>{s.count}</b>
              </Text>
            ))}
          </Group>
          <Paper withBorder p="md" mb="md">
            <Title order={5} mb="sm">
              {t("portfolio.byCommunity")}
            </Title>
            <DataTable
              aria-label={t("portfolio.byCommunity")}
              data-testid="portfolio-communities"
              rows={p.byCommunity}
              rowKey={(c) => c.communityId}
              columns={[
                { key: "name", header: t("portfolio.communityName"), render: (c) => c.communityName },
                { key: "count", header: t("portfolio.projectCount"), render: (c) => c.projectCount },
                { key: "budgeted", header: t("portfolio.budgeted"), render: (c) => formatFen(c.budgetedFen) },
                { key: "spent", header: t("portfolio.spent"), render: (c) => formatFen(c.spentFen) },
                { key: "burn", header: t("overview.burn"), render: (c) => formatRate(c.burnRate) },
                { key: "received", header: t("overview.received"), render: (c) => formatFen(c.receivedSponsorshipFen) },
                { key: "beneficiaries", header: t("portfolio.beneficiaries"), render: (c) => c.beneficiaryTotal.toLocaleString("zh-CN") },
                { key: "flags", header: t("portfolio.flags"), render: (c) => t("portfolio.flagsValue", { overdue: c.overdueProjectCount, overspent: c.overspentProjectCount }) },
                { key: "satisfaction", header: t("portfolio.satisfaction"), render: (c) => c.averageSatisfaction?.toFixed(2) ?? t("none") },
              ]}
            />
          </Paper>
          <Paper withBorder p="md">
            <Title order={5} mb="sm">
              {t("portfolio.byType")}
            </Title>
            <DataTable
              aria-label={t("portfolio.byType")}
              rows={p.byType}
              rowKey={(x) => x.typeName}
              columns={[
                { key: "name", header: t("fields.type"), render: (x) => x.typeName },
                { key: "count", header: t("portfolio.projectCount"), render: (x) => x.projectCount },
                { key: "budgeted", header: t("portfolio.budgeted"), render: (x) => formatFen(x.budgetedFen) },
                { key: "spent", header: t("portfolio.spent"), render: (x) => formatFen(x.spentFen) },
                { key: "beneficiaries", header: t("portfolio.beneficiaries"), render: (x) => x.beneficiaryTotal.toLocaleString("zh-CN") },
              ]}
            />
          </Paper>
        </>
      )}
    </>
  );
}
