// 驾驶舱: the 1+2+N indicators of a district, street or community for a period — KPI cards per
// capability, the last 12 months' trends, the communities compared and the per-community table
// grouped by street; drill down by a community's name; Excel export and a printable briefing.
import "../cockpit.css";
import { graphql, readFragment } from "@gongzhi/schema";
import { Anchor, Breadcrumbs, Button, Center, Group, Loader, SegmentedControl, Stack, Text, Title } from "@mantine/core";
import { IconDownload, IconLayoutDashboard, IconPrinter } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useState } from "react";
import { useQuery } from "urql";
import { QueryError } from "../../../ui/QueryError";
import { formatDateTime } from "../../../lib/format";
import { currentPeriod } from "../../../lib/dates";
import { isOneOf } from "../../../lib/isOneOf";
import { useExcelDownload } from "../../../lib/useExcelDownload";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { CommunityTable } from "../components/CommunityTable";
import { CompareChart } from "../components/CompareChart";
import { KpiCards } from "../components/KpiCards";
import { PeriodPicker, usePeriodLabel } from "../components/PeriodPicker";
import { TrendCharts, TrendsQuery } from "../components/TrendCharts";
import { CAPABILITIES, IndicatorFields, indicatorsFromRow, TABLE_COLUMNS, type Capability } from "../figures";
import { useReportScopes } from "../../../lib/useReportScopes";
import { cockpitPath, WORKBENCH } from "../paths";

export const RegionOverviewQuery = graphql(
  `
    query CockpitOverview($nodeId: ID!, $period: String!, $columns: [String!]!) {
      regionOverview(nodeId: $nodeId, period: $period) {
        nodeId
        nodeName
        nodeKind
        period
        periodLabel
        asOf
        coverage {
          communityCount
          serviceComplex
          deliberationCommittee
          fullySeatedCommittee
          monthlyMeetings
          volunteerCommittee
          pointsInUse
          withProjects
        }
        totals {
          ...IndicatorFields
        }
        streets {
          streetId
          streetName
          communityCount
          indicators {
            ...IndicatorFields
          }
        }
        communityTable(columns: $columns) {
          columns
          rows {
            communityId
            communityName
            streetId
            values
          }
        }
      }
    }
  `,
  [IndicatorFields],
);

