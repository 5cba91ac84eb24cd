// Topics' commands: propose, accept or decline (立项/不予立项), invite a stakeholder, publish a stage.
// Each returns the fragments of the components that show what it changed.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { TopicCardFields } from "./TopicCard";
import { TopicStakeholderFields } from "./TopicStakeholders";
import { TopicSummaryFields } from "./TopicSummary";
import { TopicTimelineFields } from "./TopicTimeline";

export const AcceptTopicMutation = graphql(
  `
    mutation AcceptTopic($id: ID!, $input: AcceptTopicInput) {
      acceptTopic(id: $id, input: $input) {
        __typename
        ... on MutationAcceptTopicSuccess {
          data {
            id
            ...TopicCardFields
            ...TopicSummaryFields
            ...TopicTimelineFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TopicCardFields, TopicSummaryFields, TopicTimelineFields, UserErrorFields],
);

export const DeclineTopicMutation = graphql(
  `
    mutation DeclineTopic($id: ID!, $input: DeclineTopicInput!) {
      declineTopic(id: $id, input: $input) {
        __typename
        ... on MutationDeclineTopicSuccess {
          data {
            id
            ...TopicCardFields
            ...TopicSummaryFields
            ...TopicTimelineFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TopicCardFields, TopicSummaryFields, TopicTimelineFields, UserErrorFields],
);

export const InviteStakeholderMutation = graphql(
  `
    mutation InviteStakeholder($input: InviteStakeholderInput!) {
      inviteStakeholder(input: $input) {
        __typename
        ... on MutationInviteStakeholderSuccess {
          data {
            id
            topic {
              id
              ...TopicStakeholderFields
              ...TopicTimelineFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TopicStakeholderFields, TopicTimelineFields, UserErrorFields],
);

export const ProposeTopicMutation = graphql(
  `
    mutation ProposeTopic($input: ProposeTopicInput!) {
      proposeTopic(input: $input) {
        __typename
        ... on MutationProposeTopicSuccess {
          data {
            id
            title
            status
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export const PublishTopicStageMutation = graphql(
  `
    mutation PublishTopicStage($input: PublishTopicStageInput!) {
      publishTopicStage(input: $input) {
        __typename
        ... on MutationPublishTopicStageSuccess {
          data {
            id
            title
            stage
            status
            publishedAt
            endsAt
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
