// 立项: accept a topic that is ready for review, with a note and (for weighty matters) a two-thirds threshold.
import { Select, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumOptions } from "../../enums";
import { AcceptTopicMutation } from "./commands";

export function AcceptTopicModal({ topic, onClose }: { topic: { id: string; title: string }; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const options = useEnumOptions();
  const form = useForm({ initialValues: { note: "", voteThreshold: null as string | null } });
  const [accept, accepting] = useCommand(AcceptTopicMutation, (d) => d.acceptTopic);
  const submit = form.onSubmit(async (v) => {
    const input = { note: orNull(v.note), voteThreshold: v.voteThreshold as "SIMPLE_MAJORITY" | "TWO_THIRDS" | null };
    if (await accept({ id: topic.id, input }, { form, success: t("topics.accepted", { title: topic.title }) })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("topics.acceptTitle")} onSubmit={submit} submitting={accepting} submitLabel={t("topics.accept")}>
      <Text fw={600}>{topic.title}</Text>
      <Textarea label={t("topics.acceptNote")} placeholder={t("topics.acceptNotePlaceholder")} autosize minRows={2} {...form.getInputProps("note")} />
      <Select
        label={t("topic.voteThreshold")}
        placeholder={t("topic.charterDefault")}
        clearable
        data={options("VoteThreshold", ["SIMPLE_MAJORITY", "TWO_THIRDS"])}
        {...form.getInputProps("voteThreshold")}
      />
    </FormModal>
  );
}
