// Activities (志愿活动): created as a draft or published, changed, cancelled. Each has a random
// check-in code (the QR code's content) that apps send back to check in and out. Raising the
// capacity gives places to the waiting list in order.
import { randomBytes } from "node:crypto";
import type { Prisma, VolunteerActivity } from "../../generated/prisma/client.js";
import { assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { conflict, inCommunity, invalid, loadFor, parseInput, type Tx } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { notForResidentApps } from "../../shared/actor.js";
import { activityRefusal } from "./activity.rules.js";
import { placesFree } from "./hours.rules.js";
import { activityInput, activityUpdate, reasonInput, windowIssues } from "./volunteering.validation.js";
import { z } from "zod";

/** A fresh check-in code: 144 random bits, URL-safe (a QR code holds it easily). */
export const newCheckInCode = () => `va_${randomBytes(18).toString("base64url")}`;

/** Referenced team, grid, rule and project must be the community's; the rule must pay hours or activities. */
async function checkRefs(ctx: Context, communityId: string, d: { teamId?: string | null; gridId?: string | null; pointsRuleId?: string | null; projectId?: string | null }) {
  if (d.projectId) {
    const project = await inCommunity("input.projectId", communityId, "项目", () => ctx.prisma.project.findUnique({ where: { id: d.projectId! }, select: { communityId: true, status: true } }));
    if (project.status === "CANCELLED") throw conflict("该项目已取消 (the project is cancelled)", "input.projectId");
  }
  if (d.teamId) {
    const team = await inCommunity("input.teamId", communityId, "志愿服务队", () => ctx.prisma.volunteerTeam.findUnique({ where: { id: d.teamId! } }));
    if (!team.active) throw conflict("该队伍已停用 (the team is inactive)", "input.teamId");
  }
  if (d.gridId) await inCommunity("input.gridId", communityId, "网格", () => ctx.prisma.grid.findUnique({ where: { id: d.gridId! }, select: { communityId: true } }));
  if (d.pointsRuleId) {
    const rule = await inCommunity("input.pointsRuleId", communityId, "积分规则", () => ctx.prisma.pointsRule.findUnique({ where: { id: d.pointsRuleId! } }));
    if (!rule.active) throw conflict("该积分规则已停用 (the rule is inactive)", "input.pointsRuleId");
    if (rule.kind === "PER_OCCURRENCE") throw invalid("活动须使用按时长或按活动计分的规则 (a PER_HOUR or PER_ACTIVITY rule)", "input.pointsRuleId");
  }
}

export async function createVolunteerActivity(ctx: Context, input: { communityId: string } & Record<string, unknown>) {
  const { communityId: raw, ...rest } = input;
  const communityId = parseId("input.communityId", raw, "Community");
  const d = parseInput(activityInput, rest);
  await assertCan(ctx, "activity:manage", communityId, "input.communityId");
  notForResidentApps(ctx, "input.communityId", "发布活动");
  await checkRefs(ctx, communityId, d);
  const now = ctx.now();
  return command(ctx, async (tx) => {
    const { publish, ...fields } = d;
    const activity = await tx.volunteerActivity.create({
      data: {
        ...fields,
        communityId,
        teamId: d.teamId ?? null,
        gridId: d.gridId ?? null,
        pointsRuleId: d.pointsRuleId ?? null,
        projectId: d.projectId ?? null,
        description: d.description ?? null,
        status: publish ? "PUBLISHED" : "DRAFT",
        publishedAt: publish ? now : null,
        checkInCode: newCheckInCode(),
        createdByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
      },
    });
    await audit(tx, ctx, { action: "activity:manage", communityId, targetType: "VolunteerActivity", targetId: activity.id, after: { ...activity, checkInCode: undefined } });
    return activity;
  });
}

const loadActivity = (ctx: Context, rawId: string, field = "id") =>
  loadFor(ctx, "activity:manage", field, "志愿活动", () => ctx.prisma.volunteerActivity.findUnique({ where: { id: parseId(field, rawId, "VolunteerActivity") } }));

/** Give waiting sign-ups the places free under `capacity`, in the order they signed up. Returns how many moved. */
export async function promoteWaiting(tx: Tx, ctx: Context, activity: { id: string; communityId: string; capacity: number }): Promise<number> {
  const confirmed = await tx.volunteerSignUp.count({ where: { activityId: activity.id, status: "CONFIRMED" } });
  const free = placesFree(confirmed, activity.capacity);
  if (free === 0) return 0;
  const waiting = await tx.volunteerSignUp.findMany({ where: { activityId: activity.id, status: "WAITLISTED" }, orderBy: [{ signedUpAt: "asc" }, { id: "asc" }], take: free });
  for (const w of waiting) {
    const after = await tx.volunteerSignUp.update({ where: { id: w.id }, data: { status: "CONFIRMED", promotedAt: ctx.now() } });
    await audit(tx, ctx, { action: "activity:manage", communityId: activity.communityId, targetType: "VolunteerSignUp", targetId: w.id, before: { status: w.status }, after: { status: after.status, promotedAt: after.promotedAt } });
  }
  return waiting.length;
}

const visible = (a: VolunteerActivity) => ({ ...a, checkInCode: undefined });

export async function updateVolunteerActivity(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(activityUpdate, input);
  const activity = await loadActivity(ctx, rawId);
  notForResidentApps(ctx, "id", "修改活动");
  const refusal = activityRefusal({ ...activity, checkedInCount: 0 }, "EDIT", ctx.now());
  if (refusal) throw conflict(refusal);
  const window = { startsAt: d.startsAt ?? activity.startsAt, endsAt: d.endsAt ?? activity.endsAt };
  // The window as it will be (given times over the stored ones): INVALID on input.endsAt.
  parseInput(z.object({}).superRefine((_v, c) => windowIssues(window, c)), {});
  await checkRefs(ctx, activity.communityId, d);
  return command(ctx, async (tx) => {
    await lockRow(tx, "VolunteerActivity", activity.id);
    const before = await tx.volunteerActivity.findUniqueOrThrow({ where: { id: activity.id } });
    const timesChange = (d.startsAt && d.startsAt.getTime() !== before.startsAt.getTime()) || (d.endsAt && d.endsAt.getTime() !== before.endsAt.getTime());
    if (timesChange && (await tx.volunteerSignUp.count({ where: { activityId: before.id, checkedInAt: { not: null } } })) > 0) {
      throw conflict("已有志愿者签到，不能更改活动时间 (someone has checked in)", d.startsAt ? "input.startsAt" : "input.endsAt");
    }
    if (d.capacity !== undefined) {
      const confirmed = await tx.volunteerSignUp.count({ where: { activityId: before.id, status: "CONFIRMED" } });
      if (d.capacity < confirmed) throw conflict(`已有${confirmed}人报名，名额不能少于报名人数 (fewer places than confirmed sign-ups)`, "input.capacity");
    }
    const data: Prisma.VolunteerActivityUncheckedUpdateInput = { ...d };
    const after = await tx.volunteerActivity.update({ where: { id: before.id }, data });
    await promoteWaiting(tx, ctx, after);
    await audit(tx, ctx, { action: "activity:manage", communityId: before.communityId, targetType: "VolunteerActivity", targetId: before.id, before: visible(before), after: visible(after) });
    return after;
  });
}

/** DRAFT → PUBLISHED: residents' apps list it and volunteers sign up. */
export async function publishVolunteerActivity(ctx: Context, rawId: string) {
  const activity = await loadActivity(ctx, rawId);
  notForResidentApps(ctx, "id", "发布活动");
  return command(ctx, async (tx) => {
    const { count } = await tx.volunteerActivity.updateMany({ where: { id: activity.id, status: "DRAFT" }, data: { status: "PUBLISHED", publishedAt: ctx.now() } });
    if (count !== 1) {
      const current = await tx.volunteerActivity.findUniqueOrThrow({ where: { id: activity.id } });
      throw conflict(activityRefusal({ ...current, checkedInCount: 0 }, "PUBLISH", ctx.now()) ?? "活动已发布 (already published)");
    }
    const after = await tx.volunteerActivity.findUniqueOrThrow({ where: { id: activity.id } });
    await audit(tx, ctx, { action: "activity:manage", communityId: activity.communityId, targetType: "VolunteerActivity", targetId: activity.id, before: { status: activity.status }, after: { status: after.status } });
    return after;
  });
}

/** Cancel an activity nobody has checked in to; its sign-ups stay, for the record. */
export async function cancelVolunteerActivity(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(reasonInput, input);
  const activity = await loadActivity(ctx, rawId);
  notForResidentApps(ctx, "id", "取消活动");
  return command(ctx, async (tx) => {
    await lockRow(tx, "VolunteerActivity", activity.id);
    const before = await tx.volunteerActivity.findUniqueOrThrow({ where: { id: activity.id } });
    const checkedInCount = before.status === "CANCELLED" ? 0 : await tx.volunteerSignUp.count({ where: { activityId: before.id, checkedInAt: { not: null } } });
    const refusal = activityRefusal({ ...before, checkedInCount }, "CANCEL", ctx.now());
    if (refusal) throw conflict(refusal);
    const after = await tx.volunteerActivity.update({ where: { id: before.id }, data: { status: "CANCELLED", cancelledAt: ctx.now(), cancelReason: d.reason } });
    await audit(tx, ctx, { action: "activity:manage", communityId: before.communityId, targetType: "VolunteerActivity", targetId: before.id, before: { status: before.status }, after: { status: after.status, cancelReason: d.reason } });
    return after;
  });
}

/** A new check-in code (the old QR code stops working), e.g. when a photo of it went round. */
export async function resetVolunteerActivityCheckInCode(ctx: Context, rawId: string) {
  const activity = await loadActivity(ctx, rawId);
  notForResidentApps(ctx, "id", "重置签到码");
  const refusal = activityRefusal({ ...activity, checkedInCount: 0 }, "RESET_CODE", ctx.now());
  if (refusal) throw conflict(refusal);
  return command(ctx, async (tx) => {
    const after = await tx.volunteerActivity.update({ where: { id: activity.id }, data: { checkInCode: newCheckInCode() } });
    await audit(tx, ctx, { action: "activity:manage", communityId: activity.communityId, targetType: "VolunteerActivity", targetId: activity.id, after: { checkInCodeReset: true } });
    return after;
  });
}

/** An activity by its check-in code, with the grant check for `action`; an unknown code is NOT_FOUND on input.code. */
export async function activityByCode(ctx: Context, code: string) {
  const activity = await ctx.prisma.volunteerActivity.findUnique({ where: { checkInCode: code } });
  if (!activity) throw notFound("input.code", "签到码");
  await assertCan(ctx, "activity:signUp", activity.communityId, "input.code", "签到码");
  return activity;
}
