// 排行榜: the ranking of a month, quarter or year, of persons or households, in the community or
// across the street; a chart of the top places, the red and black lists (红黑榜), the Excel
// export, and publishing the community's ranking as a notice.
import { graphql } from "@gongzhi/schema";
import { Button, Group, Paper, SegmentedControl, Select, Title } from "@mantine/core";
import { IconDownload, IconSpeakerphone } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../lib/useCommand";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { PublishRankingMutation } from "../components/rankings/commands";
import { RankingChart, RankingChartFields } from "../components/rankings/RankingChart";
import { RankingRowFields, RankingTable } from "../components/rankings/RankingTable";
import { RedBlackLists, RedBlackRowFields } from "../components/rankings/RedBlackLists";
import { currentPeriod, recentPeriods, type PeriodKind } from "../../../lib/dates";
import { isOneOf } from "../../../lib/isOneOf";
import { ACCOUNT_KINDS, PERIOD_KINDS, useEnumLabel, type AccountKind } from "../enums";
import { useExcelDownload } from "../../../lib/useExcelDownload";

export const PointsRankingQuery = graphql(
  `
    query PointsRanking($nodeId: ID!, $period: String!, $accountKind: PointsAccountKind) {
      pointsRanking(nodeId: $nodeId, period: $period, accountKind: $accountKind, first: 50) {
        accountCount
        period {
          key
          label
        }
        node {
          id
          name
          kind
          communityCount
        }
        rows {
          ...RankingRowFields
          ...RankingChartFields
        }
      }
      pointsRedBlackList(nodeId: $nodeId, period: $period, accountKind: $accountKind, first: 10) {
        red {
          ...RedBlackRowFields
        }
        black {
          ...RedBlackRowFields
        }
      }
    }
  `,
  [RankingRowFields, RankingChartFields, RedBlackRowFields],
);

const RankingExcelQuery = graphql(`
  query PointsRankingExcel($nodeId: ID!, $period: String!, $accountKind: PointsAccountKind) {
    pointsRankingExcel(nodeId: $nodeId, period: $period, accountKind: $accountKind, first: 100) {
      filename
      mimeType
      contentBase64
    }
  }
`);

export function RankingsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const { community, can } = useCurrentCommunity();
  const [scope, setScope] = useState<"COMMUNITY" | "STREET">("COMMUNITY");
  const [kind, setKind] = useState<PeriodKind>("MONTH");
  const [period, setPeriod] = useState(() => currentPeriod("MONTH"));
  const [accountKind, setAccountKind] = useState<AccountKind | null>(null);
  const street = community?.street ?? null;
  const nodeId = scope === "STREET" && street ? street.id : communityId;
  const variables = { nodeId, period, accountKind };
  const [{ data, fetching, error }] = useQuery({ query: PointsRankingQuery, variables, requestPolicy: "cache-and-network" });
  const [download, downloading] = useExcelDownload(RankingExcelQuery, (d) => d.pointsRankingExcel);
  const [publish] = useCommand(PublishRankingMutation, (d) => d.publishPointsRanking);
  const ranking = data?.pointsRanking;
  const wide = ranking?.node.kind !== "COMMUNITY";
  return (
    <>
      <PageHeader
        title={t("rankings.title")}
        description={ranking ? t("rankings.subtitle", { node: ranking.node.name, period: ranking.period.label, count: ranking.accountCount }) : undefined}
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloading} onClick={() => void download(variables)}>
              {t("rankings.export")}
            </Button>
            {scope === "COMMUNITY" && can("notice:publish") && (
              <ConfirmButton
                size="sm"
                variant="light"
                color="blue"
                leftSection={<IconSpeakerphone size={16} />}
                question={t("rankings.publishQuestion", { period: ranking?.period.label ?? period })}
                onConfirm={() => publish({ input: { communityId, period, accountKind } }, { success: t("rankings.published") })}
              >
                {t("rankings.publish")}
              </ConfirmButton>
            )}
          </>
        }
      />
      <Group mb="md" gap="sm">
        <SegmentedControl
          value={scope}
          onChange={(v) => setScope(v === "STREET" ? "STREET" : "COMMUNITY")}
          data={[
            { value: "COMMUNITY", label: t("rankings.community") },
            { value: "STREET", label: street ? street.name : t("rankings.street"), disabled: !street },
          ]}
        />
        <SegmentedControl
          value={kind}
          onChange={(v) => {
            const next = isOneOf(PERIOD_KINDS, v) ? v : "MONTH";
            setKind(next);
            setPeriod(currentPeriod(next));
          }}
          data={PERIOD_KINDS.map((k) => ({ value: k, label: label("PointsPeriodKind", k) }))}
        />
        <Select aria-label={t("rankings.period")} w={140} allowDeselect={false} value={period} onChange={(v) => v && setPeriod(v)} data={recentPeriods(kind, kind === "YEAR" ? 5 : 12)} />
        <SegmentedControl
          value={accountKind ?? "ALL"}
          onChange={(v) => setAccountKind(isOneOf(ACCOUNT_KINDS, v) ? v : null)}
          data={[{ value: "ALL", label: t("rankings.allAccounts") }, ...ACCOUNT_KINDS.map((k) => ({ value: k, label: label("PointsAccountKind", k) }))]}
        />
      </Group>
      <QueryError error={error} />
      {ranking && <RankingChart rows={ranking.rows} />}
      <Paper withBorder p="md" mb="md">
        <Title order={4} mb="xs">
          {t("rankings.table")}
        </Title>
        <RankingTable rows={ranking?.rows} fetching={fetching} wide={wide} />
      </Paper>
      <RedBlackLists red={data?.pointsRedBlackList.red} black={data?.pointsRedBlackList.black} />
    </>
  );
}
