// A modal asking why (取消活动, 不予核定, 冲正, 取消兑换 …): the reason is required unless optional;
// the server's issue on input.reason shows under the field.
import { Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { ErrorTarget } from "../lib/formErrors";
import { FormModal } from "./FormModal";

interface ReasonModalProps {
  title: ReactNode;
  label: string;
  submitLabel: ReactNode;
  optional?: boolean;
  children?: ReactNode;
  onClose: () => void;
  /** Runs the command; a non-null result closes the modal. */
  run: (reason: string, form: ErrorTarget) => Promise<unknown>;
}

export function ReasonModal({ title, label, submitLabel, optional, children, onClose, run }: ReasonModalProps) {
  const { t } = useTranslation();
  const form = useForm({ initialValues: { reason: "" }, validate: { reason: (v) => (optional || v.trim() ? null : t("errors.reasonRequired")) } });
  const submit = form.onSubmit(async (v) => {
    if (await run(v.reason.trim(), form)) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={title} onSubmit={submit} submitting={form.submitting} submitLabel={submitLabel} size="md">
      {children}
      <Textarea label={label} withAsterisk={!optional} autosize minRows={2} data-autofocus {...form.getInputProps("reason")} />
    </FormModal>
  );
}
