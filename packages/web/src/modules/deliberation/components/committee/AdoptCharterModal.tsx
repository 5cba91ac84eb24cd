// Adopt a draft (通过): it comes into force from the day given; the version in force is superseded.
import { Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localDay } from "../../../../lib/dates";
import type { Charter } from "./ChartersPanel";
import { AdoptCharterMutation } from "./commands";

export function AdoptCharterModal({ charter, onClose }: { charter: Charter; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({ initialValues: { adoptedOn: localDay() }, validate: { adoptedOn: (v) => (v ? null : t("form.required")) } });
  const [adopt, adopting] = useCommand(AdoptCharterMutation, (d) => d.adoptCharter);
  const submit = form.onSubmit(async (v) => {
    if (await adopt({ id: charter.id, input: { adoptedOn: v.adoptedOn } }, { form, success: t("charters.adopted") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("charters.adopt")} onSubmit={submit} submitting={adopting} size="md" submitLabel={t("charters.adopt")}>
      <Text size="sm">{t("charters.adoptHint", { version: charter.version })}</Text>
      <TextInput type="date" label={t("charters.adoptedOnLabel")} withAsterisk {...form.getInputProps("adoptedOn")} />
    </FormModal>
  );
}
