import { graphql } from "@gongzhi/schema";

export const EntryRowFields = graphql(`
  fragment EntryRowFields on PointsEntry @_unmask {
    id
    kind
    delta
    month
    note
    createdAt
    actorName
    approvedByName
    sourceType
    rule {
      id
      name
      code
    }
    reversedBy {
      id
      createdAt
    }
    reverses {
      id
    }
    allowedSteps
  }
`);

export const RedemptionRowFields = graphql(`
  fragment RedemptionRowFields on Redemption @_unmask {
    id
    code
    status
    rewardName
    quantity
    unitCost
    totalCost
    createdAt
    fulfilledAt
    fulfilledByName
    cancelledAt
    cancelReason
    allowedSteps
    account {
      id
      name
    }
  }
`);

/** A redemption with what it changed: the reward's stock (and so its steps) and the account's balance (redeem, cancel). */
export const RedemptionChangeFields = graphql(
  `
    fragment RedemptionChangeFields on Redemption @_unmask {
      id
      ...RedemptionRowFields
      reward {
        id
        stock
        allowedSteps
      }
      account {
        id
        balance
        spent
      }
    }
  `,
  [RedemptionRowFields],
);
