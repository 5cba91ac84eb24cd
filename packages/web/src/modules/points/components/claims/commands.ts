// 申报 → 审核 → 公示 → 入账: the claim's mutations, each returning the claim's row (ClaimsTable's
// fragment), so graphcache updates it; posting also returns the account's totals.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { ClaimRowFields } from "./ClaimsTable";

export const SubmitClaimMutation = graphql(
  `
    mutation SubmitPointsClaim($input: SubmitPointsClaimInput!) {
      submitPointsClaim(input: $input) {
        __typename
        ... on MutationSubmitPointsClaimSuccess {
          data {
            id
            ...ClaimRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ClaimRowFields, UserErrorFields],
);

export const ApproveClaimMutation = graphql(
  `
    mutation ApprovePointsClaim($id: ID!, $input: ReviewPointsClaimInput) {
      approvePointsClaim(id: $id, input: $input) {
        __typename
        ... on MutationApprovePointsClaimSuccess {
          data {
            id
            ...ClaimRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ClaimRowFields, UserErrorFields],
);

export const RejectClaimMutation = graphql(
  `
    mutation RejectPointsClaim($id: ID!, $input: PointsReasonInput!) {
      rejectPointsClaim(id: $id, input: $input) {
        __typename
        ... on MutationRejectPointsClaimSuccess {
          data {
            id
            ...ClaimRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ClaimRowFields, UserErrorFields],
);

export const PostClaimMutation = graphql(
  `
    mutation PostPointsClaim($id: ID!) {
      postPointsClaim(id: $id) {
        __typename
        ... on MutationPostPointsClaimSuccess {
          data {
            id
            ...ClaimRowFields
            account {
              id
              balance
              awarded
              deducted
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ClaimRowFields, UserErrorFields],
);

export const PublishClaimsMutation = graphql(
  `
    mutation PublishPointsClaims($input: PublishPointsClaimsInput!) {
      publishPointsClaims(input: $input) {
        __typename
        ... on MutationPublishPointsClaimsSuccess {
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
