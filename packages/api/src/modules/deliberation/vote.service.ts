// Votes on agenda items: opened only with quorum, one ballot per present eligible voter (a second
// cast changes the ballot, never adds one), closed with the result computed against the threshold.
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId, parseTypedId } from "../../shared/ids.js";
import { lockRow } from "../../shared/locks.js";
import { conflict, type Db, loadFor, type Tx, parseInput } from "../../shared/service.js";
import { meetingQuorum, rulesOn, sittingMembers } from "./queries.js";
import { moveTopic, recordTopicEvent } from "./topic.events.js";
import { ballotInput, openVoteInput } from "./meeting.validation.js";
import { assertMeetingStatus, computeQuorum, MEETING_STEPS, VOTE_STEPS, type Tally, voteResult } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";
import { actingResident, actorKind } from "../../shared/actor.js";

const CHOICE_LABEL = { FOR: "赞成", AGAINST: "反对", ABSTAIN: "弃权" } as const;
const RESULT_LABEL = { PASSED: "通过", REJECTED: "未通过", NO_QUORUM: "无效（不足法定人数）" } as const;

type VoteRow = { id: string; meetingId: string; topicId: string; stakeholdersMayVote: boolean; quorumRule: "MORE_THAN_HALF" | "TWO_THIRDS" };
type MeetingRef = { id: string; committeeId: string; startsAt: Date };

/** The voters of a vote present now: sitting members marked PRESENT, and PRESENT stakeholders of its topic who may vote. */
export async function presentVoters(db: Db, vote: VoteRow, meeting: MeetingRef) {
  const sitting = (await sittingMembers(db, meeting)).map((m) => m.id);
  const present = await db.meetingAttendance.findMany({ where: { meetingId: meeting.id, status: "PRESENT" }, select: { attendeeId: true, membershipId: true, stakeholderId: true } });
  const members = present.filter((p) => p.membershipId && sitting.includes(p.membershipId)).map((p) => p.attendeeId);
  const stakeholders = vote.stakeholdersMayVote
    ? (
        await db.topicStakeholder.findMany({
          where: { topicId: vote.topicId, mayVote: true, id: { in: present.flatMap((p) => (p.stakeholderId ? [p.stakeholderId] : [])) } },
          select: { id: true },
        })
      ).map((s) => s.id)
    : [];
  return { sitting: sitting.length, members, stakeholders, all: new Set([...members, ...stakeholders]) };
}

/** The tally of the ballots of voters who are present now (a voter marked absent before the close is not counted). */
export async function liveTally(db: Db, vote: VoteRow, meeting: MeetingRef) {
  const voters = await presentVoters(db, vote, meeting);
  const ballots = await db.ballot.findMany({ where: { voteId: vote.id }, select: { voterId: true, choice: true } });
  const tally: Tally = { for: 0, against: 0, abstain: 0 };
  for (const b of ballots) {
    if (!voters.all.has(b.voterId)) continue;
    if (b.choice === "FOR") tally.for++;
    else if (b.choice === "AGAINST") tally.against++;
    else tally.abstain++;
  }
  const quorum = computeQuorum(vote.quorumRule, voters.sitting, voters.members.length);
  return { tally, present: voters.all.size, quorum };
}

