// What an activity and a sign-up allow, as pure functions: why a step is refused (null: allowed),
// the steps allowed now, and the actions they take. The services refuse with these messages, and
// VolunteerActivity.allowedSteps / VolunteerSignUp.allowedSteps list what is left, for the viewer.
import type { ActorKind } from "../../shared/actor.js";
import type { Action } from "../../shared/authz.js";

export type ActivityStatus = "DRAFT" | "PUBLISHED" | "CANCELLED";
export type ActivityStep = "EDIT" | "PUBLISH" | "CANCEL" | "RESET_CODE" | "SIGN_UP";
export const ACTIVITY_STEPS: readonly ActivityStep[] = ["EDIT", "PUBLISH", "CANCEL", "RESET_CODE", "SIGN_UP"];

export interface ActivityState {
  status: ActivityStatus;
  endsAt: Date;
  /** Sign-ups checked in so far. */
  checkedInCount: number;
}

const CANCELLED = "活动已取消 (the activity is cancelled)";

/** Why the activity cannot take `step` at `now` (null: it can). */
export function activityRefusal(a: ActivityState, step: ActivityStep, now: Date): string | null {
  switch (step) {
    case "EDIT":
      return a.status === "CANCELLED" ? "活动已取消，不能修改 (the activity is cancelled)" : null;
    case "PUBLISH":
      return a.status === "DRAFT" ? null : a.status === "PUBLISHED" ? "活动已发布 (already published)" : CANCELLED;
    case "CANCEL":
      if (a.status === "CANCELLED") return "活动已取消 (already cancelled)";
      return a.checkedInCount > 0 ? "已有志愿者签到，不能取消活动 (someone has checked in)" : null;
    case "RESET_CODE":
      return a.status === "CANCELLED" ? CANCELLED : null;
    case "SIGN_UP":
      if (a.status !== "PUBLISHED") return a.status === "DRAFT" ? "活动尚未发布 (not published)" : CANCELLED;
      return a.endsAt.getTime() <= now.getTime() ? "活动已结束 (the activity has ended)" : null;
  }
}

export const activitySteps = (a: ActivityState, now: Date): ActivityStep[] => ACTIVITY_STEPS.filter((s) => activityRefusal(a, s, now) === null);

/**
 * The action a step takes (null: never for this actor): staff manage and sign volunteers up with
 * activity:manage; an app acting for a resident only signs up (activity:signUp); an app acting for
 * nobody manages but signs nobody up.
 */
export function activityAction(step: ActivityStep, actor: ActorKind): Action | null {
  if (actor === "resident") return step === "SIGN_UP" ? "activity:signUp" : null;
  return actor === "app" && step === "SIGN_UP" ? null : "activity:manage";
}

export type SignUpStep = "CANCEL" | "CHECK_IN" | "CHECK_OUT" | "APPROVE_HOURS" | "ADJUST_HOURS" | "REJECT_HOURS";
export const SIGN_UP_STEPS: readonly SignUpStep[] = ["CANCEL", "CHECK_IN", "CHECK_OUT", "APPROVE_HOURS", "ADJUST_HOURS", "REJECT_HOURS"];

export interface SignUpState {
  status: "CONFIRMED" | "WAITLISTED" | "CANCELLED";
  checkedInAt: Date | null;
  checkedOutAt: Date | null;
  hoursStatus: "NONE" | "PENDING" | "APPROVED" | "REJECTED";
  activity: { status: ActivityStatus };
}

/** Why these hours cannot be verified (null: they can). */
export function verifyRefusal(s: { hoursStatus: string; status: string }): string | null {
  if (s.hoursStatus === "NONE") return "未签退，时长不计 (no check-out: hours without a check-out are not paid)";
  if (s.hoursStatus === "APPROVED") return "时长已核定 (already approved)";
  if (s.hoursStatus === "REJECTED") return "时长已驳回 (already rejected)";
  return s.status === "CONFIRMED" ? null : "只有待审核的时长可以审核 (only PENDING hours are verified)";
}

/**
 * Why the sign-up cannot take `step` (null: it can). Check-in and check-out times are checked
 * against the activity's window when they are recorded (hours.rules.ts), not here.
 */
export function signUpRefusal(s: SignUpState, step: SignUpStep): string | null {
  switch (step) {
    case "CANCEL":
      if (s.status === "CANCELLED") return "报名已取消 (already cancelled)";
      return s.checkedInAt ? "已签到，不能取消报名 (already checked in)" : null;
    case "CHECK_IN":
      if (s.activity.status !== "PUBLISHED") return s.activity.status === "CANCELLED" ? CANCELLED : "活动尚未发布 (not published)";
      if (s.status !== "CONFIRMED") return s.status === "WAITLISTED" ? "仍在候补名单中，不能签到 (on the waiting list)" : "报名已取消 (the sign-up was cancelled)";
      return s.checkedInAt ? "已签到 (already checked in)" : null;
    case "CHECK_OUT":
      if (!s.checkedInAt) return "尚未签到，不能签退 (not checked in)";
      return s.checkedOutAt ? "已签退 (already checked out)" : null;
    case "APPROVE_HOURS":
    case "ADJUST_HOURS":
    case "REJECT_HOURS":
      return verifyRefusal(s);
  }
}

export const signUpSteps = (s: SignUpState): SignUpStep[] => SIGN_UP_STEPS.filter((x) => signUpRefusal(s, x) === null);

/**
 * The action a step takes: staff cancel and record attendance with activity:manage and verify
 * hours with hours:verify; an app acting for the volunteer only cancels its own (activity:signUp),
 * and checks in and out by scanning the code (not these steps); an app acting for nobody takes none.
 */
export function signUpAction(step: SignUpStep, actor: ActorKind): Action | null {
  if (actor === "app") return null;
  if (actor === "resident") return step === "CANCEL" ? "activity:signUp" : null;
  return step === "CANCEL" || step === "CHECK_IN" || step === "CHECK_OUT" ? "activity:manage" : "hours:verify";
}
