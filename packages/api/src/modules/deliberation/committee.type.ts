// The committee, its charter versions, terms, members and the consultation catalog, with their
// queries. Readers hold deliberation:read; a member's Resident record only opens to resident:read.
import { builder } from "../../builder.js";
import { can, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import { rulesOn } from "./queries.js";
import {
  CharterStatusEnum,
  CharterStepEnum,
  CommitteeMembershipStepEnum,
  ClauseKindEnum,
  CommitteeKindEnum,
  CommitteeRoleEnum,
  QuorumRuleEnum,
  SeatCategoryEnum,
  VoteThresholdEnum,
} from "./enums.type.js";
import { CHARTER_STEPS, isSitting, MEMBERSHIP_STEPS, sittingWhere, type CommitteeRules } from "./rules.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { chinaDay } from "../../shared/chinaTime.js";

type Seat = "PARTY_ORGANIZATION" | "RESIDENTS_COMMITTEE" | "SUPERVISION_COMMITTEE" | "DEPUTIES" | "NOTABLES" | "RETIRED_CADRES" | "RESIDENT_REPRESENTATIVES";
const SEATS: Seat[] = ["PARTY_ORGANIZATION", "RESIDENTS_COMMITTEE", "SUPERVISION_COMMITTEE", "DEPUTIES", "NOTABLES", "RETIRED_CADRES", "RESIDENT_REPRESENTATIVES"];

const today = (ctx: Context) => new Date(`${chinaDay(ctx.now())}T00:00:00Z`);

export const CommitteeRulesRef = builder.objectRef<CommitteeRules>("CommitteeRules").implement({
  description: "The rules of the charter in force (or the defaults when no charter is adopted): quorum, vote threshold, whether stakeholders may vote.",
  fields: (t) => ({
    quorumRule: t.field({ type: QuorumRuleEnum, resolve: (r) => r.quorumRule }),
    defaultThreshold: t.field({ type: VoteThresholdEnum, description: "Used by votes of topics that set no threshold of their own.", resolve: (r) => r.defaultThreshold }),
    stakeholdersMayVote: t.boolean({ description: "Whether invited stakeholders (X) may be given a vote on their topic.", resolve: (r) => r.stakeholdersMayVote }),
  }),
});

const SeatCountRef = builder.objectRef<{ seat: Seat; count: number }>("SeatCount").implement({
  description: "How many sitting members hold a seat category today.",
  fields: (t) => ({ seat: t.field({ type: SeatCategoryEnum, resolve: (s) => s.seat }), count: t.int({ resolve: (s) => s.count }) }),
});

builder.prismaNode("Committee", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "议事委员会: the community's deliberation committee (one per community).",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    kind: t.expose("kind", { type: CommitteeKindEnum }),
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    cosignThreshold: t.exposeInt("cosignThreshold", { description: "联名门槛: co-signatures a resident's topic needs before it can be accepted." }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    rules: t.field({
      type: CommitteeRulesRef,
      description: "The rules in force today.",
      select: { id: true },
      resolve: (c, _a, ctx) => rulesOn(ctx.prisma, c.id, chinaDay(ctx.now())),
    }),
    currentCharter: t.prismaField({
      type: "CharterVersion",
      nullable: true,
      description: "The ADOPTED charter version, if any.",
      resolve: (query, c, _a, ctx) => ctx.prisma.charterVersion.findFirst({ ...query, where: { committeeId: c.id, status: "ADOPTED" } }),
    }),
    charters: t.relation("charters", { description: "Every version, newest first.", query: { orderBy: { version: "desc" } } }),
    terms: t.relation("terms", { description: "Terms (届), newest first.", query: { orderBy: { number: "desc" } } }),
    currentTerm: t.prismaField({
      type: "CommitteeTerm",
      nullable: true,
      description: "The term covering today (China time).",
      resolve: (query, c, _a, ctx) =>
        ctx.prisma.committeeTerm.findFirst({ ...query, where: { committeeId: c.id, startsOn: { lte: today(ctx) }, endsOn: { gte: today(ctx) } } }),
    }),
    members: t.relatedConnection("memberships", {
      cursor: "id",
      description: "Seats held, past and present (history is kept). Filters combine with AND.",
      args: {
        termId: t.arg.id({ required: false }),
        seat: t.arg({ type: SeatCategoryEnum, required: false }),
        sittingOnly: t.arg.boolean({ required: false, description: "Only members sitting today." }),
      },
      totalCount: true,
      query: (args, ctx) => ({
        where: {
          ...(args.termId ? { termId: parseId("termId", args.termId, "CommitteeTerm") } : {}),
          ...(args.seat ? { seat: args.seat } : {}),
          ...(args.sittingOnly ? sittingWhere(chinaDay(ctx.now())) : {}),
        },
        orderBy: { id: "asc" },
      }),
    }),
    seatSummary: t.field({
      type: [SeatCountRef],
      description: 'Sitting members per seat category today: the "7" of 7+X, every category listed.',
      select: { id: true },
      resolve: async (c, _a, ctx) => {
        const rows = await ctx.prisma.committeeMembership.groupBy({ by: ["seat"], where: { committeeId: c.id, ...sittingWhere(chinaDay(ctx.now())) }, _count: { _all: true } });
        return SEATS.map((seat) => ({ seat, count: rows.find((r) => r.seat === seat)?._count._all ?? 0 }));
      },
    }),
  }),
});

