// Topics (议题): proposed by staff, a grid worker, a member, or a resident through an app; co-signed
// (联名) by residents through an app; accepted (立项) or declined citing a 不议 clause; stakeholders
// ("X") invited per topic. Every status change is a TopicEvent in the same transaction.
import type { z } from "zod";
import type { Topic } from "../../generated/prisma/client.js";
import { audit, command } from "../../shared/audit.js";
import { assertCan, can } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { ACT_AS_HEADER } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { lockRow } from "../../shared/locks.js";
import { actorKind, actorName, requireActingResident } from "../../shared/actor.js";
import { committeeOf, rulesOn } from "./queries.js";
import { conflict, inCommunity, loadFor, type Tx, parseInput } from "../../shared/service.js";
import { moveTopic, recordTopicEvent } from "./topic.events.js";
import { acceptInput, declineInput, stakeholderInput, topicInput } from "./deliberation.validation.js";
import { INVITABLE, isSitting, TOPIC_STEPS, transitionRefused } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";

type Source = "RESIDENT" | "MEMBER" | "STAFF" | "GRID_WORKER";

/** A topic made from another module's record (转为议题): its title, description and category, validated as a proposal's. */
export const topicFieldsInput = topicInput.pick({ title: true, description: true, category: true });

export async function proposeTopic(ctx: Context, input: { communityId: string }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const parsed = parseInput(topicInput, input);
  return command(ctx, await topicProposal(ctx, communityId, parsed));
}

export type TopicData = z.infer<typeof topicInput>;

/**
 * Checks a proposal (grant, committee, proposer) and returns the write that creates the topic with
 * its SUBMITTED event and audit row, to run in the caller's transaction: on its own for
 * `proposeTopic`, or together with another change (a service visit turned into a topic).
 * `communityField` names the input field that errors about the community point at.
 */
export async function topicProposal(ctx: Context, communityId: string, data: TopicData, communityField = "input.communityId"): Promise<(tx: Tx) => Promise<Topic>> {
  await assertCan(ctx, "topic:propose", communityId, communityField);
  const committee = await committeeOf(ctx.prisma, communityId, communityField);
  const a = ctx.actor;

  let source: Source;
  let proposerResidentId: string | null = null;
  let proposerMembershipId: string | null = null;
  let proposerName: string;
  if (actorKind(ctx) !== "staff") {
    if (data.proposerResidentId || data.proposerMembershipId) {
      throw new UserError("INVALID", "应用代居民提议时提议人即该居民，不能另行指定 (the acting resident is the proposer)", data.proposerResidentId ? "input.proposerResidentId" : "input.proposerMembershipId");
    }
    proposerResidentId = requireActingResident(ctx, "议题");
    const resident = await inCommunity(a.kind === "client" ? ACT_AS_HEADER : "input.communityId", communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: proposerResidentId! } }));
    source = "RESIDENT";
    proposerName = resident.name;
  } else if (data.proposerResidentId && data.proposerMembershipId) {
    throw new UserError("INVALID", "提议人只能是居民或委员之一 (give proposerResidentId or proposerMembershipId, not both)", "input.proposerMembershipId");
  } else if (data.proposerMembershipId) {
    const member = await inCommunity("input.proposerMembershipId", communityId, "委员", () =>
      ctx.prisma.committeeMembership.findUnique({ where: { id: data.proposerMembershipId! }, include: { term: true, resident: { select: { name: true } } } }),
    );
    if (!isSitting(member, chinaDay(ctx.now()))) throw conflict("该委员不在任，不能以委员身份提议 (not a sitting member)", "input.proposerMembershipId");
    source = "MEMBER";
    proposerMembershipId = member.id;
    proposerResidentId = member.residentId;
    proposerName = member.resident.name;
  } else if (data.proposerResidentId) {
    const resident = await inCommunity("input.proposerResidentId", communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: data.proposerResidentId! } }));
    source = "RESIDENT";
    proposerResidentId = resident.id;
    proposerName = resident.name;
  } else {
    source = (await can(ctx, "topic:review", communityId)) ? "STAFF" : "GRID_WORKER";
    proposerName = await actorName(ctx);
  }
  const ready = source !== "RESIDENT" || committee.cosignThreshold <= 0;
  const now = ctx.now();

  return async (tx) => {
    const topic = await tx.topic.create({
      data: {
        communityId,
        title: data.title,
        description: data.description,
        category: data.category,
        source,
        proposerName,
        proposerResidentId,
        proposerMembershipId,
        proposerAccountId: a.kind === "account" ? a.accountId : null,
        proposerApiClientId: a.kind === "client" ? a.clientId : null,
        readyForReview: ready,
        readyForReviewAt: ready ? now : null,
        createdAt: now,
        attachments: { create: (data.attachments ?? []).map((f) => ({ communityId, name: f.name, url: f.url })) },
      },
      include: { attachments: true },
    });
    const note = ready ? "提出议题" : `提出议题，需${committee.cosignThreshold}位居民联名后进入审查`;
    await recordTopicEvent(tx, ctx, topic, null, "SUBMITTED", note);
    await audit(tx, ctx, { action: "topic:propose", communityId, targetType: "Topic", targetId: topic.id, after: topic });
    return topic;
  };
}

