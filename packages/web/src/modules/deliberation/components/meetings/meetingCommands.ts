// The meetings' commands: schedule one, and during the day start, close, cancel, attendance, minutes, votes.
// Each selects the fragments it changes, so the tablet shows the new state without a refetch.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { MeetingAgendaOrder } from "./agendaCommands";
import { MeetingAttendanceFields } from "./AttendancePanel";
import { MeetingHeaderFields } from "./MeetingHeader";
import { MeetingMinutesFields } from "./MinutesEditor";
import { VotePanelFields } from "./VotePanel";
import { VoteSummaryFields } from "./VoteSummary";

export const StartMeetingMutation = graphql(
  `
    mutation StartMeeting($id: ID!) {
      startMeeting(id: $id) {
        __typename
        ... on MutationStartMeetingSuccess {
          data {
            id
            ...MeetingHeaderFields
            ...MeetingAgendaOrder
            ...MeetingMinutesFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MeetingHeaderFields, MeetingAgendaOrder, MeetingMinutesFields, UserErrorFields],
);

export const CloseMeetingMutation = graphql(
  `
    mutation CloseMeeting($id: ID!, $input: CloseMeetingInput) {
      closeMeeting(id: $id, input: $input) {
        __typename
        ... on MutationCloseMeetingSuccess {
          data {
            id
            ...MeetingHeaderFields
            ...MeetingAgendaOrder
            ...MeetingMinutesFields
            ...MeetingAttendanceFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MeetingHeaderFields, MeetingAgendaOrder, MeetingMinutesFields, MeetingAttendanceFields, UserErrorFields],
);

export const CancelMeetingMutation = graphql(
  `
    mutation CancelMeeting($id: ID!, $input: CancelMeetingInput!) {
      cancelMeeting(id: $id, input: $input) {
        __typename
        ... on MutationCancelMeetingSuccess {
          data {
            id
            ...MeetingHeaderFields
            ...MeetingAgendaOrder
            ...MeetingAttendanceFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MeetingHeaderFields, MeetingAgendaOrder, MeetingAttendanceFields, UserErrorFields],
);

export const RecordMinutesMutation = graphql(
  `
    mutation RecordMinutes($id: ID!, $minutes: String!) {
      recordMinutes(id: $id, minutes: $minutes) {
        __typename
        ... on MutationRecordMinutesSuccess {
          data {
            id
            ...MeetingMinutesFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MeetingMinutesFields, UserErrorFields],
);

export const RecordAttendanceMutation = graphql(
  `
    mutation RecordAttendance($meetingId: ID!, $entries: [AttendanceEntryInput!]!) {
      recordAttendance(meetingId: $meetingId, entries: $entries) {
        __typename
        ... on MutationRecordAttendanceSuccess {
          data {
            id
            ...MeetingAttendanceFields
            agenda {
              id
              vote {
                id
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
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MeetingAttendanceFields, UserErrorFields],
);

export const OpenVoteMutation = graphql(
  `
    mutation OpenVote($input: OpenVoteInput!) {
      openVote(input: $input) {
        __typename
        ... on MutationOpenVoteSuccess {
          data {
            id
            ...VotePanelFields
            ...VoteSummaryFields
            agendaItem {
              id
              allowedSteps
              vote {
                id
              }
              topic {
                id
                status
                allowedSteps
              }
            }
            meeting {
              id
              allowedSteps
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VotePanelFields, VoteSummaryFields, UserErrorFields],
);

export const CastBallotMutation = graphql(
  `
    mutation CastBallot($input: CastBallotInput!) {
      castBallot(input: $input) {
        __typename
        ... on MutationCastBallotSuccess {
          data {
            id
            choice
            voterId
            vote {
              id
              ...VotePanelFields
              ...VoteSummaryFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VotePanelFields, VoteSummaryFields, UserErrorFields],
);

export const CloseVoteMutation = graphql(
  `
    mutation CloseVote($id: ID!) {
      closeVote(id: $id) {
        __typename
        ... on MutationCloseVoteSuccess {
          data {
            id
            ...VotePanelFields
            ...VoteSummaryFields
            topic {
              id
              status
              allowedSteps
            }
            meeting {
              id
              allowedSteps
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VotePanelFields, VoteSummaryFields, UserErrorFields],
);

export const ScheduleMeetingMutation = graphql(
  `
    mutation ScheduleMeeting($input: ScheduleMeetingInput!) {
      scheduleMeeting(input: $input) {
        __typename
        ... on MutationScheduleMeetingSuccess {
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
