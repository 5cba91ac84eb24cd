// 项目库: the community's projects, filtered by status, type, overdue and search; 新建项目 for
// holders of project:manage.
import { graphql } from "@gongzhi/schema";
import { Button, Checkbox, Group, MultiSelect, Select } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { SearchInput } from "../../../ui/SearchInput";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { CreateProjectModal } from "../components/list/CreateProjectModal";
import { ProjectsTable } from "../components/list/ProjectsTable";
import { STATUSES, useEnumOptions } from "../enums";
import { ProjectRowFields } from "../components/list/ProjectsTable";
import { useTypeOptions } from "../hooks/useOptions";

export const ProjectsQuery = graphql(
  `
    query Projects($communityId: ID!, $first: Int, $after: String, $search: String, $statuses: [ProjectStatus!], $typeId: ID, $overdue: Boolean) {
      projects(communityId: $communityId, first: $first, after: $after, search: $search, statuses: $statuses, typeId: $typeId, overdue: $overdue) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...ProjectRowFields
          }
        }
      }
    }
  `,
  [ProjectRowFields],
);

export function ProjectListPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("projects");
  const { can } = useCurrentCommunity();
  const enumOptions = useEnumOptions();
  const types = useTypeOptions(communityId);
  const [debounced, setSearch] = useState("");
  const [statuses, setStatuses] = useState<string[]>([]);
  const [typeId, setTypeId] = useState<string | null>(null);
  const [params] = useSearchParams();
  // ?overdue=1: opened from the workbench's 里程碑逾期项目.
  const [overdue, setOverdue] = useState(() => params.get("overdue") === "1");
  const [creating, setCreating] = useState(false);
  const pager = useCursorPaging(JSON.stringify([debounced, statuses, typeId, overdue]));
  const [{ data, fetching, error }] = useQuery({
    query: ProjectsQuery,
    variables: {
      communityId,
      ...pager.variables,
      search: debounced || null,
      statuses: statuses.length ? (statuses as (typeof STATUSES)[number][]) : null,
      typeId,
      overdue: overdue || null,
    },
    requestPolicy: "cache-and-network",
  });
  return (
    <>
      <PageHeader
        title={t("list.pageTitle")}
        description={t("list.description")}
        actions={
          can("project:manage") && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
              {t("create.button")}
            </Button>
          )
        }
      />
      <Group mb="md" align="flex-end">
        <SearchInput onSearch={setSearch} placeholder={t("list.searchPlaceholder")} />
        <MultiSelect placeholder={t("list.statusFilter")} aria-label={t("list.statusFilter")} data={enumOptions("ProjectStatus", STATUSES)} value={statuses} onChange={setStatuses} clearable w={280} />
        <Select placeholder={t("list.typeFilter")} aria-label={t("list.typeFilter")} data={types} value={typeId} onChange={setTypeId} clearable w={180} />
        <Checkbox label={t("list.overdueOnly")} checked={overdue} onChange={(e) => setOverdue(e.currentTarget.checked)} mb={8} />
      </Group>
      <ProjectsTable
        rows={data?.projects.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.projects.pageInfo, totalCount: data?.projects.totalCount }}
        data-testid="projects-table"
      />
      {creating && <CreateProjectModal communityId={communityId} onClose={() => setCreating(false)} />}
    </>
  );
}
