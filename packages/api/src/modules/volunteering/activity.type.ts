// Activities (志愿活动) in the contract: the community's calendar, and the activities open for
// sign-up for residents' apps.
import { env } from "../../env.js";
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, canAtPath, communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parseOptionalId, parseId } from "../../shared/ids.js";
import { actingOrNobody, actingResident, actorKind, actsForResident } from "../../shared/actor.js";
import { VolunteerActivityPhaseEnum, VolunteerActivityStatusEnum, VolunteerActivityStepEnum, VolunteerSignUpStatusEnum } from "./enums.type.js";
import { activityAction, activitySteps } from "./activity.rules.js";
import { volunteerServiceOf } from "./hours.service.js";

/** Apps acting for a resident see published activities only; their sign-ups list only their own. */
const forApps = (ctx: Context): { status?: "PUBLISHED" } => (actsForResident(ctx) ? { status: "PUBLISHED" } : {});
const ownSignUps = (ctx: Context): Prisma.VolunteerSignUpWhereInput => (actingResident(ctx) ? { volunteer: { residentId: actingResident(ctx)! } } : {});

const VolunteerActivityRef = builder.prismaNode("VolunteerActivity", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "志愿活动: a team's activity at a place in a time window, with places (capacity; a waiting list beyond), required skills and the points rule that pays verified hours. Volunteers check in and out by scanning its code (checkInCode as a QR code) or staff record it.",
  findUnique: (id, ctx) => ({ ...forApps(ctx), community: communityScope(ctx, "volunteer:read"), id }),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    place: t.exposeString("place"),
    team: t.relation("team", { nullable: true }),
    grid: t.prismaField({
      type: "Grid",
      nullable: true,
      description: "The grid it takes place in.",
      select: { gridId: true },
      resolve: (query, a, _args, ctx) => (a.gridId ? ctx.prisma.grid.findUnique({ ...query, where: { id: a.gridId } }) : null),
    }),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime", description: "Check-in is taken from 30 minutes before startsAt until endsAt; only time within the window counts." }),
    capacity: t.exposeInt("capacity", { description: "Places; sign-ups beyond wait (候补)." }),
    requiredSkills: t.exposeStringList("requiredSkills", { description: "A volunteer needs every one of them to sign up." }),
    pointsRule: t.relation("pointsRule", { nullable: true, description: "Pays verified hours (PER_HOUR) or the activity (PER_ACTIVITY) on approval; none: hours only." }),
    project: t.prismaField({
      type: "Project",
      nullable: true,
      description: "The special project it is done for (null without project:read).",
      select: { projectId: true, communityId: true },
      resolve: async (query, a, _x, ctx) => (a.projectId && (await can(ctx, "project:read", a.communityId)) ? ctx.prisma.project.findUnique({ ...query, where: { id: a.projectId } }) : null),
    }),
    status: t.expose("status", { type: VolunteerActivityStatusEnum }),
    phase: t.field({
      type: VolunteerActivityPhaseEnum,
      select: { startsAt: true, endsAt: true },
      resolve: (a, _x, ctx) => (ctx.now() < a.startsAt ? "UPCOMING" : ctx.now() < a.endsAt ? "ONGOING" : "ENDED"),
    }),
    checkInCode: t.string({
      nullable: true,
      description: "The content of the activity's QR code (show it at the activity; apps send it to checkInToVolunteerActivity). Only for viewers holding activity:manage; null for others.",
      select: { checkInCode: true, communityId: true },
      resolve: async (a, _x, ctx) => (ctx.actor.kind === "account" && (await can(ctx, "activity:manage", a.communityId)) ? a.checkInCode : null),
    }),
    checkInUrl: t.string({
      nullable: true,
      description:
        "What the activity's QR code encodes: the resident side's check-in page, /c/<community code>/checkin/<checkInCode> — the full URL when PUBLIC_URL is configured, otherwise the path (put it on the current origin). Scanned with a phone's camera, it opens the page that checks the signed-in resident in or out. Like checkInCode: only for viewers holding activity:manage; null for others and for a community without a code.",
      select: { checkInCode: true, communityId: true, community: { select: { code: true } } },
      resolve: async (a, _x, ctx) => {
        if (!a.community.code || ctx.actor.kind !== "account" || !(await can(ctx, "activity:manage", a.communityId))) return null;
        const path = `/c/${encodeURIComponent(a.community.code)}/checkin/${encodeURIComponent(a.checkInCode)}`;
        return env.PUBLIC_URL ? new URL(path, env.PUBLIC_URL).toString() : path;
      },
    }),
    allowedSteps: t.field({
      type: [VolunteerActivityStepEnum],
      description: "The steps the viewer may take now: those the activity's state allows, with activity:manage (an app acting for a resident: SIGN_UP with activity:signUp).",
      select: { status: true, endsAt: true, communityId: true, _count: { select: { signUps: { where: { checkedInAt: { not: null } } } } } },
      resolve: (a, _x, ctx) => {
        const actor = actorKind(ctx);
        const steps = activitySteps({ ...a, checkedInCount: a._count.signUps }, ctx.now()).filter((s) => activityAction(s, actor) !== null);
        return heldSteps(ctx, a.communityId, steps, (s) => activityAction(s, actor)!);
      },
    }),
    confirmedCount: t.relationCount("signUps", { where: { status: "CONFIRMED" }, description: "Sign-ups with a place." }),
    waitlistCount: t.relationCount("signUps", { where: { status: "WAITLISTED" } }),
    checkedInCount: t.relationCount("signUps", { where: { checkedInAt: { not: null } } }),
    pendingHoursCount: t.relationCount("signUps", { where: { hoursStatus: "PENDING" }, description: "Hours waiting for verification." }),
    placesLeft: t.int({
      select: { capacity: true, _count: { select: { signUps: { where: { status: "CONFIRMED" } } } } },
      resolve: (a) => Math.max(0, a.capacity - a._count.signUps),
    }),
    signUps: t.relatedConnection("signUps", {
      cursor: "id",
      description: "Sign-ups in the order they came (an app acting for a resident sees only its own); filter by status.",
      args: { statuses: t.arg({ type: [VolunteerSignUpStatusEnum], required: false }) },
      totalCount: true,
      query: (args, ctx) => ({ where: { ...ownSignUps(ctx), ...(args.statuses?.length ? { status: { in: args.statuses } } : {}) }, orderBy: { id: "asc" } }),
    }),
    mySignUp: t.prismaField({
      type: "VolunteerSignUp",
      nullable: true,
      description: "For an app acting for a resident: their sign-up, if any.",
      select: { id: true },
      resolve: (query, a, _x, ctx) => ctx.prisma.volunteerSignUp.findFirst({ ...query, where: { activityId: a.id, volunteer: { residentId: actingOrNobody(ctx) } } }),
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const MAX_RANGE_DAYS = 400;
type Status = "DRAFT" | "PUBLISHED" | "CANCELLED";
interface ActivityArgs {
  communityId: string;
  from?: Date | null;
  to?: Date | null;
  teamId?: string | null;
  gridId?: string | null;
  statuses?: Status[] | null;
}
function activityWhere(ctx: Context, args: ActivityArgs): Prisma.VolunteerActivityWhereInput {
  const teamId = parseOptionalId("teamId", args.teamId, "VolunteerTeam");
  const gridId = parseOptionalId("gridId", args.gridId, "Grid");
  if (args.from && args.to && args.to.getTime() <= args.from.getTime()) throw new UserError("INVALID", "结束时间须晚于开始时间 (to must be after from)", "to");
  if (args.from && args.to && args.to.getTime() - args.from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw new UserError("INVALID", `一次最多查询${MAX_RANGE_DAYS}天`, "to");
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "volunteer:read"),
    ...forApps(ctx),
    ...(args.from ? { endsAt: { gt: args.from } } : {}),
    ...(args.to ? { startsAt: { lt: args.to } } : {}),
    ...(teamId ? { teamId } : {}),
    ...(gridId ? { gridId } : {}),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
  };
}

/** Published activities not yet ended in the communities where the acting resident lives or volunteers, within the client's. */
async function openWhere(ctx: Context, args: { gridId?: string | null; teamId?: string | null }): Promise<Prisma.VolunteerActivityWhereInput> {
  const acting = actingResident(ctx);
  if (!acting) return { id: { in: [] } };
  const gridId = parseOptionalId("gridId", args.gridId, "Grid");
  const teamId = parseOptionalId("teamId", args.teamId, "VolunteerTeam");
  const r = await ctx.prisma.resident.findUnique({ where: { id: acting }, select: { communityId: true, volunteers: { select: { communityId: true } } } });
  const communities = [r?.communityId, ...(r?.volunteers.map((v) => v.communityId) ?? [])].filter((x): x is string => !!x);
  return {
    communityId: { in: communities },
    community: communityScope(ctx, "volunteer:read"),
    status: "PUBLISHED",
    endsAt: { gt: ctx.now() },
    ...(gridId ? { gridId } : {}),
    ...(teamId ? { teamId } : {}),
  };
}

builder.queryFields((t) => ({
  volunteerActivities: t.prismaConnection({
    type: "VolunteerActivity",
    cursor: "id",
    description:
      "The community's activity calendar: activities overlapping [from, to) (both optional), by start time. Apps acting for a resident see published ones only. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      from: t.arg({ type: "DateTime", required: false }),
      to: t.arg({ type: "DateTime", required: false }),
      teamId: t.arg.id({ required: false }),
      gridId: t.arg.id({ required: false }),
      statuses: t.arg({ type: [VolunteerActivityStatusEnum], required: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.volunteerActivity.count({ where: activityWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.volunteerActivity.findMany({ ...query, where: activityWhere(ctx, args), orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
  }),
  openVolunteerActivities: t.prismaConnection({
    type: "VolunteerActivity",
    cursor: "id",
    description:
      "For residents' apps: published activities not yet ended in the resident's community and where they volunteer (双报到), soonest first; optionally in one grid or team. Empty for other viewers. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    args: { gridId: t.arg.id({ required: false, description: "Only activities in this grid (e.g. the resident's)." }), teamId: t.arg.id({ required: false }) },
    totalCount: async (_p, args, ctx) => ctx.prisma.volunteerActivity.count({ where: await openWhere(ctx, args) }),
    resolve: async (query, _r, args, ctx) => ctx.prisma.volunteerActivity.findMany({ ...query, where: await openWhere(ctx, args), orderBy: [{ startsAt: "asc" }, { id: "asc" }] }),
  }),
}));

// A special project (N) and the volunteer activities done for it: the activities, and the hours
// verified at them (the "linked volunteer activities and their hours").
interface VolunteerService {
  activityCount: number;
  volunteerCount: number;
  verifiedMinutes: number;
}
const ProjectVolunteerService = builder.objectRef<VolunteerService>("ProjectVolunteerService").implement({
  description: "Volunteer service for a project: its activities, the volunteers whose hours were verified there, and those hours.",
  fields: (t) => ({
    activityCount: t.exposeInt("activityCount", { description: "Activities linked to the project (not cancelled)." }),
    volunteerCount: t.exposeInt("volunteerCount", { description: "Distinct volunteers with approved hours at them." }),
    verifiedMinutes: t.exposeInt("verifiedMinutes", { description: "Approved minutes at them (verified hours × 60)." }),
  }),
});

builder.prismaObjectFields("Project", (t) => ({
  volunteerService: t.field({
    type: ProjectVolunteerService,
    description: "志愿服务: the volunteer activities done for the project and the hours verified at them.",
    select: { id: true },
    resolve: (p, _a, ctx) => volunteerServiceOf(ctx.prisma, p.id),
  }),
  volunteerActivities: t.field({
    type: [VolunteerActivityRef],
    description: "The volunteer activities done for the project, latest first (at most 50; empty without volunteer:read in the community).",
    // Loaded in the project's own query (a nested selection), with the community's path for the
    // grant check: no statement per project on a list of projects.
    select: (_args, _ctx, nestedSelection) => ({
      communityId: true,
      community: { select: { path: true } },
      volunteerActivities: nestedSelection({ orderBy: [{ startsAt: "desc" }, { id: "desc" }], take: 50 }),
    }),
    resolve: (p, _a, ctx) =>
      canAtPath(ctx, "volunteer:read", p.community.path, p.communityId) && !actsForResident(ctx) ? p.volunteerActivities : [],
  }),
}));

// The transparency feed shows the same figures (no names).
builder.objectFields("PublicProject", (t) => ({
  volunteerService: t.field({
    type: ProjectVolunteerService,
    description: "志愿服务: the volunteer activities done for the project and the hours verified at them.",
    resolve: (p, _a, ctx) => volunteerServiceOf(ctx.prisma, p.id),
  }),
}));

const PublicActivityRef = builder.prismaObject("VolunteerActivity", {
  select: { id: true },
  variant: "PublicVolunteerActivity",
  description: "A published volunteer activity as anyone may read it without signing in (no sign-ups, no check-in code).",
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description", { nullable: true }),
    place: t.exposeString("place"),
    startsAt: t.expose("startsAt", { type: "DateTime" }),
    endsAt: t.expose("endsAt", { type: "DateTime" }),
    capacity: t.exposeInt("capacity"),
    confirmedCount: t.relationCount("signUps", { where: { status: "CONFIRMED" } }),
    requiredSkills: t.exposeStringList("requiredSkills"),
    phase: t.field({
      type: VolunteerActivityPhaseEnum,
      select: { startsAt: true, endsAt: true },
      resolve: (a, _x, ctx) => (ctx.now() < a.startsAt ? "UPCOMING" : ctx.now() < a.endsAt ? "ONGOING" : "ENDED"),
    }),
    teamName: t.string({ nullable: true, select: { team: { select: { name: true } } }, resolve: (a) => a.team?.name ?? null }),
    projectTitle: t.string({ nullable: true, description: "The special project it is done for, once approved.", select: { project: { select: { title: true, approvedAt: true } } }, resolve: (a) => (a.project?.approvedAt ? a.project.title : null) }),
  }),
});

builder.queryFields((t) => ({
  publicVolunteerActivities: t.prismaField({
    type: [PublicActivityRef],
    description: "The community's published activities not yet ended, soonest first (at most 50). Public: no sign-in needed.",
    args: { communityId: t.arg.id() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.volunteerActivity.findMany({
        ...query,
        where: { communityId: parseId("communityId", args.communityId, "Community"), status: "PUBLISHED", endsAt: { gt: ctx.now() } },
        orderBy: [{ startsAt: "asc" }, { id: "asc" }],
        take: 50,
      }),
  }),
}));