const loadTopic = (ctx: Context, action: Parameters<typeof loadFor>[1], id: string, field = "id") =>
  loadFor(ctx, action, field, "议题", () => ctx.prisma.topic.findUnique({ where: { id: parseId(field, id, "Topic") } }));

/** 联名: once per resident, through an app acting for the resident, while the topic is SUBMITTED. */
export async function cosignTopic(ctx: Context, id: string) {
  const topic = await loadTopic(ctx, "topic:cosign", id);
  const residentId = requireActingResident(ctx, "联名");
  const resident = await ctx.prisma.resident.findUnique({ where: { id: residentId }, select: { communityId: true, name: true } });
  if (!resident || resident.communityId !== topic.communityId) throw new UserError("FORBIDDEN", "只有本社区居民可以联名 (only residents of the community may co-sign)", ACT_AS_HEADER);
  if (topic.status !== "SUBMITTED") throw conflict("议题已审查，联名已截止 (co-signing closes once the topic is reviewed)");
  if (topic.proposerResidentId === residentId) throw conflict("提议人不能为自己的议题联名 (the proposer cannot co-sign)");
  const duplicate = () => new UserError("DUPLICATE", "您已为该议题联名 (already co-signed)", "id");
  if (await ctx.prisma.topicCosignature.findUnique({ where: { topicId_residentId: { topicId: topic.id, residentId } } })) throw duplicate();
  const committee = await committeeOf(ctx.prisma, topic.communityId, "id");
  return command(ctx, async (tx) => {
    const signature = await tx.topicCosignature
      .create({ data: { communityId: topic.communityId, topicId: topic.id, residentId, apiClientId: ctx.actor.kind === "client" ? ctx.actor.clientId : null, createdAt: ctx.now() } })
      .catch((e: { code?: string }) => {
        throw e?.code === "P2002" ? duplicate() : e;
      });
    // The increment locks the topic row: concurrent co-signatures count one after the other.
    const after = await tx.topic.update({ where: { id: topic.id }, data: { cosignCount: { increment: 1 } } });
    if (after.status !== "SUBMITTED") throw conflict("议题已审查，联名已截止 (co-signing closes once the topic is reviewed)");
    let result = after;
    if (!after.readyForReview && after.cosignCount >= committee.cosignThreshold) {
      result = await tx.topic.update({ where: { id: topic.id }, data: { readyForReview: true, readyForReviewAt: ctx.now() } });
      await recordTopicEvent(tx, ctx, topic, "SUBMITTED", "SUBMITTED", `联名达到${committee.cosignThreshold}人，转入审查 (ready for review)`);
    }
    await audit(tx, ctx, { action: "topic:cosign", communityId: topic.communityId, targetType: "TopicCosignature", targetId: signature.id, after: { topicId: topic.id, residentId, cosignCount: after.cosignCount } });
    return result;
  });
}

/** 立项: SUBMITTED → ACCEPTED, once ready for review (enough co-signatures, or raised by staff or a member). */
export async function acceptTopic(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(acceptInput, input);
  const topic = await loadTopic(ctx, "topic:review", id);
  if (!TOPIC_STEPS.ACCEPT.allows(topic)) {
    if (topic.status !== "SUBMITTED") throw transitionRefused(topic.status, "ACCEPTED");
    const committee = await committeeOf(ctx.prisma, topic.communityId, "id");
    throw conflict(`联名人数未达到门槛（${topic.cosignCount}/${committee.cosignThreshold}），暂不能立项 (not enough co-signatures yet)`);
  }
  return command(ctx, async (tx) => {
    await moveTopic(tx, ctx, topic, "ACCEPTED", parsed.note ?? "予以立项", {
      reviewNote: parsed.note ?? null,
      reviewedAt: ctx.now(),
      ...(parsed.voteThreshold !== undefined ? { voteThreshold: parsed.voteThreshold } : {}),
    });
    const after = await tx.topic.findUniqueOrThrow({ where: { id: topic.id } });
    await audit(tx, ctx, { action: "topic:review", communityId: topic.communityId, targetType: "Topic", targetId: topic.id, before: topic, after });
    return after;
  });
}

