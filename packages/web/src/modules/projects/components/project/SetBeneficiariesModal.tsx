// Record 惠及人数: a count (and a note) per group.
import { NumberInput, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { GROUPS, useEnumLabel } from "../../enums";
import { useSetBeneficiaries } from "./beneficiaryCommands";
import type { Beneficiaries } from "./BeneficiariesCard";

type Group_ = (typeof GROUPS)[number];

export function SetBeneficiariesModal({ projectId, current, onClose }: { projectId: string; current: Beneficiaries; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const label = useEnumLabel();
  const [run, running] = useSetBeneficiaries();
  const initial = Object.fromEntries(GROUPS.flatMap((g) => {
    const b = current.find((x) => x.group === g);
    return [[`${g}_count`, b?.count ?? 0], [`${g}_note`, b?.note ?? ""]];
  })) as Record<string, number | string>;
  const form = useForm({
    initialValues: initial,
    validate: Object.fromEntries(GROUPS.map((g) => [`${g}_count`, (v: number | string) => (v === "" || Number(v) < 0 || !Number.isInteger(Number(v)) ? t("beneficiaries.countInvalid") : null)])),
  });
  const submit = form.onSubmit(async (v) => {
    const groups = GROUPS.map((g: Group_) => ({ group: g, count: Number(v[`${g}_count`]), note: orNull(String(v[`${g}_note`] ?? "")) }));
    if (await run({ input: { projectId, groups } }, { success: t("beneficiaries.saved") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("beneficiaries.record")} onSubmit={submit} submitting={running} size="md">
      {GROUPS.map((g) => (
        <SimpleGrid key={g} cols={2}>
          <NumberInput label={label("BeneficiaryGroup", g)} min={0} allowDecimal={false} {...form.getInputProps(`${g}_count`)} />
          <TextInput label={t("beneficiaries.noteOf", { group: label("BeneficiaryGroup", g) })} {...form.getInputProps(`${g}_note`)} />
        </SimpleGrid>
      ))}
    </FormModal>
  );
}
