// 时间线: every transition (who, when, from, to, note) and every milestone, update, budget change,
// expense and pledge, oldest first.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Group, Paper, Text, Timeline, Title } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { colorOf, useEnumLabel } from "../../enums";
import { ProjectTimelineFields } from "../../fragments";
import { formatFen } from "../../money";
import { StatusBadge } from "../StatusBadge";

export function TimelinePanel({ project }: { project: FragmentOf<typeof ProjectTimelineFields> }) {
  const { t, i18n } = useTranslation("projects");
  const label = useEnumLabel();
  const events = readFragment(ProjectTimelineFields, project).timeline.edges.map((e) => e.node);
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
                {e.amountFen != null && ` · ${formatFen(e.amountFen)}`}
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
    </Paper>
  );
}
