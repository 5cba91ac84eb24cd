// This folder's fragments, apart from the components (components and the mutations that refresh them import them from here).
import { graphql } from "@gongzhi/schema";
import { VoteSummaryFields } from "../meetings/fragments";
import { EscalationFields, ResolutionFields } from "../resolutions/fragments";

export const TopicCardFields = graphql(`
  fragment TopicCardFields on Topic {
    id
    title
    category
    source
    status
    proposerName
    cosignCount
    cosignThreshold
    readyForReview
    allowedSteps
    createdAt
  }
`);

export const TopicColumnFields = graphql(
  `
    fragment TopicColumnFields on QueryTopicsConnection {
      totalCount
      edges {
        node {
          id
          ...TopicCardFields
        }
      }
    }
  `,
  [TopicCardFields],
);

export const TopicSummaryFields = graphql(`
  fragment TopicSummaryFields on Topic {
    id
    title
    description
    category
    source
    status
    proposerName
    cosignCount
    cosignThreshold
    readyForReview
    voteThreshold
    reviewNote
    reviewedAt
    declineReason
    declineClause {
      id
      label
      text
    }
    attachments {
      id
      name
      url
    }
    cosignatures {
      id
      residentName
    }
    serviceVisit {
      id
      kind
      visitedAt
    }
    createdAt
  }
`);

export const TopicTimelineFields = graphql(`
  fragment TopicTimelineFields on Topic {
    id
    timeline {
      id
      fromStatus
      toStatus
      note
      actorName
      createdAt
    }
  }
`);

export const TopicStakeholderFields = graphql(`
  fragment TopicStakeholderFields on Topic {
    id
    allowedSteps
    stakeholders {
      id
      name
      affiliation
      mayVote
    }
  }
`);

export const TopicProceedingsFields = graphql(
  `
    fragment TopicProceedingsFields on Topic {
      id
      agendaItems {
        id
        removedAt
        meeting {
          id
          title
          startsAt
          status
        }
      }
      votes {
        id
        meeting {
          id
          title
        }
        ...VoteSummaryFields
      }
      resolutions {
        id
        ...ResolutionFields
      }
      escalations {
        id
        ...EscalationFields
      }
    }
  `,
  [VoteSummaryFields, ResolutionFields, EscalationFields],
);

export const TopicNoticesFields = graphql(`
  fragment TopicNoticesFields on Topic {
    id
    notices {
      id
      title
      stage
      status
      publishedAt
      endsAt
    }
  }
`);

export const TopicActionFields = graphql(`
  fragment TopicActionFields on Topic {
    id
    title
    status
    readyForReview
    allowedSteps
    votes {
      id
      status
      result
      question
      meeting {
        id
        title
      }
    }
    agendaItems {
      id
      removedAt
      meeting {
        id
        title
        startedAt
      }
    }
  }
`);
