// Meetings (议事会) for the tablet in the room: agenda, the attendance sheet, the quorum, votes,
// minutes; and the `meetings` list.
import { builder } from "../../builder.js";
import type { CommitteeRole, SeatCategory } from "../../generated/prisma/enums.js";
import type { Prisma } from "../../db.js";
import { communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import { meetingQuorum, rulesOn, sittingMembers } from "./queries.js";
import { AgendaItemStepEnum, AttendanceStatusEnum, CommitteeRoleEnum, MeetingModeEnum, MeetingStatusEnum, MeetingStepEnum, QuorumRuleEnum, SeatCategoryEnum } from "./enums.type.js";
import { AGENDA_ITEM_STEPS, MEETING_STEPS, type Quorum } from "./rules.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { chinaDay } from "../../shared/chinaTime.js";

const QuorumRef = builder.objectRef<Quorum>("Quorum").implement({
  description: "法定人数: sitting members on the meeting's day, how many must be present under the charter's rule, how many are.",
  fields: (t) => ({
    rule: t.field({ type: QuorumRuleEnum, resolve: (q) => q.rule }),
    sitting: t.int({ description: "Members sitting on the meeting's day (应到).", resolve: (q) => q.sitting }),
    required: t.int({ description: "Members who must be present.", resolve: (q) => q.required }),
    present: t.int({ description: "Sitting members recorded PRESENT (实到).", resolve: (q) => q.present }),
    reached: t.boolean({ resolve: (q) => q.reached }),
  }),
});

const AttendeeKindEnum = builder.enumType("AttendeeKind", {
  values: { MEMBER: { description: "议事委员 (counts towards the quorum)" }, STAKEHOLDER: { description: "受邀利益相关方 (X)" } },
});

interface Entry {
  kind: "MEMBER" | "STAKEHOLDER";
  id: string;
  name: string;
  seat: SeatCategory | null;
  role: CommitteeRole | null;
  topicTitle: string | null;
  mayVote: boolean;
  status: "PRESENT" | "ABSENT" | "EXCUSED" | null;
}

/** The rule castBallot and the tally apply (vote.service presentVoters): present, and entitled to vote. */
export const votesNow = (e: Pick<Entry, "status" | "mayVote">): boolean => e.status === "PRESENT" && e.mayVote;

const AttendanceEntryRef = builder.objectRef<Entry>("AttendanceEntry").implement({
  description: "One line of a meeting's attendance sheet: a sitting member or a stakeholder invited to a topic on the agenda.",
  fields: (t) => ({
    attendeeId: t.id({
      description: "A CommitteeMembership or TopicStakeholder id: pass it to recordAttendance and castBallot (voterId).",
      resolve: (e) => toGlobalId(e.kind === "MEMBER" ? "CommitteeMembership" : "TopicStakeholder", e.id),
    }),
    kind: t.field({ type: AttendeeKindEnum, resolve: (e) => e.kind }),
    name: t.string({ resolve: (e) => e.name }),
    seat: t.field({ type: SeatCategoryEnum, nullable: true, resolve: (e) => e.seat }),
    role: t.field({ type: CommitteeRoleEnum, nullable: true, resolve: (e) => e.role }),
    topicTitle: t.string({ nullable: true, description: "For a stakeholder: the topic they were invited to.", resolve: (e) => e.topicTitle }),
    mayVote: t.boolean({ description: "Members always; stakeholders when invited with a vote and the charter allows it.", resolve: (e) => e.mayVote }),
    status: t.field({ type: AttendanceStatusEnum, nullable: true, description: "null = not recorded yet.", resolve: (e) => e.status }),
    votesNow: t.boolean({
      description:
        "May cast a ballot now (castBallot, as voterId): recorded PRESENT and mayVote. A member votes on every item of the agenda, a stakeholder on its own topic's; the tally counts only these.",
      resolve: votesNow,
    }),
  }),
});

async function attendanceSheet(ctx: Context, meeting: { id: string; committeeId: string; startsAt: Date }): Promise<Entry[]> {
  const [members, stakeholders, rows, rules] = await Promise.all([
    sittingMembers(ctx.prisma, meeting),
    ctx.prisma.topicStakeholder.findMany({
      where: { topic: { agendaItems: { some: { meetingId: meeting.id, removedAt: null } } } },
      include: { topic: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
    }),
    ctx.prisma.meetingAttendance.findMany({ where: { meetingId: meeting.id }, select: { attendeeId: true, status: true } }),
    rulesOn(ctx.prisma, meeting.committeeId, chinaDay(meeting.startsAt)),
  ]);
  const status = new Map(rows.map((r) => [r.attendeeId, r.status]));
  return [
    ...members.map((m) => ({ kind: "MEMBER" as const, id: m.id, name: m.resident.name, seat: m.seat, role: m.role, topicTitle: null, mayVote: true, status: status.get(m.id) ?? null })),
    ...stakeholders.map((s) => ({
      kind: "STAKEHOLDER" as const,
      id: s.id,
      name: s.name,
      seat: null,
      role: null,
      topicTitle: s.topic.title,
      mayVote: s.mayVote && rules.stakeholdersMayVote,
      status: status.get(s.id) ?? null,
    })),
  ];
}

builder.prismaNode("AgendaItem", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A topic on a meeting's agenda. Removed items stay as history (removedAt).",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    position: t.exposeInt("position", { description: "1-based order on the agenda." }),
    meeting: t.relation("meeting"),
    topic: t.relation("topic"),
    removedAt: t.expose("removedAt", { type: "DateTime", nullable: true }),
    vote: t.prismaField({
      type: "Vote",
      nullable: true,
      description: "The vote on this item, if one was opened.",
      select: { id: true },
      resolve: (query, item, _a, ctx) => ctx.prisma.vote.findUnique({ ...query, where: { agendaItemId: item.id } }),
    }),
    allowedSteps: t.field({
      type: [AgendaItemStepEnum],
      description: "The steps the item allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, removedAt: true, meeting: { select: { status: true } }, topic: { select: { status: true } }, _count: { select: { votes: true } } },
      resolve: (i, _a, ctx) =>
        allowedStepsFor(ctx, i.communityId, AGENDA_ITEM_STEPS, { removed: i.removedAt !== null, voted: i._count.votes > 0, meetingStatus: i.meeting.status, topicStatus: i.topic.status }),
    }),
  }),
});

