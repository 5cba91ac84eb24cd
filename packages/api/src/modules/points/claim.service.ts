// Manual awards and deductions: 申报 (submit) → 审核 (approve or reject) → 公示 (a notice listing
// claims, through the notices module, in the same transaction) → 入账 (post: the ledger entry),
// allowed once the notice is FINAL, or right after approval for claims the community exempts.
import type { PointsClaim } from "../../generated/prisma/client.js";
import { audit, command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { noticeStatus, type NoticeStatus } from "../notices/notice.rules.js";
import { publishNoticeInTx } from "../notices/notice.service.js";
import { claimRefusal, type ClaimStep } from "./claim.rules.js";
import { actorName, notForResidentApps } from "../../shared/actor.js";
import { conflict, type Db, inCommunity, invalid, loadFor, parseInput, type Tx } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { accountFor, capUsed, insertEntry, lockAccount, ownerOfResident, settingsOf, type AccountOwner } from "./ledger.service.js";
import { capped, kindForDelta } from "./ledger.rules.js";
import { accountNames } from "./names.js";
import { monthOfDay } from "./period.rules.js";
import { claimInput, publishClaimsInput, reasonInput, reviewInput } from "./points.validation.js";
import { chinaDay } from "../../shared/chinaTime.js";

/** The status of a claim's notice now (null: none). */
export async function noticeStatusOf(db: Db, noticeId: string | null, now: Date): Promise<NoticeStatus | null> {
  if (!noticeId) return null;
  const n = await db.notice.findUnique({ where: { id: noticeId }, select: { endsAt: true, withdrawnAt: true, objections: { select: { status: true } } } });
  if (!n) return null;
  const count = (s: string) => n.objections.filter((o) => o.status === s).length;
  return noticeStatus({ endsAt: n.endsAt, withdrawnAt: n.withdrawnAt, pendingObjections: count("PENDING"), upheldObjections: count("UPHELD") }, now);
}

/** The account owner a claim names: a resident (of the community, or a volunteer serving in it) or, per household, a household. */
async function claimOwner(ctx: Context, communityId: string, d: { residentId?: string | null; householdId?: string | null }): Promise<AccountOwner> {
  if (d.residentId && d.householdId) throw invalid("居民和户只填一项 (give residentId or householdId, not both)", "input.householdId");
  if (d.householdId) {
    if ((await settingsOf(ctx.prisma, communityId)).accountMode !== "HOUSEHOLD") throw invalid("本社区按人计分，请填写居民 (the community keeps points per person)", "input.householdId");
    await inCommunity("input.householdId", communityId, "户", () => ctx.prisma.household.findUnique({ where: { id: d.householdId! }, select: { communityId: true } }));
    return { kind: "HOUSEHOLD", residentId: null, householdId: d.householdId };
  }
  if (!d.residentId) throw new UserError("REQUIRED", "请填写居民或户 (residentId or householdId)", "input.residentId");
  const r = await ctx.prisma.resident.findUnique({ where: { id: d.residentId }, select: { communityId: true, volunteers: { where: { communityId }, select: { id: true } } } });
  if (!r || (r.communityId !== communityId && r.volunteers.length === 0)) throw notFound("input.residentId", "居民");
  return ownerOfResident(ctx.prisma, communityId, d.residentId);
}

export async function submitPointsClaim(ctx: Context, input: unknown): Promise<PointsClaim> {
  const d = parseInput(claimInput, input);
  const rule = await loadFor(ctx, "points:claim", "input.ruleId", "积分规则", () => ctx.prisma.pointsRule.findUnique({ where: { id: d.ruleId } }));
  notForResidentApps(ctx, "input.ruleId", "申报积分");
  if (!rule.active) throw conflict("该规则已停用 (the rule is no longer in use)", "input.ruleId");
  if (rule.kind !== "PER_OCCURRENCE") throw invalid("志愿时长按审核结果自动计分；申报请选择按次计分的规则 (claims use a PER_OCCURRENCE rule)", "input.ruleId");
  if (d.occurredOn.toISOString().slice(0, 10) > chinaDay(ctx.now())) throw invalid("发生日期不能晚于今天 (occurredOn is in the future)", "input.occurredOn");
  const owner = await claimOwner(ctx, rule.communityId, d);
  const by = await actorName(ctx);
  return command(ctx, async (tx) => {
    const account = await accountFor(tx, rule.communityId, owner);
    const claim = await tx.pointsClaim.create({
      data: {
        communityId: rule.communityId,
        accountId: account.id,
        residentId: d.residentId ?? null,
        householdId: owner.householdId,
        ruleId: rule.id,
        points: rule.points,
        occurredOn: d.occurredOn,
        reason: d.reason,
        evidence: d.evidence ?? null,
        submittedByName: by,
        submittedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
      },
    });
    await audit(tx, ctx, { action: "points:claim", communityId: claim.communityId, targetType: "PointsClaim", targetId: claim.id, after: claim });
    return claim;
  });
}

const loadClaim = (ctx: Context, rawId: string, field = "id") =>
  loadFor(ctx, "points:approve", field, "积分申报", () => ctx.prisma.pointsClaim.findUnique({ where: { id: parseId(field, rawId, "PointsClaim") } }));

/** Lock the claim, check the step against its state now, apply `data`, audit. */
async function review(ctx: Context, rawId: string, step: ClaimStep, data: (c: PointsClaim, by: string) => Partial<PointsClaim>) {
  const loaded = await loadClaim(ctx, rawId);
  notForResidentApps(ctx, "id", "审核积分");
  const by = await actorName(ctx);
  return command(ctx, async (tx) => {
    await lockRow(tx, "PointsClaim", loaded.id);
    const before = await tx.pointsClaim.findUniqueOrThrow({ where: { id: loaded.id } });
    const refusal = claimRefusal(step, before, await noticeStatusOf(tx, before.noticeId, ctx.now()), (await settingsOf(tx, before.communityId)).publicityExemptMax);
    if (refusal) throw conflict(refusal);
    const after = await tx.pointsClaim.update({ where: { id: before.id }, data: data(before, by) });
    await audit(tx, ctx, { action: "points:approve", communityId: before.communityId, targetType: "PointsClaim", targetId: before.id, before, after });
    return after;
  });
}

const reviewer = (ctx: Context, by: string) => ({ reviewedAt: ctx.now(), reviewedByName: by, reviewedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null });

/** 审核通过: SUBMITTED → APPROVED. */
export function approvePointsClaim(ctx: Context, id: string, input: unknown) {
  const d = parseInput(reviewInput, input);
  return review(ctx, id, "APPROVE", (_c, by) => ({ status: "APPROVED", reviewNote: d.note ?? null, ...reviewer(ctx, by) }));
}

/** 审核不通过 (also after an objection was upheld): → REJECTED with the reason. */
export function rejectPointsClaim(ctx: Context, id: string, input: unknown) {
  const d = parseInput(reasonInput, input);
  return review(ctx, id, "REJECT", (_c, by) => ({ status: "REJECTED", reviewNote: d.reason, ...reviewer(ctx, by) }));
}

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** 公示: one notice listing approved claims of one community; they become PUBLICIZED. Needs points:approve and notice:publish. */
export async function publishPointsClaims(ctx: Context, input: unknown) {
  const d = parseInput(publishClaimsInput, input);
  const ids = [...new Set(d.claimIds)];
  const claims = await ctx.prisma.pointsClaim.findMany({ where: { id: { in: ids } }, include: { rule: true, account: true }, orderBy: { id: "asc" } });
  for (const [i, id] of d.claimIds.entries()) if (!claims.some((c) => c.id === id)) throw notFound(`input.claimIds.${i}`, "积分申报");
  const communityId = claims[0]!.communityId;
  for (const [i, id] of d.claimIds.entries()) {
    const c = claims.find((x) => x.id === id)!;
    if (c.communityId !== communityId) throw invalid("一次公示只能包含同一社区的申报 (claims of one community)", `input.claimIds.${i}`);
  }
  await assertCan(ctx, "points:approve", communityId, "input.claimIds.0", "积分申报");
  await assertCan(ctx, "notice:publish", communityId, "input.claimIds.0");
  notForResidentApps(ctx, "input.claimIds", "公示积分");
  const settings = await settingsOf(ctx.prisma, communityId);
  const community = await ctx.prisma.community.findUniqueOrThrow({ where: { id: communityId }, select: { name: true } });
  const names = await accountNames(ctx.prisma, claims.map((c) => c.account));
  const lines = claims.map((c, i) => {
    const rule = [c.rule.code ? `第${c.rule.code}条` : null, c.rule.article, c.rule.name].filter(Boolean).join(" ");
    return `${i + 1}. ${names.get(c.accountId)}：${rule}，${signed(c.points)}分（${c.occurredOn.toISOString().slice(0, 10)}，${c.reason}）`;
  });
  const content = [...lines, "", "公示期内如有异议，请向社区（村）委员会或通过居民端应用提出。"].join("\n");
  const title = d.title ?? `【积分公示】${community.name}积分申报（${claims.length}项）`;
  return command(ctx, async (tx) => {
    for (const id of ids) await lockRow(tx, "PointsClaim", id);
    const current = await tx.pointsClaim.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    for (const c of current) {
      const refusal = claimRefusal("PUBLISH", c, await noticeStatusOf(tx, c.noticeId, ctx.now()), settings.publicityExemptMax);
      if (refusal) throw conflict(refusal, `input.claimIds.${d.claimIds.indexOf(c.id)}`);
    }
    const notice = await publishNoticeInTx(tx, ctx, { communityId, subjectType: "PointsClaims", subjectId: null, stage: null, title, content, periodDays: d.periodDays ?? settings.noticePeriodDays });
    await tx.pointsClaim.updateMany({ where: { id: { in: ids } }, data: { status: "PUBLICIZED", noticeId: notice.id, publishedAt: notice.publishedAt } });
    for (const c of current) {
      await audit(tx, ctx, { action: "points:approve", communityId, targetType: "PointsClaim", targetId: c.id, before: { status: c.status, noticeId: c.noticeId }, after: { status: "PUBLICIZED", noticeId: notice.id } });
    }
    return notice;
  });
}

/** Post one claim in `tx`: the entry (cut by the rule's cap; none when the cap is reached), and the claim POSTED. */
async function postInTx(tx: Tx, ctx: Context, claimId: string, by: string) {
  await lockRow(tx, "PointsClaim", claimId);
  const c = await tx.pointsClaim.findUniqueOrThrow({ where: { id: claimId }, include: { rule: true } });
  const refusal = claimRefusal("POST", c, await noticeStatusOf(tx, c.noticeId, ctx.now()), (await settingsOf(tx, c.communityId)).publicityExemptMax);
  if (refusal) throw conflict(refusal);
  const account = await lockAccount(tx, c.accountId);
  const month = monthOfDay(c.occurredOn);
  const used = c.rule.capPeriod ? await capUsed(tx, account.id, c.ruleId, c.rule.capPeriod, month) : 0;
  const delta = capped(c.points, c.rule.capPoints, used);
  const entry =
    delta === 0
      ? null
      : await insertEntry(tx, ctx, {
          account,
          delta,
          kind: kindForDelta(delta),
          month,
          ruleId: c.ruleId,
          sourceType: "PointsClaim",
          sourceId: c.id,
          residentId: c.residentId,
          note: delta === c.points ? c.reason : `${c.reason}（已达规则上限，按${delta}分入账）`,
          approvedBy: { accountId: c.reviewedByAccountId, name: c.reviewedByName ?? by },
        });
  const after = await tx.pointsClaim.update({ where: { id: c.id }, data: { status: "POSTED", postedAt: ctx.now(), postedPoints: delta, entryId: entry?.id ?? null } });
  await audit(tx, ctx, { action: "points:approve", communityId: c.communityId, targetType: "PointsClaim", targetId: c.id, before: { status: c.status }, after: { status: "POSTED", postedPoints: delta, entryId: entry?.id ?? null } });
  return after;
}

/** 入账: insert the claim's ledger entry. Allowed once its notice is FINAL, or right after approval when the community exempts it from publicity. */
export async function postPointsClaim(ctx: Context, id: string) {
  const claim = await loadClaim(ctx, id);
  notForResidentApps(ctx, "id", "入账");
  const by = await actorName(ctx);
  return command(ctx, (tx) => postInTx(tx, ctx, claim.id, by));
}
