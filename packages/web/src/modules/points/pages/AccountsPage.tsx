// 积分账户: the community's ledger accounts (persons, or households when points are kept per
// household) with balance, awarded, deducted and spent; search by name, open an account.
import { graphql } from "@gongzhi/schema";
import { Group, SegmentedControl } from "@mantine/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { isOneOf } from "../../../lib/isOneOf";
import { ACCOUNT_KINDS, useEnumLabel, type AccountKind } from "../enums";
import { AccountRowFields, AccountsTable } from "../components/accounts/AccountsTable";

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
      <AccountsTable
        accounts={data?.pointsAccounts.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.pointsAccounts.pageInfo, totalCount: data?.pointsAccounts.totalCount }}
      />
    </>
  );
}
