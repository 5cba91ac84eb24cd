// 时间线: every transition (who, when, from, to, note) and every milestone, update, budget change,
// expense and pledge, oldest first.
import { graphql } from "@gongzhi/schema";
import { Group, Paper, Text, Timeline, Title } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { colorOf, useEnumLabel } from "../../enums";
import { Pager } from "../../../../ui/DataTable";
import { useCursorPaging } from "../../../../ui/useCursorPaging";
import { StatusBadge } from "../StatusBadge";
import { TabState } from "./TabState";
import { asProject, useProjectTab, type TabProps } from "./useProjectTab";

const ProjectTimelineQuery = graphql(`
  query ProjectTimeline($id: ID!, $first: Int, $after: String) {
    node(id: $id) {
      __typename
      ... on Project {
        id
        timeline(first: $first, after: $after) {
          totalCount
          pageInfo {
            hasNextPage
            endCursor
          }
          edges {
            node {
              id
              kind
              summary
              note
              actorName
              fromStatus
              toStatus
              createdAt
            }
          }
        }
      }
    }
  }
`);

export function TimelinePanel({ projectId }: TabProps) {
  const { t, i18n } = useTranslation("projects");
  const label = useEnumLabel();
  const pager = useCursorPaging(projectId, 100);
  const { data, fetching, error } = useProjectTab(ProjectTimelineQuery, { id: projectId, ...pager.variables });
  const project = asProject(data?.node);
  if (!project) return <TabState fetching={fetching} error={error} />;
  const events = project.timeline.edges.map((e) => e.node);
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="md">
        {t("timeline.title")}
      </Title>
      <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="project-timeline">
        {events.map((e) => (
          <Timeline.Item key={e.id} color={e.kind === "TRANSITION" ? colorOf("ProjectStatus", e.toStatus) : "gray"} title={label("ProjectEventKind", e.kind)}>
            <Text size="xs" c="dimmed">
              {[e.actorName, formatDateTime(e.createdAt, i18n.language)].join(" · ")}
            </Text>
            {e.kind === "TRANSITION" ? (
              <Group gap={4} mt={4}>
                {e.fromStatus && (
                  <>
                    <StatusBadge kind="ProjectStatus" value={e.fromStatus} size="xs" />
                    <IconArrowRight size={12} aria-label={t("timeline.to")} />
                  </>
                )}
                <StatusBadge kind="ProjectStatus" value={e.toStatus} size="xs" />
              </Group>
            ) : (
              <Text size="sm" mt={4}>
                {e.summary}
              </Text>
            )}
            {e.note && (
              <Text size="sm" mt={4} c="dimmed">
                {e.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
      <Pager pager={pager} pageInfo={project.timeline.pageInfo} totalCount={project.timeline.totalCount} />
    </Paper>
  );
}
