// Register (备案) or edit a social organization (organization:manage).
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { SocialOrganizationRow } from "./SocialOrganizationsTable";
import { CreateSocialOrganizationMutation, UpdateSocialOrganizationMutation } from "./organizationCommands";

export const CATEGORIES = ["LIFE_SERVICE", "CHARITY", "MUTUAL_AID", "CULTURE_SPORTS", "OTHER"] as const;
type Category = (typeof CATEGORIES)[number];

interface Props {
  communityId: string;
  organization?: FragmentOf<typeof SocialOrganizationRow>;
  onClose: () => void;
}

export function SocialOrganizationFormModal({ communityId, organization, onClose }: Props) {
  const { t } = useTranslation();
  const o = organization ? readFragment(SocialOrganizationRow, organization) : null;
  const form = useForm({
    initialValues: {
      name: o?.name ?? "",
      category: (o?.category ?? "LIFE_SERVICE") as Category,
      contactName: o?.contactName ?? "",
      contactPhone: o?.contactPhone ?? "",
      registeredOn: o?.registeredOn ?? "",
      description: o?.description ?? "",
    },
    validate: { name: (v) => (v.trim() ? null : t("errors.required")) },
  });
  const [create, creating] = useCommand(CreateSocialOrganizationMutation, (d) => d.createSocialOrganization);
  const [update, updating] = useCommand(UpdateSocialOrganizationMutation, (d) => d.updateSocialOrganization);

  const submit = form.onSubmit(async (v) => {
    const fields = {
      name: v.name.trim(),
      category: v.category,
      contactName: orNull(v.contactName),
      contactPhone: orNull(v.contactPhone),
      registeredOn: orNull(v.registeredOn),
      description: orNull(v.description),
    };
    const done = o
      ? await update({ id: o.id, input: fields }, { form, success: t("organizations.social.updated") })
      : await create({ input: { ...fields, communityId } }, { form, success: t("organizations.social.created") });
    if (done) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={o ? t("organizations.social.edit") : t("organizations.social.create")} onSubmit={submit} submitting={creating || updating}>
      <TextInput label={t("organizations.social.name")} withAsterisk {...form.getInputProps("name")} />
      <Select
        label={t("organizations.social.category")}
        allowDeselect={false}
        data={CATEGORIES.map((c) => ({ value: c, label: t(`enums.SocialOrganizationCategory.${c}`) }))}
        {...form.getInputProps("category")}
      />
      <SimpleGrid cols={2}>
        <TextInput label={t("organizations.social.contactName")} {...form.getInputProps("contactName")} />
        <TextInput label={t("organizations.social.contactPhone")} inputMode="tel" {...form.getInputProps("contactPhone")} />
      </SimpleGrid>
      <TextInput type="date" label={t("organizations.social.registeredOn")} {...form.getInputProps("registeredOn")} />
      <Textarea label={t("organizations.social.description")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}