/** Open a vote on an agenda item of a meeting in progress, with quorum. The topic becomes DELIBERATED; the charter's rules are copied onto the vote. */
export async function openVote(ctx: Context, input: unknown) {
  const parsed = parseInput(openVoteInput, input);
  const item = await loadFor(ctx, "meeting:manage", "input.agendaItemId", "议程", () =>
    ctx.prisma.agendaItem.findUnique({ where: { id: parsed.agendaItemId }, include: { meeting: true, topic: true } }),
  );
  const field = "input.agendaItemId";
  const question = parsed.question ?? `是否同意议题「${item.topic.title}」的方案`;
  return command(ctx, async (tx) => {
    // One vote per item: decided with the item locked (a removal or a second open waits, then sees this one).
    await lockRow(tx, "AgendaItem", item.id);
    const now = await tx.agendaItem.findUniqueOrThrow({ where: { id: item.id }, include: { meeting: true, topic: true } });
    if (now.removedAt) throw conflict("该议程已移除 (the item was removed)", field);
    assertMeetingStatus(now.meeting, MEETING_STEPS.OPEN_VOTE.from, "表决", field);
    if (await tx.vote.findUnique({ where: { agendaItemId: item.id }, select: { id: true } })) throw conflict("该议程已表决过 (this item has had its vote)", field);
    const quorum = await meetingQuorum(tx, now.meeting);
    if (!quorum.reached) throw conflict(`出席委员${quorum.present}人，未达到法定人数${quorum.required}人，不能表决 (no quorum)`, field);
    const rules = await rulesOn(tx, now.meeting.committeeId, chinaDay(now.meeting.startsAt));
    const vote = await tx.vote.create({
      data: {
        communityId: item.communityId,
        meetingId: item.meetingId,
        agendaItemId: item.id,
        topicId: item.topicId,
        question,
        threshold: now.topic.voteThreshold ?? rules.defaultThreshold,
        quorumRule: rules.quorumRule,
        stakeholdersMayVote: rules.stakeholdersMayVote,
        openedAt: ctx.now(),
      },
    });
    await moveTopic(tx, ctx, now.topic, "DELIBERATED", `「${item.meeting.title}」开始表决：${question}`, {}, field);
    await audit(tx, ctx, { action: "meeting:manage", communityId: item.communityId, targetType: "Vote", targetId: vote.id, after: { ...vote, quorum } });
    return vote;
  });
}

/** Lock the vote row while it is OPEN, so a close waits for this ballot (or this ballot sees the close). */
async function lockOpenVote(tx: Tx, voteId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Vote" WHERE id = ${voteId}::uuid AND status = 'OPEN' FOR SHARE`;
  if (rows.length !== 1) throw conflict("表决已结束，不能再投票 (the vote is closed)", "input.voteId");
}

/**
 * Record one voter's ballot (赞成/反对/弃权). Staff record it at the meeting; an app acting for a
 * resident may cast only that resident's own ballot. A second cast changes the ballot.
 */
