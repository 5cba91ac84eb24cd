// The ranking's places: rank, name (and community when ranked across the street), points awarded,
// deducted and net.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column } from "../../../../ui/DataTable";

export const RankingRowFields = graphql(`
  fragment RankingRowFields on PointsRankingRow {
    accountId
    accountKind
    rank
    name
    communityName
    awarded
    deducted
    net
  }
`);

type Row = ResultOf<typeof RankingRowFields>;

interface RankingTableProps {
  rows: readonly FragmentOf<typeof RankingRowFields>[] | undefined;
  fetching: boolean;
  /** Ranked across more than one community: each row names its community. */
  wide: boolean;
}

export function RankingTable({ rows, fetching, wide }: RankingTableProps) {
  const { t } = useTranslation("points");
  const columns: Column<Row>[] = [
    { key: "rank", header: t("rankings.rank"), width: 60, render: (r) => <Text fw={700}>{r.rank}</Text> },
    { key: "name", header: t("rankings.name"), render: (r) => r.name },
    ...(wide ? [{ key: "community", header: t("rankings.community"), render: (r: Row) => r.communityName }] : []),
    { key: "awarded", header: t("rankings.awarded"), render: (r) => <Text c="green.7">{r.awarded}</Text> },
    { key: "deducted", header: t("rankings.deducted"), render: (r) => <Text c={r.deducted > 0 ? "red.7" : "dimmed"}>{r.deducted}</Text> },
    {
      key: "net",
      header: t("rankings.net"),
      render: (r) => (
        <Text fw={700} data-testid="ranking-net">
          {r.net}
        </Text>
      ),
    },
  ];
  return (
    <DataTable
      data-testid="ranking-table"
      aria-label={t("rankings.table")}
      columns={columns}
      rows={rows?.map((r) => readFragment(RankingRowFields, r))}
      rowKey={(r) => r.accountId}
      fetching={fetching}
    />
  );
}
