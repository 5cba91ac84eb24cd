// Open the vote on an agenda item: the question put to the members (default from the topic).
import { Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { OpenVoteMutation } from "./meetingCommands";

export function OpenVoteModal({ agendaItemId, topicTitle, onClose }: { agendaItemId: string; topicTitle: string; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { question: t("vote.defaultQuestion", { title: topicTitle }) },
    validate: { question: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [open, opening] = useCommand(OpenVoteMutation, (d) => d.openVote);
  const submit = form.onSubmit(async (v) => {
    if (await open({ input: { agendaItemId, question: v.question.trim() } }, { form, success: t("vote.opened") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("vote.open")} onSubmit={submit} submitting={opening} submitLabel={t("vote.openSubmit")} size="md">
      <Textarea label={t("vote.question")} withAsterisk autosize minRows={2} {...form.getInputProps("question")} />
    </FormModal>
  );
}
