// The volunteer service committee, its members, and volunteer teams in the contract.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";

import { allowedStepsFor } from "../../shared/steps.js";
import { VolunteerCommitteeMemberStepEnum, VolunteerCommitteeRoleEnum, VolunteerTeamKindEnum, VolunteerTeamMemberStepEnum, VolunteerTeamRoleEnum, VolunteerTeamStepEnum } from "./enums.type.js";
import { committeeMemberSteps, TEAM_STEPS, teamMemberSteps } from "./committee.rules.js";
import { chinaDay } from "../../shared/chinaTime.js";

const today = (ctx: Context) => new Date(`${chinaDay(ctx.now())}T00:00:00Z`);
const sitting = (ctx: Context) => ({ joinedOn: { lte: today(ctx) }, OR: [{ leftOn: null }, { leftOn: { gt: today(ctx) } }] });

builder.prismaNode("VolunteerCommittee", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "志愿服务委员会: the community's \"hands\": it organizes the volunteer teams and activities. One per community.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "volunteer:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    description: t.exposeString("description", { nullable: true }),
    community: t.relation("community"),
    members: t.relation("members", {
      description: "Members, sitting ones only unless includeFormer; by role then joining date.",
      args: { includeFormer: t.arg.boolean({ required: false, defaultValue: false }) },
      query: (args, ctx) => ({ where: args.includeFormer ? {} : sitting(ctx), orderBy: [{ role: "asc" }, { joinedOn: "asc" }, { id: "asc" }] }),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("VolunteerCommitteeMember", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A resident on the volunteer committee, from joinedOn until leftOn. Nothing is deleted: leaving sets leftOn.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "volunteer:read") }),
  fields: (t) => ({
    name: t.string({ description: "The member's name (committee members are public).", select: { resident: { select: { name: true } } }, resolve: (m) => m.resident.name }),
    role: t.expose("role", { type: VolunteerCommitteeRoleEnum }),
    joinedOn: t.expose("joinedOn", { type: "Date" }),
    leftOn: t.expose("leftOn", { type: "Date", nullable: true, description: "From this day the member no longer sits." }),
    leaveReason: t.exposeString("leaveReason", { nullable: true }),
    sitting: t.boolean({
      description: "Whether the member sits today (China time).",
      select: { joinedOn: true, leftOn: true },
      resolve: (m, _a, ctx) => m.joinedOn <= today(ctx) && (!m.leftOn || m.leftOn > today(ctx)),
    }),
    resident: t.field({
      type: "Resident",
      nullable: true,
      description: "The resident record; null unless the viewer holds resident:read in the community.",
      // The client's selection of the resident, planned in the parent's own query (no statement per row).
      select: (_args, _ctx, nestedSelection) => ({ communityId: true, resident: nestedSelection() }),
      resolve: async (m, _a, ctx) => ((await can(ctx, "resident:read", m.communityId)) ? m.resident : null),
    }),
    committee: t.relation("committee"),
    allowedSteps: t.field({
      type: [VolunteerCommitteeMemberStepEnum],
      description: "The steps the viewer may take now: END while the member has not left, with volunteer:manage.",
      select: { leftOn: true, communityId: true },
      resolve: (m, _a, ctx) => heldSteps(ctx, m.communityId, committeeMemberSteps(m), () => "volunteer:manage"),
    }),
  }),
});

builder.prismaNode("VolunteerTeam", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "志愿服务队 (山歌队, 舞蹈队, 篮球队, 村医, 党员义工队, 亲子义工队 …) with its leader and members.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "volunteer:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: VolunteerTeamKindEnum }),
    description: t.exposeString("description", { nullable: true }),
    active: t.exposeBoolean("active", { description: "false: 停用; no new members or activities." }),
    allowedSteps: t.field({
      type: [VolunteerTeamStepEnum],
      description: "The steps the viewer may take now, with volunteer:manage: EDIT, and DEACTIVATE while active or ACTIVATE while not (updateVolunteerTeam); SET_MEMBER while active (setVolunteerTeamMember).",
      select: { active: true, communityId: true },
      resolve: (team, _a, ctx) => allowedStepsFor(ctx, team.communityId, TEAM_STEPS, team),
    }),
    community: t.relation("community"),
    members: t.relation("members", {
      description: "Current members (and former ones with includeFormer): the leader first, then deputies, then members.",
      args: { includeFormer: t.arg.boolean({ required: false, defaultValue: false }) },
      query: (args) => ({ where: args.includeFormer ? {} : { leftAt: null }, orderBy: [{ role: "asc" }, { joinedAt: "asc" }, { id: "asc" }] }),
    }),
    memberCount: t.relationCount("members", { where: { leftAt: null }, description: "Current members." }),
    leaderName: t.string({
      nullable: true,
      description: "队长's name.",
      select: { members: { where: { role: "LEADER", leftAt: null }, take: 1, select: { volunteer: { select: { resident: { select: { name: true } } } } } } },
      resolve: (team) => team.members[0]?.volunteer.resident.name ?? null,
    }),
    activityCount: t.relationCount("activities", { description: "Activities of the team, all time." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("VolunteerTeamMember", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "A volunteer in a team with a role; leftAt once they left (joining again clears it).",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "volunteer:read") }),
  fields: (t) => ({
    role: t.expose("role", { type: VolunteerTeamRoleEnum }),
    name: t.string({ select: { volunteer: { select: { resident: { select: { name: true } } } } }, resolve: (m) => m.volunteer.resident.name }),
    team: t.relation("team"),
    volunteer: t.relation("volunteer"),
    joinedAt: t.expose("joinedAt", { type: "DateTime" }),
    leftAt: t.expose("leftAt", { type: "DateTime", nullable: true }),
    allowedSteps: t.field({
      type: [VolunteerTeamMemberStepEnum],
      description: "The steps the viewer may take now: REMOVE while the volunteer is in the team, with volunteer:manage.",
      select: { leftAt: true, communityId: true },
      resolve: (m, _a, ctx) => heldSteps(ctx, m.communityId, teamMemberSteps(m), () => "volunteer:manage"),
    }),
  }),
});

type TeamKind = "CULTURE" | "SPORTS" | "MEDICAL" | "PARTY" | "FAMILY" | "ENVIRONMENT" | "SAFETY" | "ELDERLY" | "OTHER";
function teamWhere(ctx: Context, args: { communityId: string; kind?: TeamKind | null; includeInactive?: boolean | null }): Prisma.VolunteerTeamWhereInput {
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "volunteer:read"),
    ...(args.kind ? { kind: args.kind } : {}),
    ...(args.includeInactive ? {} : { active: true }),
  };
}

builder.queryFields((t) => ({
  volunteerCommittee: t.prismaField({
    type: "VolunteerCommittee",
    nullable: true,
    description: "The community's volunteer service committee; null when there is none or the viewer may not see it. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id() },
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.volunteerCommittee.findFirst({ ...query, where: { communityId: parseId("communityId", String(args.communityId), "Community"), community: communityScope(ctx, "volunteer:read") } }),
  }),
  volunteerTeams: t.prismaConnection({
    type: "VolunteerTeam",
    cursor: "id",
    description: "The community's volunteer teams (active ones unless includeInactive), in creation order. Needs volunteer:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      kind: t.arg({ type: VolunteerTeamKindEnum, required: false }),
      includeInactive: t.arg.boolean({ required: false, defaultValue: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.volunteerTeam.count({ where: teamWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.volunteerTeam.findMany({ ...query, where: teamWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
