// 我的项目: the projects the signed-in account leads, in every community it reads, with status,
// next milestone, overdue flags and budget burn.
import { graphql } from "@gongzhi/schema";
import { SegmentedControl } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { ProjectsTable } from "../components/list/ProjectsTable";
import { ProjectRowFields } from "../components/list/ProjectsTable";

export const MyProjectsQuery = graphql(
  `
    query MyProjects($first: Int, $after: String, $overdue: Boolean, $statuses: [ProjectStatus!]) {
      myProjects(first: $first, after: $after, overdue: $overdue, statuses: $statuses) {
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

const FILTERS = ["open", "overdue", "all"] as const;
type Filter = (typeof FILTERS)[number];
const OPEN = ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS", "COMPLETED"] as const;

export function MyProjectsPage() {
  const { t } = useTranslation("projects");
  const [filter, setFilter] = useState<Filter>("open");
  const pager = useCursorPaging(filter);
  const [{ data, fetching, error }] = useQuery({
    query: MyProjectsQuery,
    variables: { ...pager.variables, overdue: filter === "overdue" ? true : null, statuses: filter === "open" ? [...OPEN] : null },
    requestPolicy: "cache-and-network",
  });
  return (
    <>
      <PageHeader
        title={t("mine.title")}
        description={t("mine.description")}
        actions={<SegmentedControl value={filter} onChange={(v) => setFilter(v as Filter)} data={FILTERS.map((f) => ({ value: f, label: t(`mine.filters.${f}`) }))} />}
      />
      <ProjectsTable
        rows={data?.myProjects.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        withCommunity
        paging={{ pager, pageInfo: data?.myProjects.pageInfo, totalCount: data?.myProjects.totalCount }}
        data-testid="my-projects"
      />
    </>
  );
}
