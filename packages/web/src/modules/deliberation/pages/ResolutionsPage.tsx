// 决议: what the committee decided and how far each decision is carried out; and what was sent up to
// the street (已上报) with its reply.
import { graphql } from "@gongzhi/schema";
import { Group, SegmentedControl, Stack, Tabs, Text } from "@mantine/core";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { Pager } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { EscalationsPanel } from "../components/resolutions/EscalationsPanel";
import { ResolutionCard, ResolutionFields, type UpdatingResolution } from "../components/resolutions/ResolutionCard";
import { ResolutionUpdateModal } from "../components/resolutions/ResolutionUpdateModal";

const ResolutionsQuery = graphql(
  `
    query Resolutions($communityId: ID!, $status: [ResolutionStatus!], $overdue: Boolean, $search: String, $first: Int, $after: String) {
      resolutions(communityId: $communityId, status: $status, overdue: $overdue, search: $search, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...ResolutionFields
          }
        }
      }
    }
  `,
  [ResolutionFields],
);

const FILTERS = ["all", "PLANNED", "IN_PROGRESS", "DONE", "overdue"] as const;
type Filter = (typeof FILTERS)[number];

export function ResolutionsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("deliberation");
  const [params] = useSearchParams();
  // ?filter=overdue: opened from the workbench's 逾期决议.
  const [filter, setFilter] = useState<Filter>(() => FILTERS.find((f) => f === params.get("filter")) ?? "all");
  const [search, setSearch] = useState("");
  const [updating, setUpdating] = useState<UpdatingResolution | null>(null);
  const onSearch = useCallback((s: string) => setSearch(s), []);
  const pager = useCursorPaging(JSON.stringify([communityId, filter, search]), 10);
  const status = filter === "all" || filter === "overdue" ? null : [filter];
  const [{ data, error }] = useQuery({
    query: ResolutionsQuery,
    variables: { communityId, status, overdue: filter === "overdue" ? true : null, search: search || null, ...pager.variables },
    requestPolicy: "cache-and-network",
  });
  const label = (f: Filter) => (f === "all" ? t("resolutions.all") : f === "overdue" ? t("resolutions.overdue") : t(`enums.ResolutionStatus.${f}`));

  return (
    <>
      <PageHeader title={t("resolutions.title")} description={t("resolutions.subtitle")} />
      <Tabs defaultValue="resolutions" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="resolutions">{t("tabs.resolutions")}</Tabs.Tab>
          <Tabs.Tab value="escalations">{t("escalations.title")}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="resolutions">
          <Group mb="md" gap="sm">
            <SegmentedControl value={filter} onChange={(v) => setFilter(v as Filter)} data={FILTERS.map((f) => ({ value: f, label: label(f) }))} />
            <SearchInput placeholder={t("resolutions.search")} onSearch={onSearch} />
          </Group>
          <QueryError error={error} />
          <Stack gap="sm">
            {data?.resolutions.edges.map((e) => <ResolutionCard key={e.node.id} resolution={e.node} onUpdate={setUpdating} />)}
            {data && data.resolutions.edges.length === 0 && (
              <Text c="dimmed" ta="center" py="md">
                {t("resolutions.none")}
              </Text>
            )}
          </Stack>
          <Pager pager={pager} pageInfo={data?.resolutions.pageInfo} totalCount={data?.resolutions.totalCount} />
        </Tabs.Panel>
        <Tabs.Panel value="escalations">
          <EscalationsPanel communityId={communityId} />
        </Tabs.Panel>
      </Tabs>
      {updating && <ResolutionUpdateModal resolution={updating} onClose={() => setUpdating(null)} />}
    </>
  );
}
