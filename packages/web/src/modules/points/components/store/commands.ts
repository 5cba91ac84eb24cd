// The points store's commands: put a reward in the store or change it, 入库/出库, redeem at the
// counter, hand over (核销) by code, cancel with a refund. Each payload selects the rows it changes
// (the reward's, the redemption's in the store and on the account page) and what the forms show
// after it; lists that gain or lose a row are invalidated in cache.ts.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { AccountRedemptionFields } from "../accounts/AccountRedemptionsTable";
import { RedemptionRowFields } from "./RedemptionsTable";
import { RewardRowFields } from "./RewardsTable";

/** A redemption with what it changed: the reward's stock and the account's balance (redeem, cancel). */
const RedemptionChangeFields = graphql(
  `
    fragment RedemptionChangeFields on Redemption @_unmask {
      id
      code
      quantity
      totalCost
      ...RedemptionRowFields
      ...AccountRedemptionFields
      reward {
        id
        stock
        allowedSteps
      }
      account {
        id
        name
        balance
        spent
      }
    }
  `,
  [RedemptionRowFields, AccountRedemptionFields],
);

export const CreateRewardMutation = graphql(
  `
    mutation CreateReward($input: CreateRewardInput!) {
      createReward(input: $input) {
        __typename
        ... on MutationCreateRewardSuccess {
          data {
            id
            ...RewardRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RewardRowFields, UserErrorFields],
);

export const UpdateRewardMutation = graphql(
  `
    mutation UpdateReward($id: ID!, $input: UpdateRewardInput!) {
      updateReward(id: $id, input: $input) {
        __typename
        ... on MutationUpdateRewardSuccess {
          data {
            id
            ...RewardRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RewardRowFields, UserErrorFields],
);

export const AdjustStockMutation = graphql(
  `
    mutation AdjustRewardStock($id: ID!, $input: AdjustRewardStockInput!) {
      adjustRewardStock(id: $id, input: $input) {
        __typename
        ... on MutationAdjustRewardStockSuccess {
          data {
            id
            ...RewardRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RewardRowFields, UserErrorFields],
);

export const RedeemMutation = graphql(
  `
    mutation RedeemReward($input: RedeemRewardInput!) {
      redeemReward(input: $input) {
        __typename
        ... on MutationRedeemRewardSuccess {
          data {
            ...RedemptionChangeFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RedemptionChangeFields, UserErrorFields],
);

export const FulfilMutation = graphql(
  `
    mutation FulfilRedemption($input: FulfilRedemptionInput!) {
      fulfilRedemption(input: $input) {
        __typename
        ... on MutationFulfilRedemptionSuccess {
          data {
            id
            rewardName
            quantity
            account {
              id
              name
            }
            ...RedemptionRowFields
            ...AccountRedemptionFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RedemptionRowFields, AccountRedemptionFields, UserErrorFields],
);

export const CancelRedemptionMutation = graphql(
  `
    mutation CancelRedemption($id: ID!, $input: CancelRedemptionInput) {
      cancelRedemption(id: $id, input: $input) {
        __typename
        ... on MutationCancelRedemptionSuccess {
          data {
            ...RedemptionChangeFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RedemptionChangeFields, UserErrorFields],
);
