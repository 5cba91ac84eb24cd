// 不予立项: decline a topic citing a current 不议 clause of the catalog and a reason the proposer reads.
import { graphql, readFragment } from "@gongzhi/schema";
import { Alert, Select, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { ClauseFields } from "../committee/ClausesPanel";
import { DeclineTopicMutation } from "./commands";

const MustNotClausesQuery = graphql(
  `
    query MustNotClauses($communityId: ID!) {
      consultationClauses(communityId: $communityId, kind: MUST_NOT, first: 100) {
        edges {
          node {
            id
            ...ClauseFields
          }
        }
      }
    }
  `,
  [ClauseFields],
);

interface Props {
  communityId: string;
  topic: { id: string; title: string };
  onClose: () => void;
}

export function DeclineTopicModal({ communityId, topic, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const [{ data }] = useQuery({ query: MustNotClausesQuery, variables: { communityId } });
  const clauses = (data?.consultationClauses.edges ?? []).map((e) => readFragment(ClauseFields, e.node)).sort((a, b) => a.number - b.number);
  const form = useForm({
    initialValues: { clauseId: null as string | null, reason: "" },
    validate: {
      clauseId: (v) => (v ? null : t("topics.clauseRequired")),
      reason: (v) => (v.trim() ? null : t("topics.reasonRequired")),
    },
  });
  const [decline, declining] = useCommand(DeclineTopicMutation, (d) => d.declineTopic);
  const submit = form.onSubmit(async (v) => {
    if (await decline({ id: topic.id, input: { clauseId: v.clauseId!, reason: v.reason.trim() } }, { form, success: t("topics.declined", { title: topic.title }) })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("topics.declineTitle")} onSubmit={submit} submitting={declining} submitLabel={t("topics.decline")}>
      <Text fw={600}>{topic.title}</Text>
      {data && clauses.length === 0 && <Alert color="yellow">{t("topics.noMustNotClauses")}</Alert>}
      <Select
        label={t("topics.clause")}
        placeholder={t("topics.clausePlaceholder")}
        withAsterisk
        data={clauses.map((c) => ({ value: c.id, label: `${c.label}：${c.text}` }))}
        {...form.getInputProps("clauseId")}
      />
      <Textarea label={t("topics.reason")} description={t("topics.reasonHint")} withAsterisk autosize minRows={3} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
