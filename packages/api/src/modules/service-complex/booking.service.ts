// Room bookings: two confirmed bookings of one room never overlap. The room's row is locked
// (SELECT … FOR UPDATE) inside the transaction before the overlap check, so bookings requested at
// the same moment are checked one after the other, on PostgreSQL and PGlite alike.
import { assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { accountName, actingResidentOf, actorColumns, actorKind } from "../../shared/actor.js";
import { conflict, inCommunity, invalid, parseInput } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { bookingInput, cancelInput } from "./service.validation.js";
import { cancelRefusal } from "./booking.rules.js";

/** A booking may start up to this long ago (a clerk entering a meeting that just began). */
const GRACE_MS = 15 * 60_000;

export async function createRoomBooking(ctx: Context, input: unknown) {
  const d = parseInput(bookingInput, input);
  const room = await ctx.prisma.serviceRoom.findUnique({ where: { id: d.roomId } });
  if (!room) throw notFound("input.roomId", "功能室");
  await assertCan(ctx, "room:book", room.communityId, "input.roomId", "功能室");
  const acting = actingResidentOf(ctx, "居民预约");
  if (acting && !room.bookableByResidents) throw forbidden("input.roomId", "该功能室不对居民开放预约 (residents cannot book this room)");
  if (acting && d.residentId && d.residentId !== acting) throw forbidden("input.residentId", "只能为本人预约 (only for the resident the app acts for)");
  if (!room.active) throw conflict("该功能室已停用 (the room is out of use)", "input.roomId");
  if (d.startsAt.getTime() < ctx.now().getTime() - GRACE_MS) throw invalid("不能预约已经过去的时间 (startsAt is in the past)", "input.startsAt");
  if (d.attendees && d.attendees > room.capacity) throw invalid(`人数超过容量${room.capacity}人 (more than the room holds)`, "input.attendees");
  const residentId = acting ?? d.residentId ?? null;
  const resident = residentId
    ? await inCommunity(acting ? "input.roomId" : "input.residentId", room.communityId, acting ? "功能室" : "居民", () =>
        ctx.prisma.resident.findUnique({ where: { id: residentId }, select: { communityId: true, name: true } }),
      )
    : null;
  let bookerName = d.bookerName ?? resident?.name ?? null;
  if (!bookerName) bookerName = await accountName(ctx);
  const actor = actorColumns(ctx);
  return command(ctx, async (tx) => {
    await lockRow(tx, "ServiceRoom", room.id);
    const clash = await tx.roomBooking.findFirst({
      where: { roomId: room.id, status: "CONFIRMED", startsAt: { lt: d.endsAt }, endsAt: { gt: d.startsAt } },
      select: { startsAt: true, endsAt: true },
    });
    if (clash) {
      throw new UserError(
        "CONFLICT",
        `该时段已被预约（${clash.startsAt.toISOString()} – ${clash.endsAt.toISOString()}） (overlaps an existing booking)`,
        "input.startsAt",
      );
    }
    const booking = await tx.roomBooking.create({
      data: {
        communityId: room.communityId,
        roomId: room.id,
        startsAt: d.startsAt,
        endsAt: d.endsAt,
        purpose: d.purpose,
        bookerName: bookerName ?? "居民",
        attendees: d.attendees ?? null,
        residentId,
        createdByAccountId: actor.actorAccountId,
        createdByClientId: actor.apiClientId,
      },
    });
    await audit(tx, ctx, { action: "room:book", communityId: room.communityId, targetType: "RoomBooking", targetId: booking.id, after: booking });
    return booking;
  });
}

/** Staff cancel any booking of their community; a resident's app cancels only that resident's own. */
export async function cancelRoomBooking(ctx: Context, rawId: string, input: unknown) {
  const id = parseId("id", rawId, "RoomBooking");
  const d = parseInput(cancelInput, input ?? {});
  const booking = await ctx.prisma.roomBooking.findUnique({ where: { id } });
  if (!booking) throw notFound("id", "预约");
  if (actorKind(ctx) !== "staff") {
    const acting = actingResidentOf(ctx, "取消预约");
    if (booking.residentId !== acting) throw notFound("id", "预约");
  }
  await assertCan(ctx, "room:book", booking.communityId, "id", "预约");
  return command(ctx, async (tx) => {
    await lockRow(tx, "ServiceRoom", booking.roomId);
    const before = await tx.roomBooking.findUniqueOrThrow({ where: { id } });
    const refusal = cancelRefusal(before, ctx.now());
    if (refusal) throw conflict(refusal);
    const after = await tx.roomBooking.update({ where: { id }, data: { status: "CANCELLED", cancelledAt: ctx.now(), cancelReason: d.reason ?? null } });
    await audit(tx, ctx, { action: "room:book", communityId: before.communityId, targetType: "RoomBooking", targetId: id, before, after });
    return after;
  });
}
