// The notices' commands: publish an announcement, withdraw a notice, record and answer objections.
// Each payload selects the fragments of the components that show what changed.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../lib/userError";
import { NoticeCardFields, NoticeStatusFields } from "./NoticeCard";
import { ObjectionFields } from "./ObjectionItem";

export const PublishNoticeMutation = graphql(
  `
    mutation PublishNotice($input: PublishNoticeInput!) {
      publishNotice(input: $input) {
        __typename
        ... on MutationPublishNoticeSuccess {
          data {
            id
            title
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

export const WithdrawNoticeMutation = graphql(
  `
    mutation WithdrawNotice($id: ID!, $input: WithdrawNoticeInput!) {
      withdrawNotice(id: $id, input: $input) {
        __typename
        ... on MutationWithdrawNoticeSuccess {
          data {
            id
            ...NoticeStatusFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NoticeStatusFields, UserErrorFields],
);

export const RecordObjectionMutation = graphql(
  `
    mutation RecordObjection($input: FileObjectionInput!) {
      fileObjection(input: $input) {
        __typename
        ... on MutationFileObjectionSuccess {
          data {
            id
            notice {
              id
              ...NoticeCardFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [NoticeCardFields, UserErrorFields],
);

export const AnswerObjectionMutation = graphql(
  `
    mutation AnswerObjection($id: ID!, $input: AnswerObjectionInput!) {
      answerObjection(id: $id, input: $input) {
        __typename
        ... on MutationAnswerObjectionSuccess {
          data {
            id
            ...ObjectionFields
            notice {
              id
              ...NoticeStatusFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [ObjectionFields, NoticeStatusFields, UserErrorFields],
);
