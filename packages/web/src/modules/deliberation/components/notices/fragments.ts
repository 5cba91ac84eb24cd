// This folder's fragments, apart from the components (components and the mutations that refresh them import them from here).
import { graphql } from "@gongzhi/schema";

export const ObjectionFields = graphql(`
  fragment ObjectionFields on NoticeObjection {
    id
    text
    status
    filerName
    filerContact
    filedThroughApp
    answer
    answeredAt
    answeredByName
    createdAt
  }
`);

export const NoticeStatusFields = graphql(`
  fragment NoticeStatusFields on Notice {
    id
    status
    finalAt
    withdrawnAt
    withdrawReason
    objectionCount
    pendingObjectionCount
    upheldObjectionCount
  }
`);

export const NoticeCardFields = graphql(
  `
    fragment NoticeCardFields on Notice {
      id
      title
      subjectType
      subjectId
      stage
      content
      periodDays
      publishedAt
      endsAt
      publishedByName
      ...NoticeStatusFields
      objections {
        id
        ...ObjectionFields
      }
    }
  `,
  [NoticeStatusFields, ObjectionFields],
);
