// Mutations for room bookings: thin, they call booking.service.
import { builder } from "../../builder.js";
import { cancelRoomBooking, createRoomBooking } from "./booking.service.js";
import { reload } from "../../shared/reload.js";


const CreateRoomBookingInput = builder.inputType("CreateRoomBookingInput", {
  fields: (t) => ({
    roomId: t.id(),
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime", description: "After startsAt; at most 12 hours later." }),
    purpose: t.string({ description: "What for, e.g. 楼长例会." }),
    bookerName: t.string({ required: false, description: "Defaults to the resident's or the clerk's name." }),
    attendees: t.int({ required: false, description: "Expected people; at most the room's capacity." }),
    residentId: t.id({ required: false, description: "The resident it is for (set automatically for apps acting for a resident)." }),
  }),
});
const CancelRoomBookingInput = builder.inputType("CancelRoomBookingInput", { fields: (t) => ({ reason: t.string({ required: false }) }) });

builder.mutationFields((t) => ({
  createRoomBooking: t.prismaField({
    type: "RoomBooking",
    description:
      "Book a room. Refused with CONFLICT when it overlaps a confirmed booking of the room, even when requested at the same moment. Staff need room:book; residents' apps (room:book, acting for the resident) only rooms bookable by residents.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateRoomBookingInput }) },
    resolve: async (query, _r, { input }, ctx) => reload(ctx, "roomBooking", query, await createRoomBooking(ctx, input)),
  }),
  cancelRoomBooking: t.prismaField({
    type: "RoomBooking",
    description: "Cancel a booking that has not ended. Staff (room:book) cancel any in their community; a resident's app only the resident's own.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: CancelRoomBookingInput, required: false }) },
    resolve: async (query, _r, { id, input }, ctx) => reload(ctx, "roomBooking", query, await cancelRoomBooking(ctx, String(id), input ?? {})),
  }),
}));
