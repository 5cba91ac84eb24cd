// zod models of the volunteering inputs. A bad field is a UserError naming `input.<field>`.
import { z } from "zod";
import { day, gid, name, optionalGid, optionalText, text, time } from "../../shared/validation.js";

export const COMMITTEE_ROLES = ["DIRECTOR", "DEPUTY_DIRECTOR", "SECRETARY", "MEMBER"] as const;
export const TEAM_KINDS = ["CULTURE", "SPORTS", "MEDICAL", "PARTY", "FAMILY", "ENVIRONMENT", "SAFETY", "ELDERLY", "OTHER"] as const;
export const TEAM_ROLES = ["LEADER", "DEPUTY_LEADER", "MEMBER"] as const;

const skills = z
  .array(text(20))
  .max(20, "最多20项 (at most 20)")
  .transform((list) => [...new Set(list)]);

export const committeeInput = z.object({ name: optionalText(60), description: optionalText(1000) });
export const committeeUpdate = z.object({ name: name(60).optional(), description: optionalText(1000) });
export const committeeMemberInput = z.object({
  committeeId: gid("VolunteerCommittee"),
  residentId: gid("Resident"),
  role: z.enum(COMMITTEE_ROLES).default("MEMBER"),
  joinedOn: day.nullish(),
});
export const endMembershipInput = z.object({ leftOn: day, reason: optionalText(200) });

export const teamInput = z.object({ name: name(40), kind: z.enum(TEAM_KINDS).default("OTHER"), description: optionalText(1000) });
export const teamUpdate = z.object({ name: name(40), kind: z.enum(TEAM_KINDS), description: optionalText(1000), active: z.boolean() }).partial();
export const teamMemberInput = z.object({ teamId: gid("VolunteerTeam"), volunteerId: gid("Volunteer"), role: z.enum(TEAM_ROLES).default("MEMBER") });

export const volunteerInput = z.object({
  residentId: optionalGid("Resident"),
  skills: skills.default([]),
  workUnit: optionalText(80),
  note: optionalText(500),
});
export const volunteerUpdate = z.object({ skills, workUnit: optionalText(80), note: optionalText(500), active: z.boolean() }).partial();

const activityFields = {
  teamId: optionalGid("VolunteerTeam"),
  title: name(80),
  description: optionalText(2000),
  place: name(120),
  gridId: optionalGid("Grid"),
  startsAt: time,
  endsAt: time,
  capacity: z.number().int("名额须为整数 (a whole number)").min(1, "名额至少为1 (at least 1)").max(10_000, "名额不超过10000 (at most 10000)"),
  requiredSkills: skills,
  pointsRuleId: optionalGid("PointsRule"),
  projectId: optionalGid("Project"),
};
export const activityInput = z
  .object({ ...activityFields, requiredSkills: skills.default([]), publish: z.boolean().default(false) })
  .superRefine((a, ctx) => windowIssues(a, ctx));
export const activityUpdate = z.object(activityFields).partial();

/** The window: the end after the start, at most 24 hours. */
export function windowIssues(a: { startsAt?: Date; endsAt?: Date }, ctx: z.RefinementCtx) {
  if (!a.startsAt || !a.endsAt) return;
  if (a.endsAt.getTime() <= a.startsAt.getTime()) ctx.addIssue({ code: "custom", message: "结束时间须晚于开始时间 (endsAt must be after startsAt)", path: ["endsAt"] });
  else if (a.endsAt.getTime() - a.startsAt.getTime() > 24 * 3_600_000) ctx.addIssue({ code: "custom", message: "一次活动不超过24小时 (at most 24 hours)", path: ["endsAt"] });
}

export const reasonInput = z.object({ reason: text(500) });
export const optionalReasonInput = z.object({ reason: optionalText(500) });
export const signUpInput = z.object({ activityId: gid("VolunteerActivity"), volunteerId: optionalGid("Volunteer") });
/**
 * What a scan gives: the bare check-in code, or the URL the activity's QR code now encodes
 * (…/c/<community code>/checkin/<code>, see VolunteerActivity.checkInUrl): the code is its last segment.
 */
export const scannedCode = (scanned: string): string => {
  const m = /\/checkin\/([^/?#\s]+)\/?(?:[?#].*)?$/.exec(scanned);
  if (!m) return scanned;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return m[1]!;
  }
};
/** A scanned check-in code (the URL or the bare code), as the code it holds. */
const scannedCheckInCode = text(500).transform(scannedCode).pipe(text(100));
export const codeInput = z.object({ code: scannedCheckInCode });
/** myVolunteerSignUps(checkInCode): read as the check-in mutations read input.code. */
export const checkInCodeArg = z.object({ checkInCode: scannedCheckInCode });
export const recordCheckInput = z.object({ signUpId: gid("VolunteerSignUp"), at: time.nullish() });
export const noteInput = z.object({ note: optionalText(500) });
export const adjustInput = z.object({
  minutes: z.number().int("分钟须为整数 (whole minutes)").min(0, "不能为负 (at least 0)"),
  reason: text(500),
});
export const bulkInput = z
  .object({ activityId: optionalGid("VolunteerActivity"), signUpIds: z.array(gid("VolunteerSignUp")).max(500, "一次最多500条 (at most 500)").nullish(), note: optionalText(500) })
  .refine((b) => !!b.activityId || (b.signUpIds?.length ?? 0) > 0, { message: "请指明活动或报名记录 (activityId or signUpIds)", path: ["activityId"] });