builder.prismaNode("CharterVersion", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "章程: one version of the committee's charter. DRAFT versions are edited; ADOPTED is in force; SUPERSEDED is history.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    version: t.exposeInt("version"),
    title: t.exposeString("title"),
    body: t.exposeString("body"),
    status: t.expose("status", { type: CharterStatusEnum }),
    quorumRule: t.expose("quorumRule", { type: QuorumRuleEnum }),
    defaultThreshold: t.expose("defaultThreshold", { type: VoteThresholdEnum }),
    stakeholdersMayVote: t.exposeBoolean("stakeholdersMayVote"),
    adoptedOn: t.expose("adoptedOn", { type: "Date", nullable: true }),
    adoptedAtMeeting: t.relation("adoptedAtMeeting", { nullable: true }),
    supersededAt: t.expose("supersededAt", { type: "DateTime", nullable: true }),
    allowedSteps: t.field({
      type: [CharterStepEnum],
      description: "The steps the version's state allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, status: true },
      resolve: (c, _a, ctx) => allowedStepsFor(ctx, c.communityId, CHARTER_STEPS, c),
    }),
    committee: t.relation("committee"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("CommitteeTerm", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "届: a term of office.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    number: t.exposeInt("number", { description: "第N届" }),
    name: t.exposeString("name", { nullable: true }),
    startsOn: t.expose("startsOn", { type: "Date" }),
    endsOn: t.expose("endsOn", { type: "Date" }),
    isCurrent: t.boolean({
      description: "Whether the term covers today (China time).",
      select: { startsOn: true, endsOn: true },
      resolve: (term, _a, ctx) => {
        const d = chinaDay(ctx.now());
        return term.startsOn.toISOString().slice(0, 10) <= d && d <= term.endsOn.toISOString().slice(0, 10);
      },
    }),
    memberCount: t.relationCount("memberships", { description: "Seats held in this term, including members who left." }),
    committee: t.relation("committee"),
  }),
});

