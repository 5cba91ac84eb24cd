// 申报 → 审核 → 公示 → 入账: the claim's mutations, each returning the claim's row.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";

export const ClaimRowFields = graphql(`
  fragment ClaimRowFields on PointsClaim @_unmask {
    id
    status
    allowedSteps
    points
    postedPoints
    reason
    evidence
    occurredOn
    createdAt
    submittedByName
    reviewedByName
    reviewNote
    noticeStatus
    notice {
      id
      title
      endsAt
    }
    account {
      id
      name
      kind
    }
    rule {
      id
      name
      code
      article
    }
  }
`);

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
