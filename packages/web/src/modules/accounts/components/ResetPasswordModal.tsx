// Set a new password for an account (its sessions end on the server).
import { PasswordInput } from "../../../ui/PasswordInput";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { ResetAccountPasswordMutation } from "./accountCommands";

export function ResetPasswordModal({ account, onClose }: { account: { id: string; displayName: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    initialValues: { newPassword: "" },
    validate: { newPassword: (v) => (v.length >= 8 ? null : t("accounts.passwordHint")) },
  });
  const [reset, fetching] = useCommand(ResetAccountPasswordMutation, (d) => d.resetAccountPassword);

  const submit = form.onSubmit(async (v) => {
    if (await reset({ id: account.id, newPassword: v.newPassword }, { form, success: t("accounts.passwordReset") })) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={`${t("accounts.resetPassword")} · ${account.displayName}`} onSubmit={submit} submitting={fetching} size="md">
      <PasswordInput label={t("accounts.newPassword")} description={t("accounts.passwordHint")} autoComplete="new-password" withAsterisk {...form.getInputProps("newPassword")} />
    </FormModal>
  );
}
