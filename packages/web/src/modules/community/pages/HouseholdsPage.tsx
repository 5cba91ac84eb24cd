import { graphql, type FragmentOf } from "@gongzhi/schema";
import { Button, Group } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { GridSelect } from "../components/GridSelect";
import { HouseholdFormModal } from "../components/HouseholdFormModal";
import { HouseholdRow, HouseholdsTable } from "../components/HouseholdsTable";
import { useCurrentCommunity } from "../hooks/useCurrentCommunity";

const HouseholdsQuery = graphql(
  `
    query Households($communityId: ID!, $search: String, $gridId: ID, $first: Int, $after: String) {
      households(communityId: $communityId, search: $search, gridId: $gridId, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...HouseholdRow
          }
        }
      }
    }
  `,
  [HouseholdRow],
);

type Editing = { household?: FragmentOf<typeof HouseholdRow> } | null;

export function HouseholdsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { can } = useCurrentCommunity();
  const [search, setSearch] = useState("");
  const [gridId, setGridId] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const pager = useCursorPaging(`${communityId}|${search}|${gridId}`);
  const [{ data, fetching, error }] = useQuery({
    query: HouseholdsQuery,
    variables: { communityId, search: search || null, gridId, ...pager.variables },
  });
  const canManage = can("household:manage");

  return (
    <>
      <PageHeader
        title={t("households.title")}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
              {t("households.create")}
            </Button>
          )
        }
      />
      <Group mb="sm">
        <SearchInput placeholder={t("households.searchPlaceholder")} onSearch={setSearch} />
        <GridSelect communityId={communityId} aria-label={t("households.gridFilter")} placeholder={t("households.gridFilter")} value={gridId} onChange={setGridId} />
      </Group>
      <HouseholdsTable
        households={data?.households.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.households.pageInfo, totalCount: data?.households.totalCount }}
        onEdit={canManage ? (household) => setEditing({ household }) : undefined}
      />
      {editing && <HouseholdFormModal communityId={communityId} household={editing.household} onClose={() => setEditing(null)} />}
    </>
  );
}
