// Answer an objection: 异议成立 (the notice will not become final) or 异议不成立, with the reason.
import { Radio, Stack, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { useEnumLabel } from "../enums";
import { AnswerObjectionMutation } from "./commands";

export function AnswerObjectionModal({ objection, onClose }: { objection: { id: string; filerName: string; text: string }; onClose: () => void }) {
  const { t } = useTranslation("notices");
  const label = useEnumLabel();
  const form = useForm({
    initialValues: { decision: "" as "" | "UPHELD" | "DISMISSED", reason: "" },
    validate: { decision: (v) => (v ? null : t("objections.decisionRequired")), reason: (v) => (v.trim() ? null : t("objections.reasonRequired")) },
  });
  const [answer, answering] = useCommand(AnswerObjectionMutation, (d) => d.answerObjection);
  const submit = form.onSubmit(async (v) => {
    if (await answer({ id: objection.id, input: { decision: v.decision as "UPHELD" | "DISMISSED", reason: v.reason.trim() } }, { form, success: t("objections.answered") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("objections.answerTitle", { name: objection.filerName })} onSubmit={submit} submitting={answering} submitLabel={t("objections.answerSubmit")}>
      <Text size="sm" c="dimmed" style={{ whiteSpace: "pre-wrap" }}>
        {objection.text}
      </Text>
      <Radio.Group label={t("objections.decision")} withAsterisk {...form.getInputProps("decision")}>
        <Stack gap="xs" mt={6}>
          <Radio value="DISMISSED" label={label("ObjectionDecision", "DISMISSED")} description={t("objections.dismissedHint")} />
          <Radio value="UPHELD" label={label("ObjectionDecision", "UPHELD")} description={t("objections.upheldHint")} />
        </Stack>
      </Radio.Group>
      <Textarea label={t("objections.reason")} description={t("objections.reasonHint")} withAsterisk autosize minRows={3} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
