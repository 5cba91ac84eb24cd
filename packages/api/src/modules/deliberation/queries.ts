// Reads the deliberation services share: the committee of a community, the charter's rules in
// force on a day, the sitting members and the quorum of a meeting, a meeting with the grant check.
import { chinaDay } from "../../shared/chinaTime.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { conflict, loadFor, type Db } from "../../shared/service.js";
import { computeQuorum, DEFAULT_RULES, sittingWhere, type CommitteeRules, type Quorum } from "./rules.js";

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

export const loadMeeting = (ctx: Context, id: string, field = "id") =>
  loadFor(ctx, "meeting:manage", field, "会议", () => ctx.prisma.meeting.findUnique({ where: { id: parseId(field, id, "Meeting") } }));
