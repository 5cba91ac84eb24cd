// 向上级提交建议: send a deliberated topic to the street with the committee's suggestion.
import { TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { EscalateMutation } from "./commands";

interface Props {
  topic: { id: string; title: string };
  defaultAddressee: string;
  onClose: () => void;
}

export function EscalateModal({ topic, defaultAddressee, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { addressedTo: defaultAddressee, text: "" },
    validate: { addressedTo: (v) => (v.trim() ? null : t("form.required")), text: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [escalate, escalating] = useCommand(EscalateMutation, (d) => d.escalateTopic);
  const submit = form.onSubmit(async (v) => {
    if (await escalate({ input: { topicId: topic.id, addressedTo: v.addressedTo.trim(), text: v.text.trim() } }, { form, success: t("escalations.sent") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("escalations.escalate")} onSubmit={submit} submitting={escalating} submitLabel={t("escalations.send")}>
      <TextInput label={t("escalations.addressedTo")} withAsterisk {...form.getInputProps("addressedTo")} />
      <Textarea label={t("escalations.text")} description={topic.title} withAsterisk autosize minRows={4} {...form.getInputProps("text")} />
    </FormModal>
  );
}