const ExcelQuery = graphql(`
  query CockpitExcel($nodeId: ID!, $period: String!) {
    regionOverviewExcel(nodeId: $nodeId, period: $period) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export function CockpitPage({ nodeId }: { nodeId: string }) {
  const { t, i18n } = useTranslation("indicators");
  const [params, setParams] = useSearchParams();
  const period = params.get("period") ?? currentPeriod("MONTH");
  const setPeriod = (p: string) => setParams({ period: p }, { replace: true });
  const periodLabel = usePeriodLabel();
  const [capability, setCapability] = useState<Capability>("service");
  const [{ data, fetching, error }] = useQuery({ query: RegionOverviewQuery, variables: { nodeId, period, columns: TABLE_COLUMNS }, requestPolicy: "cache-and-network" });
  const [{ data: trends }] = useQuery({ query: TrendsQuery, variables: { nodeId } });
  const [download, downloading] = useExcelDownload(ExcelQuery, (d) => d.regionOverviewExcel);
  const { scopes } = useReportScopes();
  const { setCommunityId } = useCurrentCommunity();
  const navigate = useNavigate();
  const o = data?.regionOverview?.nodeId === nodeId ? data.regionOverview : null;

  // The communities come as communityTable rows (numbers in its columns' order), by street then name.
  const streets =
    o?.streets.map((s) => ({
      ...s,
      indicators: readFragment(IndicatorFields, s.indicators),
      communities: o.communityTable.rows
        .filter((r) => r.streetId === s.streetId)
        .map((r) => ({ communityId: r.communityId, communityName: r.communityName, indicators: indicatorsFromRow(o.communityTable.columns, r.values) })),
    })) ?? [];
  const totals = o ? readFragment(IndicatorFields, o.totals) : null;
  // Up the tree: the widest scope the viewer holds, then the community's street.
  const crumbs: { id: string; name: string }[] = [];
  const root = scopes[0];
  if (o && root && root.id !== nodeId) crumbs.push({ id: root.id, name: root.name });
  const street = o?.nodeKind === "COMMUNITY" ? streets[0] : undefined;
  if (street && scopes.some((s) => s.id === street.streetId) && street.streetId !== root?.id) crumbs.push({ id: street.streetId, name: street.streetName });

  return (
    <>
      <Group justify="space-between" align="flex-start" mb="md" gap="sm" className="cockpit-header">
        <Stack gap={4}>
          {crumbs.length > 0 && (
            <Breadcrumbs className="no-print" separator="›">
              {crumbs.map((c) => (
                <Anchor key={c.id} component={Link} to={cockpitPath(c.id, period)} size="sm">
                  {c.name}
                </Anchor>
              ))}
              <Text size="sm">{o?.nodeName}</Text>
            </Breadcrumbs>
          )}
          <Title order={2} className="no-print">
            {t("cockpit.title")}
          </Title>
          <Title order={2} className="cockpit-print-title">
            {o && t("cockpit.printTitle", { name: o.nodeName, period: periodLabel(o.period) })}
          </Title>
          {o && (
            <Text c="dimmed" size="sm">
              <span className="no-print">{t("cockpit.subtitle", { name: o.nodeName, period: periodLabel(o.period) })} · </span>
              {t("cockpit.printedAt", { at: formatDateTime(o.asOf, i18n.language) })}
            </Text>
          )}
        </Stack>
        <Group gap="xs" className="no-print" wrap="wrap">
          <PeriodPicker value={period} onChange={setPeriod} />
          {o?.nodeKind === "COMMUNITY" && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconLayoutDashboard size={16} />}
              onClick={() => {
                setCommunityId(nodeId);
                void navigate(WORKBENCH);
              }}
            >
              {t("cockpit.openCommunity")}
            </Button>
          )}
          <Button size="xs" variant="default" leftSection={<IconDownload size={16} />} loading={downloading} onClick={() => void download({ nodeId, period })}>
            {t("cockpit.export")}
          </Button>
          <Button size="xs" variant="default" leftSection={<IconPrinter size={16} />} onClick={() => window.print()}>
            {t("cockpit.print")}
          </Button>
        </Group>
      </Group>
      <QueryError error={error} />
      {!o && fetching && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {o && totals && (
        <>
          <KpiCards totals={totals} coverage={o.coverage} showCoverage={o.nodeKind !== "COMMUNITY"} />
          {trends?.regionTrends.nodeId === nodeId && <TrendCharts months={trends.regionTrends.months} />}
          {o.nodeKind !== "COMMUNITY" && (
            <>
              <Group justify="space-between" align="flex-end" mb="sm" wrap="wrap" gap="xs">
                <Stack gap={0}>
                  <Title order={4}>{t("cockpit.table")}</Title>
                  <Text size="xs" c="dimmed" className="no-print">
                    {t("cockpit.tableHint")}
                  </Text>
                </Stack>
                <SegmentedControl
                  className="no-print"
                  size="xs"
                  value={capability}
                  onChange={(v) => setCapability(isOneOf(CAPABILITIES, v) ? v : "service")}
                  data={CAPABILITIES.map((c) => ({ value: c, label: t(`cockpit.capabilityShort.${c}`) }))}
                />
              </Group>
              <CompareChart key={capability} capability={capability} streets={streets} />
              <Title order={5} mb="xs" className="cockpit-print-only">
                {t(`cockpit.capabilities.${capability}`)}
              </Title>
              <CommunityTable capability={capability} streets={streets} totals={totals} period={period} />
              {/* The briefing prints every capability's table, not only the one on screen. */}
              {CAPABILITIES.filter((c) => c !== capability).map((c) => (
                <div key={c} className="cockpit-print-only">
                  <Title order={5} mb="xs">
                    {t(`cockpit.capabilities.${c}`)}
                  </Title>
                  <CommunityTable capability={c} streets={streets} totals={totals} period={period} testId={`community-table-${c}`} />
                </div>
              ))}
            </>
          )}
        </>
      )}
    </>
  );
}
