// The room calendar's commands: book a room, cancel a booking. Each payload selects the calendar's
// booking, so graphcache updates the week shown.
import { graphql } from "@gongzhi/schema";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { CalendarBooking } from "./WeekCalendar";

const CreateRoomBookingMutation = graphql(
  `
    mutation CreateRoomBooking($input: CreateRoomBookingInput!) {
      createRoomBooking(input: $input) {
        __typename
        ... on MutationCreateRoomBookingSuccess {
          data {
            id
            ...CalendarBooking
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CalendarBooking, UserErrorFields],
);
export const useCreateRoomBooking = () => useCommand(CreateRoomBookingMutation, (d) => d.createRoomBooking);

const CancelRoomBookingMutation = graphql(
  `
    mutation CancelRoomBooking($id: ID!, $input: CancelRoomBookingInput) {
      cancelRoomBooking(id: $id, input: $input) {
        __typename
        ... on MutationCancelRoomBookingSuccess {
          data {
            id
            ...CalendarBooking
            cancelledAt
            cancelReason
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [CalendarBooking, UserErrorFields],
);
export const useCancelRoomBooking = () => useCommand(CancelRoomBookingMutation, (d) => d.cancelRoomBooking);
