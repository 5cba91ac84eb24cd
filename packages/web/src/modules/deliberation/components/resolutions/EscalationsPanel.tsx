// Topics sent to the street and waiting (已上报), each with its suggestion and the reply once recorded.
import { graphql } from "@gongzhi/schema";
import { Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { QueryError } from "../../../../ui/QueryError";
import { EscalationCard, EscalationFields } from "./EscalationCard";
import { EscalationReplyModal } from "./EscalationReplyModal";

const EscalatedTopicsQuery = graphql(
  `
    query EscalatedTopics($communityId: ID!) {
      topics(communityId: $communityId, status: [ESCALATED], first: 50) {
        totalCount
        edges {
          node {
            id
            escalations {
              id
              ...EscalationFields
            }
          }
        }
      }
    }
  `,
  [EscalationFields],
);

export function EscalationsPanel({ communityId }: { communityId: string }) {
  const [replying, setReplying] = useState<{ id: string; addressedTo: string } | null>(null);
  const { t } = useTranslation("deliberation");
  const [{ data, error }] = useQuery({ query: EscalatedTopicsQuery, variables: { communityId }, requestPolicy: "cache-and-network" });
  const escalations = (data?.topics.edges ?? []).flatMap((e) => e.node.escalations);
  return (
    <Stack>
      <QueryError error={error} />
      <Text c="dimmed" size="sm">
        {t("escalations.intro")}
      </Text>
      {data && escalations.length === 0 && <Text c="dimmed">{t("escalations.none")}</Text>}
      {escalations.map((e) => (
        <EscalationCard key={e.id} escalation={e} onReply={setReplying} />
      ))}
      {replying && <EscalationReplyModal escalation={replying} onClose={() => setReplying(null)} />}
    </Stack>
  );
}
