// The committee, its terms (届), its charter in versions and its 7+X members. Every change:
// validate → assertCan on the row's community → one transaction with its audit row.
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { fromPrisma, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { lockRow } from "../../shared/locks.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { conflict, inCommunity, loadFor, type Tx, parseInput } from "../../shared/service.js";
import { recordTopicEvent } from "./topic.events.js";
import {
  adoptCharterInput,
  charterInput,
  charterUpdate,
  committeeInput,
  committeeUpdate,
  endMembershipInput,
  memberInput,
  termInput,
} from "./deliberation.validation.js";
import { CHARTER_STEPS, dayOf, MEMBERSHIP_STEPS } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";

const findCommittee = (ctx: Context, id: string) => () => ctx.prisma.committee.findUnique({ where: { id } });

export const createCommittee = (ctx: Context, input: { communityId: string }) =>
  createOwned(ctx, {
    action: "committee:manage",
    targetType: "Committee",
    communityId: input.communityId,
    schema: committeeInput,
    input,
    check: async (_data, communityId) => {
      const existing = await ctx.prisma.committee.findUnique({ where: { communityId_kind: { communityId, kind: "DELIBERATION" } } });
      if (existing) throw new UserError("DUPLICATE", "本社区已有议事委员会 (the community already has its deliberation committee)", "input.communityId");
    },
    create: async (tx, data, communityId) => {
      const community = await tx.community.findUniqueOrThrow({ where: { id: communityId }, select: { name: true } });
      return tx.committee.create({
        data: { communityId, kind: "DELIBERATION", name: data.name ?? `${community.name}议事委员会`, description: data.description ?? null, cosignThreshold: data.cosignThreshold },
      });
    },
  });

/** Update the committee; lowering the co-signature threshold makes waiting topics ready for review at once. */
export const updateCommittee = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "committee:manage",
    targetType: "Committee",
    id,
    schema: committeeUpdate,
    input,
    load: (db, committeeId) => db.committee.findUnique({ where: { id: committeeId } }),
    update: async (tx, data, committeeId) => {
      const committee = await tx.committee.update({ where: { id: committeeId }, data });
      const now = ctx.now();
      const ready = await tx.topic.findMany({
        where: { communityId: committee.communityId, status: "SUBMITTED", readyForReview: false, cosignCount: { gte: committee.cosignThreshold } },
        select: { id: true, communityId: true, cosignCount: true },
      });
      for (const t of ready) {
        await tx.topic.update({ where: { id: t.id }, data: { readyForReview: true, readyForReviewAt: now } });
        await recordTopicEvent(tx, ctx, t, "SUBMITTED", "SUBMITTED", `联名门槛调整为${committee.cosignThreshold}人，已达到，转入审查 (ready for review)`);
      }
      return committee;
    },
  });

export async function createCommitteeTerm(ctx: Context, input: unknown) {
  const data = parseInput(termInput, input);
  const committee = await loadFor(ctx, "committee:manage", "input.committeeId", "议事委员会", findCommittee(ctx, data.committeeId));
  return command(ctx, async (tx) => {
    // Terms never overlap: decided with the committee locked, so concurrent terms are checked one after the other.
    await lockRow(tx, "Committee", committee.id);
    const overlapping = await tx.committeeTerm.findFirst({
      where: { committeeId: committee.id, startsOn: { lte: data.endsOn }, endsOn: { gte: data.startsOn } },
      select: { number: true },
    });
    if (overlapping) throw conflict(`与第${overlapping.number}届的任期重叠 (overlaps term ${overlapping.number})`, "input.startsOn");
    const term = await tx.committeeTerm
      .create({ data: { communityId: committee.communityId, committeeId: committee.id, number: data.number, name: data.name ?? null, startsOn: data.startsOn, endsOn: data.endsOn } })
      .catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "committee:manage", communityId: committee.communityId, targetType: "CommitteeTerm", targetId: term.id, after: term });
    return term;
  });
}

