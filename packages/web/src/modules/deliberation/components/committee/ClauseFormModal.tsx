// Add a clause to the consultation catalog, or edit one (a clause is retired, never deleted).
import { Checkbox, NumberInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumLabel } from "../../enums";
import type { Clause } from "./ClausesPanel";
import { AddClauseMutation, UpdateClauseMutation } from "./commands";

interface Props {
  communityId: string;
  kind: "MUST" | "MUST_NOT";
  clause?: Clause;
  nextNumber: number;
  onClose: () => void;
}

export function ClauseFormModal({ communityId, kind, clause, nextNumber, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const form = useForm({
    initialValues: { number: (clause?.number ?? nextNumber) as number | string, text: clause?.text ?? "", retired: clause?.retired ?? false },
    validate: {
      number: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1 ? null : t("form.required")),
      text: (v) => (v.trim() ? null : t("form.required")),
    },
  });
  const [add, adding] = useCommand(AddClauseMutation, (d) => d.addConsultationClause);
  const [update, updating] = useCommand(UpdateClauseMutation, (d) => d.updateConsultationClause);
  const submit = form.onSubmit(async (v) => {
    const done = clause
      ? await update({ id: clause.id, input: { number: Number(v.number), text: v.text.trim(), retired: v.retired } }, { form, success: t("clauses.updated") })
      : await add({ input: { communityId, kind, number: Number(v.number), text: v.text.trim() } }, { form, success: t("clauses.added") });
    if (done) onClose();
  });
  const title = `${clause ? t("clauses.edit") : t("clauses.add")} · ${label("ClauseKind", kind)}`;
  return (
    <FormModal opened onClose={onClose} title={title} onSubmit={submit} submitting={adding || updating} size="md">
      <NumberInput label={t("clauses.number")} withAsterisk min={1} allowDecimal={false} w={160} {...form.getInputProps("number")} />
      <Textarea label={t("clauses.text")} withAsterisk autosize minRows={2} {...form.getInputProps("text")} />
      {clause && <Checkbox label={t("clauses.retire")} description={t("clauses.retireHint")} {...form.getInputProps("retired", { type: "checkbox" })} />}
    </FormModal>
  );
}
