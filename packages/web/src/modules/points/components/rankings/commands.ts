// The rankings' command: publish the community's ranking of a period as a notice (the notices list
// is invalidated in cache.ts; nothing on this page changes).
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";

export const PublishRankingMutation = graphql(
  `
    mutation PublishPointsRanking($input: PublishPointsRankingInput!) {
      publishPointsRanking(input: $input) {
        __typename
        ... on MutationPublishPointsRankingSuccess {
          data {
            id
            title
            endsAt
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
