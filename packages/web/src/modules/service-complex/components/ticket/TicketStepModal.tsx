// One step of a ticket, in a modal: the fields the step takes (materials for 退回补正, a department
// for 转办, a reason for 不予办理 …), checked here first; the server's UserError issues land under
// the fields they name.
import { Checkbox, Group, Rating, Stack, TagsInput, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { AssignFields } from "./AssignFields";
import type { Step } from "./TicketActions";
import { useStepCommand } from "./ticketCommands";

interface TicketStepModalProps {
  step: Step;
  ticketId: string;
  communityId: string;
  /** The item's required materials, offered when returning for missing ones. */
  materials: readonly string[];
  onClose: () => void;
}

const initial = {
  note: "",
  materials: [] as string[],
  extraMaterials: [] as string[],
  department: "",
  reply: "",
  resultNote: "",
  reason: "",
  assigneeId: null as string | null,
  windowId: null as string | null,
  rating: 0,
  comment: "",
};
type Values = typeof initial;

function inputOf(step: Step, v: Values): Record<string, unknown> | undefined {
  switch (step) {
    case "ACCEPT":
    case "RESUBMIT":
      return orNull(v.note) ? { note: v.note.trim() } : undefined;
    case "RETURN":
      return { materials: [...new Set([...v.materials, ...v.extraMaterials.map((m) => m.trim()).filter(Boolean)])], note: orNull(v.note) };
    case "TRANSFER":
      return { department: v.department.trim(), note: orNull(v.note) };
    case "TRANSFER_REPLY":
      return { reply: v.reply.trim() };
    case "COMPLETE":
      return { resultNote: orNull(v.resultNote) };
    case "REJECT":
      return { reason: v.reason.trim() };
    case "ASSIGN":
      return { assigneeId: v.assigneeId ?? undefined, windowId: v.windowId ?? undefined, note: orNull(v.note) };
    case "RATE":
      return { rating: v.rating, comment: orNull(v.comment) };
  }
}

export function TicketStepModal({ step, ticketId, communityId, materials, onClose }: TicketStepModalProps) {
  const { t } = useTranslation("serviceComplex");
  const [run, running] = useStepCommand(step);
  const required = (v: string) => (v.trim() ? null : t("form.required"));
  const form = useForm({
    initialValues: initial,
    validate: {
      materials: (v, all) => (step === "RETURN" && v.length + all.extraMaterials.filter((m) => m.trim()).length === 0 ? t("steps.RETURN.materialsRequired") : null),
      department: (v) => (step === "TRANSFER" ? required(v) : null),
      reply: (v) => (step === "TRANSFER_REPLY" ? required(v) : null),
      reason: (v) => (step === "REJECT" && !v.trim() ? t("steps.REJECT.reasonRequired") : null),
      assigneeId: (v, all) => (step === "ASSIGN" && !v && !all.windowId ? t("steps.ASSIGN.required") : null),
      rating: (v) => (step === "RATE" && (v < 1 || v > 5) ? t("steps.RATE.ratingRequired") : null),
    },
  });

  const submit = form.onSubmit(async (v) => {
    const done = await run({ id: ticketId, input: inputOf(step, v) }, { form, success: t(`steps.${step}.done`) });
    if (done) onClose();
  });

  const note = <Textarea label={t("steps.note")} autosize minRows={2} {...form.getInputProps("note")} />;
  return (
    <FormModal opened onClose={onClose} title={t(`steps.${step}.title`)} onSubmit={submit} submitting={running} submitLabel={t(`steps.${step}.submit`)} size="md">
      <Text size="sm" c="dimmed">
        {t(`steps.${step}.hint`)}
      </Text>
      {(step === "ACCEPT" || step === "RESUBMIT") && note}
      {step === "RETURN" && (
        <Stack gap="xs">
          <Checkbox.Group label={t("steps.RETURN.materials")} {...form.getInputProps("materials")}>
            <Group gap="md" mt={4}>
              {materials.map((m) => (
                <Checkbox key={m} value={m} label={m} />
              ))}
            </Group>
          </Checkbox.Group>
          <TagsInput label={t("steps.RETURN.extraMaterials")} placeholder={t("steps.RETURN.extraPlaceholder")} {...form.getInputProps("extraMaterials")} />
          {note}
        </Stack>
      )}
      {step === "TRANSFER" && (
        <>
          <TextInput label={t("steps.TRANSFER.department")} placeholder={t("steps.TRANSFER.departmentPlaceholder")} withAsterisk {...form.getInputProps("department")} />
          {note}
        </>
      )}
      {step === "TRANSFER_REPLY" && <Textarea label={t("steps.TRANSFER_REPLY.reply")} withAsterisk autosize minRows={3} {...form.getInputProps("reply")} />}
      {step === "COMPLETE" && <Textarea label={t("steps.COMPLETE.resultNote")} autosize minRows={2} {...form.getInputProps("resultNote")} />}
      {step === "REJECT" && <Textarea label={t("steps.REJECT.reason")} withAsterisk autosize minRows={3} {...form.getInputProps("reason")} />}
      {step === "ASSIGN" && (
        <>
          <AssignFields communityId={communityId} form={form} />
          {note}
        </>
      )}
      {step === "RATE" && (
        <>
          <Stack gap={4}>
            <Text size="sm" fw={500}>
              {t("steps.RATE.rating")}
            </Text>
            <Rating aria-label={t("steps.RATE.rating")} value={form.values.rating} onChange={(r) => form.setFieldValue("rating", r)} />
            {form.errors.rating && (
              <Text size="xs" c="red">
                {form.errors.rating}
              </Text>
            )}
          </Stack>
          <Textarea label={t("steps.RATE.comment")} autosize minRows={2} {...form.getInputProps("comment")} />
        </>
      )}
    </FormModal>
  );
}
