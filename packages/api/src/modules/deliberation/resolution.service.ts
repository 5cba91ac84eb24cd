// Resolutions (决议) from a passed vote or a quorate meeting, their implementation updates
// (insert-only), and escalations to the street (向上级提交建议) with the reply recorded.
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { lockRow } from "../../shared/locks.js";
import { actorName } from "../../shared/actor.js";
import { conflict, inCommunity, loadFor, parseInput } from "../../shared/service.js";
import { meetingQuorum } from "./queries.js";
import { moveTopic, recordTopicEvent } from "./topic.events.js";
import { escalationInput, escalationReplyInput, resolutionInput, resolutionUpdateInput } from "./meeting.validation.js";
import { ESCALATION_STEPS, resolutionStepRefusal, TOPIC_STEPS, TOPIC_STATUS_LABEL } from "./rules.js";

const STATUS_LABEL = { PLANNED: "待实施", IN_PROGRESS: "实施中", DONE: "已完成" } as const;

/** The meeting a decision rests on must have had the topic on its agenda, and have taken place. */
async function meetingOfTopic(ctx: Context, communityId: string, topicId: string, meetingId: string, field: string) {
  const meeting = await inCommunity(field, communityId, "会议", () => ctx.prisma.meeting.findUnique({ where: { id: meetingId } }));
  const item = await ctx.prisma.agendaItem.findFirst({ where: { meetingId, topicId, removedAt: null }, select: { id: true } });
  if (!item) throw conflict("该议题不在这次会议的议程上 (the topic was not on this meeting's agenda)", field);
  if (meeting.status !== "IN_PROGRESS" && meeting.status !== "CLOSED") throw conflict("会议尚未召开或已取消 (the meeting has not taken place)", field);
  return meeting;
}

/**
 * A resolution rests on a PASSED vote on the topic, or on a meeting that deliberated it with
 * quorum. The topic becomes RESOLVED (further resolutions of a RESOLVED topic are added to it).
 */
export async function createResolution(ctx: Context, input: unknown) {
  const data = parseInput(resolutionInput, input);
  const topic = await loadFor(ctx, "resolution:manage", "input.topicId", "议题", () => ctx.prisma.topic.findUnique({ where: { id: data.topicId } }));
  if (!TOPIC_STEPS.RESOLVE.allows(topic)) {
    throw conflict(`议题当前为「${TOPIC_STATUS_LABEL[topic.status]}」，须经协商后才能形成决议 (only a deliberated topic can be resolved)`, "input.topicId");
  }
  let meetingId: string;
  let voteId: string | null = null;
  if (data.voteId) {
    const vote = await inCommunity("input.voteId", topic.communityId, "表决", () => ctx.prisma.vote.findUnique({ where: { id: data.voteId! } }));
    if (vote.topicId !== topic.id) throw conflict("该表决不是针对此议题的 (the vote is on another topic)", "input.voteId");
    if (vote.status !== "CLOSED") throw conflict("表决尚未结束 (close the vote first)", "input.voteId");
    if (vote.result !== "PASSED") throw conflict("表决未通过，不能据此形成决议 (the vote did not pass)", "input.voteId");
    if (data.meetingId && data.meetingId !== vote.meetingId) throw new UserError("INVALID", "会议与表决不符 (the vote was taken at another meeting)", "input.meetingId");
    meetingId = vote.meetingId;
    voteId = vote.id;
  } else if (data.meetingId) {
    const meeting = await meetingOfTopic(ctx, topic.communityId, topic.id, data.meetingId, "input.meetingId");
    const quorum = await meetingQuorum(ctx.prisma, meeting);
    if (!quorum.reached) throw conflict(`会议出席委员${quorum.present}人，未达到法定人数${quorum.required}人，不能形成决议 (no quorum)`, "input.meetingId");
    meetingId = meeting.id;
  } else {
    throw new UserError("REQUIRED", "决议须依据一次通过的表决或达到法定人数的会议 (give voteId or meetingId)", "input.voteId");
  }
  let ownerName = data.ownerName ?? null;
  if (data.ownerMembershipId) {
    const owner = await inCommunity("input.ownerMembershipId", topic.communityId, "委员", () =>
      ctx.prisma.committeeMembership.findUnique({ where: { id: data.ownerMembershipId! }, include: { resident: { select: { name: true } } } }),
    );
    ownerName ??= owner.resident.name;
  }
  if (!ownerName) throw new UserError("REQUIRED", "请填写责任人 (give ownerName or ownerMembershipId)", "input.ownerName");
  return command(ctx, async (tx) => {
    // The topic's status is the one now (a concurrent resolution may have just made it RESOLVED).
    await lockRow(tx, "Topic", topic.id);
    const current = await tx.topic.findUniqueOrThrow({ where: { id: topic.id } });
    const resolution = await tx.resolution.create({
      data: {
        communityId: topic.communityId,
        topicId: topic.id,
        meetingId,
        voteId,
        text: data.text,
        ownerName,
        ownerMembershipId: data.ownerMembershipId ?? null,
        dueOn: data.dueOn ?? null,
        createdAt: ctx.now(),
      },
    });
    const note = `形成决议：${data.text.slice(0, 60)}${data.text.length > 60 ? "…" : ""}（责任人：${ownerName}）`;
    if (current.status === "RESOLVED") await recordTopicEvent(tx, ctx, current, "RESOLVED", "RESOLVED", note);
    else await moveTopic(tx, ctx, current, "RESOLVED", note, {}, "input.topicId");
    await audit(tx, ctx, { action: "resolution:manage", communityId: topic.communityId, targetType: "Resolution", targetId: resolution.id, after: resolution });
    return resolution;
  });
}

