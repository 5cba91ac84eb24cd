// How the topic went: the meetings it was put before, its votes, resolutions and escalations.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../../lib/format";
import { meetingPath } from "../../paths";
import { VoteSummaryFields } from "../meetings/VoteSummary";
import { VoteSummary } from "../meetings/VoteSummary";
import { EscalationCard, EscalationFields } from "../resolutions/EscalationCard";
import { ResolutionCard, ResolutionFields, type UpdatingResolution } from "../resolutions/ResolutionCard";
import { EscalationReplyModal } from "../resolutions/EscalationReplyModal";
import { ResolutionUpdateModal } from "../resolutions/ResolutionUpdateModal";
import { useState } from "react";
import { StatusBadge } from "../StatusBadge";

export const TopicProceedingsFields = graphql(
  `
    fragment TopicProceedingsFields on Topic {
      id
      agendaItems {
        id
        removedAt
        meeting {
          id
          title
          startsAt
          status
        }
      }
      votes {
        id
        meeting {
          id
          title
        }
        ...VoteSummaryFields
      }
      resolutions {
        id
        ...ResolutionFields
      }
      escalations {
        id
        ...EscalationFields
      }
    }
  `,
  [VoteSummaryFields, ResolutionFields, EscalationFields],
);

export function TopicProceedings({ topic }: { topic: FragmentOf<typeof TopicProceedingsFields> }) {
  const { t, i18n } = useTranslation("deliberation");
  const x = readFragment(TopicProceedingsFields, topic);
  const [updating, setUpdating] = useState<UpdatingResolution | null>(null);
  const [replying, setReplying] = useState<{ id: string; addressedTo: string } | null>(null);
  const items = x.agendaItems.filter((i) => !i.removedAt);
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {t("topic.proceedings")}
      </Title>
      {items.length === 0 && x.votes.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("topic.noProceedings")}
        </Text>
      )}
      <Stack gap="md">
        {items.length > 0 && (
          <Stack gap={4}>
            <Text size="sm" fw={600}>
              {t("topic.meetings")}
            </Text>
            {items.map((i) => (
              <Group key={i.id} gap="xs">
                <Anchor component={Link} to={meetingPath(i.meeting.id)} size="sm">
                  {i.meeting.title}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {formatDateTime(i.meeting.startsAt, i18n.language)}
                </Text>
                <StatusBadge kind="MeetingStatus" value={i.meeting.status} size="sm" />
              </Group>
            ))}
          </Stack>
        )}
        {x.votes.map((v) => (
          <Paper key={v.id} p="sm" bg="gray.0" radius="sm">
            <Text size="xs" c="dimmed" mb={4}>
              {t("topic.voteAt", { meeting: v.meeting.title })}
            </Text>
            <VoteSummary vote={v} />
          </Paper>
        ))}
        {x.resolutions.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t("tabs.resolutions")}
            </Text>
            {x.resolutions.map((r) => (
              <ResolutionCard key={r.id} resolution={r} showTopic={false} onUpdate={setUpdating} />
            ))}
          </Stack>
        )}
        {x.escalations.length > 0 && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {t("escalations.title")}
            </Text>
            {x.escalations.map((e) => (
              <EscalationCard key={e.id} escalation={e} showTopic={false} onReply={setReplying} />
            ))}
          </Stack>
        )}
      </Stack>
      {updating && <ResolutionUpdateModal resolution={updating} onClose={() => setUpdating(null)} />}
      {replying && <EscalationReplyModal escalation={replying} onClose={() => setReplying(null)} />}
    </Paper>
  );
}
