// Add a term (第N届) with its start and end days; terms may not overlap.
import { NumberInput, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localDay } from "../../../../lib/dates";
import { CreateTermMutation } from "./commands";

export function TermFormModal({ committeeId, nextNumber, onClose }: { committeeId: string; nextNumber: number; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { number: nextNumber as number | string, name: "", startsOn: localDay(), endsOn: localDay(365 * 5) },
    validate: {
      number: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1 ? null : t("form.required")),
      startsOn: (v) => (v ? null : t("form.required")),
      endsOn: (v, all) => (!v ? t("form.required") : v <= all.startsOn ? t("terms.endAfterStart") : null),
    },
  });
  const [create, creating] = useCommand(CreateTermMutation, (d) => d.createCommitteeTerm);
  const submit = form.onSubmit(async (v) => {
    const input = { committeeId, number: Number(v.number), name: orNull(v.name), startsOn: v.startsOn, endsOn: v.endsOn };
    if (await create({ input }, { form, success: t("terms.created") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("terms.add")} onSubmit={submit} submitting={creating} size="md">
      <SimpleGrid cols={2}>
        <NumberInput label={t("terms.number")} withAsterisk min={1} allowDecimal={false} {...form.getInputProps("number")} />
        <TextInput label={t("terms.name")} placeholder={t("terms.namePlaceholder")} {...form.getInputProps("name")} />
        <TextInput type="date" label={t("terms.startsOn")} withAsterisk {...form.getInputProps("startsOn")} />
        <TextInput type="date" label={t("terms.endsOn")} withAsterisk {...form.getInputProps("endsOn")} />
      </SimpleGrid>
    </FormModal>
  );
}
