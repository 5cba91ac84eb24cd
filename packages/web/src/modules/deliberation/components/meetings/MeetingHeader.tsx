// The meeting: title, status, when and where, and the actions its page hands it (MeetingActions: their
// commands refresh this header, so it does not hold them).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";

export const MeetingHeaderFields = graphql(`
  fragment MeetingHeaderFields on Meeting {
    id
    title
    startsAt
    endsAt
    mode
    place
    onlineUrl
    status
    startedAt
    closedAt
    cancelReason
    allowedSteps
  }
`);

export function MeetingHeader({ meeting, actions }: { meeting: FragmentOf<typeof MeetingHeaderFields>; actions?: ReactNode }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const m = readFragment(MeetingHeaderFields, meeting);
  const when = `${formatDateTime(m.startsAt, i18n.language)} – ${formatDateTime(m.endsAt, i18n.language)}`;
  return (
    <Paper withBorder p="md" mb="md">
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Group gap="sm">
            <Title order={2}>{m.title}</Title>
            <StatusBadge kind="MeetingStatus" value={m.status} size="xl" data-testid="meeting-status" />
          </Group>
          <Text c="dimmed">
            {when} · {label("MeetingMode", m.mode)}
            {m.place && ` · ${m.place}`}
          </Text>
          {m.onlineUrl && (
            <Anchor href={m.onlineUrl} target="_blank" rel="noreferrer" size="sm">
              {m.onlineUrl}
            </Anchor>
          )}
          {m.startedAt && (
            <Text size="sm" c="dimmed">
              {t("meeting.startedAt", { time: formatDateTime(m.startedAt, i18n.language) })}
              {m.closedAt && ` · ${t("meeting.closedAt", { time: formatDateTime(m.closedAt, i18n.language) })}`}
            </Text>
          )}
          {m.cancelReason && <Text size="sm" c="red">{t("meeting.cancelledBecause", { reason: m.cancelReason })}</Text>}
        </Stack>
        {actions}
      </Group>
    </Paper>
  );
}
