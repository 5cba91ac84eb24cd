// From a topic: put it on the agenda of an upcoming (or running) meeting.
import { graphql } from "@gongzhi/schema";
import { Alert, Select, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { formatDateTime } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumLabel } from "../../enums";
import { AddAgendaItemMutation } from "../meetings/agendaCommands";

const OpenMeetingsQuery = graphql(`
  query OpenMeetings($communityId: ID!) {
    meetings(communityId: $communityId, status: [SCHEDULED, IN_PROGRESS], first: 50) {
      edges {
        node {
          id
          title
          startsAt
          status
        }
      }
    }
  }
`);

export function ScheduleTopicModal({ communityId, topic, onClose }: { communityId: string; topic: { id: string; title: string }; onClose: () => void }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const [{ data }] = useQuery({ query: OpenMeetingsQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const meetings = data?.meetings.edges.map((e) => e.node) ?? [];
  const form = useForm({ initialValues: { meetingId: null as string | null }, validate: { meetingId: (v) => (v ? null : t("agenda.pickMeeting")) } });
  const [add, adding] = useCommand(AddAgendaItemMutation, (d) => d.addAgendaItem);
  const submit = form.onSubmit(async (v) => {
    if (await add({ input: { meetingId: v.meetingId!, topicId: topic.id } }, { form, success: t("agenda.added") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("agenda.schedule")} onSubmit={submit} submitting={adding} submitLabel={t("agenda.addSubmit")} size="md">
      <Text fw={600}>{topic.title}</Text>
      {data && meetings.length === 0 && <Alert color="yellow">{t("agenda.noMeetings")}</Alert>}
      <Select
        label={t("agenda.meeting")}
        withAsterisk
        data={meetings.map((m) => ({ value: m.id, label: `${m.title}（${formatDateTime(m.startsAt, i18n.language)}，${label("MeetingStatus", m.status)}）` }))}
        {...form.getInputProps("meetingId")}
      />
    </FormModal>
  );
}
