// 积分账户: the community's ledger accounts (persons, or households when points are kept per
// household) with balance, awarded, deducted and spent; search by name, open an account.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { Anchor, Group, SegmentedControl, Text } from "@mantine/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useQuery } from "urql";
import { DataTable, type Column } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { isOneOf } from "../../../lib/isOneOf";
import { ACCOUNT_KINDS, useEnumLabel, type AccountKind } from "../enums";
import { accountPath } from "../paths";

export const AccountRowFields = graphql(`
  fragment AccountRowFields on PointsAccount @_unmask {
    id
    name
    kind
    balance
    awarded
    deducted
    spent
  }
`);

export const PointsAccountsQuery = graphql(
  `
    query PointsAccounts($communityId: ID!, $search: String, $kind: PointsAccountKind, $first: Int, $after: String) {
      pointsAccounts(communityId: $communityId, search: $search, kind: $kind, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...AccountRowFields
          }
        }
      }
    }
  `,
  [AccountRowFields],
);

type Row = ResultOf<typeof PointsAccountsQuery>["pointsAccounts"]["edges"][number]["node"];

export function AccountsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("points");
  const label = useEnumLabel();
  const [search, setSearch] = useState("");
  const [kind, setKind] = useState<AccountKind | null>(null);
  const onSearch = useCallback((s: string) => setSearch(s), []);
  const pager = useCursorPaging(JSON.stringify([communityId, search, kind]));
  const [{ data, fetching, error }] = useQuery({
    query: PointsAccountsQuery,
    variables: { communityId, search: search || null, kind, ...pager.variables },
    requestPolicy: "cache-and-network",
  });
  const columns: Column<Row>[] = [
    {
      key: "name",
      header: t("accounts.name"),
      render: (a) => (
        <Anchor component={Link} to={accountPath(a.id)} fw={500}>
          {a.name}
        </Anchor>
      ),
    },
    { key: "kind", header: t("accounts.kind"), render: (a) => label("PointsAccountKind", a.kind) },
    {
      key: "balance",
      header: t("accounts.balance"),
      render: (a) => (
        <Text fw={700} ff="monospace">
          {a.balance}
        </Text>
      ),
    },
    { key: "awarded", header: t("accounts.awarded"), render: (a) => <Text c="green.7">{a.awarded}</Text> },
    { key: "deducted", header: t("accounts.deducted"), render: (a) => <Text c={a.deducted > 0 ? "red.7" : "dimmed"}>{a.deducted}</Text> },
    { key: "spent", header: t("accounts.spent"), render: (a) => a.spent },
  ];
  return (
    <>
      <PageHeader title={t("accounts.title")} description={t("accounts.description")} />
      <Group mb="sm">
        <SearchInput onSearch={onSearch} placeholder={t("accounts.search")} />
        <SegmentedControl
          value={kind ?? "ALL"}
          onChange={(v) => setKind(isOneOf(ACCOUNT_KINDS, v) ? v : null)}
          data={[{ value: "ALL", label: t("accounts.allKinds") }, ...ACCOUNT_KINDS.map((k) => ({ value: k, label: label("PointsAccountKind", k) }))]}
        />
      </Group>
      <DataTable
        data-testid="accounts-table"
        aria-label={t("accounts.title")}
        columns={columns}
        rows={data?.pointsAccounts.edges.map((e) => e.node)}
        rowKey={(a) => a.id}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.pointsAccounts.pageInfo, totalCount: data?.pointsAccounts.totalCount }}
      />
    </>
  );
}
