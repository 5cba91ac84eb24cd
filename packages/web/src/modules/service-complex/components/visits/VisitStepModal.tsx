// 答复 an open entry, or 办结 an answered one.
import { Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useAnswerVisit, useCloseVisit } from "./commands";
import type { VisitStep } from "./VisitsTable";

export function VisitStepModal({ visitId, step, onClose }: { visitId: string; step: VisitStep; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const form = useForm({
    initialValues: { answer: "", note: "" },
    validate: { answer: (v) => (step === "answer" && !v.trim() ? t("visits.answerRequired") : null) },
  });
  const [answer, answering] = useAnswerVisit();
  const [close, closing] = useCloseVisit();
  const submit = form.onSubmit(async (v) => {
    const done =
      step === "answer"
        ? await answer({ id: visitId, input: { answer: v.answer.trim() } }, { form, success: t("visits.answered") })
        : await close({ id: visitId, input: { note: orNull(v.note) } }, { form, success: t("visits.closed") });
    if (done) onClose();
  });
  return (
    <FormModal
      opened
      onClose={onClose}
      title={step === "answer" ? t("visits.answerTitle") : t("visits.closeTitle")}
      onSubmit={submit}
      submitting={answering || closing}
      size="md"
    >
      {step === "answer" ? (
        <Textarea label={t("visits.answer")} withAsterisk autosize minRows={3} {...form.getInputProps("answer")} />
      ) : (
        <Textarea label={t("visits.closeNote")} autosize minRows={2} {...form.getInputProps("note")} />
      )}
    </FormModal>
  );
}
