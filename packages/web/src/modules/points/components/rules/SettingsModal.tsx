// Change the community's points settings: the account mode (sent only when changed), the largest
// claim that skips the notice, and the notice period (1–90 days).
import { NumberInput, Select } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumOptions } from "../../enums";
import { UpdateSettingsMutation } from "./commands";

type Settings = { accountMode: "PERSON" | "HOUSEHOLD"; publicityExemptMax: number | null; noticePeriodDays: number };

export function SettingsModal({ communityId, settings, onClose }: { communityId: string; settings: Settings; onClose: () => void }) {
  const { t } = useTranslation("points");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: { accountMode: settings.accountMode, publicityExemptMax: settings.publicityExemptMax ?? ("" as number | ""), noticePeriodDays: settings.noticePeriodDays },
    validate: { noticePeriodDays: (v) => (Number.isInteger(v) && v >= 1 && v <= 90 ? null : t("settings.periodInvalid")) },
  });
  const [update, updating] = useCommand(UpdateSettingsMutation, (d) => d.updatePointsSettings);
  const submit = form.onSubmit(async (v) => {
    const input = {
      communityId,
      ...(v.accountMode !== settings.accountMode ? { accountMode: v.accountMode } : {}),
      publicityExemptMax: v.publicityExemptMax === "" ? null : v.publicityExemptMax,
      noticePeriodDays: v.noticePeriodDays,
    };
    if (await update({ input }, { form, success: t("settings.saved") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("settings.edit")} onSubmit={submit} submitting={updating} size="md">
      <Select label={t("settings.accountMode")} description={t("settings.accountModeHint")} allowDeselect={false} data={options("PointsAccountMode", ["PERSON", "HOUSEHOLD"])} {...form.getInputProps("accountMode")} />
      <NumberInput label={t("settings.publicityExemptMax")} description={t("settings.publicityExemptHint")} min={0} allowDecimal={false} {...form.getInputProps("publicityExemptMax")} />
      <NumberInput label={t("settings.noticePeriodDays")} min={1} max={90} allowDecimal={false} {...form.getInputProps("noticePeriodDays")} />
    </FormModal>
  );
}
