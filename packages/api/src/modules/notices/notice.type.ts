// Notices for staff (Notice, NoticeObjection: notice:read) and for everyone (PublicNotice: no sign-in,
// only what is published: no objection texts, no filers, no staff names).
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import { maskPhone } from "../../shared/pii.js";
import { finalAt, NOTICE_STATUSES, NOTICE_STEPS, NoticeStatus, noticeStatus, noticeStatusWhere, OBJECTION_STEPS, pendingObjectionsWhere } from "./notice.rules.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { actingOrNobody, actorKind } from "../../shared/actor.js";

const NoticeStatusEnum = builder.enumType(NoticeStatus, {
  name: "NoticeStatus",
  description: "Derived from the time and the objections whenever read (no sweep needed).",
  values: {
    PUBLISHED: { description: "公示中: within the period; objections are taken" },
    AWAITING_ANSWERS: { description: "公示期满，异议待答复: the period ended with an objection unanswered" },
    OBJECTION_UPHELD: { description: "异议成立: an objection was upheld; the notice will not become final" },
    FINAL: { description: "公示期满无有效异议，已生效" },
    WITHDRAWN: { description: "已撤回 (see withdrawReason)" },
  },
});
const ObjectionStatusEnum = builder.enumType("ObjectionStatus", {
  values: { PENDING: { description: "待答复" }, UPHELD: { description: "异议成立" }, DISMISSED: { description: "异议不成立" } },
});
const NoticeStepEnum = builder.enumType("NoticeStep", {
  description: "A step a notice allows now (see Notice.allowedSteps).",
  values: {
    WITHDRAW: { description: "withdrawNotice: not withdrawn; notice:publish" },
    OBJECT: { description: "fileObjection: within the period and not withdrawn; notice:object" },
  },
});
const NoticeObjectionStepEnum = builder.enumType("NoticeObjectionStep", {
  description: "A step an objection allows now (see NoticeObjection.allowedSteps).",
  values: { ANSWER: { description: "answerObjection: PENDING; notice:answer" } },
});
export const ObjectionDecisionEnum = builder.enumType("ObjectionDecision", {
  values: { UPHELD: { description: "异议成立" }, DISMISSED: { description: "异议不成立" } },
});

const factsSelect = { endsAt: true, withdrawnAt: true, objections: { select: { status: true, answeredAt: true } } } as const;
type FactsRow = { endsAt: Date; withdrawnAt: Date | null; objections: { status: "PENDING" | "UPHELD" | "DISMISSED"; answeredAt: Date | null }[] };
const facts = (n: FactsRow) => ({
  endsAt: n.endsAt,
  withdrawnAt: n.withdrawnAt,
  pendingObjections: n.objections.filter((o) => o.status === "PENDING").length,
  upheldObjections: n.objections.filter((o) => o.status === "UPHELD").length,
  lastAnsweredAt: n.objections.reduce<Date | null>((m, o) => (o.answeredAt && (!m || o.answeredAt > m) ? o.answeredAt : m), null),
});

/** Apps see only the objections of the resident they act for; staff see all. */
const ownObjections = (ctx: Context) => (actorKind(ctx) !== "staff" ? { residentId: actingOrNobody(ctx) } : {});

const subjectGid = (n: { subjectType: string; subjectId: string | null }) => (n.subjectId ? toGlobalId(n.subjectType, n.subjectId) : null);