/** 不予立项: SUBMITTED → DECLINED, citing a current MUST_NOT clause of the community's catalog and a reason the proposer reads. */
export async function declineTopic(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(declineInput, input);
  const topic = await loadTopic(ctx, "topic:review", id);
  const clause = await inCommunity("input.clauseId", topic.communityId, "条款", () => ctx.prisma.consultationClause.findUnique({ where: { id: parsed.clauseId } }));
  if (clause.kind !== "MUST_NOT") throw new UserError("INVALID", "不予立项须引用“不议”条款 (cite a MUST_NOT clause)", "input.clauseId");
  if (clause.retiredAt) throw new UserError("INVALID", "该条款已停用 (the clause is retired)", "input.clauseId");
  if (!TOPIC_STEPS.DECLINE.allows(topic)) throw transitionRefused(topic.status, "DECLINED");
  return command(ctx, async (tx) => {
    await moveTopic(tx, ctx, topic, "DECLINED", `依据不议事项第${clause.number}条不予立项：${parsed.reason}`, {
      declineClauseId: clause.id,
      declineReason: parsed.reason,
      reviewedAt: ctx.now(),
    });
    const after = await tx.topic.findUniqueOrThrow({ where: { id: topic.id } });
    await audit(tx, ctx, { action: "topic:review", communityId: topic.communityId, targetType: "Topic", targetId: topic.id, before: topic, after });
    return after;
  });
}

/** Invite an "X" stakeholder to one topic: a resident, or a named outside person; a vote only if the charter in force allows it. */
export async function inviteStakeholder(ctx: Context, input: unknown) {
  const data = parseInput(stakeholderInput, input);
  const topic = await loadFor(ctx, "committee:manage", "input.topicId", "议题", () => ctx.prisma.topic.findUnique({ where: { id: data.topicId } }));
  if (!INVITABLE.includes(topic.status)) throw conflict("只能为已立项、尚未形成决议的议题邀请利益相关方 (the topic is not open for deliberation)", "input.topicId");
  let name = data.name ?? null;
  if (data.residentId) {
    const resident = await inCommunity("input.residentId", topic.communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: data.residentId! } }));
    name = resident.name;
    if (await ctx.prisma.topicStakeholder.findUnique({ where: { topicId_residentId: { topicId: topic.id, residentId: resident.id } } })) {
      throw new UserError("DUPLICATE", `${resident.name}已受邀参与该议题 (already invited)`, "input.residentId");
    }
  }
  if (!name) throw new UserError("REQUIRED", "请选择居民或填写姓名 (give residentId or name)", "input.name");
  if (data.mayVote) {
    const committee = await committeeOf(ctx.prisma, topic.communityId, "input.topicId");
    const rules = await rulesOn(ctx.prisma, committee.id, chinaDay(ctx.now()));
    if (!rules.stakeholdersMayVote) throw conflict("现行章程未允许利益相关方参与表决 (the charter does not let stakeholders vote)", "input.mayVote");
  }
  return command(ctx, async (tx) => {
    // Once per resident and only while open: decided with the topic locked, on the row as it is now.
    await lockRow(tx, "Topic", topic.id);
    const current = await tx.topic.findUniqueOrThrow({ where: { id: topic.id } });
    if (!INVITABLE.includes(current.status)) throw conflict("只能为已立项、尚未形成决议的议题邀请利益相关方 (the topic is not open for deliberation)", "input.topicId");
    if (data.residentId && (await tx.topicStakeholder.findUnique({ where: { topicId_residentId: { topicId: topic.id, residentId: data.residentId } } }))) {
      throw new UserError("DUPLICATE", `${name}已受邀参与该议题 (already invited)`, "input.residentId");
    }
    const stakeholder = await tx.topicStakeholder.create({
      data: { communityId: topic.communityId, topicId: topic.id, residentId: data.residentId ?? null, name, affiliation: data.affiliation ?? null, mayVote: data.mayVote ?? false },
    });
    await recordTopicEvent(tx, ctx, current, current.status, current.status, `邀请利益相关方：${name}${stakeholder.mayVote ? "（有表决权）" : "（列席发言）"}`);
    await audit(tx, ctx, { action: "committee:manage", communityId: topic.communityId, targetType: "TopicStakeholder", targetId: stakeholder.id, after: stakeholder });
    return stakeholder;
  });
}
