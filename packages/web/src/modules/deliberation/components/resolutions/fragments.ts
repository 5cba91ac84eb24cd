// This folder's fragments, apart from the components (components and the mutations that refresh them import them from here).
import { graphql } from "@gongzhi/schema";

export const ResolutionFields = graphql(`
  fragment ResolutionFields on Resolution {
    id
    text
    ownerName
    dueOn
    overdue
    status
    allowedSteps
    doneAt
    createdAt
    topic {
      id
      title
    }
    meeting {
      id
      title
    }
    updates {
      id
      fromStatus
      toStatus
      note
      actorName
      createdAt
    }
  }
`);

export const EscalationFields = graphql(`
  fragment EscalationFields on Escalation {
    id
    addressedTo
    text
    submittedAt
    replyText
    repliedOn
    allowedSteps
    topic {
      id
      title
    }
  }
`);
