// Publish something as a notice (公示) for a period of whole days (default 7): the caller runs the
// mutation; its UserError lands on the periodDays field.
import { NumberInput, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorTarget } from "../../../lib/formErrors";
import { FormModal } from "../../../ui/FormModal";

interface Props {
  title: ReactNode;
  description: ReactNode;
  submitting: boolean;
  onSubmit: (periodDays: number, form: ErrorTarget) => Promise<unknown>;
  onClose: () => void;
}

export function PeriodModal({ title, description, submitting, onSubmit, onClose }: Props) {
  const { t } = useTranslation("notices");
  const form = useForm({
    initialValues: { periodDays: 7 as number | string },
    validate: { periodDays: (v) => (typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 90 ? null : t("notices.periodInvalid")) },
  });
  const submit = form.onSubmit(async (v) => {
    if (await onSubmit(Number(v.periodDays), form)) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={title} onSubmit={submit} submitting={submitting} submitLabel={t("notices.publish")} size="md">
      <Text size="sm">{description}</Text>
      <NumberInput label={t("notices.periodDays")} description={t("notices.periodHint")} min={1} max={90} allowDecimal={false} w={200} {...form.getInputProps("periodDays")} />
    </FormModal>
  );
}
