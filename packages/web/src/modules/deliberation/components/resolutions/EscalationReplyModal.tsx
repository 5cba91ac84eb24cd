// Record the street's reply to an escalation (once).
import { TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localDay } from "../../../../lib/dates";
import { RecordReplyMutation } from "./commands";

export function EscalationReplyModal({ escalation, onClose }: { escalation: { id: string; addressedTo: string }; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { replyText: "", repliedOn: localDay() },
    validate: { replyText: (v) => (v.trim() ? null : t("form.required")), repliedOn: (v) => (v ? null : t("form.required")) },
  });
  const [record, recording] = useCommand(RecordReplyMutation, (d) => d.recordEscalationReply);
  const submit = form.onSubmit(async (v) => {
    if (await record({ id: escalation.id, input: { replyText: v.replyText.trim(), repliedOn: v.repliedOn } }, { form, success: t("escalations.replyRecorded") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("escalations.recordReplyFrom", { to: escalation.addressedTo })} onSubmit={submit} submitting={recording}>
      <TextInput type="date" label={t("escalations.repliedOn")} withAsterisk w={200} {...form.getInputProps("repliedOn")} />
      <Textarea label={t("escalations.replyText")} withAsterisk autosize minRows={4} {...form.getInputProps("replyText")} />
    </FormModal>
  );
}
