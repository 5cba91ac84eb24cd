import { graphql, type FragmentOf } from "@gongzhi/schema";
import { Button, Group } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { GridFormModal } from "../components/GridFormModal";
import { GridRow, GridsTable } from "../components/GridsTable";
import { useCurrentCommunity } from "../hooks/useCurrentCommunity";

const GridsQuery = graphql(
  `
    query Grids($communityId: ID!, $search: String, $first: Int, $after: String) {
      grids(communityId: $communityId, search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...GridRow
          }
        }
      }
    }
  `,
  [GridRow],
);

type Editing = { grid?: FragmentOf<typeof GridRow> } | null;

export function GridsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { can } = useCurrentCommunity();
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const pager = useCursorPaging(`${communityId}|${search}`);
  const [{ data, fetching, error }] = useQuery({
    query: GridsQuery,
    variables: { communityId, search: search || null, ...pager.variables },
  });
  const canManage = can("grid:manage");

  return (
    <>
      <PageHeader
        title={t("grids.title")}
        actions={
          canManage && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
              {t("grids.create")}
            </Button>
          )
        }
      />
      <Group mb="sm">
        <SearchInput placeholder={t("grids.searchPlaceholder")} onSearch={setSearch} />
      </Group>
      <GridsTable
        grids={data?.grids.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.grids.pageInfo, totalCount: data?.grids.totalCount }}
        onEdit={canManage ? (grid) => setEditing({ grid }) : undefined}
      />
      {editing && <GridFormModal communityId={communityId} grid={editing.grid} onClose={() => setEditing(null)} />}
    </>
  );
}
