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
    account {
      id
      name
    }
  }
`);
