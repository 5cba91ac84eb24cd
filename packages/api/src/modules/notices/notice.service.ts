// Notices (公示): publish a subject's snapshot for a period, never change it (only withdraw it with
// a public reason), take objections (异议) during the period and answer each. Other modules publish
// through publishNoticeInTx inside their own transaction (after their own assertCan).
import { z } from "zod";
import { accountName, actingResidentOf, actorColumns } from "../../shared/actor.js";
import { audit, command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { ACT_AS_HEADER } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { conflict, type Tx, parseInput } from "../../shared/service.js";
import { maskPhone } from "../../shared/pii.js";
import { NOTICE_STEPS, OBJECTION_STEPS, objectionRefusal, periodEnd } from "./notice.rules.js";
import { answerInput, noticeInput, objectionInput, periodDays as periodDaysSchema, withdrawInput } from "./notice.validation.js";


export interface PublishInput {
  communityId: string;
  /** What is published: a GraphQL type name ("Topic", "CharterVersion", …) or "Announcement". */
  subjectType: string;
  subjectId: string | null;
  /** The subject's stage, e.g. PROPOSAL / DELIBERATION / RESOLUTION for a topic. */
  stage: string | null;
  title: string;
  content: string;
  /** Whole days of the objection period; default 7. */
  periodDays?: number | null;
}

/** Validate a publication's period (a bad value is INVALID on input.periodDays). */
export function parsePeriodDays(value: number | null | undefined): number {
  return parseInput(z.object({ periodDays: periodDaysSchema }), { periodDays: value }).periodDays;
}

/**
 * Publish inside the caller's transaction, with its audit row. The caller has checked
 * notice:publish on the community (assertCan) and built the content snapshot.
 */
export async function publishNoticeInTx(tx: Tx, ctx: Context, input: PublishInput) {
  const publishedAt = ctx.now();
  const period = parsePeriodDays(input.periodDays);
  // Apps publish nothing in their own name here: a notice is published by staff, or "应用".
  const publishedByName = (await accountName(ctx, tx)) ?? "应用";
  const notice = await tx.notice.create({
    data: {
      communityId: input.communityId,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      stage: input.stage,
      title: input.title,
      content: input.content,
      periodDays: period,
      publishedAt,
      endsAt: periodEnd(publishedAt, period),
      publishedByName,
      publishedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
    },
  });
  await audit(tx, ctx, { action: "notice:publish", communityId: input.communityId, targetType: "Notice", targetId: notice.id, after: notice });
  return notice;
}

/** A free-standing announcement (公告) written by staff: subjectType "Announcement". */
export async function publishNotice(ctx: Context, input: { communityId: string }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const parsed = parseInput(noticeInput, input);
  await assertCan(ctx, "notice:publish", communityId, "input.communityId");
  return command(ctx, (tx) => publishNoticeInTx(tx, ctx, { communityId, subjectType: "Announcement", subjectId: null, stage: null, ...parsed }));
}

const loadNotice = async (ctx: Context, action: "notice:publish" | "notice:object", id: string, field: string) => {
  const notice = await ctx.prisma.notice.findUnique({ where: { id: parseId(field, id, "Notice") } });
  if (!notice) throw notFound(field, "公示");
  await assertCan(ctx, action, notice.communityId, field, "公示");
  return notice;
};

/** Withdraw (撤回) a notice with a reason; the withdrawal and its reason stay public. Nothing else about a notice ever changes. */
export async function withdrawNotice(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(withdrawInput, input);
  const notice = await loadNotice(ctx, "notice:publish", id, "id");
  if (!NOTICE_STEPS.WITHDRAW.allows({ ...notice, now: ctx.now() })) throw conflict("公示已撤回 (already withdrawn)");
  return command(ctx, async (tx) => {
    const { count } = await tx.notice.updateMany({ where: { id: notice.id, withdrawnAt: null }, data: { withdrawnAt: ctx.now(), withdrawReason: parsed.reason } });
    if (count !== 1) throw conflict("公示已撤回 (already withdrawn)");
    const after = await tx.notice.findUniqueOrThrow({ where: { id: notice.id } });
    await audit(tx, ctx, { action: "notice:publish", communityId: notice.communityId, targetType: "Notice", targetId: notice.id, before: { withdrawnAt: null }, after: { withdrawnAt: after.withdrawnAt, withdrawReason: after.withdrawReason } });
    return after;
  });
}

/**
 * File an objection during the period: through an app acting for a resident of the community (the
 * resident is the filer), or recorded by staff for a person who came in (filerName required).
 */
export async function fileObjection(ctx: Context, input: unknown) {
  const data = parseInput(objectionInput, input);
  const notice = await ctx.prisma.notice.findUnique({ where: { id: data.noticeId } });
  if (!notice) throw notFound("input.noticeId", "公示");
  await assertCan(ctx, "notice:object", notice.communityId, "input.noticeId", "公示");
  const acting = actingResidentOf(ctx, "异议", "提交");
  let residentId: string | null = null;
  let filerName = data.filerName;
  if (acting) {
    const resident = await ctx.prisma.resident.findUnique({ where: { id: acting }, select: { id: true, name: true, communityId: true } });
    if (!resident || resident.communityId !== notice.communityId) throw new UserError("FORBIDDEN", "只有本社区居民可以提出异议 (only residents of the community)", ACT_AS_HEADER);
    residentId = resident.id;
    filerName = resident.name;
  }
  if (!filerName) throw new UserError("REQUIRED", "请填写异议人姓名 (filerName is required when staff record an objection)", "input.filerName");
  const refusal = objectionRefusal(notice, ctx.now());
  if (refusal) throw conflict(refusal, "input.noticeId");
  return command(ctx, async (tx) => {
    // Re-check inside the transaction against the row as it is now (a withdrawal may have just committed).
    const current = await tx.notice.findUniqueOrThrow({ where: { id: notice.id }, select: { endsAt: true, withdrawnAt: true } });
    const late = objectionRefusal(current, ctx.now());
    if (late) throw conflict(late, "input.noticeId");
    const objection = await tx.noticeObjection.create({
      data: {
        communityId: notice.communityId,
        noticeId: notice.id,
        residentId,
        filerName,
        filerContact: data.filerContact,
        text: data.text,
        apiClientId: actorColumns(ctx).apiClientId,
        createdAt: ctx.now(),
      },
    });
    await audit(tx, ctx, {
      action: "notice:object",
      communityId: notice.communityId,
      targetType: "NoticeObjection",
      targetId: objection.id,
      after: { ...objection, filerContact: maskPhone(objection.filerContact) },
    });
    return objection;
  });
}

/** Answer a pending objection: UPHELD (异议成立: the notice will not become final) or DISMISSED, with the reason. */
export async function answerObjection(ctx: Context, id: string, input: unknown) {
  const parsed = parseInput(answerInput, input);
  const objection = await ctx.prisma.noticeObjection.findUnique({ where: { id: parseId("id", id, "NoticeObjection") } });
  if (!objection) throw notFound("id", "异议");
  await assertCan(ctx, "notice:answer", objection.communityId, "id", "异议");
  if (!OBJECTION_STEPS.ANSWER.allows(objection)) throw conflict("该异议已答复 (already answered)");
  const byName = (await accountName(ctx)) ?? "应用";
  return command(ctx, async (tx) => {
    const { count } = await tx.noticeObjection.updateMany({
      where: { id: objection.id, status: "PENDING" },
      data: { status: parsed.decision, answer: parsed.reason, answeredAt: ctx.now(), answeredByName: byName, answeredByAccountId: actorColumns(ctx).actorAccountId },
    });
    if (count !== 1) throw conflict("该异议已答复 (already answered)");
    const after = await tx.noticeObjection.findUniqueOrThrow({ where: { id: objection.id } });
    await audit(tx, ctx, {
      action: "notice:answer",
      communityId: objection.communityId,
      targetType: "NoticeObjection",
      targetId: objection.id,
      before: { status: "PENDING" },
      after: { status: after.status, answer: after.answer },
    });
    return after;
  });
}

/** The latest notice of a subject's stage that still stands (not withdrawn, no upheld objection), if any. */
export function standingNotice(db: Tx | Context["prisma"], communityId: string, subjectType: string, subjectId: string, stage: string | null) {
  return db.notice.findFirst({
    where: { communityId, subjectType, subjectId, stage, withdrawnAt: null, objections: { none: { status: "UPHELD" } } },
    orderBy: { publishedAt: "desc" },
  });
}
