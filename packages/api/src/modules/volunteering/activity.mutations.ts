// Mutations for activities, sign-ups, check-in/out and the verification of hours: thin, they call
// the services.
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { cancelVolunteerActivity, createVolunteerActivity, publishVolunteerActivity, resetVolunteerActivityCheckInCode, updateVolunteerActivity } from "./activity.service.js";
import { checkInToVolunteerActivity, checkOutOfVolunteerActivity, recordVolunteerCheckIn, recordVolunteerCheckOut } from "./attendance.service.js";
import { adjustVolunteerHours, approveVolunteerHours, bulkApproveVolunteerHours, rejectVolunteerHours, type BulkResult } from "./hours.service.js";
import { cancelVolunteerSignUp, signUpForVolunteerActivity } from "./signup.service.js";

const activityFields = {
  teamId: { required: false, description: "The team holding it (of the community)." },
  gridId: { required: false, description: "The grid it takes place in." },
  capacity: { description: "Places (1–10000); sign-ups beyond wait." },
  requiredSkills: { required: false, description: "Skills every volunteer signing up must have." },
  pointsRuleId: { required: false, description: "An active PER_HOUR or PER_ACTIVITY rule paying verified hours; none: hours only." },
  projectId: { required: false, description: "The special project (N) of the community it is done for (not a cancelled one); its verified hours count for the project." },
} as const;

const CreateVolunteerActivityInput = builder.inputType("CreateVolunteerActivityInput", {
  fields: (t) => ({
    communityId: t.id(),
    teamId: t.id(activityFields.teamId),
    title: t.string(),
    description: t.string({ required: false }),
    place: t.string({ description: "Where, e.g. 村文化广场." }),
    gridId: t.id(activityFields.gridId),
    startsAt: t.field({ type: "DateTime" }),
    endsAt: t.field({ type: "DateTime", description: "After startsAt, at most 24 hours later." }),
    capacity: t.int(activityFields.capacity),
    requiredSkills: t.stringList(activityFields.requiredSkills),
    pointsRuleId: t.id(activityFields.pointsRuleId),
    projectId: t.id(activityFields.projectId),
    publish: t.boolean({ required: false, description: "Publish at once (default: a DRAFT)." }),
  }),
});
const UpdateVolunteerActivityInput = builder.inputType("UpdateVolunteerActivityInput", {
  description:
    "Fields left out are not changed. Times are fixed once someone has checked in; the capacity never goes below the confirmed sign-ups, and raising it gives places to the waiting list in order.",
  fields: (t) => ({
    teamId: t.id(activityFields.teamId),
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    place: t.string({ required: false }),
    gridId: t.id(activityFields.gridId),
    startsAt: t.field({ type: "DateTime", required: false }),
    endsAt: t.field({ type: "DateTime", required: false }),
    capacity: t.int({ ...activityFields.capacity, required: false }),
    requiredSkills: t.stringList(activityFields.requiredSkills),
    pointsRuleId: t.id(activityFields.pointsRuleId),
    projectId: t.id(activityFields.projectId),
  }),
});
const ReasonInput = builder.inputType("VolunteerReasonInput", { fields: (t) => ({ reason: t.string({ description: "Why (required)." }) }) });
const OptionalReasonInput = builder.inputType("VolunteerOptionalReasonInput", { fields: (t) => ({ reason: t.string({ required: false }) }) });
const SignUpInput = builder.inputType("SignUpForVolunteerActivityInput", {
  fields: (t) => ({
    activityId: t.id(),
    volunteerId: t.id({ required: false, description: "Staff: the volunteer (of the activity's community). Apps acting for a resident sign up the resident's own volunteer record." }),
  }),
});
const CheckCodeInput = builder.inputType("VolunteerCheckCodeInput", {
  fields: (t) => ({ code: t.string({ description: "What was scanned from the activity's QR code: its check-in URL (checkInUrl, …/checkin/<code>) or the bare checkInCode." }) }),
});
const RecordCheckInput = builder.inputType("RecordVolunteerCheckInput", {
  fields: (t) => ({
    signUpId: t.id(),
    at: t.field({ type: "DateTime", required: false, description: "When it happened (default now; not in the future). Check-in: from 30 minutes before the start until the end." }),
  }),
});
const VerifyNoteInput = builder.inputType("VerifyVolunteerHoursInput", { fields: (t) => ({ note: t.string({ required: false }) }) });
const AdjustInput = builder.inputType("AdjustVolunteerHoursInput", {
  fields: (t) => ({ minutes: t.int({ description: "The minutes to credit (0 – the activity's length)." }), reason: t.string({ description: "Why they differ from check-in/out (required)." }) }),
});
const BulkInput = builder.inputType("BulkApproveVolunteerHoursInput", {
  description: "Give activityId (all its PENDING hours), signUpIds, or both (those of the activity).",
  fields: (t) => ({ activityId: t.id({ required: false }), signUpIds: t.idList({ required: false }), note: t.string({ required: false }) }),
});

const SkippedRef = builder.objectRef<BulkResult["skipped"][number]>("SkippedVolunteerHours").implement({
  fields: (t) => ({
    signUp: t.prismaField({ type: "VolunteerSignUp", resolve: (q, s, _a, ctx) => ctx.prisma.volunteerSignUp.findUniqueOrThrow({ ...q, where: { id: s.signUpId } }) }),
    reason: t.exposeString("reason", { description: "Why it was not approved, e.g. no check-out." }),
  }),
});
const BulkResultRef = builder.objectRef<BulkResult>("BulkApproveVolunteerHoursResult").implement({
  fields: (t) => ({
    approved: t.prismaField({
      type: ["VolunteerSignUp"],
      description: "Approved now, with their points.",
      resolve: (q, r, _a, ctx) => ctx.prisma.volunteerSignUp.findMany({ ...q, where: { id: { in: r.approved.map((s) => s.id) } }, orderBy: { id: "asc" } }),
    }),
    approvedCount: t.int({ resolve: (r) => r.approved.length }),
    skipped: t.field({ type: [SkippedRef], resolve: (r) => r.skipped }),
  }),
});

