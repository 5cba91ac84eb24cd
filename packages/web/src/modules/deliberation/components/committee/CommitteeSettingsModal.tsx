// Rename the committee or change its co-signature threshold (联名门槛).
import { NumberInput, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { UpdateCommitteeMutation } from "./commands";

interface Props {
  committee: { id: string; name: string; description: string | null; cosignThreshold: number };
  onClose: () => void;
}

export function CommitteeSettingsModal({ committee, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { name: committee.name, description: committee.description ?? "", cosignThreshold: committee.cosignThreshold as number | string },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      cosignThreshold: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 0 ? null : t("committee.thresholdInvalid")),
    },
  });
  const [update, updating] = useCommand(UpdateCommitteeMutation, (d) => d.updateDeliberationCommittee);
  const submit = form.onSubmit(async (v) => {
    const input = { name: v.name.trim(), description: orNull(v.description), cosignThreshold: Number(v.cosignThreshold) };
    if (await update({ id: committee.id, input }, { form, success: t("committee.updated") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("committee.settings")} onSubmit={submit} submitting={updating}>
      <TextInput label={t("committee.name")} withAsterisk {...form.getInputProps("name")} />
      <Textarea label={t("committee.description")} autosize minRows={2} {...form.getInputProps("description")} />
      <NumberInput label={t("committee.cosignThreshold")} description={t("committee.cosignThresholdHint")} min={0} allowDecimal={false} {...form.getInputProps("cosignThreshold")} />
    </FormModal>
  );
}