builder.prismaNode("NoticeObjection", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "异议: an objection to a notice, filed during its period, and the answer.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "notice:read"), ...ownObjections(ctx) }),
  fields: (t) => ({
    text: t.exposeString("text"),
    status: t.expose("status", { type: ObjectionStatusEnum }),
    filerName: t.exposeString("filerName"),
    filerContact: t.string({
      nullable: true,
      description: "Full for viewers holding notice:answer (they reply to it); masked for others.",
      select: { filerContact: true, communityId: true },
      resolve: async (o, _a, ctx) => ((await can(ctx, "notice:answer", o.communityId)) ? o.filerContact : maskPhone(o.filerContact)),
    }),
    filedThroughApp: t.boolean({ description: "Filed through an app acting for a resident (a mini-program); see filedByResident.", select: { apiClientId: true }, resolve: (o) => o.apiClientId !== null }),
    filedByResident: t.boolean({
      description: "Filed by the resident online: signed in on the resident side, or through an app acting for them (filedThroughApp); false when staff recorded it for a person who came in (现场登记).",
      select: { residentId: true },
      resolve: (o) => o.residentId !== null,
    }),
    answer: t.exposeString("answer", { nullable: true, description: "The reason given with the decision." }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
    answeredByName: t.exposeString("answeredByName", { nullable: true }),
    allowedSteps: t.field({
      type: [NoticeObjectionStepEnum],
      description: "The steps the objection allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, status: true },
      resolve: (o, _a, ctx) => allowedStepsFor(ctx, o.communityId, OBJECTION_STEPS, o),
    }),
    notice: t.relation("notice"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("Notice", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "公示: a subject's content published for a period. Never changed once published; only withdrawn, with a public reason.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "notice:read") }),
  fields: (t) => ({
    subjectType: t.exposeString("subjectType", { description: 'What is published: "Topic", "CharterVersion", "Announcement", or another module\'s type.' }),
    subjectId: t.id({ nullable: true, description: "The subject's global id (null for announcements).", select: { subjectType: true, subjectId: true }, resolve: subjectGid }),
    stage: t.exposeString("stage", { nullable: true, description: "For a topic: PROPOSAL, DELIBERATION or RESOLUTION (三议三公开); for a charter: DRAFT or ADOPTED." }),
    title: t.exposeString("title"),
    content: t.exposeString("content", { description: "The snapshot taken when published." }),
    periodDays: t.exposeInt("periodDays"),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime", description: "End of the objection period." }),
    status: t.field({ type: NoticeStatusEnum, select: factsSelect, resolve: (n, _a, ctx) => noticeStatus(facts(n), ctx.now()) }),
    finalAt: t.field({
      type: "DateTime",
      nullable: true,
      description: "When it became FINAL: the end of the period, or the last answer if later (null unless FINAL).",
      select: factsSelect,
      resolve: (n, _a, ctx) => finalAt(facts(n), ctx.now()),
    }),
    pendingObjectionCount: t.relationCount("objections", { where: { status: "PENDING" } }),
    upheldObjectionCount: t.relationCount("objections", { where: { status: "UPHELD" } }),
    publishedByName: t.exposeString("publishedByName"),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    withdrawReason: t.exposeString("withdrawReason", { nullable: true }),
    objectionCount: t.relationCount("objections"),
    allowedSteps: t.field({
      type: [NoticeStepEnum],
      description: "The steps the notice allows now and the viewer's grants hold (the mutations refuse any other).",
      select: { communityId: true, endsAt: true, withdrawnAt: true },
      resolve: (n, _a, ctx) => allowedStepsFor(ctx, n.communityId, NOTICE_STEPS, { ...n, now: ctx.now() }),
    }),
    objections: t.relation("objections", {
      description: "Every objection for staff; for an app, only those of the resident it acts for.",
      query: (_a, ctx) => ({ where: ownObjections(ctx), orderBy: { createdAt: "asc" } }),
    }),
    community: t.relation("community"),
  }),
});

const PublicObjectionAnswerRef = builder.prismaObject("NoticeObjection", {
  select: { id: true },
  variant: "PublicObjectionAnswer",
  description: "An objection's decision as the public reads it: the decision, the answer given and when (never the objection's text or who filed it).",
  fields: (t) => ({
    status: t.expose("status", { type: ObjectionStatusEnum }),
    answer: t.exposeString("answer", { nullable: true }),
    answeredAt: t.expose("answeredAt", { type: "DateTime", nullable: true }),
  }),
});

export const PublicNoticeRef = builder.prismaObject("Notice", {
  select: { id: true },
  variant: "PublicNotice",
  description: "A published notice as anyone may read it without signing in: the content, the period, the status, counts of objections, and any withdrawal with its reason.",
  fields: (t) => ({
    id: t.id({ description: "The Notice's global id (pass it as noticeId to fileObjection).", select: { id: true }, resolve: (n) => toGlobalId("Notice", n.id) }),
    communityName: t.string({ select: { community: { select: { name: true } } }, resolve: (n) => n.community.name }),
    subjectType: t.exposeString("subjectType"),
    subjectId: t.id({ nullable: true, description: "The subject's global id (null for announcements): a topic's stage notices (三议三公开) share it.", select: { subjectType: true, subjectId: true }, resolve: subjectGid }),
    stage: t.exposeString("stage", { nullable: true }),
    title: t.exposeString("title"),
    content: t.exposeString("content"),
    periodDays: t.exposeInt("periodDays"),
    publishedAt: t.expose("publishedAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    status: t.field({ type: NoticeStatusEnum, select: factsSelect, resolve: (n, _a, ctx) => noticeStatus(facts(n), ctx.now()) }),
    finalAt: t.field({ type: "DateTime", nullable: true, select: factsSelect, resolve: (n, _a, ctx) => finalAt(facts(n), ctx.now()) }),
    withdrawnAt: t.expose("withdrawnAt", { type: "DateTime", nullable: true }),
    withdrawReason: t.exposeString("withdrawReason", { nullable: true }),
    objectionCount: t.relationCount("objections"),
    upheldObjectionCount: t.relationCount("objections", { where: { status: "UPHELD" } }),
    pendingObjectionCount: t.relationCount("objections", { where: { status: "PENDING" } }),
    answers: t.relation("objections", {
      type: PublicObjectionAnswerRef,
      description: "The objections answered so far (异议答复), in the order they were filed: decision and answer only.",
      query: { where: { status: { not: "PENDING" } }, orderBy: { createdAt: "asc" } },
    }),
  }),
});

interface ListArgs {
  communityId: string;
  status?: NoticeStatus | null;
  subjectType?: string | null;
  subjectId?: string | null;
  endsBefore?: Date | null;
  pendingObjections?: boolean | null;
  filedByViewer?: boolean | null;
}
function noticeWhere(ctx: Context, args: ListArgs, scope: boolean): Prisma.NoticeWhereInput {
  let subjectId: string | undefined;
  if (args.subjectId) subjectId = parseId("subjectId", args.subjectId, ...(args.subjectType ? [args.subjectType] : []));
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    ...(scope ? { community: communityScope(ctx, "notice:read") } : {}),
    ...(args.subjectType ? { subjectType: args.subjectType } : {}),
    ...(subjectId ? { subjectId } : {}),
    // A resident's "my objections": the notices holding one the acting resident filed (none for accounts).
    ...(args.filedByViewer ? { objections: { some: { residentId: actingOrNobody(ctx) } } } : {}),
    AND: [
      ...(args.status ? [noticeStatusWhere(args.status, ctx.now())] : []),
      ...(args.endsBefore ? [{ endsAt: { lte: args.endsBefore } }] : []),
      ...(typeof args.pendingObjections === "boolean" ? [pendingObjectionsWhere(args.pendingObjections)] : []),
    ],
  };
}

builder.queryFields((t) => ({
  notices: t.prismaConnection({
    type: "Notice",
    cursor: "id",
    description: "A community's notices with their objections, newest first (staff: notice:read).",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      status: t.arg({ type: NoticeStatusEnum, required: false }),
      subjectType: t.arg.string({ required: false }),
      subjectId: t.arg.id({ required: false, description: "The subject's global id (with subjectType)." }),
      endsBefore: t.arg({ type: "DateTime", required: false, description: "Only notices whose period ends at or before this instant (with status PUBLISHED: those ending soon)." }),
      pendingObjections: t.arg.boolean({ required: false, description: "true: only notices, not withdrawn, with an objection waiting for an answer; false: only those without." }),
      filedByViewer: t.arg.boolean({
        required: false,
        description: "Only the notices the acting resident (signed in, or the one an app acts for) filed an objection to: their objections and the answers (empty for accounts).",
      }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.notice.count({ where: noticeWhere(ctx, args, true) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.notice.findMany({ ...query, where: noticeWhere(ctx, args, true), orderBy: { id: "desc" } }),
  }),
  publicNotices: t.prismaConnection({
    type: PublicNoticeRef,
    cursor: "id",
    description: `A community's published notices, newest first. Public: no sign-in needed. status PUBLISHED gives the notices currently open for objections. Statuses: ${NOTICE_STATUSES.join(", ")}.`,
    args: { communityId: t.arg.id(), status: t.arg({ type: NoticeStatusEnum, required: false }), subjectType: t.arg.string({ required: false }) },
    totalCount: (_p, args, ctx) => ctx.prisma.notice.count({ where: noticeWhere(ctx, args, false) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.notice.findMany({ ...query, where: noticeWhere(ctx, args, false), orderBy: { id: "desc" } }),
  }),
  publicNotice: t.prismaField({
    type: PublicNoticeRef,
    nullable: true,
    description: "One published notice by id. Public: no sign-in needed.",
    args: { id: t.arg.id() },
    resolve: (query, _r, args, ctx) => ctx.prisma.notice.findUnique({ ...query, where: { id: parseId("id", args.id, "Notice") } }),
  }),
}));
