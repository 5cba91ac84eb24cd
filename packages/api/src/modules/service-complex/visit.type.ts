// The visit and feedback ledger in the contract: entries, the ledger list, and its mutations.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { reload } from "../../shared/reload.js";
import { ServiceVisitChannelEnum, ServiceVisitKindEnum, ServiceVisitStatusEnum, ServiceVisitStepEnum } from "./enums.type.js";
import { VISIT_STEP_ACTIONS, visitSteps } from "./visit.rules.js";
import { TopicCategory } from "../../generated/prisma/enums.js";
import { answerServiceVisit, closeServiceVisit, recordServiceVisit, turnServiceVisitIntoTopic } from "./visit.service.js";

export const ServiceVisitNode = builder.prismaNode("ServiceVisit", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "来访登记/意见反馈台账: a visit, opinion, complaint or question; answered, then closed.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "visit:read") }),
  fields: (t) => ({
    community: t.relation("community"),
    kind: t.expose("kind", { type: ServiceVisitKindEnum }),
    channel: t.expose("channel", { type: ServiceVisitChannelEnum }),
    visitorName: t.exposeString("visitorName"),
    resident: t.relation("resident", { nullable: true }),
    topic: t.exposeString("topic"),
    content: t.exposeString("content"),
    visitedAt: t.expose("visitedAt", { type: "DateTime" }),
    status: t.expose("status", { type: ServiceVisitStatusEnum }),
    answer: t.exposeString("answer", { nullable: true }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
    closeNote: t.exposeString("closeNote", { nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    deliberationTopic: t.relation("deliberationTopic", { nullable: true, description: "The deliberation topic this entry was turned into (转为议题), if any." }),
    allowedSteps: t.field({
      type: [ServiceVisitStepEnum],
      description: "The steps the viewer may take now: allowed by the entry's state, with visit:manage (and topic:propose for TO_TOPIC).",
      select: { status: true, topicId: true, communityId: true },
      resolve: (v, _a, ctx) => heldSteps(ctx, v.communityId, visitSteps(v), (s) => VISIT_STEP_ACTIONS[s]),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

// The way back from a topic to the ledger entry it came from, for those who may read the ledger.
builder.prismaObjectField("Topic", "serviceVisit", (t) =>
  t.field({
    type: ServiceVisitNode,
    nullable: true,
    description: "The visit/opinion in the service complex's ledger this topic was raised from; null when there is none or the viewer lacks visit:read.",
    select: { communityId: true, serviceVisit: true },
    resolve: async (topic, _a, ctx) => (topic.serviceVisit && (await can(ctx, "visit:read", topic.communityId)) ? topic.serviceVisit : null),
  }),
);

type Kind = "VISIT" | "OPINION" | "COMPLAINT" | "CONSULTATION";
type Status = "OPEN" | "ANSWERED" | "CLOSED";
function visitWhere(ctx: Context, args: { communityId: string; kind?: Kind | null; status?: Status | null; search?: string | null; from?: Date | null; to?: Date | null }): Prisma.ServiceVisitWhereInput {
  const search = args.search?.trim();
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "visit:read"),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.status ? { status: args.status } : {}),
    ...(search ? { OR: [{ visitorName: { contains: search } }, { topic: { contains: search } }, { content: { contains: search } }] } : {}),
    ...(args.from || args.to ? { visitedAt: { ...(args.from ? { gte: args.from } : {}), ...(args.to ? { lt: args.to } : {}) } } : {}),
  };
}

builder.queryFields((t) => ({
  serviceVisits: t.prismaConnection({
    type: "ServiceVisit",
    cursor: "id",
    description: "The visit and feedback ledger of a community, newest visit first. Needs visit:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      kind: t.arg({ type: ServiceVisitKindEnum, required: false }),
      status: t.arg({ type: ServiceVisitStatusEnum, required: false }),
      search: t.arg.string({ required: false, description: "Part of the visitor's name, the topic or the content." }),
      from: t.arg({ type: "DateTime", required: false, description: "Visited at or after." }),
      to: t.arg({ type: "DateTime", required: false, description: "Visited before." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.serviceVisit.count({ where: visitWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.serviceVisit.findMany({ ...query, where: visitWhere(ctx, args), orderBy: [{ visitedAt: "desc" }, { id: "desc" }] }),
  }),
}));

const RecordServiceVisitInput = builder.inputType("RecordServiceVisitInput", {
  fields: (t) => ({
    communityId: t.id(),
    kind: t.field({ type: ServiceVisitKindEnum }),
    channel: t.field({ type: ServiceVisitChannelEnum }),
    visitorName: t.string(),
    residentId: t.id({ required: false, description: "The resident, when the visitor is a registered one." }),
    topic: t.string({ description: "A short subject, e.g. 小区路灯不亮." }),
    content: t.string(),
    visitedAt: t.field({ type: "DateTime", required: false, description: "Defaults to now." }),
    answer: t.string({ required: false, description: "When answered on the spot: the entry is recorded as ANSWERED." }),
  }),
});
const AnswerServiceVisitInput = builder.inputType("AnswerServiceVisitInput", { fields: (t) => ({ answer: t.string() }) });
const CloseServiceVisitInput = builder.inputType("CloseServiceVisitInput", { fields: (t) => ({ note: t.string({ required: false }) }) });
const TurnServiceVisitIntoTopicInput = builder.inputType("TurnServiceVisitIntoTopicInput", {
  fields: (t) => ({
    category: t.field({ type: TopicCategory }),
    title: t.string({ required: false, description: "Defaults to the entry's subject (topic)." }),
    description: t.string({ required: false, description: "Defaults to the entry's content." }),
  }),
});

builder.mutationFields((t) => ({
  recordServiceVisit: t.prismaField({
    type: "ServiceVisit",
    description: "Record a visit, opinion, complaint or question in the ledger. Needs visit:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: RecordServiceVisitInput }) },
    resolve: (_q, _r, { input }, ctx) => recordServiceVisit(ctx, input),
  }),
  answerServiceVisit: t.prismaField({
    type: "ServiceVisit",
    description: "Answer an OPEN entry (→ ANSWERED). Needs visit:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: AnswerServiceVisitInput }) },
    resolve: (_q, _r, { id, input }, ctx) => answerServiceVisit(ctx, String(id), input),
  }),
  closeServiceVisit: t.prismaField({
    type: "ServiceVisit",
    description: "Close an ANSWERED entry (→ CLOSED). Needs visit:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: CloseServiceVisitInput, required: false }) },
    resolve: (_q, _r, { id, input }, ctx) => closeServiceVisit(ctx, String(id), input ?? {}),
  }),
  turnServiceVisitIntoTopic: t.prismaField({
    type: "ServiceVisit",
    description:
      "转为议题: turn a ledger entry (typically an opinion) into a deliberation topic proposed by the acting staff member, in one transaction; an OPEN entry is answered with the referral. Once per entry (CONFLICT after). Needs visit:manage and topic:propose, and a deliberation committee in the community. Select deliberationTopic to get the new topic.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: TurnServiceVisitIntoTopicInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "serviceVisit", q, turnServiceVisitIntoTopic(ctx, String(id), input)),
  }),
}));
