// 登记 a visit, opinion, complaint or question; answered on the spot when an answer is given.
import { Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { dayKey, dayTimeToIso, timeOf } from "../../../../lib/dates";
import { useEnumOptions, VISIT_CHANNELS, VISIT_KINDS, type VisitChannel, type VisitKind } from "../../enums";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { useRecordVisit } from "./commands";

export function RecordVisitModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  const now = new Date();
  const form = useForm({
    initialValues: {
      kind: "OPINION" as VisitKind,
      channel: "IN_PERSON" as VisitChannel,
      residentId: null as string | null,
      visitorName: "",
      topic: "",
      content: "",
      answer: "",
      day: dayKey(now),
      time: timeOf(now),
    },
    validate: {
      visitorName: (v) => (v.trim() ? null : t("form.required")),
      topic: (v) => (v.trim() ? null : t("form.required")),
      content: (v) => (v.trim() ? null : t("form.required")),
      time: (v, all) => {
        const at = dayTimeToIso(all.day, v);
        if (!at) return t("form.timeInvalid");
        return new Date(at).getTime() > Date.now() + 60_000 ? t("visits.futureTime") : null;
      },
    },
  });
  const [record, recording] = useRecordVisit();
  const submit = form.onSubmit(async (v) => {
    const input = {
      communityId,
      kind: v.kind,
      channel: v.channel,
      residentId: v.residentId,
      visitorName: v.visitorName.trim(),
      topic: v.topic.trim(),
      content: v.content.trim(),
      answer: orNull(v.answer),
      visitedAt: dayTimeToIso(v.day, v.time),
    };
    const done = await record({ input }, { form, success: t("visits.recorded") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("visits.record")} onSubmit={submit} submitting={recording}>
      <SimpleGrid cols={2}>
        <Select label={t("visits.kind")} allowDeselect={false} data={options("ServiceVisitKind", VISIT_KINDS)} {...form.getInputProps("kind")} />
        <Select label={t("visits.channel")} allowDeselect={false} data={options("ServiceVisitChannel", VISIT_CHANNELS)} {...form.getInputProps("channel")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <ResidentPicker
          communityId={communityId}
          label={t("ticket.resident")}
          placeholder={t("queue.residentPlaceholder")}
          {...form.getInputProps("residentId")}
          onChange={(id, resident) => {
            form.setFieldValue("residentId", id);
            if (resident && !form.values.visitorName.trim()) form.setFieldValue("visitorName", resident.name);
          }}
        />
        <TextInput label={t("visits.visitor")} withAsterisk {...form.getInputProps("visitorName")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput type="date" label={t("visits.day")} {...form.getInputProps("day")} />
        <TextInput type="time" label={t("visits.time")} {...form.getInputProps("time")} />
      </SimpleGrid>
      <TextInput label={t("visits.topic")} placeholder={t("visits.topicPlaceholder")} withAsterisk {...form.getInputProps("topic")} />
      <Textarea label={t("visits.content")} withAsterisk autosize minRows={3} {...form.getInputProps("content")} />
      <Textarea label={t("visits.answerOnSpot")} description={t("visits.answerOnSpotHint")} autosize minRows={2} {...form.getInputProps("answer")} />
    </FormModal>
  );
}
