// Grant another role to an account, on this community or its street.
import { Select } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { nodeOptions, roleOptions, type Role } from "./nodeOptions";
import { GrantRoleMutation } from "./accountCommands";

export function GrantRoleModal({ account, onClose }: { account: { id: string; displayName: string }; onClose: () => void }) {
  const { t } = useTranslation();
  const { community } = useCurrentCommunity();
  const form = useForm({ initialValues: { role: "STAFF" as Role, nodeId: community?.id ?? "" } });
  const [grant, fetching] = useCommand(GrantRoleMutation, (d) => d.grantRole);

  const submit = form.onSubmit(async (v) => {
    if (await grant({ input: { accountId: account.id, ...v } }, { form, success: t("accounts.granted") })) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={`${t("accounts.grantRole")} · ${account.displayName}`} onSubmit={submit} submitting={fetching} size="md">
      <Select label={t("accounts.role")} allowDeselect={false} data={roleOptions(t)} {...form.getInputProps("role")} />
      <Select label={t("accounts.node")} allowDeselect={false} data={nodeOptions(t, community)} {...form.getInputProps("nodeId")} />
    </FormModal>
  );
}
