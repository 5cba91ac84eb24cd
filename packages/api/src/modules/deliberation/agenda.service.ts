// The agenda (ordered accepted topics) and attendance (per sitting member and per invited
// stakeholder) of a meeting. Putting a topic on an agenda makes it SCHEDULED; taking it off
// returns it to where it was. A declined topic is never scheduled.
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId, parseTypedId } from "../../shared/ids.js";
import { lockRow } from "../../shared/locks.js";
import { conflict, loadFor, type Tx, parseInput } from "../../shared/service.js";
import { loadMeeting, sittingMembers } from "./queries.js";
import { moveTopic } from "./topic.events.js";
import { attendanceInput } from "./meeting.validation.js";
import { assertMeetingStatus, MEETING_STEPS, schedulingRefusal } from "./rules.js";

type MeetingRow = { id: string; communityId: string; committeeId: string; title: string; status: "SCHEDULED" | "IN_PROGRESS" | "CLOSED" | "CANCELLED" };

/** Put a topic of the meeting's community at the end of its agenda (inside the caller's transaction). */
export async function scheduleTopic(tx: Tx, ctx: Context, meeting: MeetingRow, topicId: string, field: string) {
  const topic = await tx.topic.findUnique({ where: { id: topicId } });
  if (!topic || topic.communityId !== meeting.communityId) throw notFound(field, "议题");
  const refusal = schedulingRefusal(topic.status);
  if (refusal) throw conflict(refusal, field);
  const last = await tx.agendaItem.findFirst({ where: { meetingId: meeting.id, removedAt: null }, orderBy: { position: "desc" }, select: { position: true } });
  const item = await tx.agendaItem.create({
    data: { communityId: meeting.communityId, meetingId: meeting.id, topicId: topic.id, position: (last?.position ?? 0) + 1, priorTopicStatus: topic.status, createdAt: ctx.now() },
  });
  await moveTopic(tx, ctx, topic, "SCHEDULED", `列入「${meeting.title}」议程`, {}, field);
  await audit(tx, ctx, { action: "meeting:manage", communityId: meeting.communityId, targetType: "AgendaItem", targetId: item.id, after: item });
  return item;
}

export async function addAgendaItem(ctx: Context, input: { meetingId: string; topicId: string }) {
  const topicId = parseId("input.topicId", input.topicId, "Topic");
  const meeting = await loadMeeting(ctx, input.meetingId, "input.meetingId");
  assertMeetingStatus(meeting, MEETING_STEPS.EDIT_AGENDA.from, "调整议程", "input.meetingId");
  return command(ctx, async (tx) => {
    // Items are added one at a time per meeting (positions stay distinct; the status is the one now).
    await lockRow(tx, "Meeting", meeting.id);
    assertMeetingStatus(await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } }), MEETING_STEPS.EDIT_AGENDA.from, "调整议程", "input.meetingId");
    return scheduleTopic(tx, ctx, meeting, topicId, "input.topicId");
  });
}

const loadItem = (ctx: Context, id: string) =>
  loadFor(ctx, "meeting:manage", "id", "议程", () => ctx.prisma.agendaItem.findUnique({ where: { id: parseId("id", id, "AgendaItem") }, include: { meeting: true, topic: true } }));

/** Take a topic off the agenda before it is voted on; the item stays as history (removedAt). */
export async function removeAgendaItem(ctx: Context, id: string) {
  const item = await loadItem(ctx, id);
  if (item.removedAt) throw conflict("该议程已移除 (already removed)");
  assertMeetingStatus(item.meeting, MEETING_STEPS.EDIT_AGENDA.from, "调整议程");
  return command(ctx, async (tx) => {
    // Decided with the item locked: a vote being opened on it either committed first (refused here) or waits and sees the removal.
    await lockRow(tx, "AgendaItem", item.id);
    if (await tx.vote.findUnique({ where: { agendaItemId: item.id }, select: { id: true } })) throw conflict("该议程已表决，不能移除 (the item has been voted on)");
    const topic = await tx.topic.findUniqueOrThrow({ where: { id: item.topicId } });
    if (topic.status !== "SCHEDULED") throw conflict("该议题已协商，不能移出议程 (the topic has been deliberated)");
    const { count } = await tx.agendaItem.updateMany({ where: { id: item.id, removedAt: null }, data: { removedAt: ctx.now() } });
    if (count !== 1) throw conflict("该议程已移除 (already removed)");
    await moveTopic(tx, ctx, topic, item.priorTopicStatus, `移出「${item.meeting.title}」议程`);
    await audit(tx, ctx, { action: "meeting:manage", communityId: item.communityId, targetType: "AgendaItem", targetId: item.id, before: { removedAt: null }, after: { removedAt: ctx.now() } });
    return item.meeting;
  });
}

