// 认领资助: pledges, what was received, withdrawals.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";

const Pledge = graphql(
  `
    mutation PledgeSponsorship($input: PledgeSponsorshipInput!) {
      pledgeSponsorship(input: $input) {
        __typename
        ... on MutationPledgeSponsorshipSuccess {
          data {
            id
            status
            allowedSteps
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const usePledge = () => useCommand(Pledge, (d) => d.pledgeSponsorship);

const Received = graphql(
  `
    mutation RecordSponsorshipReceived($id: ID!, $input: RecordSponsorshipReceivedInput!) {
      recordSponsorshipReceived(id: $id, input: $input) {
        __typename
        ... on MutationRecordSponsorshipReceivedSuccess {
          data {
            id
            status
            allowedSteps
            receivedFen
            receivedOn
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useRecordReceived = () => useCommand(Received, (d) => d.recordSponsorshipReceived);

const Withdraw = graphql(
  `
    mutation WithdrawSponsorship($id: ID!, $input: WithdrawSponsorshipInput!) {
      withdrawSponsorship(id: $id, input: $input) {
        __typename
        ... on MutationWithdrawSponsorshipSuccess {
          data {
            id
            status
            allowedSteps
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);
export const useWithdraw = () => useCommand(Withdraw, (d) => d.withdrawSponsorship);
