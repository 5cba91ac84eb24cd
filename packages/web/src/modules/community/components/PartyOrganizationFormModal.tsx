// Create or edit a party organization and place it under its parent.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Select, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { PartyOrganizationRow } from "./PartyOrganizationsTable";
import { FormModal } from "../../../ui/FormModal";
import { PartyOrganizationSelect } from "./PartyOrganizationSelect";
import { CreatePartyOrganizationMutation, UpdatePartyOrganizationMutation } from "./organizationCommands";

const KINDS = ["COMMITTEE", "GENERAL_BRANCH", "BRANCH"] as const;
type Kind = (typeof KINDS)[number];

interface Props {
  communityId: string;
  organization?: FragmentOf<typeof PartyOrganizationRow>;
  onClose: () => void;
}

export function PartyOrganizationFormModal({ communityId, organization, onClose }: Props) {
  const { t } = useTranslation();
  const o = organization ? readFragment(PartyOrganizationRow, organization) : null;
  const form = useForm({
    initialValues: { name: o?.name ?? "", kind: (o?.kind ?? "BRANCH") as Kind, parentId: o?.parent?.id ?? null, secretaryName: o?.secretaryName ?? "" },
    validate: { name: (v) => (v.trim() ? null : t("errors.required")) },
  });
  const [create, creating] = useCommand(CreatePartyOrganizationMutation, (d) => d.createPartyOrganization);
  const [update, updating] = useCommand(UpdatePartyOrganizationMutation, (d) => d.updatePartyOrganization);

  const submit = form.onSubmit(async (v) => {
    const fields = { name: v.name.trim(), kind: v.kind, parentId: v.parentId, secretaryName: orNull(v.secretaryName) };
    const done = o
      ? await update({ id: o.id, input: fields }, { form, success: t("organizations.party.updated") })
      : await create({ input: { ...fields, communityId } }, { form, success: t("organizations.party.created") });
    if (done) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={o ? t("organizations.party.edit") : t("organizations.party.create")} onSubmit={submit} submitting={creating || updating}>
      <TextInput label={t("organizations.party.name")} withAsterisk {...form.getInputProps("name")} />
      <Select
        label={t("organizations.party.kind")}
        allowDeselect={false}
        data={KINDS.map((k) => ({ value: k, label: t(`enums.PartyOrganizationKind.${k}`) }))}
        {...form.getInputProps("kind")}
      />
      <PartyOrganizationSelect
        communityId={communityId}
        exclude={o?.id}
        label={t("organizations.party.parent")}
        placeholder={t("organizations.party.noParent")}
        {...form.getInputProps("parentId")}
      />
      <TextInput label={t("organizations.party.secretaryName")} {...form.getInputProps("secretaryName")} />
    </FormModal>
  );
}
