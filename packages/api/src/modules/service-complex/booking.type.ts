// Room bookings in the contract: the booking and the room calendar.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parseId, parseOptionalId } from "../../shared/ids.js";
import { RoomBookingStatusEnum, RoomBookingStepEnum } from "./enums.type.js";
import { bookingSteps } from "./booking.rules.js";
import { actingResident, actorKind } from "../../shared/actor.js";

/** API clients acting for a resident see who booked and why only for that resident's own bookings. */
const own = (ctx: Context, b: { residentId: string | null }) => actorKind(ctx) === "staff" || (actingResident(ctx) !== null && b.residentId === actingResident(ctx));

builder.prismaNode("RoomBooking", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A booking of a room for [startsAt, endsAt). Confirmed bookings of one room never overlap.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "service:read") }),
  fields: (t) => ({
    room: t.relation("room"),
    community: t.relation("community"),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime", description: "Exclusive: another booking may start at this moment." }),
    status: t.expose("status", { type: RoomBookingStatusEnum }),
    purpose: t.string({
      nullable: true,
      description: "What for; null for API clients viewing someone else's booking.",
      select: { purpose: true, residentId: true },
      resolve: (b, _a, ctx) => (own(ctx, b) ? b.purpose : null),
    }),
    bookerName: t.string({
      nullable: true,
      description: "Who booked; null for API clients viewing someone else's booking.",
      select: { bookerName: true, residentId: true },
      resolve: (b, _a, ctx) => (own(ctx, b) ? b.bookerName : null),
    }),
    attendees: t.exposeInt("attendees", { nullable: true }),
    byResident: t.boolean({ description: "Booked for a resident (through an app or by staff).", select: { residentId: true }, resolve: (b) => b.residentId !== null }),
    isMine: t.boolean({ description: "Booked for the resident who acts (signed in, or the one the API client acts for).", select: { residentId: true }, resolve: (b, _a, ctx) => actorKind(ctx) !== "staff" && own(ctx, b) }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    allowedSteps: t.field({
      type: [RoomBookingStepEnum],
      description: "The steps the viewer may take now: allowed by the booking's state and time, with room:book (an app acting for a resident: on that resident's bookings only).",
      select: { status: true, endsAt: true, residentId: true, communityId: true },
      resolve: (b, _a, ctx) => heldSteps(ctx, b.communityId, own(ctx, b) ? bookingSteps(b, ctx.now()) : [], () => "room:book"),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

const MAX_RANGE_DAYS = 93;

function bookingWhere(ctx: Context, args: { communityId: string; roomId?: string | null; from: Date; to: Date; includeCancelled?: boolean | null }): Prisma.RoomBookingWhereInput {
  const communityId = parseId("communityId", args.communityId, "Community");
  const roomId = parseOptionalId("roomId", args.roomId, "ServiceRoom");
  if (args.to.getTime() <= args.from.getTime()) throw new UserError("INVALID", "结束时间须晚于开始时间 (to must be after from)", "to");
  if (args.to.getTime() - args.from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new UserError("INVALID", `一次最多查询${MAX_RANGE_DAYS}天 (at most ${MAX_RANGE_DAYS} days)`, "to");
  return {
    communityId,
    community: communityScope(ctx, "service:read"),
    ...(roomId ? { roomId } : {}),
    ...(args.includeCancelled ? {} : { status: "CONFIRMED" }),
    startsAt: { lt: args.to },
    endsAt: { gt: args.from },
  };
}

builder.queryFields((t) => ({
  roomBookings: t.prismaConnection({
    type: "RoomBooking",
    cursor: "id",
    description: `The room calendar: bookings of a community's rooms (or one room) that overlap [from, to), by start time. At most ${MAX_RANGE_DAYS} days at once.`,
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      roomId: t.arg.id({ required: false }),
      from: t.arg({ type: "DateTime" }),
      to: t.arg({ type: "DateTime" }),
      includeCancelled: t.arg.boolean({ required: false, defaultValue: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.roomBooking.count({ where: bookingWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.roomBooking.findMany({ ...query, where: bookingWhere(ctx, args), orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
  }),
}));
