// Resolutions (决议) with their implementation updates, escalations (向上级提交建议), and the
// `resolutions` list for third parties.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId } from "../../shared/ids.js";
import { EscalationStepEnum, ResolutionStatusEnum, ResolutionStepEnum } from "./enums.type.js";
import { ESCALATION_STEPS, RESOLUTION_STEPS } from "./rules.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { chinaDay } from "../../shared/chinaTime.js";


builder.prismaObject("ResolutionUpdate", {
  select: { id: true },
  description: "An implementation progress report (insert-only).",
  fields: (t) => ({
    id: t.exposeID("id"),
    fromStatus: t.expose("fromStatus", { type: ResolutionStatusEnum }),
    toStatus: t.expose("toStatus", { type: ResolutionStatusEnum }),
    note: t.exposeString("note"),
    actorName: t.exposeString("actorName"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("Resolution", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "决议: what the committee decided on a topic (from a passed vote or a quorate meeting), who carries it out, by when, and how far it is.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    text: t.exposeString("text"),
    ownerName: t.exposeString("ownerName", { description: "责任人 (a member or a staff member)." }),
    ownerMember: t.prismaField({
      type: "CommitteeMembership",
      nullable: true,
      select: { ownerMembershipId: true },
      resolve: (query, r, _a, ctx) => (r.ownerMembershipId ? ctx.prisma.committeeMembership.findUnique({ ...query, where: { id: r.ownerMembershipId } }) : null),
    }),
    dueOn: t.expose("dueOn", { type: "Date", nullable: true }),
    overdue: t.boolean({
      description: "Not DONE and past its due date (China time).",
      select: { dueOn: true, status: true },
      resolve: (r, _a, ctx) => r.status !== "DONE" && !!r.dueOn && r.dueOn.toISOString().slice(0, 10) < chinaDay(ctx.now()),
    }),
    status: t.expose("status", { type: ResolutionStatusEnum }),
    doneAt: t.expose("doneAt", { type: "DateTime", nullable: true }),
    allowedSteps: t.field({
      type: [ResolutionStepEnum],
      description: "The steps the resolution's state allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, status: true },
      resolve: (r, _a, ctx) => allowedStepsFor(ctx, r.communityId, RESOLUTION_STEPS, r),
    }),
    topic: t.relation("topic"),
    meeting: t.relation("meeting"),
    vote: t.relation("vote", { nullable: true }),
    updates: t.relation("updates", { description: "Implementation updates, oldest first.", query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("Escalation", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "向上级提交建议: a topic sent to the street, and the street's reply once recorded.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "deliberation:read") }),
  fields: (t) => ({
    addressedTo: t.exposeString("addressedTo", { description: "E.g. 礼乐街道办事处." }),
    text: t.exposeString("text"),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    replyText: t.exposeString("replyText", { nullable: true }),
    repliedOn: t.expose("repliedOn", { type: "Date", nullable: true }),
    replyRecordedAt: t.expose("replyRecordedAt", { type: "DateTime", nullable: true }),
    allowedSteps: t.field({
      type: [EscalationStepEnum],
      description: "The steps the escalation allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, replyText: true },
      resolve: (e, _a, ctx) => allowedStepsFor(ctx, e.communityId, ESCALATION_STEPS, e),
    }),
    topic: t.relation("topic"),
    meeting: t.relation("meeting", { nullable: true }),
  }),
});

type Status = "PLANNED" | "IN_PROGRESS" | "DONE";
function resolutionWhere(ctx: Context, args: { communityId: string; status?: Status[] | null; topicId?: string | null; search?: string | null; overdue?: boolean | null }) {
  const topicId = parseOptionalId("topicId", args.topicId, "Topic");
  const search = args.search?.trim();
  const today = new Date(`${chinaDay(ctx.now())}T00:00:00Z`);
  const where: Prisma.ResolutionWhereInput = {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "deliberation:read"),
    ...(args.status?.length ? { status: { in: args.status } } : {}),
    ...(topicId ? { topicId } : {}),
    ...(search ? { OR: [{ text: { contains: search } }, { ownerName: { contains: search } }, { topic: { title: { contains: search } } }] } : {}),
    ...(args.overdue === true ? { AND: [{ status: { not: "DONE" as const } }, { dueOn: { lt: today } }] } : {}),
  };
  return where;
}

builder.queryFields((t) => ({
  resolutions: t.prismaConnection({
    type: "Resolution",
    cursor: "id",
    description: "A community's resolutions (决议), oldest first, with their topic and implementation. Filters combine with AND.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      status: t.arg({ type: [ResolutionStatusEnum], required: false }),
      topicId: t.arg.id({ required: false }),
      search: t.arg.string({ required: false, description: "Part of the text, the owner or the topic's title." }),
      overdue: t.arg.boolean({ required: false, description: "Only those past due and not DONE." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.resolution.count({ where: resolutionWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.resolution.findMany({ ...query, where: resolutionWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
