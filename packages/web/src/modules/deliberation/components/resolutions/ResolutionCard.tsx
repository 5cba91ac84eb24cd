// One resolution: the decision, who carries it out by when, how far it is, and its progress reports.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Badge, Button, Group, Paper, Stack, Text, Timeline } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatDateTime } from "../../../../lib/format";
import { useEnumLabel } from "../../enums";
import { meetingPath, topicPath } from "../../paths";
import { StatusBadge } from "../StatusBadge";

export const ResolutionFields = graphql(`
  fragment ResolutionFields on Resolution {
    id
    text
    ownerName
    dueOn
    overdue
    status
    allowedSteps
    doneAt
    createdAt
    topic {
      id
      title
    }
    meeting {
      id
      title
    }
    updates {
      id
      fromStatus
      toStatus
      note
      actorName
      createdAt
    }
  }
`);

/** A resolution an implementation update is reported on (its parent holds the modal: the update's command refreshes this card). */
export type UpdatingResolution = { id: string; status: "PLANNED" | "IN_PROGRESS" | "DONE"; allowedSteps: readonly ("UPDATE" | "START" | "COMPLETE")[] };

export function ResolutionCard({ resolution, showTopic = true, onUpdate }: { resolution: FragmentOf<typeof ResolutionFields>; showTopic?: boolean; onUpdate?: (r: UpdatingResolution) => void }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const r = readFragment(ResolutionFields, resolution);
  return (
    <Paper withBorder p="md" component="article" aria-label={t("resolutions.itemLabel", { title: r.topic.title })}>
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={6}>
        <Stack gap={2}>
          {showTopic && (
            <Anchor component={Link} to={topicPath(r.topic.id)} fw={600}>
              {r.topic.title}
            </Anchor>
          )}
          <Text size="xs" c="dimmed">
            {t("resolutions.from", { meeting: r.meeting.title, date: formatDate(r.createdAt, i18n.language) })}{" "}
            <Anchor component={Link} to={meetingPath(r.meeting.id)} size="xs">
              {t("resolutions.openMeeting")}
            </Anchor>
          </Text>
        </Stack>
        <Group gap={6}>
          {r.overdue && <Badge color="red">{t("resolutions.overdue")}</Badge>}
          <StatusBadge kind="ResolutionStatus" value={r.status} size="lg" />
        </Group>
      </Group>
      <Text style={{ whiteSpace: "pre-wrap" }} mb={6}>
        {r.text}
      </Text>
      <Text size="sm" c="dimmed" mb="xs">
        {t("resolutions.owner", { name: r.ownerName })} · {r.dueOn ? t("resolutions.due", { date: formatDate(r.dueOn, i18n.language) }) : t("resolutions.noDue")}
      </Text>
      {r.updates.length > 0 && (
        <Timeline bulletSize={12} lineWidth={2} mb="xs">
          {r.updates.map((u) => (
            <Timeline.Item
              key={u.id}
              title={
                <Text size="sm" fw={600}>
                  {u.fromStatus === u.toStatus ? t("resolutions.progressNote") : `${label("ResolutionStatus", u.fromStatus)} → ${label("ResolutionStatus", u.toStatus)}`}
                </Text>
              }
            >
              <Text size="sm">{u.note}</Text>
              <Text size="xs" c="dimmed">
                {u.actorName} · {formatDateTime(u.createdAt, i18n.language)}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {onUpdate && r.allowedSteps.length > 0 && (
        <Button size="xs" variant="light" onClick={() => onUpdate(r)}>
          {t("resolutions.addUpdate")}
        </Button>
      )}
    </Paper>
  );
}
