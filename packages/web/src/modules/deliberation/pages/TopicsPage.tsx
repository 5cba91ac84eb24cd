// 议题看板: every topic of the community by status (待审 → 已立项 → … → 已办结, 不予立项), with
// filters; staff raise topics and review (accept / decline) the ones waiting.
import { graphql } from "@gongzhi/schema";
import { Button, SimpleGrid } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useQuery } from "urql";
import { PageHeader } from "../../../ui/PageHeader";
import { QueryError } from "../../../ui/QueryError";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { NoCommittee } from "../components/NoCommittee";
import { AcceptTopicModal } from "../components/topics/AcceptTopicModal";
import { DeclineTopicModal } from "../components/topics/DeclineTopicModal";
import { ProposeTopicModal } from "../components/topics/ProposeTopicModal";
import { TopicColumn } from "../components/topics/TopicColumn";
import { TopicColumnFields } from "../components/topics/TopicColumn";
import { NO_TOPIC_FILTERS, TopicFilters, type TopicFilterValues } from "../components/topics/TopicFilters";
import { BOARD } from "../enums";
import { useCommittee } from "../hooks/useCommittee";

const COLUMN_SIZE = 50;

export const TopicBoardQuery = graphql(
  `
    query TopicBoard($communityId: ID!, $category: TopicCategory, $search: String, $readyForReview: Boolean, $first: Int!) {
      SUBMITTED: topics(communityId: $communityId, status: [SUBMITTED], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
      ACCEPTED: topics(communityId: $communityId, status: [ACCEPTED], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
      SCHEDULED: topics(communityId: $communityId, status: [SCHEDULED], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
      DELIBERATED: topics(communityId: $communityId, status: [DELIBERATED], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
      RESOLVED: topics(communityId: $communityId, status: [RESOLVED], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
      ESCALATED: topics(communityId: $communityId, status: [ESCALATED], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
      DONE: topics(communityId: $communityId, status: [DONE], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
      DECLINED: topics(communityId: $communityId, status: [DECLINED], category: $category, search: $search, readyForReview: $readyForReview, first: $first) {
        ...TopicColumnFields
      }
    }
  `,
  [TopicColumnFields],
);

type Reviewing = { kind: "accept" | "decline"; topic: { id: string; title: string } } | null;

export function TopicsPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation("deliberation");
  const { can } = useCurrentCommunity();
  const { committee, loaded } = useCommittee(communityId);
  const [params] = useSearchParams();
  // ?ready=1: opened from the workbench's 待立项议题.
  const [filters, setFilters] = useState<TopicFilterValues>(() => ({ ...NO_TOPIC_FILTERS, readyForReview: params.get("ready") === "1" ? true : null }));
  const [proposing, setProposing] = useState(false);
  const [reviewing, setReviewing] = useState<Reviewing>(null);
  const onSearch = useCallback((search: string) => setFilters((f) => (f.search === search ? f : { ...f, search })), []);
  const [{ data, error }] = useQuery({
    query: TopicBoardQuery,
    variables: { communityId, category: filters.category, search: filters.search || null, readyForReview: filters.readyForReview, first: COLUMN_SIZE },
    requestPolicy: "cache-and-network",
  });
  // Each card shows the review buttons its topic's allowedSteps hold.
  const review = {
    onAccept: (topic: { id: string; title: string }) => setReviewing({ kind: "accept", topic }),
    onDecline: (topic: { id: string; title: string }) => setReviewing({ kind: "decline", topic }),
  };

  if (loaded && !committee) return <NoCommittee />;
  return (
    <>
      <PageHeader
        title={t("topics.title")}
        description={t("topics.subtitle")}
        actions={
          can("topic:propose") &&
          committee && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setProposing(true)}>
              {t("topics.propose")}
            </Button>
          )
        }
      />
      <TopicFilters value={filters} onChange={setFilters} onSearch={onSearch} />
      <QueryError error={error} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm" data-testid="topic-board">
        {BOARD.map((status) => (
          <TopicColumn key={status} status={status} column={data?.[status]} review={review} />
        ))}
      </SimpleGrid>
      {proposing && <ProposeTopicModal communityId={communityId} onClose={() => setProposing(false)} />}
      {reviewing?.kind === "accept" && <AcceptTopicModal topic={reviewing.topic} onClose={() => setReviewing(null)} />}
      {reviewing?.kind === "decline" && <DeclineTopicModal communityId={communityId} topic={reviewing.topic} onClose={() => setReviewing(null)} />}
    </>
  );
}
