// Volunteers in the contract: the register of a community (双报到 members listed as such) and
// "my registrations" for residents' apps.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId, toGlobalId } from "../../shared/ids.js";
import { actingOrNobody, actsForResident, residentFilter } from "../../shared/actor.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { findAccount, ownerOfResident } from "../points/ledger.service.js";
import { VolunteerKindEnum, VolunteerStepEnum } from "./enums.type.js";
import { OWN_VOLUNTEER_STEPS, VOLUNTEER_STEPS } from "./volunteer.rules.js";

/** An app acting for a resident sees only that resident's volunteer records. */
const ownVolunteers = residentFilter;

builder.prismaNode("Volunteer", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "A volunteer of a community: a resident, or an in-work party member living in another community who reports in here (双报到, kind DUAL_REGISTERED, homeCommunityName). Skills match activities' required skills.",
  findUnique: (id, ctx) => ({ ...ownVolunteers(ctx), community: communityScope(ctx, "volunteer:read"), id }),
  fields: (t) => ({
    name: t.string({ description: "The volunteer's name.", select: { resident: { select: { name: true } } }, resolve: (v) => v.resident.name }),
    kind: t.expose("kind", { type: VolunteerKindEnum }),
    isPartyMember: t.boolean({ select: { resident: { select: { isPartyMember: true } } }, resolve: (v) => v.resident.isPartyMember }),
    resident: t.field({
      type: "Resident",
      nullable: true,
      description: "The resident record (of the home community for 双报到); null unless the viewer holds resident:read there.",
      select: (_args, _ctx, nestedSelection) => ({ resident: nestedSelection({ select: { id: true, communityId: true } }) }),
      resolve: async (v, _a, ctx) => ((await can(ctx, "resident:read", v.resident.communityId)) ? v.resident : null),
    }),
    homeCommunityId: t.id({ nullable: true, description: "双报到: the community the member lives in.", select: { homeCommunityId: true }, resolve: (v) => (v.homeCommunityId ? toGlobalId("Community", v.homeCommunityId) : null) }),
    homeCommunityName: t.string({
      nullable: true,
      select: { homeCommunityId: true },
      resolve: async (v, _a, ctx) => (v.homeCommunityId ? ((await ctx.prisma.community.findUnique({ where: { id: v.homeCommunityId }, select: { name: true } }))?.name ?? null) : null),
    }),
    workUnit: t.exposeString("workUnit", { nullable: true, description: "工作单位 (in-work party members)." }),
    skills: t.exposeStringList("skills"),
    note: t.exposeString("note", { nullable: true }),
    active: t.exposeBoolean("active", { description: "false: 停用; cannot sign up." }),
    allowedSteps: t.field({
      type: [VolunteerStepEnum],
      description:
        "The steps the viewer may take now (updateVolunteer): staff with volunteer:manage EDIT, and DEACTIVATE while active or ACTIVATE while not; an app acting for the volunteer's resident EDIT only (activity:signUp).",
      select: { active: true, communityId: true },
      resolve: (v, _a, ctx) => allowedStepsFor(ctx, v.communityId, actsForResident(ctx) ? OWN_VOLUNTEER_STEPS : VOLUNTEER_STEPS, v),
    }),
    verifiedMinutes: t.exposeInt("verifiedMinutes", { description: "Approved service time, all time, in minutes." }),
    verifiedHours: t.float({ description: "verifiedMinutes / 60, one decimal.", select: { verifiedMinutes: true }, resolve: (v) => Math.round(v.verifiedMinutes / 6) / 10 }),
    registeredAt: t.expose("registeredAt", { type: "DateTime" }),
    community: t.relation("community", { description: "The serving community." }),
    teams: t.relation("teams", { description: "Current team memberships.", query: { where: { leftAt: null }, orderBy: { id: "asc" } } }),
    signUps: t.relatedConnection("signUps", { cursor: "id", description: "Sign-ups, newest first.", totalCount: true, query: () => ({ orderBy: { id: "desc" } }) }),
    pointsAccount: t.prismaField({
      type: "PointsAccount",
      nullable: true,
      description: "The points account the volunteer's hours are paid into in this community (theirs, or their household's); null before any points, or without points:read.",
      select: { communityId: true, residentId: true },
      resolve: async (query, v, _a, ctx) => {
        if (!(await can(ctx, "points:read", v.communityId))) return null;
        const account = await findAccount(ctx.prisma, v.communityId, await ownerOfResident(ctx.prisma, v.communityId, v.residentId));
        return account ? ctx.prisma.pointsAccount.findUnique({ ...query, where: { id: account.id } }) : null;
      },
    }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

interface VolunteerArgs {
  communityId: string;
  teamId?: string | null;
  kind?: "RESIDENT" | "DUAL_REGISTERED" | null;
  skill?: string | null;
  search?: string | null;
  includeInactive?: boolean | null;
}
function volunteerWhere(ctx: Context, args: VolunteerArgs): Prisma.VolunteerWhereInput {
  const teamId = parseOptionalId("teamId", args.teamId, "VolunteerTeam");
  const search = args.search?.trim();
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "volunteer:read"),
    ...ownVolunteers(ctx),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.includeInactive ? {} : { active: true }),
    ...(teamId ? { teams: { some: { teamId, leftAt: null } } } : {}),
    ...(args.skill?.trim() ? { skills: { has: args.skill.trim() } } : {}),
    ...(search ? { resident: { name: { contains: search } } } : {}),
  };
}

builder.queryFields((t) => ({
  volunteers: t.prismaConnection({
    type: "Volunteer",
    cursor: "id",
    description: "A community's volunteers (active ones unless includeInactive), in registration order; filters combine with AND. An app acting for a resident sees only theirs. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      teamId: t.arg.id({ required: false, description: "Current members of this team." }),
      kind: t.arg({ type: VolunteerKindEnum, required: false, description: "DUAL_REGISTERED: the 双报到 list." }),
      skill: t.arg.string({ required: false, description: "Volunteers with this skill." }),
      search: t.arg.string({ required: false, description: "Part of the name." }),
      includeInactive: t.arg.boolean({ required: false, defaultValue: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.volunteer.count({ where: volunteerWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.volunteer.findMany({ ...query, where: volunteerWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  myVolunteerRegistrations: t.prismaField({
    type: ["Volunteer"],
    description: "For residents' apps: the volunteer records of the resident the API client acts for, in the client's communities (their own, and where they report in: 双报到). Empty for other viewers. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    resolve: (query, _r, _a, ctx) =>
      ctx.prisma.volunteer.findMany({ ...query, where: { residentId: actingOrNobody(ctx), community: communityScope(ctx, "volunteer:read") }, orderBy: { id: "asc" } }),
  }),
}));
