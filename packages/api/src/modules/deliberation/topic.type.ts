// Topics (议题) with their timeline, attachments, co-signatures, stakeholders and the way they went
// (agenda items, votes, resolutions, escalations, notices); the `topics` list for staff and apps.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { TopicCategoryEnum, TopicSourceEnum, TopicStatusEnum, TopicStepEnum, VoteThresholdEnum } from "./enums.type.js";
import { TOPIC_STEPS, topicStepWhere, type TopicStep } from "./rules.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { actingResident, actsForResident } from "../../shared/actor.js";

builder.prismaObject("TopicEvent", {
  select: { id: true },
  description: "One step of a topic's timeline: who did what when. fromStatus equals toStatus for steps that change no status (a co-signature threshold reached, a vote result, a notice).",
  fields: (t) => ({
    id: t.exposeID("id"),
    fromStatus: t.expose("fromStatus", { type: TopicStatusEnum, nullable: true, description: "null for the proposal itself." }),
    toStatus: t.expose("toStatus", { type: TopicStatusEnum }),
    note: t.exposeString("note", { nullable: true }),
    actorName: t.exposeString("actorName", { description: "The staff member's name, or the resident and the app they used." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaObject("TopicAttachment", {
  select: { id: true },
  description: "A file attached to a topic: its name and where it is stored (URL or storage path).",
  fields: (t) => ({ id: t.exposeID("id"), name: t.exposeString("name"), url: t.exposeString("url"), createdAt: t.expose("createdAt", { type: "DateTime" }) }),
});

const TopicCosignatureRef = builder.prismaObject("TopicCosignature", {
  select: { id: true },
  description: "联名: one resident's co-signature.",
  fields: (t) => ({
    id: t.exposeID("id"),
    residentName: t.string({ select: { resident: { select: { name: true } } }, resolve: (c) => c.resident.name }),
    resident: t.field({
      type: "Resident",
      nullable: true,
      select: (_args, _ctx, nestedSelection) => ({ resident: nestedSelection({ select: { id: true, communityId: true } }) }),
      resolve: async (c, _a, ctx) => ((await can(ctx, "resident:read", c.resident.communityId)) ? c.resident : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("TopicStakeholder", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: '"X" of 7+X: a person invited to one topic, who may speak and (mayVote) vote on that topic only.',
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    affiliation: t.exposeString("affiliation", { nullable: true, description: "E.g. 业主代表、物业公司、施工单位." }),
    mayVote: t.exposeBoolean("mayVote"),
    topic: t.relation("topic"),
    resident: t.field({
      type: "Resident",
      nullable: true,
      description: "When the stakeholder is a resident; null unless the viewer holds resident:read.",
      // The client's selection of the resident, planned in the parent's own query (no statement per row).
      select: (_args, _ctx, nestedSelection) => ({ communityId: true, resident: nestedSelection() }),
      resolve: async (s, _a, ctx) => (s.resident && (await can(ctx, "resident:read", s.communityId)) ? s.resident : null),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("Topic", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "议题: a matter raised for deliberation, with its whole history.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    category: t.expose("category", { type: TopicCategoryEnum }),
    source: t.expose("source", { type: TopicSourceEnum }),
    status: t.expose("status", { type: TopicStatusEnum }),
    proposerName: t.exposeString("proposerName"),
    proposerResident: t.field({
      type: "Resident",
      nullable: true,
      description: "The proposing resident; null unless the viewer holds resident:read (apps read proposerName).",
      // The client's selection of the resident, planned in the topic's own query (no statement per row).
      select: (_args, _ctx, nestedSelection) => ({ communityId: true, proposerResident: nestedSelection() }),
      resolve: async (tp, _a, ctx) => (tp.proposerResident && (await can(ctx, "resident:read", tp.communityId)) ? tp.proposerResident : null),
    }),
    proposerMember: t.relation("proposerMembership", { nullable: true, description: "When a committee member raised it." }),
    proposedByViewer: t.boolean({
      description: "True when an app acting for a resident reads a topic that resident proposed.",
      select: { proposerResidentId: true },
      resolve: (tp, _a, ctx) => actsForResident(ctx) && actingResident(ctx) === tp.proposerResidentId,
    }),
    cosignCount: t.exposeInt("cosignCount", { description: "联名人数." }),
    cosignThreshold: t.int({
      description: "The committee's co-signature threshold (for topics raised by residents).",
      select: { community: { select: { committees: { where: { kind: "DELIBERATION" }, select: { cosignThreshold: true } } } } },
      resolve: (tp) => tp.community.committees[0]?.cosignThreshold ?? 0,
    }),
    readyForReview: t.exposeBoolean("readyForReview", {
      description: "SUBMITTED topics can be accepted once true: enough co-signatures, or raised by staff, a grid worker or a member. (Declining needs no threshold.)",
    }),
    readyForReviewAt: t.expose("readyForReviewAt", { type: "DateTime", nullable: true }),
    viewerHasCosigned: t.boolean({
      description: "True when an app acting for a resident reads a topic that resident co-signed.",
      select: { id: true },
      resolve: async (tp, _a, ctx) =>
        actsForResident(ctx) &&
        !!(await ctx.prisma.topicCosignature.findUnique({ where: { topicId_residentId: { topicId: tp.id, residentId: actingResident(ctx)! } }, select: { id: true } })),
    }),
    cosignatures: t.field({
      type: [TopicCosignatureRef],
      nullable: true,
      description: "Who co-signed; null unless the viewer holds resident:read (apps read cosignCount).",
      select: (_a, _ctx, nested) => ({ communityId: true, cosignatures: nested({ orderBy: { createdAt: "asc" } }) }),
      resolve: async (tp, _a, ctx) => ((await can(ctx, "resident:read", tp.communityId)) ? tp.cosignatures : null),
    }),
    voteThreshold: t.expose("voteThreshold", { type: VoteThresholdEnum, nullable: true, description: "This topic's vote threshold; null = the charter's default." }),
    reviewNote: t.exposeString("reviewNote", { nullable: true }),
    reviewedAt: t.expose("reviewedAt", { type: "DateTime", nullable: true, description: "When it was accepted or declined." }),
    declineClause: t.relation("declineClause", { nullable: true, description: "The 不议 clause a declined topic cites." }),
    declineReason: t.exposeString("declineReason", { nullable: true, description: "Why it was declined, for the proposer." }),
    attachments: t.relation("attachments", { query: { orderBy: { createdAt: "asc" } } }),
    timeline: t.relation("events", { description: "Every step, oldest first.", query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    stakeholders: t.relation("stakeholders", { query: { orderBy: { createdAt: "asc" } } }),
    agendaItems: t.relation("agendaItems", { description: "The meetings it was put before (removed items included, see removedAt).", query: { orderBy: { createdAt: "asc" } } }),
    votes: t.relation("votes", { query: { orderBy: { openedAt: "asc" } } }),
    resolutions: t.relation("resolutions", { query: { orderBy: { createdAt: "asc" } } }),
    escalations: t.relation("escalations", { query: { orderBy: { submittedAt: "asc" } } }),
    notices: t.prismaField({
      type: ["Notice"],
      description: "Notices publishing this topic's stages (三议三公开), oldest first.",
      select: { id: true, communityId: true },
      resolve: (query, tp, _a, ctx) =>
        ctx.prisma.notice.findMany({ ...query, where: { communityId: tp.communityId, subjectType: "Topic", subjectId: tp.id }, orderBy: { publishedAt: "asc" } }),
    }),
    allowedSteps: t.field({
      type: [TopicStepEnum],
      description: "The steps the topic's state allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, status: true, readyForReview: true, proposerResidentId: true },
      resolve: (tp, _a, ctx) =>
        allowedStepsFor(ctx, tp.communityId, TOPIC_STEPS, { ...tp, actingResidentId: actingResident(ctx) }),
    }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

type Status = "SUBMITTED" | "ACCEPTED" | "DECLINED" | "SCHEDULED" | "DELIBERATED" | "RESOLVED" | "ESCALATED" | "DONE";
type Category = "PUBLIC_FACILITIES" | "ENVIRONMENT" | "LAND_HOUSING" | "COLLECTIVE_ECONOMY" | "LIVELIHOOD" | "SAFETY" | "CULTURE" | "DISPUTES" | "OTHER";
interface TopicArgs {
  communityId: string;
  status?: Status[] | null;
  category?: Category | null;
  search?: string | null;
  readyForReview?: boolean | null;
  proposedByViewer?: boolean | null;
  allowedStep?: TopicStep | null;
}

async function topicWhere(ctx: Context, args: TopicArgs): Promise<Prisma.TopicWhereInput> {
  const search = args.search?.trim();
  const acting = actingResident(ctx);
  const communityId = parseId("communityId", args.communityId, "Community");
  // The topics the viewer may take this step on now: the step's rule, and its action held here.
  const step = args.allowedStep
    ? (await can(ctx, TOPIC_STEPS[args.allowedStep].action, communityId))
      ? { AND: [topicStepWhere(args.allowedStep, acting)] }
      : { id: { in: [] as string[] } }
    : {};
  return {
    communityId,
    ...step,
    community: communityScope(ctx, "deliberation:read"),
    ...(args.status?.length ? { status: { in: args.status } } : {}),
    ...(args.category ? { category: args.category } : {}),
    ...(typeof args.readyForReview === "boolean" ? { readyForReview: args.readyForReview } : {}),
    ...(args.proposedByViewer ? { proposerResidentId: acting ?? "00000000-0000-0000-0000-000000000000" } : {}),
    ...(search ? { OR: [{ title: { contains: search } }, { description: { contains: search } }, { proposerName: { contains: search } }] } : {}),
  };
}

builder.queryFields((t) => ({
  topics: t.prismaConnection({
    type: "Topic",
    cursor: "id",
    description: "A community's topics (议题), oldest first. Filters combine with AND. Read each topic's stages through status, timeline, resolutions and notices.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      status: t.arg({ type: [TopicStatusEnum], required: false, description: "Any of these statuses." }),
      category: t.arg({ type: TopicCategoryEnum, required: false }),
      search: t.arg.string({ required: false, description: "Part of the title, description or proposer's name." }),
      readyForReview: t.arg.boolean({ required: false }),
      proposedByViewer: t.arg.boolean({ required: false, description: "Only the topics the resident an app acts for proposed (empty for accounts)." }),
      allowedStep: t.arg({ type: TopicStepEnum, required: false, description: "Only the topics whose allowedSteps hold this step for the viewer now (e.g. SCHEDULE: what may go on an agenda)." }),
    },
    totalCount: async (_p, args, ctx) => ctx.prisma.topic.count({ where: await topicWhere(ctx, args) }),
    resolve: async (query, _r, args, ctx) => ctx.prisma.topic.findMany({ ...query, where: await topicWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