builder.prismaNode("CommitteeMembership", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A seat held by a resident in one term (7+X: the seven fixed categories). Leaving sets leftOn; nothing is deleted.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    name: t.string({ description: "The member's name (committee members are public).", select: { resident: { select: { name: true } } }, resolve: (m) => m.resident.name }),
    seat: t.expose("seat", { type: SeatCategoryEnum }),
    role: t.expose("role", { type: CommitteeRoleEnum }),
    joinedOn: t.expose("joinedOn", { type: "Date" }),
    leftOn: t.expose("leftOn", { type: "Date", nullable: true, description: "离任日期; the member no longer sits from this day." }),
    leaveReason: t.exposeString("leaveReason", { nullable: true }),
    sitting: t.boolean({
      description: "Whether the member sits today.",
      select: { joinedOn: true, leftOn: true, term: { select: { startsOn: true, endsOn: true } } },
      resolve: (m, _a, ctx) => isSitting(m, chinaDay(ctx.now())),
    }),
    allowedSteps: t.field({
      type: [CommitteeMembershipStepEnum],
      description: "The steps the seat allows now and the viewer's grants hold: END until the member has left (committee:manage).",
      select: { communityId: true, leftOn: true },
      resolve: (m, _a, ctx) => allowedStepsFor(ctx, m.communityId, MEMBERSHIP_STEPS, m),
    }),
    term: t.relation("term"),
    committee: t.relation("committee"),
    resident: t.field({
      type: "Resident",
      nullable: true,
      description: "The resident record; null unless the viewer holds resident:read in the community.",
      // The client's selection of the resident, planned in the parent's own query (no statement per row).
      select: (_args, _ctx, nestedSelection) => ({ communityId: true, resident: nestedSelection() }),
      resolve: async (m, _a, ctx) => ((await can(ctx, "resident:read", m.communityId)) ? m.resident : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("ConsultationClause", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: '协商事项目录 clause ("六议六不议"): MUST = a matter that must be deliberated; MUST_NOT = one that may not be (declined topics cite it).',
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    kind: t.expose("kind", { type: ClauseKindEnum }),
    number: t.exposeInt("number"),
    text: t.exposeString("text"),
    label: t.string({
      description: 'E.g. "应议事项第2条" or "不议事项第3条".',
      select: { kind: true, number: true },
      resolve: (c) => `${c.kind === "MUST" ? "应议事项" : "不议事项"}第${c.number}条`,
    }),
    retired: t.boolean({ select: { retiredAt: true }, resolve: (c) => c.retiredAt !== null }),
    retiredAt: t.expose("retiredAt", { type: "DateTime", nullable: true }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

export const PublicCharterRef = builder.prismaObject("CharterVersion", {
  variant: "PublicCharter",
  select: { id: true },
  description: "The charter in force, readable by anyone without signing in.",
  fields: (t) => ({
    id: t.id({ description: "The CharterVersion's global id.", select: { id: true }, resolve: (c) => toGlobalId("CharterVersion", c.id) }),
    version: t.exposeInt("version"),
    title: t.exposeString("title"),
    body: t.exposeString("body"),
    adoptedOn: t.expose("adoptedOn", { type: "Date", nullable: true }),
    quorumRule: t.expose("quorumRule", { type: QuorumRuleEnum }),
    defaultThreshold: t.expose("defaultThreshold", { type: VoteThresholdEnum }),
    stakeholdersMayVote: t.exposeBoolean("stakeholdersMayVote"),
    committeeName: t.string({ select: { committee: { select: { name: true } } }, resolve: (c) => c.committee.name }),
    communityName: t.string({ select: { community: { select: { name: true } } }, resolve: (c) => c.community.name }),
  }),
});

const PublicClauseRef = builder.prismaObject("ConsultationClause", {
  variant: "PublicConsultationClause",
  select: { id: true },
  description: "A clause of the consultation catalog in force (六议六不议), readable by anyone without signing in.",
  fields: (t) => ({
    kind: t.expose("kind", { type: ClauseKindEnum }),
    number: t.exposeInt("number"),
    text: t.exposeString("text"),
    label: t.string({ select: { kind: true, number: true }, resolve: (c) => `${c.kind === "MUST" ? "应议事项" : "不议事项"}第${c.number}条` }),
  }),
});

builder.queryFields((t) => ({
  publicConsultationClauses: t.prismaField({
    type: [PublicClauseRef],
    description: "The community's consultation catalog in force (协商事项目录: MUST clauses, then MUST_NOT, by number). Public: no sign-in needed.",
    args: { communityId: t.arg.id() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.consultationClause.findMany({
        ...query,
        where: { communityId: parseId("communityId", args.communityId, "Community"), retiredAt: null },
        orderBy: [{ kind: "asc" }, { number: "asc" }],
      }),
  }),
  deliberationCommittee: t.prismaField({
    type: "Committee",
    nullable: true,
    description: "The community's deliberation committee (议事委员会); null when it has none or the viewer lacks deliberation:read.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.committee.findFirst({
        ...query,
        where: { communityId: parseId("communityId", args.communityId, "Community"), kind: "DELIBERATION", community: communityScope(ctx, "deliberation:read") },
      }),
  }),
  consultationClauses: t.prismaConnection({
    type: "ConsultationClause",
    cursor: "id",
    description: "The community's consultation catalog (协商事项目录), current clauses unless includeRetired.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id(), kind: t.arg({ type: ClauseKindEnum, required: false }), includeRetired: t.arg.boolean({ required: false }) },
    totalCount: (_p, args, ctx) => ctx.prisma.consultationClause.count({ where: clauseWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.consultationClause.findMany({ ...query, where: clauseWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  publicCharter: t.prismaField({
    type: PublicCharterRef,
    nullable: true,
    description: "The adopted charter of a community's deliberation committee. Public: no sign-in needed.",
    args: { communityId: t.arg.id() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.charterVersion.findFirst({ ...query, where: { communityId: parseId("communityId", args.communityId, "Community"), status: "ADOPTED" } }),
  }),
}));

function clauseWhere(ctx: Context, args: { communityId: string; kind?: "MUST" | "MUST_NOT" | null; includeRetired?: boolean | null }) {
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "deliberation:read"),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.includeRetired ? {} : { retiredAt: null }),
  };
}
