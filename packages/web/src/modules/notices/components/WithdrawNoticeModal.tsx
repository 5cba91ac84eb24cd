// Withdraw a notice with a public reason: the only change a published notice ever takes.
import { Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { WithdrawNoticeMutation } from "./commands";

export function WithdrawNoticeModal({ notice, onClose }: { notice: { id: string; title: string }; onClose: () => void }) {
  const { t } = useTranslation("notices");
  const form = useForm({ initialValues: { reason: "" }, validate: { reason: (v) => (v.trim() ? null : t("form.required")) } });
  const [withdraw, withdrawing] = useCommand(WithdrawNoticeMutation, (d) => d.withdrawNotice);
  const submit = form.onSubmit(async (v) => {
    if (await withdraw({ id: notice.id, input: { reason: v.reason.trim() } }, { form, success: t("notices.withdrawn") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("notices.withdraw")} onSubmit={submit} submitting={withdrawing} submitLabel={t("notices.withdraw")} size="md">
      <Text fw={600}>{notice.title}</Text>
      <Textarea label={t("notices.withdrawReason")} description={t("notices.withdrawHint")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