export async function draftCharter(ctx: Context, input: unknown) {
  const parsed = parseInput(charterInput, input);
  const { committeeId, ...data } = parsed;
  const committee = await loadFor(ctx, "committee:manage", "input.committeeId", "议事委员会", findCommittee(ctx, committeeId));
  return command(ctx, async (tx) => {
    await lockRow(tx, "Committee", committee.id); // version numbers are taken one at a time
    const last = await tx.charterVersion.findFirst({ where: { committeeId }, orderBy: { version: "desc" }, select: { version: true } });
    const charter = await tx.charterVersion
      .create({ data: { ...data, communityId: committee.communityId, committeeId, version: (last?.version ?? 0) + 1, status: "DRAFT" } })
      .catch((e) => fromPrisma(e, () => "input.committeeId"));
    await audit(tx, ctx, { action: "committee:manage", communityId: committee.communityId, targetType: "CharterVersion", targetId: charter.id, after: charter });
    return charter;
  });
}

const loadCharter = (ctx: Context, id: string) =>
  loadFor(ctx, "committee:manage", "id", "章程", () => ctx.prisma.charterVersion.findUnique({ where: { id: parseId("id", id, "CharterVersion") } }));

const notDraft = () => conflict("章程已通过或已被取代，不能修改；请起草新版本 (only a DRAFT can change; draft a new version)");

export async function updateCharterDraft(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(charterUpdate, input);
  const charter = await loadCharter(ctx, id);
  if (!CHARTER_STEPS.UPDATE.allows(charter)) throw notDraft();
  return command(ctx, async (tx) => {
    const { count } = await tx.charterVersion.updateMany({ where: { id: charter.id, status: "DRAFT" }, data: parsed });
    if (count !== 1) throw notDraft();
    const after = await tx.charterVersion.findUniqueOrThrow({ where: { id: charter.id } });
    await audit(tx, ctx, { action: "committee:manage", communityId: charter.communityId, targetType: "CharterVersion", targetId: charter.id, before: charter, after });
    return after;
  });
}

/** DRAFT → ADOPTED (optionally at a meeting of this committee); the version in force before becomes SUPERSEDED. */
export async function adoptCharter(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(adoptCharterInput, input);
  const charter = await loadCharter(ctx, id);
  if (!CHARTER_STEPS.ADOPT.allows(charter)) throw conflict("只有草案可以通过 (only a DRAFT can be adopted)");
  const { adoptedOn, meetingId } = parsed;
  if (meetingId) {
    const meeting = await inCommunity("input.meetingId", charter.communityId, "会议", () => ctx.prisma.meeting.findUnique({ where: { id: meetingId } }));
    if (meeting.committeeId !== charter.committeeId) throw conflict("会议不属于本委员会 (not a meeting of this committee)", "input.meetingId");
    if (meeting.status !== "IN_PROGRESS" && meeting.status !== "CLOSED") throw conflict("只能在进行中或已结束的会议上通过章程 (the meeting has not taken place)", "input.meetingId");
  }
  return command(ctx, async (tx) => {
    // One version in force: adoptions of a committee's drafts run one after the other.
    await lockRow(tx, "Committee", charter.committeeId);
    const current = await tx.charterVersion.findFirst({ where: { committeeId: charter.committeeId, status: "ADOPTED" } });
    if (current?.adoptedOn && dayOf(current.adoptedOn) > dayOf(adoptedOn)) {
      throw new UserError("INVALID", `通过日期不能早于现行第${current.version}版的通过日期 (adoptedOn precedes the version in force)`, "input.adoptedOn");
    }
    const now = ctx.now();
    const superseded = await tx.charterVersion.updateMany({ where: { committeeId: charter.committeeId, status: "ADOPTED" }, data: { status: "SUPERSEDED", supersededAt: now } });
    const { count } = await tx.charterVersion.updateMany({
      where: { id: charter.id, status: "DRAFT" },
      data: { status: "ADOPTED", adoptedOn, adoptedAtMeetingId: meetingId ?? null },
    });
    if (count !== 1) throw conflict("只有草案可以通过 (only a DRAFT can be adopted)");
    const after = await tx.charterVersion.findUniqueOrThrow({ where: { id: charter.id } });
    await audit(tx, ctx, {
      action: "committee:manage",
      communityId: charter.communityId,
      targetType: "CharterVersion",
      targetId: charter.id,
      before: charter,
      after: { ...after, supersededVersions: superseded.count },
    });
    return after;
  });
}

