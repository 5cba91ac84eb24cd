// 报名: a volunteer signs up for a published activity (through their app, or staff for them); when
// the activity is full the sign-up waits (候补). A cancellation of a confirmed place gives it to the
// first waiting sign-up. The activity's row is locked for each, so places are never over-given.
import type { VolunteerSignUp } from "../../generated/prisma/client.js";
import { assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { actingResidentOf, actorKind } from "../../shared/actor.js";
import { conflict, inCommunity, parseInput } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { promoteWaiting } from "./activity.service.js";
import { activityRefusal, signUpRefusal } from "./activity.rules.js";
import { missingSkills, signUpStatus } from "./hours.rules.js";
import { optionalReasonInput, signUpInput } from "./volunteering.validation.js";

/** The volunteer record of the resident an app acts for, in a community; CONFLICT on `field` when they have not registered there. */
export async function actingVolunteer(ctx: Context, communityId: string, residentId: string, field: string) {
  const v = await ctx.prisma.volunteer.findUnique({ where: { communityId_residentId: { communityId, residentId } } });
  if (!v) throw conflict("请先登记为本社区志愿者 (register as a volunteer first: registerVolunteer)", field);
  return v;
}

export async function signUpForVolunteerActivity(ctx: Context, input: unknown): Promise<VolunteerSignUp> {
  const d = parseInput(signUpInput, input);
  const activity = await ctx.prisma.volunteerActivity.findUnique({ where: { id: d.activityId } });
  if (!activity) throw notFound("input.activityId", "志愿活动");
  const acting = actingResidentOf(ctx, "报名");
  await assertCan(ctx, acting ? "activity:signUp" : "activity:manage", activity.communityId, "input.activityId", "志愿活动");
  let volunteer;
  if (acting) {
    volunteer = await actingVolunteer(ctx, activity.communityId, acting, "input.activityId");
    if (d.volunteerId && d.volunteerId !== volunteer.id) throw forbidden("input.volunteerId", "只能为本人报名 (only for the resident the app acts for)");
  } else {
    if (!d.volunteerId) throw new UserError("REQUIRED", "请选择志愿者 (volunteerId)", "input.volunteerId");
    volunteer = await inCommunity("input.volunteerId", activity.communityId, "志愿者", () => ctx.prisma.volunteer.findUnique({ where: { id: d.volunteerId! } }));
  }
  if (!volunteer.active) throw conflict("该志愿者已停用 (the volunteer is inactive)", acting ? "input.activityId" : "input.volunteerId");
  const refusal = activityRefusal({ ...activity, checkedInCount: 0 }, "SIGN_UP", ctx.now());
  if (refusal) throw conflict(refusal, "input.activityId");
  const missing = missingSkills(activity.requiredSkills, volunteer.skills);
  if (missing.length) throw conflict(`缺少活动所需技能：${missing.join("、")} (missing required skills)`, "input.activityId");
  return command(ctx, async (tx) => {
    await lockRow(tx, "VolunteerActivity", activity.id);
    const existing = await tx.volunteerSignUp.findUnique({ where: { activityId_volunteerId: { activityId: activity.id, volunteerId: volunteer.id } } });
    if (existing && existing.status !== "CANCELLED") {
      throw new UserError("DUPLICATE", existing.status === "CONFIRMED" ? "已报名该活动 (already signed up)" : "已在候补名单中 (already on the waiting list)", "input.activityId");
    }
    const confirmed = await tx.volunteerSignUp.count({ where: { activityId: activity.id, status: "CONFIRMED" } });
    const a = ctx.actor;
    const data = {
      status: signUpStatus(confirmed, activity.capacity),
      signedUpAt: ctx.now(),
      promotedAt: null,
      cancelledAt: null,
      cancelReason: null,
      createdByAccountId: a.kind === "account" ? a.accountId : null,
      createdByClientId: a.kind === "client" ? a.clientId : null,
    };
    // Signing up again after cancelling reuses the row and joins the end of the queue.
    const after = existing
      ? await tx.volunteerSignUp.update({ where: { id: existing.id }, data })
      : await tx.volunteerSignUp.create({ data: { ...data, communityId: activity.communityId, activityId: activity.id, volunteerId: volunteer.id } });
    await audit(tx, ctx, { action: acting ? "activity:signUp" : "activity:manage", communityId: activity.communityId, targetType: "VolunteerSignUp", targetId: after.id, before: existing, after });
    return after;
  });
}

/** Load a sign-up by its row id: an app acting for a resident reaches only that resident's, staff any of their community. */
export async function loadSignUp(ctx: Context, id: string, staffAction: "activity:manage" | "hours:verify", field = "id") {
  const signUp = await ctx.prisma.volunteerSignUp.findUnique({ where: { id }, include: { volunteer: true, activity: true } });
  if (!signUp) throw notFound(field, "报名记录");
  const acting = actorKind(ctx) !== "staff" ? actingResidentOf(ctx, "报名操作") : null;
  if (acting && signUp.volunteer.residentId !== acting) throw notFound(field, "报名记录");
  await assertCan(ctx, acting ? "activity:signUp" : staffAction, signUp.communityId, field, "报名记录");
  return { signUp, acting };
}

/** Cancel a place or a wait before checking in; a confirmed place goes to the first waiting sign-up. */
export async function cancelVolunteerSignUp(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(optionalReasonInput, input);
  const { signUp, acting } = await loadSignUp(ctx, parseId("id", rawId, "VolunteerSignUp"), "activity:manage");
  return command(ctx, async (tx) => {
    await lockRow(tx, "VolunteerActivity", signUp.activityId);
    const before = await tx.volunteerSignUp.findUniqueOrThrow({ where: { id: signUp.id } });
    const refusal = signUpRefusal({ ...before, activity: { status: "PUBLISHED" } }, "CANCEL");
    if (refusal) throw conflict(refusal);
    const after = await tx.volunteerSignUp.update({ where: { id: before.id }, data: { status: "CANCELLED", cancelledAt: ctx.now(), cancelReason: d.reason ?? null } });
    await audit(tx, ctx, { action: acting ? "activity:signUp" : "activity:manage", communityId: before.communityId, targetType: "VolunteerSignUp", targetId: before.id, before, after });
    if (before.status === "CONFIRMED") await promoteWaiting(tx, ctx, await tx.volunteerActivity.findUniqueOrThrow({ where: { id: signUp.activityId } }));
    return after;
  });
}
