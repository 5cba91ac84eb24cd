// This folder's fragments, apart from the components (components and the mutations that refresh them import them from here).
import { graphql, type ResultOf } from "@gongzhi/schema";

export const CommitteeSummary = graphql(`
  fragment CommitteeSummary on Committee {
    id
    name
    description
    cosignThreshold
    rules {
      quorumRule
      defaultThreshold
      stakeholdersMayVote
    }
    currentTerm {
      id
      number
      name
      startsOn
      endsOn
    }
    seatSummary {
      seat
      count
    }
  }
`);

export const MemberFields = graphql(`
  fragment MemberFields on CommitteeMembership {
    id
    name
    seat
    role
    joinedOn
    leftOn
    leaveReason
    sitting
    allowedSteps
    term {
      id
      number
    }
  }
`);

export const CharterFields = graphql(`
  fragment CharterFields on CharterVersion {
    id
    version
    title
    body
    status
    allowedSteps
    quorumRule
    defaultThreshold
    stakeholdersMayVote
    adoptedOn
    supersededAt
    adoptedAtMeeting {
      id
      title
    }
  }
`);

export const CommitteeCharters = graphql(
  `
    fragment CommitteeCharters on Committee {
      id
      charters {
        id
        ...CharterFields
      }
    }
  `,
  [CharterFields],
);

export const TermFields = graphql(`
  fragment TermFields on CommitteeTerm {
    id
    number
    name
    startsOn
    endsOn
    isCurrent
    memberCount
  }
`);

export const CommitteeTerms = graphql(
  `
    fragment CommitteeTerms on Committee {
      id
      terms {
        id
        ...TermFields
      }
    }
  `,
  [TermFields],
);

export const ClauseFields = graphql(`
  fragment ClauseFields on ConsultationClause {
    id
    kind
    number
    text
    label
    retired
  }
`);

export type Charter = ResultOf<typeof CharterFields>;

export type Clause = ResultOf<typeof ClauseFields>;
