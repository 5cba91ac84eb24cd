// 答复 an open entry, or 办结 an answered one.
import { graphql } from "@gongzhi/schema";
import { Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { FormModal } from "../../../../ui/FormModal";
import { VisitRow, type VisitStep } from "./VisitsTable";

const AnswerVisitMutation = graphql(
  `
    mutation AnswerServiceVisit($id: ID!, $input: AnswerServiceVisitInput!) {
      answerServiceVisit(id: $id, input: $input) {
        __typename
        ... on MutationAnswerServiceVisitSuccess {
          data {
            id
            ...VisitRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VisitRow, UserErrorFields],
);

const CloseVisitMutation = graphql(
  `
    mutation CloseServiceVisit($id: ID!, $input: CloseServiceVisitInput) {
      closeServiceVisit(id: $id, input: $input) {
        __typename
        ... on MutationCloseServiceVisitSuccess {
          data {
            id
            ...VisitRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VisitRow, UserErrorFields],
);

export function VisitStepModal({ visitId, step, onClose }: { visitId: string; step: VisitStep; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const form = useForm({
    initialValues: { answer: "", note: "" },
    validate: { answer: (v) => (step === "answer" && !v.trim() ? t("visits.answerRequired") : null) },
  });
  const [answer, answering] = useCommand(AnswerVisitMutation, (d) => d.answerServiceVisit);
  const [close, closing] = useCommand(CloseVisitMutation, (d) => d.closeServiceVisit);
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