async function activeDirector(tx: Tx, termId: string) {
  return tx.committeeMembership.findFirst({ where: { termId, role: "DIRECTOR", leftOn: null }, include: { resident: { select: { name: true } } } });
}

/** Seat a resident of the community in a term. A resident holds one seat per term at a time; a term has one director. */
export async function addCommitteeMember(ctx: Context, input: unknown) {
  const data = parseInput(memberInput, input);
  const term = await loadFor(ctx, "committee:manage", "input.termId", "届", () => ctx.prisma.committeeTerm.findUnique({ where: { id: data.termId } }));
  const resident = await inCommunity("input.residentId", term.communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: data.residentId } }));
  const today = chinaDay(ctx.now());
  const start = dayOf(term.startsOn);
  const end = dayOf(term.endsOn);
  const joined = data.joinedOn ? dayOf(data.joinedOn) : today < start ? start : today > end ? end : today;
  if (joined < start || joined > end) throw new UserError("INVALID", `就任日期须在本届任期内 (${start} – ${end})`, "input.joinedOn");
  const role = data.role ?? "MEMBER";
  return command(ctx, async (tx) => {
    // One seat per resident and one director per term: decided with the term locked.
    await lockRow(tx, "CommitteeTerm", term.id);
    const seated = await tx.committeeMembership.findFirst({ where: { termId: term.id, residentId: resident.id, leftOn: null } });
    if (seated) throw new UserError("DUPLICATE", `${resident.name}已是本届委员 (already a member of this term)`, "input.residentId");
    if (role === "DIRECTOR") {
      const director = await activeDirector(tx, term.id);
      if (director) throw conflict(`本届已有主任（${director.resident.name}），请先办理其离任 (the term has a director)`, "input.role");
    }
    const member = await tx.committeeMembership.create({
      data: {
        communityId: term.communityId,
        committeeId: term.committeeId,
        termId: term.id,
        residentId: resident.id,
        seat: data.seat,
        role,
        joinedOn: new Date(`${joined}T00:00:00Z`),
      },
    });
    await audit(tx, ctx, { action: "committee:manage", communityId: term.communityId, targetType: "CommitteeMembership", targetId: member.id, after: { ...member, name: resident.name } });
    return member;
  });
}

/** A member leaves on a date (离任); the row stays as history. */
export async function endCommitteeMembership(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(endMembershipInput, input);
  const member = await loadFor(ctx, "committee:manage", "id", "委员", () =>
    ctx.prisma.committeeMembership.findUnique({ where: { id: parseId("id", id, "CommitteeMembership") } }),
  );
  if (!MEMBERSHIP_STEPS.END.allows(member)) throw conflict(`该委员已于${dayOf(member.leftOn!)}离任 (already left)`);
  if (dayOf(parsed.leftOn) < dayOf(member.joinedOn)) throw new UserError("INVALID", "离任日期不能早于就任日期 (leftOn precedes joinedOn)", "input.leftOn");
  return command(ctx, async (tx) => {
    const { count } = await tx.committeeMembership.updateMany({ where: { id: member.id, leftOn: null }, data: { leftOn: parsed.leftOn, leaveReason: parsed.reason ?? null } });
    if (count !== 1) throw conflict("该委员已离任 (already left)");
    const after = await tx.committeeMembership.findUniqueOrThrow({ where: { id: member.id } });
    await audit(tx, ctx, { action: "committee:manage", communityId: member.communityId, targetType: "CommitteeMembership", targetId: member.id, before: member, after });
    return after;
  });
}
