// Edit a community's name, kind, code and address (community:update).
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { CommunityOverviewFields } from "./CommunityOverviewCard";
import { FormModal } from "../../../ui/FormModal";
import { UpdateCommunityMutation } from "./communityCommands";

const KINDS = ["URBAN", "RURAL"] as const;
type Kind = (typeof KINDS)[number];

export function CommunityEditModal({ community, opened, onClose }: { community: FragmentOf<typeof CommunityOverviewFields>; opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const c = readFragment(CommunityOverviewFields, community);
  const form = useForm({
    initialValues: { name: c.name, kind: c.kind as Kind, code: c.code ?? "", address: c.address ?? "" },
    validate: { name: (v) => (v.trim() ? null : t("errors.required")) },
  });
  const [update, fetching] = useCommand(UpdateCommunityMutation, (d) => d.updateCommunity);

  const submit = form.onSubmit(async (v) => {
    const input = { name: v.name.trim(), kind: v.kind, code: orNull(v.code), address: orNull(v.address) };
    if (await update({ id: c.id, input }, { form, success: t("overview.saved") })) onClose();
  });

  return (
    <FormModal opened={opened} onClose={onClose} title={t("overview.edit")} onSubmit={submit} submitting={fetching}>
      <TextInput label={t("overview.name")} withAsterisk {...form.getInputProps("name")} />
      <Select
        label={t("overview.kind")}
        data={KINDS.map((k) => ({ value: k, label: t(`enums.CommunityKind.${k}`) }))}
        allowDeselect={false}
        {...form.getInputProps("kind")}
      />
      <TextInput label={t("overview.code")} {...form.getInputProps("code")} />
      <TextInput label={t("overview.address")} {...form.getInputProps("address")} />
    </FormModal>
  );
}
