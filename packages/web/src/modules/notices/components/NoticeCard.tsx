// One notice (公示): what was published and when, its period and status, any withdrawal with its
// public reason, and the objections filed against it with their answers.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Anchor, Badge, Button, Group, Paper, Spoiler, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../lib/format";
import { daysUntil } from "../../../lib/dates";
import { useEnumLabel } from "../enums";
import { topicPath } from "../../deliberation/paths";
import { ObjectionFields, ObjectionItem } from "./ObjectionItem";
import { StatusBadge } from "./StatusBadge";

/** What a notice's status shows (the commands that change it select this). */
export const NoticeStatusFields = graphql(`
  fragment NoticeStatusFields on Notice {
    id
    status
    finalAt
    withdrawnAt
    withdrawReason
    objectionCount
    pendingObjectionCount
    upheldObjectionCount
    allowedSteps
  }
`);

export const NoticeCardFields = graphql(
  `
    fragment NoticeCardFields on Notice {
      id
      title
      subjectType
      subjectId
      stage
      content
      periodDays
      publishedAt
      endsAt
      publishedByName
      ...NoticeStatusFields
      objections {
        id
        ...ObjectionFields
      }
    }
  `,
  [NoticeStatusFields, ObjectionFields],
);

/** Handlers for the steps a notice or an objection allows (each shown only when its allowedSteps hold it). */
export interface NoticeActions {
  onAnswer?: (objection: { id: string; filerName: string; text: string }) => void;
  onWithdraw?: (notice: { id: string; title: string }) => void;
  onRecordObjection?: (notice: { id: string; title: string }) => void;
}

export function NoticeCard({ notice, actions }: { notice: FragmentOf<typeof NoticeCardFields>; actions: NoticeActions }) {
  const { t, i18n } = useTranslation("notices");
  const label = useEnumLabel();
  const n = readFragment(NoticeCardFields, notice);
  const s = readFragment(NoticeStatusFields, n);
  const when = (d: string | null) => formatDateTime(d, i18n.language);
  // Display only: the line under the status badge.
  const note: Partial<Record<typeof s.status, string | null>> = {
    PUBLISHED: t("notices.daysLeft", { count: daysUntil(n.endsAt) }),
    FINAL: s.finalAt && t("notices.finalAt", { time: when(s.finalAt) }),
    AWAITING_ANSWERS: t("notices.pendingCount", { count: s.pendingObjectionCount }),
  };
  // A topic's notice names its stage (提议/商议/决议公开); other modules' subjects their kind.
  const subject =
    n.subjectType === "Topic" && n.stage
      ? label("TopicStage", n.stage)
      : t(`notices.subjects.${n.subjectType}` as "notices.subjects.other", { defaultValue: t("notices.subjects.other") });

  return (
    <Paper withBorder p="md" component="article" aria-label={n.title} data-testid="notice-card">
      <Group justify="space-between" align="flex-start" wrap="nowrap" mb={4}>
        <Stack gap={4} miw={0}>
          <Group gap="xs">
            <Badge variant="outline" color="red">
              {subject}
            </Badge>
            <Title order={4}>{n.title}</Title>
          </Group>
          <Text size="sm" c="dimmed">
            {t("notices.publishedBy", { name: n.publishedByName, days: n.periodDays })} · {t("notices.period", { from: when(n.publishedAt), to: when(n.endsAt) })}
          </Text>
        </Stack>
        {/* The status keeps its width on a phone; the title wraps instead. */}
        <Stack gap={4} align="flex-end" style={{ flexShrink: 0 }}>
          <StatusBadge kind="NoticeStatus" value={s.status} size="lg" data-testid="notice-status" />
          <Text size="xs" c="dimmed">
            {note[s.status]}
          </Text>
        </Stack>
      </Group>
      {s.withdrawnAt && (
        <Alert color="gray" my="xs" title={t("notices.withdrawnAt", { time: when(s.withdrawnAt) })}>
          {t("notices.withdrawnReason", { reason: s.withdrawReason ?? "" })}
        </Alert>
      )}
      <Spoiler maxHeight={72} showLabel={t("notices.showAll")} hideLabel={t("notices.showLess")} mt="xs" mb={28}>
        <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
          {n.content}
        </Text>
      </Spoiler>
      <Stack gap="xs">
        <Group justify="space-between">
          <Text size="sm" fw={600}>
            {t("objections.title", { count: s.objectionCount })}
          </Text>
          <Group gap="xs">
            {n.subjectType === "Topic" && n.subjectId && (
              <Anchor component={Link} to={topicPath(n.subjectId)} size="sm">
                {t("notices.openTopic")}
              </Anchor>
            )}
            {actions.onRecordObjection && s.allowedSteps.includes("OBJECT") && (
              <Button size="xs" variant="light" onClick={() => actions.onRecordObjection!(n)}>
                {t("objections.record")}
              </Button>
            )}
            {actions.onWithdraw && s.allowedSteps.includes("WITHDRAW") && (
              <Button size="xs" variant="subtle" color="red" onClick={() => actions.onWithdraw!(n)}>
                {t("notices.withdraw")}
              </Button>
            )}
          </Group>
        </Group>
        {n.objections.map((o) => (
          <ObjectionItem key={o.id} objection={o} onAnswer={actions.onAnswer} />
        ))}
      </Stack>
    </Paper>
  );
}
