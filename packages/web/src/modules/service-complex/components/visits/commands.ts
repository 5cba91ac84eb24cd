// The visits ledger's commands: record a visit or opinion, answer it, close it, turn it into a
// deliberation topic. Each payload selects the ledger's row, so graphcache updates it.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { VisitRow } from "./VisitsTable";

const RecordVisitMutation = graphql(
  `
    mutation RecordServiceVisit($input: RecordServiceVisitInput!) {
      recordServiceVisit(input: $input) {
        __typename
        ... on MutationRecordServiceVisitSuccess {
          data {
            id
            ...VisitRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VisitRow, UserErrorFields],
);
export const useRecordVisit = () => useCommand(RecordVisitMutation, (d) => d.recordServiceVisit);

const AnswerVisitMutation = graphql(
  `
    mutation AnswerServiceVisit($id: ID!, $input: AnswerServiceVisitInput!) {
      answerServiceVisit(id: $id, input: $input) {
        __typename
        ... on MutationAnswerServiceVisitSuccess {
          data {
            id
            ...VisitRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VisitRow, UserErrorFields],
);
export const useAnswerVisit = () => useCommand(AnswerVisitMutation, (d) => d.answerServiceVisit);

const CloseVisitMutation = graphql(
  `
    mutation CloseServiceVisit($id: ID!, $input: CloseServiceVisitInput) {
      closeServiceVisit(id: $id, input: $input) {
        __typename
        ... on MutationCloseServiceVisitSuccess {
          data {
            id
            ...VisitRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VisitRow, UserErrorFields],
);
export const useCloseVisit = () => useCommand(CloseVisitMutation, (d) => d.closeServiceVisit);

const TurnVisitIntoTopicMutation = graphql(
  `
    mutation TurnServiceVisitIntoTopic($id: ID!, $input: TurnServiceVisitIntoTopicInput!) {
      turnServiceVisitIntoTopic(id: $id, input: $input) {
        __typename
        ... on MutationTurnServiceVisitIntoTopicSuccess {
          data {
            id
            ...VisitRow
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VisitRow, UserErrorFields],
);
export const useTurnVisitIntoTopic = () => useCommand(TurnVisitIntoTopicMutation, (d) => d.turnServiceVisitIntoTopic);
