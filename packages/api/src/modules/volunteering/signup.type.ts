// Sign-ups (报名) with attendance and hours in the contract: the check-in list, the hours to verify,
// and "my activities and hours" for residents' apps.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId } from "../../shared/ids.js";
import { actingOrNobody, actingResident, actorKind } from "../../shared/actor.js";
import { CheckMethodEnum, VolunteerHoursStatusEnum, VolunteerSignUpStatusEnum, VolunteerSignUpStepEnum } from "./enums.type.js";
import { signUpAction, signUpSteps } from "./activity.rules.js";
import { checkInCodeArg } from "./volunteering.validation.js";
import { parseInput } from "../../shared/service.js";

const ownSignUps = (ctx: Context): { volunteer?: { residentId: string } } => (actingResident(ctx) ? { volunteer: { residentId: actingResident(ctx)! } } : {});

builder.prismaNode("VolunteerSignUp", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "报名: one volunteer at one activity: a place (CONFIRMED) or the waiting list, then 签到/签退 and the verification of the hours. Points are granted when the hours are APPROVED.",
  findUnique: (id, ctx) => ({ ...ownSignUps(ctx), community: communityScope(ctx, "volunteer:read"), id }),
  fields: (t) => ({
    activity: t.relation("activity"),
    volunteer: t.relation("volunteer"),
    volunteerName: t.string({ select: { volunteer: { select: { resident: { select: { name: true } } } } }, resolve: (s) => s.volunteer.resident.name }),
    status: t.expose("status", { type: VolunteerSignUpStatusEnum }),
    signedUpAt: t.expose("signedUpAt", { type: "DateTime" }),
    waitlistPosition: t.int({
      nullable: true,
      description: "While WAITLISTED: 1 for the next to get a place.",
      select: { id: true, status: true, activityId: true, signedUpAt: true },
      resolve: async (s, _a, ctx) =>
        s.status !== "WAITLISTED"
          ? null
          : 1 +
            (await ctx.prisma.volunteerSignUp.count({
              where: { activityId: s.activityId, status: "WAITLISTED", OR: [{ signedUpAt: { lt: s.signedUpAt } }, { signedUpAt: s.signedUpAt, id: { lt: s.id } }] },
            })),
    }),
    promotedAt: t.expose("promotedAt", { type: "DateTime", nullable: true, description: "When a waiting sign-up got a place." }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    checkedInAt: t.expose("checkedInAt", { type: "DateTime", nullable: true }),
    checkInMethod: t.expose("checkInMethod", { type: CheckMethodEnum, nullable: true }),
    checkedOutAt: t.expose("checkedOutAt", { type: "DateTime", nullable: true }),
    checkOutMethod: t.expose("checkOutMethod", { type: CheckMethodEnum, nullable: true }),
    minutes: t.exposeInt("minutes", { nullable: true, description: "Minutes from check-in to check-out within the activity's window (set at check-out)." }),
    hoursStatus: t.expose("hoursStatus", { type: VolunteerHoursStatusEnum }),
    verifiedMinutes: t.exposeInt("verifiedMinutes", { nullable: true, description: "The minutes approved (computed, or adjusted with a reason in verifyNote); 0 when rejected." }),
    verifyNote: t.exposeString("verifyNote", { nullable: true }),
    verifiedAt: t.expose("verifiedAt", { type: "DateTime", nullable: true }),
    verifiedByName: t.exposeString("verifiedByName", { nullable: true }),
    pointsAwarded: t.exposeInt("pointsAwarded", { nullable: true, description: "Points granted on approval (0 when the activity has no rule or the rule's cap was reached)." }),
    pointsEntry: t.prismaField({
      type: "PointsEntry",
      nullable: true,
      select: { pointsEntryId: true },
      resolve: (query, s, _a, ctx) => (s.pointsEntryId ? ctx.prisma.pointsEntry.findUnique({ ...query, where: { id: s.pointsEntryId } }) : null),
    }),
    allowedSteps: t.field({
      type: [VolunteerSignUpStepEnum],
      description:
        "The steps the viewer may take now: those the sign-up's state allows, with activity:manage (cancel, check-in, check-out) or hours:verify (hours); an app acting for the volunteer: CANCEL of its own with activity:signUp.",
      select: { status: true, checkedInAt: true, checkedOutAt: true, hoursStatus: true, communityId: true, activity: { select: { status: true } }, volunteer: { select: { residentId: true } } },
      resolve: (s, _a, ctx) => {
        const actor = actorKind(ctx);
        if (actor === "resident" && s.volunteer.residentId !== actingResident(ctx)) return [];
        const steps = signUpSteps(s).filter((x) => signUpAction(x, actor) !== null);
        return heldSteps(ctx, s.communityId, steps, (x) => signUpAction(x, actor)!);
      },
    }),
    community: t.relation("community"),
  }),
});

