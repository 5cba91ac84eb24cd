// 事项清单: the community's service catalog, with filters, its own items and adjustments, and
// Excel export and import.
import { graphql, type FragmentOf } from "@gongzhi/schema";
import { Button } from "@mantine/core";
import { IconDownload, IconPlus, IconUpload } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { CatalogFilters, NO_CATALOG_FILTERS, type CatalogFilterValues } from "../components/catalog/CatalogFilters";
import { CatalogItemFields, CatalogItemModal } from "../components/catalog/CatalogItemModal";
import { useCreateItem, useUpdateItem } from "../components/catalog/commands";
import { CatalogRow, CatalogTable } from "../components/catalog/CatalogTable";
import { ImportCatalogModal } from "../components/catalog/ImportCatalogModal";
import { useExcelDownload } from "../../../lib/useExcelDownload";

export const ServiceCatalogQuery = graphql(
  `
    query ServiceCatalog(
      $communityId: ID!
      $search: String
      $category: ServiceItemCategory
      $windowKind: ServiceWindowKind
      $onlineAllowed: Boolean
      $includeInactive: Boolean
      $first: Int
      $after: String
    ) {
      serviceCatalog(
        communityId: $communityId
        search: $search
        category: $category
        windowKind: $windowKind
        onlineAllowed: $onlineAllowed
        includeInactive: $includeInactive
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
            ...CatalogRow
            ...CatalogItemFields
          }
        }
      }
    }
  `,
  [CatalogRow, CatalogItemFields],
);

const CatalogExcelQuery = graphql(`
  query ServiceCatalogExcel($nodeId: ID!) {
    serviceCatalogExcel(nodeId: $nodeId) {
      filename
      mimeType
      contentBase64
    }
  }
`);

type Editing = { item?: FragmentOf<typeof CatalogItemFields> } | null;

export function CatalogPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("serviceComplex");
  const { can } = useCurrentCommunity();
  const canManage = can("service:manage");
  const [filters, setFilters] = useState<CatalogFilterValues>(NO_CATALOG_FILTERS);
  const [editing, setEditing] = useState<Editing>(null);
  const [importing, setImporting] = useState(false);
  const onSearch = useCallback((search: string) => setFilters((f) => (f.search === search ? f : { ...f, search })), []);
  const pager = useCursorPaging(JSON.stringify([communityId, filters]));
  const [{ data, fetching, error }] = useQuery({
    query: ServiceCatalogQuery,
    variables: {
      communityId,
      search: filters.search || null,
      category: filters.category,
      windowKind: filters.windowKind,
      onlineAllowed: filters.onlineOnly || null,
      includeInactive: filters.includeInactive,
      ...pager.variables,
    },
  });
  const [download, downloading] = useExcelDownload(CatalogExcelQuery, (d) => d.serviceCatalogExcel);
  const itemCommands = { create: useCreateItem(), update: useUpdateItem() };

  return (
    <>
      <PageHeader
        title={t("catalog.title")}
        description={t("catalog.description")}
        actions={
          <>
            <Button variant="default" leftSection={<IconDownload size={16} />} loading={downloading} onClick={() => void download({ nodeId: communityId })}>
              {t("catalog.export")}
            </Button>
            {canManage && (
              <>
                <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setImporting(true)}>
                  {t("catalog.import.button")}
                </Button>
                <Button leftSection={<IconPlus size={16} />} onClick={() => setEditing({})}>
                  {t("catalog.create")}
                </Button>
              </>
            )}
          </>
        }
      />
      <CatalogFilters value={filters} onChange={setFilters} onSearch={onSearch} canManage={canManage} />
      <CatalogTable
        items={data?.serviceCatalog.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.serviceCatalog.pageInfo, totalCount: data?.serviceCatalog.totalCount }}
        onEdit={canManage ? (item) => setEditing({ item }) : undefined}
      />
      {editing && <CatalogItemModal communityId={communityId} item={editing.item} commands={itemCommands} onClose={() => setEditing(null)} />}
      {importing && <ImportCatalogModal communityId={communityId} onClose={() => setImporting(false)} />}
    </>
  );
}
