// Record an objection a person brought in (staff write it down for them) during the period.
import { SimpleGrid, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { RecordObjectionMutation } from "./commands";

export function RecordObjectionModal({ notice, onClose }: { notice: { id: string; title: string }; onClose: () => void }) {
  const { t } = useTranslation("notices");
  const form = useForm({
    initialValues: { filerName: "", filerContact: "", text: "" },
    validate: { filerName: (v) => (v.trim() ? null : t("form.required")), text: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [file, filing] = useCommand(RecordObjectionMutation, (d) => d.fileObjection);
  const submit = form.onSubmit(async (v) => {
    const input = { noticeId: notice.id, filerName: v.filerName.trim(), filerContact: orNull(v.filerContact), text: v.text.trim() };
    if (await file({ input }, { form, success: t("objections.recorded") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("objections.record")} onSubmit={submit} submitting={filing}>
      <Text fw={600}>{notice.title}</Text>
      <SimpleGrid cols={2}>
        <TextInput label={t("objections.filerName")} withAsterisk {...form.getInputProps("filerName")} />
        <TextInput label={t("objections.filerContact")} inputMode="tel" {...form.getInputProps("filerContact")} />
      </SimpleGrid>
      <Textarea label={t("objections.text")} withAsterisk autosize minRows={3} {...form.getInputProps("text")} />
    </FormModal>
  );
}