const signUpField = (
  t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0],
  description: string,
  input: typeof SignUpInput | typeof CheckCodeInput | typeof RecordCheckInput,
  run: (ctx: Parameters<typeof signUpForVolunteerActivity>[0], input: unknown) => ReturnType<typeof signUpForVolunteerActivity>,
) =>
  t.prismaField({
    type: "VolunteerSignUp",
    description,
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: input }) },
    resolve: (q, _r, { input: i }, ctx) => reload(ctx, "volunteerSignUp", q, run(ctx, i)),
  });

const idField = (
  t: Parameters<Parameters<typeof builder.mutationFields>[0]>[0],
  description: string,
  input: typeof VerifyNoteInput | typeof AdjustInput | typeof ReasonInput | typeof OptionalReasonInput,
  required: boolean,
  run: (ctx: Parameters<typeof signUpForVolunteerActivity>[0], id: string, input: unknown) => ReturnType<typeof signUpForVolunteerActivity>,
) =>
  t.prismaField({
    type: "VolunteerSignUp",
    description,
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: input, required }) },
    resolve: (q, _r, args, ctx) => reload(ctx, "volunteerSignUp", q, run(ctx, String(args.id), args.input ?? {})),
  });

builder.mutationFields((t) => ({
  createVolunteerActivity: t.prismaField({
    type: "VolunteerActivity",
    description: "Create an activity (a DRAFT, or published with publish: true) with a fresh check-in code. Needs activity:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateVolunteerActivityInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "volunteerActivity", q, createVolunteerActivity(ctx, { ...input, communityId: String(input.communityId) })),
  }),
  updateVolunteerActivity: t.prismaField({
    type: "VolunteerActivity",
    description: "Change an activity that is not cancelled. Needs activity:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateVolunteerActivityInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "volunteerActivity", q, updateVolunteerActivity(ctx, String(id), input)),
  }),
  publishVolunteerActivity: t.prismaField({
    type: "VolunteerActivity",
    description: "DRAFT → PUBLISHED: residents' apps list it and volunteers sign up. Needs activity:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "volunteerActivity", q, publishVolunteerActivity(ctx, String(id))),
  }),
  cancelVolunteerActivity: t.prismaField({
    type: "VolunteerActivity",
    description: "Cancel an activity nobody has checked in to, with the reason. Needs activity:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: ReasonInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "volunteerActivity", q, cancelVolunteerActivity(ctx, String(id), input)),
  }),
  resetVolunteerActivityCheckInCode: t.prismaField({
    type: "VolunteerActivity",
    description: "Draw a new check-in code: the old QR code stops working. Needs activity:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "volunteerActivity", q, resetVolunteerActivityCheckInCode(ctx, String(id))),
  }),
  signUpForVolunteerActivity: signUpField(
    t,
    "报名 a published activity that has not ended: a place while there are places, else the waiting list (status WAITLISTED). Residents' apps for the resident they act for (activity:signUp; the resident must be registered as a volunteer there); staff for a volunteer (activity:manage).",
    SignUpInput,
    signUpForVolunteerActivity,
  ),
  cancelVolunteerSignUp: idField(t, "Cancel a place or a wait before checking in; a freed place goes to the first waiting sign-up. The resident's app (its own) or staff.", OptionalReasonInput, false, cancelVolunteerSignUp),
  checkInToVolunteerActivity: signUpField(
    t,
    "扫码签到: an app acting for a volunteer sends the scanned code; taken from 30 minutes before the start until the end (else CONFLICT on input.code). Needs activity:signUp.",
    CheckCodeInput,
    checkInToVolunteerActivity,
  ),
  checkOutOfVolunteerActivity: signUpField(
    t,
    "扫码签退: computes the minutes within the activity's window; the hours wait for verification (PENDING). Taken until 2 hours after the end; later, staff record it. Needs activity:signUp.",
    CheckCodeInput,
    checkOutOfVolunteerActivity,
  ),
  recordVolunteerCheckIn: signUpField(t, "代签到: staff record a volunteer's check-in at a time (default now) within the check-in window (else INVALID on input.at). Needs activity:manage.", RecordCheckInput, recordVolunteerCheckIn),
  recordVolunteerCheckOut: signUpField(t, "代签退: staff record a volunteer's check-out (default now), also after the app's deadline. Needs activity:manage.", RecordCheckInput, recordVolunteerCheckOut),
  approveVolunteerHours: idField(t, "核定: approve the minutes from check-in and check-out (PENDING → APPROVED); the activity's rule pays points into the ledger now. Needs hours:verify.", VerifyNoteInput, false, approveVolunteerHours),
  adjustVolunteerHours: idField(t, "调整后核定: approve other minutes with the reason (PENDING → APPROVED, points for those minutes). Needs hours:verify.", AdjustInput, true, adjustVolunteerHours),
  rejectVolunteerHours: idField(t, "不予核定: PENDING → REJECTED, nothing is paid. Needs hours:verify.", ReasonInput, true, rejectVolunteerHours),
  bulkApproveVolunteerHours: t.field({
    type: BulkResultRef,
    description: "批量核定: approve every PENDING sign-up of an activity (or those listed) as computed, in one transaction; the others are listed with the reason. Needs hours:verify.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: BulkInput }) },
    resolve: (_r, { input }, ctx) => bulkApproveVolunteerHours(ctx, input),
  }),
}));
