// The ledger's command: 冲正 reverses an award or a deduction with a reason. The payload selects the
// new entry's row, the reversed entry's state and the account's totals, so graphcache updates them;
// the ledger's list gains a row and is invalidated in cache.ts.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { EntryRowFields } from "./LedgerTable";

export const ReverseEntryMutation = graphql(
  `
    mutation ReversePointsEntry($id: ID!, $input: PointsReasonInput!) {
      reversePointsEntry(id: $id, input: $input) {
        __typename
        ... on MutationReversePointsEntrySuccess {
          data {
            id
            ...EntryRowFields
            reverses {
              id
              reversedBy {
                id
                createdAt
              }
              allowedSteps
            }
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
  [EntryRowFields, UserErrorFields],
);
