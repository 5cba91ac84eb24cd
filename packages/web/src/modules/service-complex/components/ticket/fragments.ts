// The ticket page's fragments, one per card, and what every step's result selects (the whole page
// but the applicant's phone, whose full value is revealed and audited only on the page's load).
import { graphql } from "@gongzhi/schema";

export const TicketSummaryFields = graphql(`
  fragment TicketSummaryFields on ServiceTicket {
    id
    number
    status
    channel
    itemName
    itemCategory
    timeLimitDays
    dueDate
    dueState
    isClosed
    submittedAt
    acceptedAt
    closedAt
    applicantName
    proxyAgentName
    content
    assigneeName
    rejectReason
    resultNote
    transferDepartment
    transferReply
    transferRepliedAt
    resident {
      id
      name
    }
    window {
      id
      name
      number
    }
  }
`);

export const TicketMaterialsFields = graphql(`
  fragment TicketMaterialsFields on ServiceTicket {
    id
    returnedMaterials
    item {
      id
      name
      materials
    }
  }
`);

export const TicketTimelineFields = graphql(`
  fragment TicketTimelineFields on ServiceTicket {
    id
    events {
      id
      kind
      fromStatus
      toStatus
      note
      actorName
      createdAt
    }
  }
`);

export const TicketRatingFields = graphql(`
  fragment TicketRatingFields on ServiceTicket {
    id
    rating
    ratingComment
    ratedAt
  }
`);

export const TicketActionFields = graphql(`
  fragment TicketActionFields on ServiceTicket {
    id
    status
    allowedSteps
    returnedMaterials
    community {
      id
    }
    item {
      id
      materials
    }
    window {
      id
    }
    assignee {
      id
    }
  }
`);

export const TicketStepResult = graphql(
  `
    fragment TicketStepResult on ServiceTicket {
      id
      overdue
      ...TicketSummaryFields
      ...TicketMaterialsFields
      ...TicketTimelineFields
      ...TicketRatingFields
      ...TicketActionFields
    }
  `,
  [TicketSummaryFields, TicketMaterialsFields, TicketTimelineFields, TicketRatingFields, TicketActionFields],
);
