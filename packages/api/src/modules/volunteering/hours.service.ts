// Verification of service hours (服务时长核定) by the coordinator: approve the minutes computed from
// check-in and check-out, adjust them with a reason, or reject them; bulk approval of an activity.
// Points are granted only on approval, in the same transaction: one AWARD entry under the activity's
// rule (cut to what the rule's cap leaves). Hours without a check-out are not paid.
import type { VolunteerSignUp } from "../../generated/prisma/client.js";
import { lockRow } from "../../shared/locks.js";
import { assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { actorName, notForResidentApps } from "../../shared/actor.js";
import { conflict, invalid, parseInput, type Tx } from "../../shared/service.js";
import { accountFor, capUsed, insertEntry, lockAccount, ownerOfResident } from "../points/ledger.service.js";
import { capped, pointsForMinutes } from "../points/ledger.rules.js";
import { monthOf } from "../points/period.rules.js";
import { verifyRefusal } from "./activity.rules.js";
import { windowMinutes } from "./hours.rules.js";
import { loadSignUp } from "./signup.service.js";
import { adjustInput, bulkInput, noteInput, reasonInput } from "./volunteering.validation.js";


/** Approve with `minutes` inside `tx`: the sign-up APPROVED, the volunteer's total, and the points entry. */
async function approveInTx(tx: Tx, ctx: Context, signUpId: string, minutes: number | null, note: string | null, by: string): Promise<VolunteerSignUp> {
  await lockRow(tx, "VolunteerSignUp", signUpId);
  const s = await tx.volunteerSignUp.findUniqueOrThrow({ where: { id: signUpId }, include: { activity: { include: { pointsRule: true } }, volunteer: true } });
  const refusal = verifyRefusal(s);
  if (refusal) throw conflict(refusal);
  const verified = minutes ?? s.minutes ?? 0;
  if (verified > windowMinutes(s.activity)) throw invalid(`核定时长不能超过活动时长${windowMinutes(s.activity)}分钟 (more than the activity's window)`, "input.minutes");
  const rule = s.activity.pointsRule?.active ? s.activity.pointsRule : null;
  const month = monthOf(s.activity.startsAt);
  let points = pointsForMinutes(rule, verified);
  let entryId: string | null = null;
  if (rule && points !== 0) {
    const owner = await ownerOfResident(tx, s.communityId, s.volunteer.residentId);
    const account = await lockAccount(tx, (await accountFor(tx, s.communityId, owner)).id);
    if (rule.capPeriod) points = capped(points, rule.capPoints, await capUsed(tx, account.id, rule.id, rule.capPeriod, month));
    if (points !== 0) {
      const hours = (verified / 60).toFixed(verified % 60 === 0 ? 0 : 1);
      const entry = await insertEntry(tx, ctx, {
        account,
        delta: points,
        kind: "AWARD",
        month,
        ruleId: rule.id,
        sourceType: "VolunteerSignUp",
        sourceId: s.id,
        residentId: s.volunteer.residentId,
        note: `志愿服务「${s.activity.title}」${hours}小时`,
        approvedBy: { accountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null, name: by },
      });
      entryId = entry.id;
    }
  }
  const after = await tx.volunteerSignUp.update({
    where: { id: s.id },
    data: {
      hoursStatus: "APPROVED",
      verifiedMinutes: verified,
      verifyNote: note,
      verifiedAt: ctx.now(),
      verifiedByName: by,
      verifiedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
      pointsAwarded: points,
      pointsEntryId: entryId,
    },
  });
  await tx.volunteer.update({ where: { id: s.volunteerId }, data: { verifiedMinutes: { increment: verified } } });
  await audit(tx, ctx, { action: "hours:verify", communityId: s.communityId, targetType: "VolunteerSignUp", targetId: s.id, before: { hoursStatus: s.hoursStatus, minutes: s.minutes }, after: { hoursStatus: "APPROVED", verifiedMinutes: verified, verifyNote: note, pointsAwarded: points, pointsEntryId: entryId } });
  return after;
}

async function staffSignUp(ctx: Context, rawId: string) {
  // Refused for who acts, before any lookup: the answer names no id, so it says nothing about the row.
  notForResidentApps(ctx, null, "审核时长");
  return (await loadSignUp(ctx, parseId("id", rawId, "VolunteerSignUp"), "hours:verify")).signUp;
}

/** 核定: approve the minutes computed from check-in and check-out; the activity's rule pays points. */
export async function approveVolunteerHours(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(noteInput, input);
  const s = await staffSignUp(ctx, rawId);
  const by = await actorName(ctx);
  return command(ctx, (tx) => approveInTx(tx, ctx, s.id, null, d.note ?? null, by));
}

/** 调整后核定: approve other minutes (at most the activity's window), with the reason. */
export async function adjustVolunteerHours(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(adjustInput, input);
  const s = await staffSignUp(ctx, rawId);
  const by = await actorName(ctx);
  return command(ctx, (tx) => approveInTx(tx, ctx, s.id, d.minutes, `调整：${d.reason}`, by));
}

/** 不予核定: the hours earn nothing. */
export async function rejectVolunteerHours(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(reasonInput, input);
  const s = await staffSignUp(ctx, rawId);
  const by = await actorName(ctx);
  return command(ctx, async (tx) => {
    await lockRow(tx, "VolunteerSignUp", s.id);
    const before = await tx.volunteerSignUp.findUniqueOrThrow({ where: { id: s.id } });
    const refusal = verifyRefusal(before);
    if (refusal) throw conflict(refusal);
    const after = await tx.volunteerSignUp.update({
      where: { id: s.id },
      data: { hoursStatus: "REJECTED", verifiedMinutes: 0, verifyNote: d.reason, verifiedAt: ctx.now(), verifiedByName: by, verifiedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null, pointsAwarded: 0 },
    });
    await audit(tx, ctx, { action: "hours:verify", communityId: before.communityId, targetType: "VolunteerSignUp", targetId: s.id, before: { hoursStatus: before.hoursStatus }, after: { hoursStatus: "REJECTED", verifyNote: d.reason } });
    return after;
  });
}

export interface BulkResult {
  approved: VolunteerSignUp[];
  skipped: { signUpId: string; reason: string }[];
}

/**
 * 批量核定: approve every PENDING sign-up of an activity (or the listed ones) as computed, in one
 * transaction; the others are listed as skipped with the reason (e.g. no check-out: not paid).
 */
export async function bulkApproveVolunteerHours(ctx: Context, input: unknown): Promise<BulkResult> {
  const d = parseInput(bulkInput, input);
  notForResidentApps(ctx, "input.activityId", "审核时长");
  let signUps: { id: string; communityId: string; hoursStatus: string; status: string }[];
  if (d.activityId) {
    const activity = await ctx.prisma.volunteerActivity.findUnique({ where: { id: d.activityId } });
    if (!activity) throw notFound("input.activityId", "志愿活动");
    await assertCan(ctx, "hours:verify", activity.communityId, "input.activityId", "志愿活动");
    signUps = await ctx.prisma.volunteerSignUp.findMany({ where: { activityId: activity.id, status: { not: "CANCELLED" }, ...(d.signUpIds?.length ? { id: { in: d.signUpIds } } : {}) }, orderBy: { id: "asc" } });
  } else {
    signUps = await ctx.prisma.volunteerSignUp.findMany({ where: { id: { in: d.signUpIds! } }, orderBy: { id: "asc" } });
    for (const [i, id] of d.signUpIds!.entries()) {
      const s = signUps.find((x) => x.id === id);
      if (!s) throw notFound(`input.signUpIds.${i}`, "报名记录");
      await assertCan(ctx, "hours:verify", s.communityId, `input.signUpIds.${i}`, "报名记录");
    }
  }
  const by = await actorName(ctx);
  return command(ctx, async (tx) => {
    const result: BulkResult = { approved: [], skipped: [] };
    for (const s of signUps) {
      const current = await tx.volunteerSignUp.findUniqueOrThrow({ where: { id: s.id }, select: { hoursStatus: true, status: true } });
      const refusal = verifyRefusal(current);
      if (refusal) result.skipped.push({ signUpId: s.id, reason: refusal });
      else result.approved.push(await approveInTx(tx, ctx, s.id, null, d.note ?? null, by));
    }
    return result;
  });
}

/** 志愿服务 for a special project: its activities (not cancelled), the volunteers with approved hours there, and those minutes. Unverified hours count for nothing. */
export async function volunteerServiceOf(db: Context["prisma"], projectId: string) {
  const approved = { activity: { projectId, status: { not: "CANCELLED" as const } }, hoursStatus: "APPROVED" as const };
  const [activityCount, minutes, volunteers] = await Promise.all([
    db.volunteerActivity.count({ where: { projectId, status: { not: "CANCELLED" } } }),
    db.volunteerSignUp.aggregate({ where: approved, _sum: { verifiedMinutes: true } }),
    db.volunteerSignUp.groupBy({ by: ["volunteerId"], where: approved }),
  ]);
  return { activityCount, volunteerCount: volunteers.length, verifiedMinutes: minutes._sum.verifiedMinutes ?? 0 };
}
