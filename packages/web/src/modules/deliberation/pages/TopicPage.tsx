// One topic with its whole history: the matter, its review, the meetings, votes and resolutions,
// the stakeholders invited, the stage notices, and the timeline of who did what when.
import { graphql } from "@gongzhi/schema";
import { Alert, Button, Center, Grid, Loader, Stack } from "@mantine/core";
import { IconArrowLeft } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useState } from "react";
import { useQuery } from "urql";
import { QueryError } from "../../../ui/QueryError";
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
    <>
      <Button component={Link} to={TOPICS_PATH} variant="subtle" leftSection={<IconArrowLeft size={16} />} mb="sm" px={0}>
        {t("topic.back")}
      </Button>
      <QueryError error={error} />
      {fetching && !data && (
        <Center py="xl">
          <Loader />
        </Center>
      )}
      {data && !topic && <Alert color="yellow">{t("topic.notFound")}</Alert>}
      {topic && (
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
      )}
      {topic && inviting && <InviteStakeholderModal communityId={topic.community.id} topicId={topic.id} onClose={() => setInviting(false)} />}
    </>
  );
}
