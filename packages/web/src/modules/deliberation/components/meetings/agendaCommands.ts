// The agenda's mutations (add a topic, take one off, reorder); each returns the meeting's agenda and
// attendance sheet so the cache holds the new state.
import { graphql } from "@gongzhi/schema";
import { UserErrorFields } from "../../../../lib/userError";
import { TopicTimelineFields } from "../topics/TopicTimeline";
import { MeetingAttendanceFields } from "./AttendancePanel";

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

export const AddAgendaItemMutation = graphql(
  `
    mutation AddAgendaItem($input: AddAgendaItemInput!) {
      addAgendaItem(input: $input) {
        __typename
        ... on MutationAddAgendaItemSuccess {
          data {
            id
            topic {
              id
              status
              allowedSteps
              ...TopicTimelineFields
            }
            meeting {
              id
              ...MeetingAgendaOrder
              ...MeetingAttendanceFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TopicTimelineFields, MeetingAgendaOrder, MeetingAttendanceFields, UserErrorFields],
);

export const RemoveAgendaItemMutation = graphql(
  `
    mutation RemoveAgendaItem($id: ID!) {
      removeAgendaItem(id: $id) {
        __typename
        ... on MutationRemoveAgendaItemSuccess {
          data {
            id
            ...MeetingAgendaOrder
            ...MeetingAttendanceFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MeetingAgendaOrder, MeetingAttendanceFields, UserErrorFields],
);

export const ReorderAgendaMutation = graphql(
  `
    mutation ReorderAgenda($meetingId: ID!, $itemIds: [ID!]!) {
      reorderAgenda(meetingId: $meetingId, itemIds: $itemIds) {
        __typename
        ... on MutationReorderAgendaSuccess {
          data {
            id
            ...MeetingAgendaOrder
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MeetingAgendaOrder, UserErrorFields],
);
