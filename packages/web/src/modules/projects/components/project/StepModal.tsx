// One lifecycle step in a modal: the fields it takes (审批意见 for 立项, a summary for 结项, the
// committee's score and comments for 评议, a reason for 取消), checked here first; the server's
// issues land under the fields they name. 立项, 结项 and 评议 publish a notice (公示) by default.
import { Checkbox, NumberInput, Select, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useStepCommand } from "./projectCommands";
import type { Step } from "../../enums";
import { useResolutionOptions, useTopicOptions } from "../../hooks/useOptions";

interface StepModalProps {
  step: Step;
  projectId: string;
  communityId: string;
  /** The project's deliberation topic: 协商 needs none chosen; 立项 after deliberation rests on its resolution. */
  topicId: string | null;
  /** 立项 from DELIBERATING needs the committee's resolution. */
  deliberated: boolean;
  /** The viewer may publish notices (the 公示 checkbox). */
  mayPublish: boolean;
  onClose: () => void;
}

const NOTICE_STEPS: readonly Step[] = ["APPROVE", "COMPLETE", "EVALUATE"];

const initial = { note: "", topicId: null as string | null, resolutionId: null as string | null, summary: "", committeeScore: "" as number | string, committeeComment: "", reason: "", publishNotice: true };
type Values = typeof initial;

function inputOf(step: Step, v: Values, publish: boolean): Record<string, unknown> | undefined {
  const notice = NOTICE_STEPS.includes(step) ? { publishNotice: publish && v.publishNotice } : {};
  switch (step) {
    case "DELIBERATE":
      return { topicId: v.topicId, note: orNull(v.note) };
    case "APPROVE":
      return { note: orNull(v.note), resolutionId: v.resolutionId, ...notice };
    case "START":
      return orNull(v.note) ? { note: v.note.trim() } : undefined;
    case "COMPLETE":
      return { summary: v.summary.trim(), ...notice };
    case "EVALUATE":
      return { committeeScore: Number(v.committeeScore), committeeComment: v.committeeComment.trim(), ...notice };
    case "CANCEL":
      return { reason: v.reason.trim() };
  }
}

export function StepModal({ step, projectId, communityId, topicId, deliberated, mayPublish, onClose }: StepModalProps) {
  const { t } = useTranslation("projects");
  const [run, running] = useStepCommand(step);
  const hasTopic = !!topicId;
  const topics = useTopicOptions(communityId, step !== "DELIBERATE" || hasTopic);
  const resolutions = useResolutionOptions(step === "APPROVE" ? topicId : null);
  const required = (v: string) => (v.trim() ? null : t("form.required"));
  const form = useForm({
    initialValues: initial,
    validate: {
      topicId: (v) => (step === "DELIBERATE" && !hasTopic && !v ? t("form.required") : null),
      resolutionId: (v) => (step === "APPROVE" && deliberated && !v ? t("steps.APPROVE.resolutionRequired") : null),
      note: (v, all) => (step === "APPROVE" && !all.resolutionId ? required(v) : null),
      summary: (v) => (step === "COMPLETE" ? required(v) : null),
      committeeScore: (v) => (step === "EVALUATE" && (v === "" || Number(v) < 0 || Number(v) > 100 || !Number.isInteger(Number(v))) ? t("steps.EVALUATE.scoreInvalid") : null),
      committeeComment: (v) => (step === "EVALUATE" ? required(v) : null),
      reason: (v) => (step === "CANCEL" ? required(v) : null),
    },
  });

  const submit = form.onSubmit(async (v) => {
    const done = await run({ id: projectId, input: inputOf(step, v, mayPublish) }, { form, success: t(`steps.${step}.done`) });
    if (done) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={t(`steps.${step}.title`)} onSubmit={submit} submitting={running} submitLabel={t(`steps.${step}.submit`)} size="md">
      <Text size="sm" c="dimmed">
        {t(`steps.${step}.hint`)}
      </Text>
      {step === "DELIBERATE" && !hasTopic && <Select label={t("fields.topic")} data={topics} searchable withAsterisk {...form.getInputProps("topicId")} />}
      {(step === "DELIBERATE" || step === "START") && <Textarea label={t("steps.note")} autosize minRows={2} {...form.getInputProps("note")} />}
      {step === "APPROVE" && hasTopic && (
        <Select label={t("steps.APPROVE.resolution")} data={resolutions} withAsterisk={deliberated} clearable {...form.getInputProps("resolutionId")} />
      )}
      {step === "APPROVE" && <Textarea label={t("steps.APPROVE.note")} withAsterisk={!form.values.resolutionId} autosize minRows={3} {...form.getInputProps("note")} />}
      {step === "COMPLETE" && <Textarea label={t("steps.COMPLETE.summary")} withAsterisk autosize minRows={3} {...form.getInputProps("summary")} />}
      {step === "EVALUATE" && (
        <>
          <NumberInput label={t("steps.EVALUATE.score")} min={0} max={100} allowDecimal={false} withAsterisk {...form.getInputProps("committeeScore")} />
          <Textarea label={t("steps.EVALUATE.comment")} withAsterisk autosize minRows={3} {...form.getInputProps("committeeComment")} />
        </>
      )}
      {step === "CANCEL" && <Textarea label={t("steps.CANCEL.reason")} withAsterisk autosize minRows={3} {...form.getInputProps("reason")} />}
      {NOTICE_STEPS.includes(step) && mayPublish && <Checkbox label={t("steps.publishNotice")} {...form.getInputProps("publishNotice", { type: "checkbox" })} />}
    </FormModal>
  );
}
