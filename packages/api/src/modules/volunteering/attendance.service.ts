// 签到/签退: a volunteer's app scans the activity's QR code (its check-in code) to check in and, at
// the end, out; staff record either on a volunteer's behalf, with the time it happened. Check-in is
// taken from 30 minutes before the start until the end; check-out computes the minutes served
// within the window and puts the hours up for verification.
import type { VolunteerSignUp } from "../../generated/prisma/client.js";
import { lockRow } from "../../shared/locks.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { actingResidentOf, notForResidentApps } from "../../shared/actor.js";
import { conflict, invalid, parseInput, type Tx } from "../../shared/service.js";
import { forbidden } from "../../shared/errors.js";
import { activityByCode } from "./activity.service.js";
import { signUpRefusal } from "./activity.rules.js";
import { checkInRefusal, checkOutRefusal, CLOCK_SKEW_MS, minutesServed } from "./hours.rules.js";
import { actingVolunteer, loadSignUp } from "./signup.service.js";
import { codeInput, recordCheckInput } from "./volunteering.validation.js";

type Method = "QR_CODE" | "STAFF";

async function checkIn(tx: Tx, ctx: Context, signUpId: string, at: Date, method: Method, field: string, scanRefusal: (m: string) => Error) {
  await lockRow(tx, "VolunteerSignUp", signUpId);
  const before = await tx.volunteerSignUp.findUniqueOrThrow({ where: { id: signUpId }, include: { activity: true } });
  const stepRefusal = signUpRefusal(before, "CHECK_IN");
  if (stepRefusal) throw conflict(stepRefusal, field);
  const refusal = checkInRefusal(before.activity, at);
  if (refusal) throw scanRefusal(refusal);
  const after = await tx.volunteerSignUp.update({ where: { id: signUpId }, data: { checkedInAt: at, checkInMethod: method } });
  await audit(tx, ctx, { action: method === "QR_CODE" ? "activity:signUp" : "activity:manage", communityId: before.communityId, targetType: "VolunteerSignUp", targetId: signUpId, before: { checkedInAt: null }, after: { checkedInAt: at, checkInMethod: method } });
  return after;
}

async function checkOut(tx: Tx, ctx: Context, signUpId: string, at: Date, method: Method, field: string, refuse: (m: string) => Error) {
  await lockRow(tx, "VolunteerSignUp", signUpId);
  const before = await tx.volunteerSignUp.findUniqueOrThrow({ where: { id: signUpId }, include: { activity: true } });
  const stepRefusal = signUpRefusal(before, "CHECK_OUT");
  if (stepRefusal || !before.checkedInAt) throw conflict(stepRefusal!, field);
  const refusal = checkOutRefusal(before.activity, before.checkedInAt, at, method === "QR_CODE");
  if (refusal) throw refuse(refusal);
  const minutes = minutesServed(before.activity, before.checkedInAt, at);
  const after = await tx.volunteerSignUp.update({ where: { id: signUpId }, data: { checkedOutAt: at, checkOutMethod: method, minutes, hoursStatus: "PENDING" } });
  await audit(tx, ctx, {
    action: method === "QR_CODE" ? "activity:signUp" : "activity:manage",
    communityId: before.communityId,
    targetType: "VolunteerSignUp",
    targetId: signUpId,
    before: { checkedOutAt: null, hoursStatus: before.hoursStatus },
    after: { checkedOutAt: at, checkOutMethod: method, minutes, hoursStatus: "PENDING" },
  });
  return after;
}

/** The app's own sign-up for the activity behind a scanned code. */
async function scannedSignUp(ctx: Context, input: unknown) {
  const d = parseInput(codeInput, input);
  const activity = await activityByCode(ctx, d.code);
  if (ctx.actor.kind === "account") throw forbidden("input.code", "扫码签到由居民本人提交；工作人员请用代签到 (staff: recordVolunteerCheckIn)");
  const acting = actingResidentOf(ctx, "扫码签到")!;
  const volunteer = await actingVolunteer(ctx, activity.communityId, acting, "input.code");
  const signUp = await ctx.prisma.volunteerSignUp.findUnique({ where: { activityId_volunteerId: { activityId: activity.id, volunteerId: volunteer.id } } });
  if (!signUp) throw conflict("未报名该活动 (not signed up for this activity)", "input.code");
  return signUp;
}

/** 扫码签到: an app acting for a volunteer sends the scanned code, now. */
export async function checkInToVolunteerActivity(ctx: Context, input: unknown): Promise<VolunteerSignUp> {
  const signUp = await scannedSignUp(ctx, input);
  return command(ctx, (tx) => checkIn(tx, ctx, signUp.id, ctx.now(), "QR_CODE", "input.code", (m) => conflict(m, "input.code")));
}

/** 扫码签退. */
export async function checkOutOfVolunteerActivity(ctx: Context, input: unknown): Promise<VolunteerSignUp> {
  const signUp = await scannedSignUp(ctx, input);
  return command(ctx, (tx) => checkOut(tx, ctx, signUp.id, ctx.now(), "QR_CODE", "input.code", (m) => conflict(m, "input.code")));
}

/** The time staff record: given, or now; never ahead of the clock. */
function recordedTime(ctx: Context, at: Date | null | undefined): Date {
  const now = ctx.now();
  if (!at) return now;
  if (at.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalid("时间不能晚于现在 (at is in the future)", "input.at");
  return at;
}

/** 代签到: staff record a volunteer's check-in (at the given time, default now). */
export async function recordVolunteerCheckIn(ctx: Context, input: unknown): Promise<VolunteerSignUp> {
  const d = parseInput(recordCheckInput, input);
  notForResidentApps(ctx, "input.signUpId", "代签到");
  const { signUp } = await loadSignUp(ctx, d.signUpId, "activity:manage", "input.signUpId");
  const at = recordedTime(ctx, d.at);
  return command(ctx, (tx) => checkIn(tx, ctx, signUp.id, at, "STAFF", "input.signUpId", (m) => invalid(m, "input.at")));
}

/** 代签退: staff record a volunteer's check-out (at the given time, default now), also after the app's deadline. */
export async function recordVolunteerCheckOut(ctx: Context, input: unknown): Promise<VolunteerSignUp> {
  const d = parseInput(recordCheckInput, input);
  notForResidentApps(ctx, "input.signUpId", "代签退");
  const { signUp } = await loadSignUp(ctx, d.signUpId, "activity:manage", "input.signUpId");
  const at = recordedTime(ctx, d.at);
  return command(ctx, (tx) => checkOut(tx, ctx, signUp.id, at, "STAFF", "input.signUpId", (m) => invalid(m, "input.at")));
}
