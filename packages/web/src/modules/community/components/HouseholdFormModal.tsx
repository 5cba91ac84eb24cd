// Create or edit a household (household:manage): its address and grid.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { HouseholdRow } from "./HouseholdsTable";
import { FormModal } from "../../../ui/FormModal";
import { GridSelect } from "./GridSelect";
import { CreateHouseholdMutation, UpdateHouseholdMutation } from "./householdCommands";

interface HouseholdFormModalProps {
  communityId: string;
  household?: FragmentOf<typeof HouseholdRow>;
  onClose: () => void;
}

export function HouseholdFormModal({ communityId, household, onClose }: HouseholdFormModalProps) {
  const { t } = useTranslation();
  const h = household ? readFragment(HouseholdRow, household) : null;
  const form = useForm({
    initialValues: { address: h?.address ?? "", gridId: h?.grid?.id ?? null },
    validate: { address: (v) => (v.trim() ? null : t("errors.required")) },
  });
  const [create, creating] = useCommand(CreateHouseholdMutation, (d) => d.createHousehold);
  const [update, updating] = useCommand(UpdateHouseholdMutation, (d) => d.updateHousehold);

  const submit = form.onSubmit(async (v) => {
    const fields = { address: v.address.trim(), gridId: v.gridId };
    const done = h
      ? await update({ id: h.id, input: fields }, { form, success: t("households.updated") })
      : await create({ input: { ...fields, communityId } }, { form, success: t("households.created") });
    if (done) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={h ? t("households.edit") : t("households.create")} onSubmit={submit} submitting={creating || updating}>
      <TextInput label={t("households.address")} withAsterisk {...form.getInputProps("address")} />
      <GridSelect communityId={communityId} label={t("households.grid")} {...form.getInputProps("gridId")} />
    </FormModal>
  );
}