/** Reorder the agenda: `itemIds` lists every current item of the meeting, in the new order. */
export async function reorderAgenda(ctx: Context, meetingId: string, itemIds: string[]) {
  const meeting = await loadMeeting(ctx, meetingId, "meetingId");
  assertMeetingStatus(meeting, MEETING_STEPS.EDIT_AGENDA.from, "调整议程", "meetingId");
  const ids = itemIds.map((v, i) => parseId(`itemIds.${i}`, v, "AgendaItem"));
  const current = await ctx.prisma.agendaItem.findMany({ where: { meetingId: meeting.id, removedAt: null }, select: { id: true, position: true } });
  const known = new Set(current.map((c) => c.id));
  if (ids.length !== current.length || new Set(ids).size !== ids.length || !ids.every((i) => known.has(i))) {
    throw new UserError("INVALID", "须按新顺序列出本次会议的全部议程，且不重复 (list every current item once)", "itemIds");
  }
  return command(ctx, async (tx) => {
    for (const [i, id] of ids.entries()) await tx.agendaItem.update({ where: { id }, data: { position: i + 1 } });
    await audit(tx, ctx, {
      action: "meeting:manage",
      communityId: meeting.communityId,
      targetType: "Meeting",
      targetId: meeting.id,
      before: { agenda: [...current].sort((a, b) => a.position - b.position).map((c) => c.id) },
      after: { agenda: ids },
    });
    return meeting;
  });
}

/**
 * Record attendance (出席/缺席/请假) of sitting members and of stakeholders invited to a topic on
 * the agenda; a later entry for the same person replaces the earlier one. Before or during the meeting.
 */
export async function recordAttendance(ctx: Context, meetingId: string, entries: unknown) {
  const parsed = parseInput(attendanceInput, entries, "entries");
  const meeting = await loadMeeting(ctx, meetingId, "meetingId");
  assertMeetingStatus(meeting, MEETING_STEPS.RECORD_ATTENDANCE.from, "登记出席", "meetingId");
  const sitting = new Set((await sittingMembers(ctx.prisma, meeting)).map((m) => m.id));
  const invited = new Set(
    (
      await ctx.prisma.topicStakeholder.findMany({
        where: { topic: { agendaItems: { some: { meetingId: meeting.id, removedAt: null } } } },
        select: { id: true },
      })
    ).map((s) => s.id),
  );
  const rows = parsed.map((e, i) => {
    const field = `entries.${i}.attendeeId`;
    const { type, id } = parseTypedId(field, e.attendeeId, ["CommitteeMembership", "TopicStakeholder"] as const);
    if (type === "CommitteeMembership" && !sitting.has(id)) throw new UserError("NOT_FOUND", "不是本次会议日在任的委员 (not a sitting member on the meeting's day)", field);
    if (type === "TopicStakeholder" && !invited.has(id)) throw new UserError("NOT_FOUND", "不是本次会议议题邀请的利益相关方 (not invited to a topic on this agenda)", field);
    return { type, id, status: e.status };
  });
  return command(ctx, async (tx) => {
    const { count } = await tx.meeting.updateMany({ where: { id: meeting.id, status: { in: [...MEETING_STEPS.RECORD_ATTENDANCE.from] } }, data: { updatedAt: ctx.now() } });
    if (count !== 1) throw conflict("会议状态已变化 (the meeting changed meanwhile)", "meetingId");
    for (const r of rows) {
      const key = { meetingId_attendeeId: { meetingId: meeting.id, attendeeId: r.id } };
      const before = await tx.meetingAttendance.findUnique({ where: key });
      const after = await tx.meetingAttendance.upsert({
        where: key,
        update: { status: r.status },
        create: {
          communityId: meeting.communityId,
          meetingId: meeting.id,
          attendeeId: r.id,
          membershipId: r.type === "CommitteeMembership" ? r.id : null,
          stakeholderId: r.type === "TopicStakeholder" ? r.id : null,
          status: r.status,
        },
      });
      await audit(tx, ctx, { action: "meeting:manage", communityId: meeting.communityId, targetType: "MeetingAttendance", targetId: after.id, before, after });
    }
    return tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
  });
}
