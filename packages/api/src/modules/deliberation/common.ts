// Helpers the deliberation services share: loading a row and checking the grant on its community,
// who is acting (for timelines), the topic's compare-and-set transitions with their TopicEvent,
// the rules in force and the quorum of a meeting.
import { decodeGlobalID } from "@pothos/plugin-relay";
import type { Prisma } from "../../db.js";
import type { TopicStatus } from "../../generated/prisma/enums.js";
import { assertCan, type Action } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { ACT_AS_HEADER } from "../../shared/context.js";
import { forbidden, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { assertTransition, computeQuorum, DEFAULT_RULES, sittingWhere, type CommitteeRules, type Quorum } from "./rules.js";
import { chinaDay } from "../../shared/chinaTime.js";

export type Tx = Prisma.TransactionClient;
export type Db = Tx | Context["prisma"];

export const conflict = (message: string, field: string | null = "id") => new UserError("CONFLICT", message, field);

/** Load a community-owned row by id and check `action` on its community; unknown or unseen → NOT_FOUND on `field`. */
export async function loadFor<T extends { communityId: string }>(
  ctx: Context,
  action: Action,
  field: string,
  what: string,
  find: () => Promise<T | null>,
): Promise<T> {
  const row = await find();
  if (!row) throw notFound(field, what);
  await assertCan(ctx, action, row.communityId, field, what);
  return row;
}

/** A referenced row must exist in `communityId`; else NOT_FOUND on `field` (another tenant's row is "not found"). */
export async function inCommunity<T extends { communityId: string }>(field: string, communityId: string, what: string, find: () => Promise<T | null>): Promise<T> {
  const row = await find();
  if (!row || row.communityId !== communityId) throw notFound(field, what);
  return row;
}

/** Decode a global id that may be one of several types; returns which. */
export function parseTypedId<T extends string>(field: string, value: string, types: readonly T[]): { type: T; id: string } {
  let d: { typename: string; id: string } | null;
  try {
    d = decodeGlobalID(value);
  } catch {
    d = null;
  }
  if (!d || !/^[0-9a-f-]{36}$/i.test(d.id) || !types.includes(d.typename as T)) {
    throw new UserError("INVALID", `不是有效的${types.join("/")} ID (${field}: malformed or wrong type)`, field);
  }
  return { type: d.typename as T, id: d.id };
}

const names = new WeakMap<Context, Promise<string>>();

/**
 * Who is acting, for timelines and notices: an account's display name, or an app's name and the
 * resident it acts for. Inside a transaction pass its client (PGlite has one connection).
 */
export function actorName(ctx: Context, db: Db = ctx.prisma): Promise<string> {
  let p = names.get(ctx);
  if (!p) {
    p = (async () => {
      const a = ctx.actor;
      if (a.kind === "account") return (await db.account.findUnique({ where: { id: a.accountId }, select: { displayName: true } }))?.displayName ?? "工作人员";
      if (a.kind === "client") {
        const client = await db.apiClient.findUnique({ where: { id: a.clientId }, select: { name: true } });
        const resident = a.actingResidentId ? await db.resident.findUnique({ where: { id: a.actingResidentId }, select: { name: true } }) : null;
        return resident ? `${resident.name}（通过${client?.name ?? "应用"}）` : (client?.name ?? "应用");
      }
      return "匿名";
    })();
    names.set(ctx, p);
  }
  return p;
}

/** The resident an API client acts for; REQUIRED (naming the header) when it acts for nobody, FORBIDDEN for accounts. */
export function actingResident(ctx: Context, what: string): string {
  const a = ctx.actor;
  if (a.kind === "client") {
    if (!a.actingResidentId) throw new UserError("REQUIRED", `${what}须由应用代居民提交 (send ${ACT_AS_HEADER})`, ACT_AS_HEADER);
    return a.actingResidentId;
  }
  throw forbidden(null, `${what}须由居民本人通过应用提交 (only a resident, through an app, may do this)`);
}

export async function recordTopicEvent(
  tx: Tx,
  ctx: Context,
  topic: { id: string; communityId: string },
  fromStatus: TopicStatus | null,
  toStatus: TopicStatus,
  note: string | null = null,
) {
  const a = ctx.actor;
  await tx.topicEvent.create({
    data: {
      communityId: topic.communityId,
      topicId: topic.id,
      fromStatus,
      toStatus,
      note,
      actorName: await actorName(ctx, tx),
      actorAccountId: a.kind === "account" ? a.accountId : null,
      apiClientId: a.kind === "client" ? a.clientId : null,
      actingResidentId: a.kind === "client" ? a.actingResidentId : null,
      createdAt: ctx.now(),
    },
  });
}

/**
 * Move a topic from its known status to `to`: checks the state machine, then compare-and-sets the
 * row (a concurrent change makes this a CONFLICT, not a lost update) and writes the TopicEvent.
 */
export async function moveTopic(
  tx: Tx,
  ctx: Context,
  topic: { id: string; communityId: string; status: TopicStatus },
  to: TopicStatus,
  note: string | null = null,
  data: Prisma.TopicUncheckedUpdateManyInput = {},
  field: string | null = "id",
) {
  assertTransition(topic.status, to, field);
  const { count } = await tx.topic.updateMany({ where: { id: topic.id, status: topic.status }, data: { ...data, status: to } });
  if (count !== 1) throw conflict("议题状态已被他人更改，请刷新后重试 (the topic changed meanwhile)", field);
  await recordTopicEvent(tx, ctx, topic, topic.status, to, note);
}

/** The rules of the charter in force on `day` (the latest version adopted on or before it), or the defaults. */
export async function rulesOn(db: Db, committeeId: string, day: string): Promise<CommitteeRules> {
  const charter = await db.charterVersion.findFirst({
    where: { committeeId, status: { in: ["ADOPTED", "SUPERSEDED"] }, adoptedOn: { lte: new Date(`${day}T00:00:00Z`) } },
    orderBy: { version: "desc" },
    select: { quorumRule: true, defaultThreshold: true, stakeholdersMayVote: true },
  });
  return charter ?? { ...DEFAULT_RULES };
}

/** The sitting members of the committee on the meeting's day (China time). */
export function sittingMembers(db: Db, meeting: { committeeId: string; startsAt: Date }) {
  return db.committeeMembership.findMany({
    where: { committeeId: meeting.committeeId, ...sittingWhere(chinaDay(meeting.startsAt)) },
    include: { resident: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
}

/** Quorum of a meeting from the charter's rule, its sitting members and their recorded attendance. */
export async function meetingQuorum(db: Db, meeting: { id: string; committeeId: string; startsAt: Date }): Promise<Quorum> {
  const rules = await rulesOn(db, meeting.committeeId, chinaDay(meeting.startsAt));
  const sitting = await sittingMembers(db, meeting);
  const present = await db.meetingAttendance.count({
    where: { meetingId: meeting.id, status: "PRESENT", membershipId: { in: sitting.map((m) => m.id) } },
  });
  return computeQuorum(rules.quorumRule, sitting.length, present);
}

/** The committee of a community (one per community); CONFLICT on `field` when there is none yet. */
export async function committeeOf(db: Db, communityId: string, field: string) {
  const committee = await db.committee.findUnique({ where: { communityId_kind: { communityId, kind: "DELIBERATION" } } });
  if (!committee) throw conflict("本社区尚未成立议事委员会 (create the deliberation committee first)", field);
  return committee;
}

export const MEETING_STATUS_LABEL = { SCHEDULED: "已安排", IN_PROGRESS: "进行中", CLOSED: "已结束", CANCELLED: "已取消" } as const;

export const loadMeeting = (ctx: Context, id: string, field = "id") =>
  loadFor(ctx, "meeting:manage", field, "会议", () => ctx.prisma.meeting.findUnique({ where: { id: parseId(field, id, "Meeting") } }));

export type MeetingStatus = keyof typeof MEETING_STATUS_LABEL;
/** CONFLICT unless the meeting is in one of `allowed`. */
export function assertMeetingStatus(meeting: { status: MeetingStatus }, allowed: MeetingStatus[], doing: string, field = "id") {
  if (!allowed.includes(meeting.status)) {
    throw conflict(`会议${MEETING_STATUS_LABEL[meeting.status]}，不能${doing} (a ${meeting.status} meeting cannot do this)`, field);
  }
}