export async function castBallot(ctx: Context, input: unknown) {
  const parsed = parseInput(ballotInput, input);
  const { voteId, choice } = parsed;
  const vote = await loadFor(ctx, "vote:cast", "input.voteId", "表决", () => ctx.prisma.vote.findUnique({ where: { id: voteId }, include: { meeting: true } }));
  const voter = parseTypedId("input.voterId", parsed.voterId, ["CommitteeMembership", "TopicStakeholder"] as const);
  if (!VOTE_STEPS.CAST.allows(vote)) throw conflict("表决已结束，不能再投票 (the vote is closed)", "input.voteId");
  let voterResidentId: string | null;
  let voterName: string;
  if (voter.type === "CommitteeMembership") {
    const m = await ctx.prisma.committeeMembership.findUnique({ where: { id: voter.id }, include: { resident: { select: { name: true } } } });
    if (!m || m.committeeId !== vote.meeting.committeeId) throw notFound("input.voterId", "本委员会委员");
    voterResidentId = m.residentId;
    voterName = m.resident.name;
  } else {
    const s = await ctx.prisma.topicStakeholder.findUnique({ where: { id: voter.id } });
    if (!s || s.communityId !== vote.communityId) throw notFound("input.voterId", "利益相关方");
    if (s.topicId !== vote.topicId) throw conflict("该利益相关方未受邀参与此议题，不能表决 (invited to another topic)", "input.voterId");
    if (!s.mayVote || !vote.stakeholdersMayVote) throw conflict("该利益相关方只列席发言，没有表决权 (may speak but not vote)", "input.voterId");
    voterResidentId = s.residentId;
    voterName = s.name;
  }
  const a = ctx.actor;
  if (actorKind(ctx) !== "staff" && actingResident(ctx) !== voterResidentId) {
    throw new UserError("FORBIDDEN", "应用只能代居民投本人的票 (an app casts only the acting resident's own ballot)", "input.voterId");
  }
  const voters = await presentVoters(ctx.prisma, vote, vote.meeting);
  if (!voters.all.has(voter.id)) {
    const sitting = voter.type === "CommitteeMembership" && (await sittingMembers(ctx.prisma, vote.meeting)).some((m) => m.id === voter.id);
    if (voter.type === "CommitteeMembership" && !sitting) throw conflict("该委员在会议日不在任，不能表决 (not a sitting member)", "input.voterId");
    throw conflict(`${voterName}未登记出席本次会议，不能表决 (only voters present may vote)`, "input.voterId");
  }
  return command(ctx, async (tx) => {
    await lockOpenVote(tx, vote.id);
    const key = { voteId_voterId: { voteId: vote.id, voterId: voter.id } };
    const before = await tx.ballot.findUnique({ where: key });
    const data = { choice, recordedByAccountId: a.kind === "account" ? a.accountId : null };
    const write = () =>
      tx.ballot.upsert({
        where: key,
        update: data,
        create: {
          ...data,
          communityId: vote.communityId,
          voteId: vote.id,
          voterId: voter.id,
          membershipId: voter.type === "CommitteeMembership" ? voter.id : null,
          stakeholderId: voter.type === "TopicStakeholder" ? voter.id : null,
          castAt: ctx.now(),
        },
      });
    // A simultaneous first cast by the same voter loses the insert race on (voteId, voterId): it becomes a change.
    const ballot = await write().catch((e: { code?: string }) => (e?.code === "P2002" ? tx.ballot.update({ where: key, data }) : Promise.reject(e)));
    await audit(tx, ctx, {
      action: "vote:cast",
      communityId: vote.communityId,
      targetType: "Ballot",
      targetId: ballot.id,
      before: before ? { voter: voterName, choice: before.choice } : undefined,
      after: { voteId: vote.id, voter: voterName, choice, label: CHOICE_LABEL[choice] },
    });
    return ballot;
  });
}

/** Close an open vote: count the ballots of the voters present, apply the threshold, store tally and result. */
export async function closeVote(ctx: Context, id: string) {
  const vote = await loadFor(ctx, "meeting:manage", "id", "表决", () =>
    ctx.prisma.vote.findUnique({ where: { id: parseId("id", id, "Vote") }, include: { meeting: true } }),
  );
  if (!VOTE_STEPS.CLOSE.allows(vote)) throw conflict("表决已结束 (the vote is already closed)");
  return command(ctx, async (tx) => {
    const closedAt = ctx.now();
    // Taking the row lock first: ballots being cast finish before the count, later ones are refused.
    const { count } = await tx.vote.updateMany({ where: { id: vote.id, status: "OPEN" }, data: { status: "CLOSED", closedAt } });
    if (count !== 1) throw conflict("表决已结束 (the vote is already closed)");
    const { tally, present, quorum } = await liveTally(tx, vote, vote.meeting);
    const result = voteResult(vote.threshold, tally, present, quorum.reached);
    const after = await tx.vote.update({
      where: { id: vote.id },
      data: { presentCount: present, forCount: tally.for, againstCount: tally.against, abstainCount: tally.abstain, result },
    });
    const note = `表决结果：${RESULT_LABEL[result]}（出席有表决权${present}人，赞成${tally.for}、反对${tally.against}、弃权${tally.abstain}）`;
    const topic = await tx.topic.findUniqueOrThrow({ where: { id: vote.topicId }, select: { id: true, communityId: true, status: true } });
    await recordTopicEvent(tx, ctx, topic, topic.status, topic.status, note);
    await audit(tx, ctx, { action: "meeting:manage", communityId: vote.communityId, targetType: "Vote", targetId: vote.id, before: { status: "OPEN" }, after });
    return after;
  });
}

