// Cancel a scheduled meeting with a reason; its topics return to where they were.
import { Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { CancelMeetingMutation } from "./meetingCommands";

export function CancelMeetingModal({ meetingId, onClose }: { meetingId: string; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({ initialValues: { reason: "" }, validate: { reason: (v) => (v.trim() ? null : t("form.required")) } });
  const [cancel, cancelling] = useCommand(CancelMeetingMutation, (d) => d.cancelMeeting);
  const submit = form.onSubmit(async (v) => {
    if (await cancel({ id: meetingId, input: { reason: v.reason.trim() } }, { form, success: t("meeting.cancelled") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("meeting.cancel")} onSubmit={submit} submitting={cancelling} submitLabel={t("meeting.cancelSubmit")} size="md">
      <Textarea label={t("meeting.cancelReason")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
