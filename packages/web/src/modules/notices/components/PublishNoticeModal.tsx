// Publish an announcement (公告) for a period: title, content, days.
import { NumberInput, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { PublishNoticeMutation } from "./commands";

export function PublishNoticeModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("notices");
  const form = useForm({
    initialValues: { title: "", content: "", periodDays: 7 as number | string },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      content: (v) => (v.trim() ? null : t("form.required")),
      periodDays: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 90 ? null : t("notices.periodInvalid")),
    },
  });
  const [publish, publishing] = useCommand(PublishNoticeMutation, (d) => d.publishNotice);
  const submit = form.onSubmit(async (v) => {
    const input = { communityId, title: v.title.trim(), content: v.content.trim(), periodDays: Number(v.periodDays) };
    if (await publish({ input }, { form, success: t("notices.published") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("notices.announce")} onSubmit={submit} submitting={publishing} submitLabel={t("notices.publish")}>
      <TextInput label={t("notices.titleLabel")} withAsterisk {...form.getInputProps("title")} />
      <Textarea label={t("notices.content")} withAsterisk autosize minRows={5} {...form.getInputProps("content")} />
      <NumberInput label={t("notices.periodDays")} description={t("notices.periodHint")} min={1} max={90} allowDecimal={false} w={200} {...form.getInputProps("periodDays")} />
    </FormModal>
  );
}
