// Schedule a meeting (议事会): title, time, in person (place) or online (link), and its agenda.
import { MultiSelect, SegmentedControl, SimpleGrid, Stack, Text, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localToIso, toLocalInput } from "../../../../lib/dates";
import { useEnumLabel } from "../../enums";
import { SchedulableTopicsQuery } from "./AddAgendaItemModal";
import { ScheduleMeetingMutation } from "./meetingCommands";

/** The next whole hour from now, and two hours after. */
function defaultTimes() {
  const start = new Date();
  start.setMinutes(0, 0, 0);
  start.setHours(start.getHours() + 1);
  return { startsAt: toLocalInput(start), endsAt: toLocalInput(new Date(start.getTime() + 2 * 3600_000)) };
}

interface Props {
  communityId: string;
  committeeId: string;
  onClose: () => void;
  onScheduled: (meetingId: string) => void;
}

export function ScheduleMeetingModal({ communityId, committeeId, onClose, onScheduled }: Props) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const [{ data }] = useQuery({ query: SchedulableTopicsQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const topics = data?.topics.edges.map((e) => e.node) ?? [];
  const form = useForm({
    initialValues: { title: "", ...defaultTimes(), mode: "IN_PERSON" as "IN_PERSON" | "ONLINE", place: "", onlineUrl: "", topicIds: [] as string[] },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      startsAt: (v) => (localToIso(v) ? null : t("form.required")),
      endsAt: (v, all) => (!localToIso(v) ? t("form.required") : v <= all.startsAt ? t("meetings.endAfterStart") : null),
      place: (v, all) => (all.mode === "IN_PERSON" && !v.trim() ? t("meetings.placeRequired") : null),
      onlineUrl: (v) => (v.trim() && !/^https?:\/\/\S+$/.test(v.trim()) ? t("meetings.urlInvalid") : null),
    },
  });
  const [schedule, scheduling] = useCommand(ScheduleMeetingMutation, (d) => d.scheduleMeeting);
  const submit = form.onSubmit(async (v) => {
    const input = {
      committeeId,
      title: v.title.trim(),
      startsAt: localToIso(v.startsAt)!,
      endsAt: localToIso(v.endsAt)!,
      mode: v.mode,
      place: orNull(v.place),
      onlineUrl: orNull(v.onlineUrl),
      topicIds: v.topicIds,
    };
    const meeting = await schedule({ input }, { form, success: t("meetings.scheduled") });
    if (meeting) onScheduled(meeting.id);
  });
  return (
    <FormModal opened onClose={onClose} title={t("meetings.schedule")} onSubmit={submit} submitting={scheduling}>
      <TextInput label={t("meetings.titleLabel")} placeholder={t("meetings.titlePlaceholder")} withAsterisk {...form.getInputProps("title")} />
      <SimpleGrid cols={2}>
        <TextInput type="datetime-local" label={t("meetings.startsAt")} withAsterisk {...form.getInputProps("startsAt")} />
        <TextInput type="datetime-local" label={t("meetings.endsAt")} withAsterisk {...form.getInputProps("endsAt")} />
      </SimpleGrid>
      <Stack gap={4}>
        <Text size="sm" fw={500}>
          {t("meetings.mode")}
        </Text>
        <SegmentedControl
          data={[
            { value: "IN_PERSON", label: label("MeetingMode", "IN_PERSON") },
            { value: "ONLINE", label: label("MeetingMode", "ONLINE") },
          ]}
          {...form.getInputProps("mode")}
        />
      </Stack>
      {form.values.mode === "IN_PERSON" ? (
        <TextInput label={t("meetings.place")} withAsterisk {...form.getInputProps("place")} />
      ) : (
        <TextInput label={t("meetings.onlineUrl")} placeholder="https://" {...form.getInputProps("onlineUrl")} />
      )}
      <MultiSelect
        label={t("meetings.agenda")}
        description={t("meetings.agendaHint")}
        searchable
        data={topics.map((x) => ({ value: x.id, label: `${x.title}（${label("TopicStatus", x.status)}）` }))}
        {...form.getInputProps("topicIds")}
      />
    </FormModal>
  );
}
