// Put an accepted topic (or one to deliberate again) at the end of the agenda.
import { graphql } from "@gongzhi/schema";
import { Alert, Select } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumLabel } from "../../enums";
import { AddAgendaItemMutation } from "./agendaCommands";

export const SchedulableTopicsQuery = graphql(`
  query SchedulableTopics($communityId: ID!) {
    topics(communityId: $communityId, allowedStep: SCHEDULE, first: 100) {
      edges {
        node {
          id
          title
          status
        }
      }
    }
  }
`);

export function AddAgendaItemModal({ communityId, meetingId, onClose }: { communityId: string; meetingId: string; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const [{ data }] = useQuery({ query: SchedulableTopicsQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const topics = data?.topics.edges.map((e) => e.node) ?? [];
  const form = useForm({ initialValues: { topicId: null as string | null }, validate: { topicId: (v) => (v ? null : t("agenda.pickTopic")) } });
  const [add, adding] = useCommand(AddAgendaItemMutation, (d) => d.addAgendaItem);
  const submit = form.onSubmit(async (v) => {
    if (await add({ input: { meetingId, topicId: v.topicId! } }, { form, success: t("agenda.added") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("agenda.add")} onSubmit={submit} submitting={adding} submitLabel={t("agenda.addSubmit")} size="md">
      {data && topics.length === 0 && <Alert color="yellow">{t("agenda.noTopics")}</Alert>}
      <Select
        label={t("agenda.topic")}
        withAsterisk
        searchable
        data={topics.map((x) => ({ value: x.id, label: `${x.title}（${label("TopicStatus", x.status)}）` }))}
        {...form.getInputProps("topicId")}
      />
    </FormModal>
  );
}
