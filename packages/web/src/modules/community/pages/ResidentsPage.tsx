import { graphql, type FragmentOf } from "@gongzhi/schema";
import { Button } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { NO_FILTERS, ResidentFilters, type ResidentFilterValues } from "../components/ResidentFilters";
import { ResidentFormFields } from "../components/residentForm";
import { ResidentFormDrawer } from "../components/ResidentFormDrawer";
import { ResidentRow, ResidentsTable } from "../components/ResidentsTable";
import { useCurrentCommunity } from "../hooks/useCurrentCommunity";

export const ResidentsQuery = graphql(
  `
    query Residents(
      $communityId: ID!
      $search: String
      $registration: Registration
      $isPartyMember: Boolean
      $gridId: ID
      $first: Int
      $after: String
    ) {
      residents(
        communityId: $communityId
        search: $search
        registration: $registration
        isPartyMember: $isPartyMember
        gridId: $gridId
        first: $first
        after: $after
      ) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...ResidentRow
            ...ResidentFormFields
          }
        }
      }
    }
  `,
  [ResidentRow, ResidentFormFields],
);

type Editing = { resident?: FragmentOf<typeof ResidentFormFields> } | null;

export function ResidentsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { can } = useCurrentCommunity();
  const [filters, setFilters] = useState<ResidentFilterValues>(NO_FILTERS);
  const [editing, setEditing] = useState<Editing>(null);
  const onSearch = useCallback((search: string) => setFilters((f) => (f.search === search ? f : { ...f, search })), []);
  const pager = useCursorPaging(JSON.stringify([communityId, filters]));
  const [{ data, fetching, error }] = useQuery({
    query: ResidentsQuery,
    variables: {
      communityId,
      search: filters.search || null,
      registration: filters.registration,
      isPartyMember: filters.isPartyMember,
      gridId: filters.gridId,
      ...pager.variables,
    },
  });

  return (
    <>
      <PageHeader
        title={t("residents.title")}
        actions={
          can("resident:create") && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
              {t("residents.create")}
            </Button>
          )
        }
      />
      <ResidentFilters communityId={communityId} value={filters} onChange={setFilters} onSearch={onSearch} />
      <ResidentsTable
        residents={data?.residents.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.residents.pageInfo, totalCount: data?.residents.totalCount }}
        onEdit={can("resident:update") ? (resident) => setEditing({ resident }) : undefined}
      />
      {editing && <ResidentFormDrawer communityId={communityId} resident={editing.resident} canViewPii={can("resident:viewPii")} onClose={() => setEditing(null)} />}
    </>
  );
}