builder.prismaNode("Meeting", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "议事会: a meeting of the committee. SCHEDULED → IN_PROGRESS → CLOSED, or CANCELLED.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    title: t.exposeString("title"),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    mode: t.expose("mode", { type: MeetingModeEnum }),
    place: t.exposeString("place", { nullable: true }),
    onlineUrl: t.exposeString("onlineUrl", { nullable: true, description: "The link of an ONLINE meeting (线上协商)." }),
    status: t.expose("status", { type: MeetingStatusEnum }),
    minutes: t.exposeString("minutes", { nullable: true, description: "纪要" }),
    startedAt: t.expose("startedAt", { type: "DateTime", nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    allowedSteps: t.field({
      type: [MeetingStepEnum],
      description: "The steps the meeting's state allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, status: true, _count: { select: { votes: { where: { status: "OPEN" } } } } },
      resolve: (m, _a, ctx) => allowedStepsFor(ctx, m.communityId, MEETING_STEPS, { status: m.status, openVotes: m._count.votes }),
    }),
    committee: t.relation("committee"),
    community: t.relation("community"),
    agenda: t.relation("agendaItems", { description: "Current agenda items, in order.", query: { where: { removedAt: null }, orderBy: [{ position: "asc" }, { id: "asc" }] } }),
    quorum: t.field({
      type: QuorumRef,
      description: "Computed from the charter in force on the meeting's day and the attendance recorded.",
      select: { id: true, committeeId: true, startsAt: true },
      resolve: (m, _a, ctx) => meetingQuorum(ctx.prisma, m),
    }),
    attendance: t.field({
      type: [AttendanceEntryRef],
      description: "The attendance sheet: every member sitting on the meeting's day, then every stakeholder invited to a topic on the agenda.",
      select: { id: true, committeeId: true, startsAt: true },
      resolve: (m, _a, ctx) => attendanceSheet(ctx, m),
    }),
    votes: t.relation("votes", { query: { orderBy: { openedAt: "asc" } } }),
    resolutions: t.relation("resolutions", { query: { orderBy: { createdAt: "asc" } } }),
    escalations: t.relation("escalations", { query: { orderBy: { submittedAt: "asc" } } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

type MeetingStatusT = "SCHEDULED" | "IN_PROGRESS" | "CLOSED" | "CANCELLED";
function meetingWhere(ctx: Context, args: { communityId: string; status?: MeetingStatusT[] | null; from?: Date | null; to?: Date | null }): Prisma.MeetingWhereInput {
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "deliberation:read"),
    ...(args.status?.length ? { status: { in: args.status } } : {}),
    ...(args.from || args.to ? { startsAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) } } : {}),
  };
}

builder.queryFields((t) => ({
  meetings: t.prismaConnection({
    type: "Meeting",
    cursor: "id",
    description: "A community's deliberation meetings, in the order they were scheduled.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      status: t.arg({ type: [MeetingStatusEnum], required: false }),
      from: t.arg({ type: "DateTime", required: false, description: "Starting at or after." }),
      to: t.arg({ type: "DateTime", required: false, description: "Starting before." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.meeting.count({ where: meetingWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.meeting.findMany({ ...query, where: meetingWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
