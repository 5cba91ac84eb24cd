// Start, cancel or close the meeting: the steps its allowedSteps hold (the page puts them in MeetingHeader).
import { Button, Group } from "@mantine/core";
import { IconPlayerPlay } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { CancelMeetingModal } from "./CancelMeetingModal";
import { CloseMeetingMutation, StartMeetingMutation } from "./meetingCommands";

export function MeetingActions({ meeting }: { meeting: { id: string; allowedSteps: readonly string[] } }) {
  const { t } = useTranslation("deliberation");
  const m = meeting;
  const steps = new Set(m.allowedSteps);
  const [cancelling, setCancelling] = useState(false);
  const [start, starting] = useCommand(StartMeetingMutation, (d) => d.startMeeting);
  const [close, closing] = useCommand(CloseMeetingMutation, (d) => d.closeMeeting);
  return (
    <>
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
      {cancelling && <CancelMeetingModal meetingId={m.id} onClose={() => setCancelling(false)} />}
    </>
  );
}
