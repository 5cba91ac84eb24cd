// The topic's full history: who did what when, oldest first.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Paper, Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { colorOf, useEnumLabel } from "../../enums";

export const TopicTimelineFields = graphql(`
  fragment TopicTimelineFields on Topic {
    id
    timeline {
      id
      fromStatus
      toStatus
      note
      actorName
      createdAt
    }
  }
`);

export function TopicTimeline({ topic }: { topic: FragmentOf<typeof TopicTimelineFields> }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const events = readFragment(TopicTimelineFields, topic).timeline;
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="md">
        {t("topic.timeline")}
      </Title>
      <Timeline active={events.length - 1} bulletSize={18} lineWidth={2} color={colorOf("TopicStatus", events.at(-1)?.toStatus ?? "SUBMITTED")} data-testid="topic-timeline">
        {events.map((e) => {
          const changed = e.fromStatus !== e.toStatus;
          const title = changed ? (e.fromStatus ? t("topic.moved", { from: label("TopicStatus", e.fromStatus), to: label("TopicStatus", e.toStatus) }) : t("topic.submitted")) : label("TopicStatus", e.toStatus);
          return (
            <Timeline.Item key={e.id} title={title} lineVariant={changed ? "solid" : "dashed"}>
              {e.note && <Text size="sm">{e.note}</Text>}
              <Text size="xs" c="dimmed" mt={2}>
                {e.actorName} · {formatDateTime(e.createdAt, i18n.language)}
              </Text>
            </Timeline.Item>
          );
        })}
      </Timeline>
    </Paper>
  );
}