/** An implementation update (insert-only): a note, optionally moving the status forward. When every resolution of the topic is DONE, the topic is DONE. */
export async function addResolutionUpdate(ctx: Context, input: unknown) {
  const parsed = parseInput(resolutionUpdateInput, input);
  const { resolutionId, note } = parsed;
  const resolution = await loadFor(ctx, "resolution:manage", "input.resolutionId", "决议", () => ctx.prisma.resolution.findUnique({ where: { id: resolutionId } }));
  const to = parsed.status ?? resolution.status;
  const refusal = resolutionStepRefusal(resolution.status, to);
  if (refusal) throw conflict(refusal, refusal.includes("已完成") ? "input.resolutionId" : "input.status");
  return command(ctx, async (tx) => {
    const now = ctx.now();
    const { count } = await tx.resolution.updateMany({
      where: { id: resolution.id, status: resolution.status },
      data: { status: to, ...(to === "DONE" ? { doneAt: now } : {}), updatedAt: now },
    });
    if (count !== 1) throw conflict("决议状态已被他人更改，请刷新后重试 (the resolution changed meanwhile)", "input.resolutionId");
    const a = ctx.actor;
    await tx.resolutionUpdate.create({
      data: {
        communityId: resolution.communityId,
        resolutionId: resolution.id,
        fromStatus: resolution.status,
        toStatus: to,
        note,
        actorName: await actorName(ctx, tx),
        actorAccountId: a.kind === "account" ? a.accountId : null,
        createdAt: now,
      },
    });
    if (to === "DONE") {
      // Locked: the last two resolutions finished at once still close the topic (the second sees the first).
      await lockRow(tx, "Topic", resolution.topicId);
      const topic = await tx.topic.findUniqueOrThrow({ where: { id: resolution.topicId } });
      const open = await tx.resolution.count({ where: { topicId: topic.id, status: { not: "DONE" } } });
      if (open === 0 && topic.status === "RESOLVED") await moveTopic(tx, ctx, topic, "DONE", "决议全部落实，议题办结", {}, "input.resolutionId");
    }
    const after = await tx.resolution.findUniqueOrThrow({ where: { id: resolution.id } });
    await audit(tx, ctx, {
      action: "resolution:manage",
      communityId: resolution.communityId,
      targetType: "Resolution",
      targetId: resolution.id,
      before: { status: resolution.status },
      after: { status: after.status, note, label: STATUS_LABEL[after.status] },
    });
    return after;
  });
}

/** 向上级提交建议: a DELIBERATED topic goes to the street; the topic becomes ESCALATED. */
export async function escalateTopic(ctx: Context, input: unknown) {
  const data = parseInput(escalationInput, input);
  const topic = await loadFor(ctx, "resolution:manage", "input.topicId", "议题", () => ctx.prisma.topic.findUnique({ where: { id: data.topicId } }));
  if (!TOPIC_STEPS.ESCALATE.allows(topic)) {
    throw conflict(`议题当前为「${TOPIC_STATUS_LABEL[topic.status]}」，只有已协商的议题可以提交上级 (only a DELIBERATED topic can be escalated)`, "input.topicId");
  }
  if (data.meetingId) await meetingOfTopic(ctx, topic.communityId, topic.id, data.meetingId, "input.meetingId");
  return command(ctx, async (tx) => {
    const escalation = await tx.escalation.create({
      data: { communityId: topic.communityId, topicId: topic.id, meetingId: data.meetingId ?? null, addressedTo: data.addressedTo, text: data.text, submittedAt: ctx.now() },
    });
    await moveTopic(tx, ctx, topic, "ESCALATED", `向${data.addressedTo}提交建议`, {}, "input.topicId");
    await audit(tx, ctx, { action: "resolution:manage", communityId: topic.communityId, targetType: "Escalation", targetId: escalation.id, after: escalation });
    return escalation;
  });
}

/** Record the street's reply to an escalation, once. */
export async function recordEscalationReply(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(escalationReplyInput, input);
  const escalation = await loadFor(ctx, "resolution:manage", "id", "上级建议", () =>
    ctx.prisma.escalation.findUnique({ where: { id: parseId("id", id, "Escalation") }, include: { topic: true } }),
  );
  if (!ESCALATION_STEPS.REPLY.allows(escalation)) throw conflict("已登记过上级答复 (the reply is already recorded)");
  const { topic, ...before } = escalation;
  return command(ctx, async (tx) => {
    const { count } = await tx.escalation.updateMany({
      where: { id: escalation.id, replyText: null },
      data: { replyText: parsed.replyText, repliedOn: parsed.repliedOn, replyRecordedAt: ctx.now() },
    });
    if (count !== 1) throw conflict("已登记过上级答复 (the reply is already recorded)");
    await recordTopicEvent(tx, ctx, topic, topic.status, topic.status, `${escalation.addressedTo}答复：${parsed.replyText.slice(0, 80)}`);
    const after = await tx.escalation.findUniqueOrThrow({ where: { id: escalation.id } });
    await audit(tx, ctx, { action: "resolution:manage", communityId: escalation.communityId, targetType: "Escalation", targetId: escalation.id, before, after });
    return after;
  });
}
