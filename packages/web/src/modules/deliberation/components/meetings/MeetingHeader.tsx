// The meeting: title, status, when and where; start, close or cancel it (the steps the server allows the viewer now).
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";
import { CancelMeetingModal } from "./CancelMeetingModal";
import { MeetingHeaderFields } from "./fragments";
import { CloseMeetingMutation, StartMeetingMutation } from "./meetingCommands";

export function MeetingHeader({ meeting }: { meeting: FragmentOf<typeof MeetingHeaderFields> }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const m = readFragment(MeetingHeaderFields, meeting);
  const steps = new Set(m.allowedSteps);
  const [cancelling, setCancelling] = useState(false);
  const [start, starting] = useCommand(StartMeetingMutation, (d) => d.startMeeting);
  const [close, closing] = useCommand(CloseMeetingMutation, (d) => d.closeMeeting);
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
        <Group gap="xs">
          {steps.has("START") && (
            <Button size="md" color="green" leftSection={<IconPlayerPlay size={18} />} loading={starting} onClick={() => void start({ id: m.id }, { success: t("meeting.started") })}>
              {t("meeting.start")}
            </Button>
          )}
          {steps.has("CANCEL") && (
            <Button size="md" variant="default" onClick={() => setCancelling(true)}>
              {t("meeting.cancel")}
            </Button>
          )}
          {steps.has("CLOSE") && (
            <ConfirmButton size="md" color="red" variant="filled" loading={closing} question={t("meeting.closeQuestion")} onConfirm={() => close({ id: m.id }, { success: t("meeting.closed") })}>
              {t("meeting.close")}
            </ConfirmButton>
          )}
        </Group>
      </Group>
      {cancelling && <CancelMeetingModal meetingId={m.id} onClose={() => setCancelling(false)} />}
    </Paper>
  );
}