type SignUpStatus = "CONFIRMED" | "WAITLISTED" | "CANCELLED";
type HoursStatus = "NONE" | "PENDING" | "APPROVED" | "REJECTED";
interface SignUpArgs {
  communityId: string;
  activityId?: string | null;
  volunteerId?: string | null;
  statuses?: SignUpStatus[] | null;
  hoursStatuses?: HoursStatus[] | null;
}
function signUpWhere(ctx: Context, args: SignUpArgs): Prisma.VolunteerSignUpWhereInput {
  const activityId = parseOptionalId("activityId", args.activityId, "VolunteerActivity");
  const volunteerId = parseOptionalId("volunteerId", args.volunteerId, "Volunteer");
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "volunteer:read"),
    ...ownSignUps(ctx),
    ...(activityId ? { activityId } : {}),
    ...(volunteerId ? { volunteerId } : {}),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(args.hoursStatuses?.length ? { hoursStatus: { in: args.hoursStatuses } } : {}),
  };
}

function myWhere(ctx: Context, args: { upcoming?: boolean | null; hoursStatuses?: HoursStatus[] | null; checkInCode?: string | null }): Prisma.VolunteerSignUpWhereInput {
  const activity: Prisma.VolunteerActivityWhereInput = {
    ...(args.upcoming ? { endsAt: { gt: ctx.now() } } : {}),
    ...(args.checkInCode != null ? { checkInCode: parseInput(checkInCodeArg, { checkInCode: args.checkInCode }, "").checkInCode } : {}),
  };
  return {
    volunteer: { residentId: actingOrNobody(ctx) },
    community: communityScope(ctx, "volunteer:read"),
    ...(args.upcoming ? { status: { not: "CANCELLED" } } : {}),
    ...(Object.keys(activity).length ? { activity } : {}),
    ...(args.hoursStatuses?.length ? { hoursStatus: { in: args.hoursStatuses } } : {}),
  };
}

builder.queryFields((t) => ({
  volunteerSignUps: t.prismaConnection({
    type: "VolunteerSignUp",
    cursor: "id",
    description:
      "A community's sign-ups in the order they came: an activity's sign-up and check-in list (activityId), the hours to verify (hoursStatuses: [PENDING]), a volunteer's record. An app acting for a resident sees only its own. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      activityId: t.arg.id({ required: false }),
      volunteerId: t.arg.id({ required: false }),
      statuses: t.arg({ type: [VolunteerSignUpStatusEnum], required: false }),
      hoursStatuses: t.arg({ type: [VolunteerHoursStatusEnum], required: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.volunteerSignUp.count({ where: signUpWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.volunteerSignUp.findMany({ ...query, where: signUpWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  myVolunteerSignUps: t.prismaConnection({
    type: "VolunteerSignUp",
    cursor: "id",
    description:
      "For the resident side and residents' apps: my activities and hours — the sign-ups of the acting resident (signed in on the resident side, or the one an API client acts for), newest first (upcoming: only places and waits for activities not yet ended; checkInCode: only my sign-up for the activity whose QR code was scanned). Empty for other viewers. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    args: {
      upcoming: t.arg.boolean({ required: false }),
      hoursStatuses: t.arg({ type: [VolunteerHoursStatusEnum], required: false }),
      checkInCode: t.arg.string({
        required: false,
        description: "What was scanned from an activity's QR code (its checkInUrl or the bare code): the check-in page asks which of my activities it opens before checking in. No sign-up of mine for it: empty.",
      }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.volunteerSignUp.count({ where: myWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.volunteerSignUp.findMany({ ...query, where: myWhere(ctx, args), orderBy: { id: "desc" } }),
  }),
}));
