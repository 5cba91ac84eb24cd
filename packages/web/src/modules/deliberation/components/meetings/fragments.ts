// The meeting page's fragments, shared by its panels and by the mutations that must refresh them
// (attendance changes the quorum and the live tallies; agenda changes change the attendance sheet).
import { graphql } from "@gongzhi/schema";

export const VoteSummaryFields = graphql(`
  fragment VoteSummaryFields on Vote {
    id
    question
    status
    result
    threshold
    tally {
      for
      against
      abstain
      cast
      present
      required
      quorumReached
      projected
    }
  }
`);

export const MeetingHeaderFields = graphql(`
  fragment MeetingHeaderFields on Meeting {
    id
    title
    startsAt
    endsAt
    mode
    place
    onlineUrl
    status
    startedAt
    closedAt
    cancelReason
    allowedSteps
  }
`);

export const MeetingQuorumFields = graphql(`
  fragment MeetingQuorumFields on Meeting {
    id
    quorum {
      rule
      sitting
      required
      present
      reached
    }
  }
`);

export const MeetingAttendanceFields = graphql(
  `
    fragment MeetingAttendanceFields on Meeting {
      id
      allowedSteps
      attendance {
        attendeeId
        kind
        name
        seat
        role
        topicTitle
        mayVote
        status
      }
      ...MeetingQuorumFields
    }
  `,
  [MeetingQuorumFields],
);

/** The ballots of a vote; spread beside VoteSummaryFields (its tally), not inside it, to stay shallow. */
export const VotePanelFields = graphql(`
  fragment VotePanelFields on Vote {
    id
    question
    status
    result
    allowedSteps
    tally {
      cast
      present
    }
    ballots {
      id
      choice
      voterId
      voterName
    }
  }
`);

export const MeetingAgendaFields = graphql(
  `
    fragment MeetingAgendaFields on Meeting {
      id
      allowedSteps
      agenda {
        id
        position
        allowedSteps
        topic {
          id
          title
          status
          allowedSteps
        }
        vote {
          id
          ...VotePanelFields
          ...VoteSummaryFields
        }
      }
    }
  `,
  [VotePanelFields, VoteSummaryFields],
);

/**
 * The agenda's order and topics without the votes: what adding, removing or reordering items and
 * starting, closing or cancelling the meeting change (a vote is opened, cast and closed on its own).
 */
export const MeetingAgendaOrder = graphql(`
  fragment MeetingAgendaOrder on Meeting {
    id
    allowedSteps
    agenda {
      id
      position
      allowedSteps
      topic {
        id
        title
        status
        allowedSteps
      }
      vote {
        id
      }
    }
  }
`);

export const MeetingMinutesFields = graphql(`
  fragment MeetingMinutesFields on Meeting {
    id
    status
    allowedSteps
    minutes
  }
`);
