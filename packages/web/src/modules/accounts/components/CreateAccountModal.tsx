// A new staff account with its first role, on this community or its street (account:manage).
import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { PasswordInput } from "../../../ui/PasswordInput";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { nodeOptions, roleOptions, type Role } from "./nodeOptions";
import { CreateAccountMutation } from "./accountCommands";

export function CreateAccountModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const { community } = useCurrentCommunity();
  const form = useForm({
    initialValues: { username: "", displayName: "", password: "", role: "STAFF" as Role, nodeId: community?.id ?? "" },
    validate: {
      username: (v) => (v.trim() ? null : t("errors.required")),
      displayName: (v) => (v.trim() ? null : t("errors.required")),
      password: (v) => (v.length >= 8 ? null : t("accounts.passwordHint")),
      nodeId: (v) => (v ? null : t("errors.required")),
    },
  });
  const [create, fetching] = useCommand(CreateAccountMutation, (d) => d.createAccount);

  const submit = form.onSubmit(async (v) => {
    const input = { ...v, username: v.username.trim(), displayName: v.displayName.trim() };
    if (await create({ input }, { form, success: t("accounts.created") })) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={t("accounts.create")} onSubmit={submit} submitting={fetching}>
      <SimpleGrid cols={2}>
        <TextInput label={t("accounts.username")} autoComplete="off" withAsterisk {...form.getInputProps("username")} />
        <TextInput label={t("accounts.displayName")} withAsterisk {...form.getInputProps("displayName")} />
      </SimpleGrid>
      <PasswordInput label={t("accounts.password")} description={t("accounts.passwordHint")} autoComplete="new-password" withAsterisk {...form.getInputProps("password")} />
      <SimpleGrid cols={2}>
        <Select label={t("accounts.role")} allowDeselect={false} data={roleOptions(t)} {...form.getInputProps("role")} />
        <Select label={t("accounts.node")} allowDeselect={false} data={nodeOptions(t, community)} {...form.getInputProps("nodeId")} />
      </SimpleGrid>
    </FormModal>
  );
}
