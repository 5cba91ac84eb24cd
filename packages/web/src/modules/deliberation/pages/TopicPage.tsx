// One topic with its whole history: the matter, its review, the meetings, votes and resolutions,
// the stakeholders invited, the stage notices, and the timeline of who did what when.
import { graphql } from "@gongzhi/schema";
import { Grid, Stack } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useState } from "react";
import { useQuery } from "urql";
import { DetailPage } from "../../../ui/DetailPage";
import { InviteStakeholderModal } from "../components/topics/InviteStakeholderModal";
import { TopicActions } from "../components/topics/TopicActions";
import { TopicActionFields } from "../components/topics/TopicActions";
import { TopicNoticesFields } from "../components/topics/TopicNotices";
import { TopicProceedingsFields } from "../components/topics/TopicProceedings";
import { TopicStakeholderFields } from "../components/topics/TopicStakeholders";
import { TopicSummaryFields } from "../components/topics/TopicSummary";
import { TopicTimelineFields } from "../components/topics/TopicTimeline";
import { TopicNotices } from "../components/topics/TopicNotices";
import { TopicProceedings } from "../components/topics/TopicProceedings";
import { TopicStakeholders } from "../components/topics/TopicStakeholders";
import { TopicSummary } from "../components/topics/TopicSummary";
import { TopicTimeline } from "../components/topics/TopicTimeline";
import { TOPICS_PATH } from "../paths";

const TopicPageQuery = graphql(
  `
    query TopicPage($id: ID!) {
      node(id: $id) {
        __typename
        ... on Topic {
          id
          community {
            id
          }
          ...TopicSummaryFields
          ...TopicTimelineFields
          ...TopicStakeholderFields
          ...TopicProceedingsFields
          ...TopicNoticesFields
          ...TopicActionFields
        }
      }
    }
  `,
  [TopicSummaryFields, TopicTimelineFields, TopicStakeholderFields, TopicProceedingsFields, TopicNoticesFields, TopicActionFields],
);

export function TopicPage({ topicId }: { topicId: string }) {
  const { t } = useTranslation("deliberation");
  const [{ data, fetching, error }] = useQuery({ query: TopicPageQuery, variables: { id: topicId }, requestPolicy: "cache-and-network" });
  const topic = data?.node?.__typename === "Topic" ? data.node : null;
  const [inviting, setInviting] = useState(false);

  return (
    <DetailPage back={{ to: TOPICS_PATH, label: t("topic.back") }} query={{ data, fetching, error }} record={topic} notFound={t("topic.notFound")}>
      {(topic) => (
        <>
          <Grid gap="md">
            <Grid.Col span={{ base: 12, md: 8 }}>
              <Stack>
                <TopicSummary topic={topic} />
                <TopicProceedings topic={topic} />
                <TopicStakeholders topic={topic} onInvite={() => setInviting(true)} />
              </Stack>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 4 }}>
              <Stack>
                <TopicActions communityId={topic.community.id} topic={topic} />
                <TopicNotices topic={topic} />
                <TopicTimeline topic={topic} />
              </Stack>
            </Grid.Col>
          </Grid>
          {inviting && <InviteStakeholderModal communityId={topic.community.id} topicId={topic.id} onClose={() => setInviting(false)} />}
        </>
      )}
    </DetailPage>
  );
}
