// Meetings (议事会): scheduled → in progress → closed, or cancelled; minutes (纪要). Closing a
// meeting marks the topics it deliberated; cancelling one returns its topics to where they were.
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { assertMeetingStatus, MEETING_STEPS, type MeetingStatus } from "./rules.js";
import { conflict, loadFor, type Tx, parseInput } from "../../shared/service.js";
import { loadMeeting } from "./queries.js";
import { moveTopic } from "./topic.events.js";
import { scheduleTopic } from "./agenda.service.js";
import { meetingInput, meetingShapeIssues, meetingUpdate, minutesInput, reasonInput } from "./meeting.validation.js";

/** Time order and place: a missing place is REQUIRED, a bad time INVALID. */
function assertMeetingShape(m: Parameters<typeof meetingShapeIssues>[0]) {
  const issue = meetingShapeIssues(m)[0];
  if (issue) throw new UserError(issue.path === "place" ? "REQUIRED" : "INVALID", issue.message, `input.${issue.path}`);
}

/** Compare-and-set the meeting's status inside the transaction (a concurrent change is a CONFLICT). */
async function moveMeeting(tx: Tx, id: string, from: MeetingStatus, data: Parameters<Tx["meeting"]["updateMany"]>[0]["data"]) {
  const { count } = await tx.meeting.updateMany({ where: { id, status: from }, data });
  if (count !== 1) throw conflict("会议状态已被他人更改，请刷新后重试 (the meeting changed meanwhile)");
}

export async function scheduleMeeting(ctx: Context, input: unknown) {
  const parsed = parseInput(meetingInput, input);
  const { committeeId, topicIds, ...data } = parsed;
  assertMeetingShape(data);
  const committee = await loadFor(ctx, "meeting:manage", "input.committeeId", "议事委员会", () => ctx.prisma.committee.findUnique({ where: { id: committeeId } }));
  const uniqueTopics = [...new Set(topicIds ?? [])];
  if (uniqueTopics.length !== (topicIds ?? []).length) throw new UserError("INVALID", "议题重复 (a topic is listed twice)", "input.topicIds");
  return command(ctx, async (tx) => {
    const meeting = await tx.meeting.create({
      data: { ...data, place: data.place ?? null, onlineUrl: data.onlineUrl ?? null, communityId: committee.communityId, committeeId: committee.id },
    });
    await audit(tx, ctx, { action: "meeting:manage", communityId: committee.communityId, targetType: "Meeting", targetId: meeting.id, after: meeting });
    for (const [i, topicId] of uniqueTopics.entries()) await scheduleTopic(tx, ctx, meeting, topicId, `input.topicIds.${i}`);
    return meeting;
  });
}

/** Change time, place or title while the meeting is still SCHEDULED. */
export async function updateMeeting(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(meetingUpdate, input);
  const meeting = await loadMeeting(ctx, id);
  assertMeetingStatus(meeting, MEETING_STEPS.UPDATE.from, "修改安排");
  const data = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as typeof parsed;
  assertMeetingShape({ ...meeting, ...data });
  return command(ctx, async (tx) => {
    await moveMeeting(tx, meeting.id, "SCHEDULED", data);
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    await audit(tx, ctx, { action: "meeting:manage", communityId: meeting.communityId, targetType: "Meeting", targetId: meeting.id, before: meeting, after });
    return after;
  });
}

export async function startMeeting(ctx: Context, id: string) {
  const meeting = await loadMeeting(ctx, id);
  assertMeetingStatus(meeting, MEETING_STEPS.START.from, "开始");
  return command(ctx, async (tx) => {
    await moveMeeting(tx, meeting.id, "SCHEDULED", { status: "IN_PROGRESS", startedAt: ctx.now() });
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    await audit(tx, ctx, { action: "meeting:manage", communityId: meeting.communityId, targetType: "Meeting", targetId: meeting.id, before: meeting, after });
    return after;
  });
}

/** IN_PROGRESS → CLOSED. No vote may still be open; topics still SCHEDULED on the agenda become DELIBERATED. */
export async function closeMeeting(ctx: Context, id: string, input: { minutes?: string | null } = {}) {
  const minutes = input.minutes == null ? undefined : parseInput(minutesInput, input.minutes, "input.minutes");
  const meeting = await loadMeeting(ctx, id);
  assertMeetingStatus(meeting, MEETING_STEPS.CLOSE.from, "结束");
  if (await ctx.prisma.vote.findFirst({ where: { meetingId: meeting.id, status: "OPEN" }, select: { id: true } })) {
    throw conflict("还有未结束的表决，请先闭票 (close the open vote first)");
  }
  return command(ctx, async (tx) => {
    await moveMeeting(tx, meeting.id, "IN_PROGRESS", { status: "CLOSED", closedAt: ctx.now(), ...(minutes !== undefined ? { minutes } : {}) });
    if (await tx.vote.findFirst({ where: { meetingId: meeting.id, status: "OPEN" }, select: { id: true } })) throw conflict("还有未结束的表决，请先闭票 (close the open vote first)");
    const items = await tx.agendaItem.findMany({ where: { meetingId: meeting.id, removedAt: null }, include: { topic: true }, orderBy: { position: "asc" } });
    for (const item of items) {
      if (item.topic.status === "SCHEDULED") await moveTopic(tx, ctx, item.topic, "DELIBERATED", `经「${meeting.title}」协商`);
    }
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    await audit(tx, ctx, { action: "meeting:manage", communityId: meeting.communityId, targetType: "Meeting", targetId: meeting.id, before: meeting, after });
    return after;
  });
}

/** SCHEDULED → CANCELLED with a reason; topics on its agenda go back to where they were. */
export async function cancelMeeting(ctx: Context, id: string, input: { reason: string }) {
  const reason = parseInput(reasonInput, input.reason, "input.reason");
  const meeting = await loadMeeting(ctx, id);
  assertMeetingStatus(meeting, MEETING_STEPS.CANCEL.from, "取消");
  return command(ctx, async (tx) => {
    await moveMeeting(tx, meeting.id, "SCHEDULED", { status: "CANCELLED", cancelReason: reason });
    const items = await tx.agendaItem.findMany({ where: { meetingId: meeting.id, removedAt: null }, include: { topic: true } });
    for (const item of items) {
      if (item.topic.status === "SCHEDULED") await moveTopic(tx, ctx, item.topic, item.priorTopicStatus, `会议「${meeting.title}」取消：${reason}`);
    }
    const after = await tx.meeting.findUniqueOrThrow({ where: { id: meeting.id } });
    await audit(tx, ctx, { action: "meeting:manage", communityId: meeting.communityId, targetType: "Meeting", targetId: meeting.id, before: meeting, after });
    return after;
  });
}

/** 纪要: written during or after the meeting. */
export async function recordMinutes(ctx: Context, id: string, minutesText: string) {
  const minutes = parseInput(minutesInput, minutesText, "minutes");
  const meeting = await loadMeeting(ctx, id);
  assertMeetingStatus(meeting, MEETING_STEPS.RECORD_MINUTES.from, "记录纪要");
  return command(ctx, async (tx) => {
    const after = await tx.meeting.update({ where: { id: meeting.id }, data: { minutes: minutes } });
    await audit(tx, ctx, { action: "meeting:manage", communityId: meeting.communityId, targetType: "Meeting", targetId: meeting.id, before: { minutes: meeting.minutes }, after: { minutes: after.minutes } });
    return after;
  });
}
