// The volunteer service committee (志愿服务委员会) and its members, and the volunteer teams with
// their leaders and members.
import { lockRow } from "../../shared/locks.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { createOwned, updateOwned } from "../../shared/owned.js";

import { conflict, inCommunity, invalid, loadFor, parseInput } from "../../shared/service.js";
import { committeeInput, committeeMemberInput, committeeUpdate, endMembershipInput, teamInput, teamMemberInput, teamUpdate } from "./volunteering.validation.js";
import { chinaDay } from "../../shared/chinaTime.js";
import { endMembershipRefusal, removeTeamMemberRefusal, teamInactive } from "./committee.rules.js";

export async function createVolunteerCommittee(ctx: Context, input: { communityId: string } & Record<string, unknown>) {
  const { communityId, ...rest } = input;
  return createOwned(ctx, {
    action: "volunteer:manage",
    targetType: "VolunteerCommittee",
    communityId,
    schema: committeeInput,
    input: rest,
    check: async (_d, cid) => {
      if (await ctx.prisma.volunteerCommittee.findUnique({ where: { communityId: cid }, select: { id: true } })) {
        throw new UserError("DUPLICATE", "本社区已成立志愿服务委员会 (the community has its committee)", "input.communityId");
      }
    },
    create: async (tx, d, cid) => {
      const community = await tx.community.findUniqueOrThrow({ where: { id: cid }, select: { name: true } });
      return tx.volunteerCommittee.create({ data: { communityId: cid, name: d.name ?? `${community.name}志愿服务委员会`, description: d.description ?? null } });
    },
  });
}

export function updateVolunteerCommittee(ctx: Context, id: string, input: unknown) {
  return updateOwned(ctx, {
    action: "volunteer:manage",
    targetType: "VolunteerCommittee",
    id,
    schema: committeeUpdate,
    input,
    load: (db, cid) => db.volunteerCommittee.findUnique({ where: { id: cid } }),
    update: (tx, d, cid) => tx.volunteerCommittee.update({ where: { id: cid }, data: d }),
  });
}

const sittingOn = (day: Date) => ({ joinedOn: { lte: day }, OR: [{ leftOn: null }, { leftOn: { gt: day } }] });

export async function addVolunteerCommitteeMember(ctx: Context, input: unknown) {
  const d = parseInput(committeeMemberInput, input);
  const committee = await loadFor(ctx, "volunteer:manage", "input.committeeId", "志愿服务委员会", () => ctx.prisma.volunteerCommittee.findUnique({ where: { id: d.committeeId } }));
  await inCommunity("input.residentId", committee.communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: d.residentId }, select: { communityId: true } }));
  const joinedOn = d.joinedOn ?? new Date(`${chinaDay(ctx.now())}T00:00:00Z`);
  return command(ctx, async (tx) => {
    await lockRow(tx, "VolunteerCommittee", committee.id);
    if (await tx.volunteerCommitteeMember.findFirst({ where: { committeeId: committee.id, residentId: d.residentId, leftOn: null } })) {
      throw new UserError("DUPLICATE", "该居民已是委员会成员 (already a member)", "input.residentId");
    }
    if (d.role === "DIRECTOR" && (await tx.volunteerCommitteeMember.findFirst({ where: { committeeId: committee.id, role: "DIRECTOR", ...sittingOn(joinedOn) } }))) {
      throw conflict("委员会已有主任，请先让现任主任离任 (the committee has a director)", "input.role");
    }
    const member = await tx.volunteerCommitteeMember.create({ data: { communityId: committee.communityId, committeeId: committee.id, residentId: d.residentId, role: d.role, joinedOn } });
    await audit(tx, ctx, { action: "volunteer:manage", communityId: committee.communityId, targetType: "VolunteerCommitteeMember", targetId: member.id, after: member });
    return member;
  });
}

export async function endVolunteerCommitteeMembership(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(endMembershipInput, input);
  const member = await loadFor(ctx, "volunteer:manage", "id", "委员", () => ctx.prisma.volunteerCommitteeMember.findUnique({ where: { id: parseId("id", rawId, "VolunteerCommitteeMember") } }));
  const left = endMembershipRefusal(member);
  if (left) throw conflict(left);
  if (d.leftOn.getTime() < member.joinedOn.getTime()) throw invalid("离任日期不能早于加入日期 (leftOn before joinedOn)", "input.leftOn");
  return command(ctx, async (tx) => {
    const { count } = await tx.volunteerCommitteeMember.updateMany({ where: { id: member.id, leftOn: null }, data: { leftOn: d.leftOn, leaveReason: d.reason ?? null } });
    if (count !== 1) throw conflict(endMembershipRefusal({ leftOn: d.leftOn })!);
    const after = await tx.volunteerCommitteeMember.findUniqueOrThrow({ where: { id: member.id } });
    await audit(tx, ctx, { action: "volunteer:manage", communityId: member.communityId, targetType: "VolunteerCommitteeMember", targetId: member.id, before: member, after });
    return after;
  });
}

export function createVolunteerTeam(ctx: Context, input: { communityId: string } & Record<string, unknown>) {
  const { communityId, ...rest } = input;
  return createOwned(ctx, {
    action: "volunteer:manage",
    targetType: "VolunteerTeam",
    communityId,
    schema: teamInput,
    input: rest,
    create: (tx, d, cid) => tx.volunteerTeam.create({ data: { ...d, communityId: cid } }),
  });
}

export function updateVolunteerTeam(ctx: Context, id: string, input: unknown) {
  return updateOwned(ctx, {
    action: "volunteer:manage",
    targetType: "VolunteerTeam",
    id,
    schema: teamUpdate,
    input,
    load: (db, tid) => db.volunteerTeam.findUnique({ where: { id: tid } }),
    update: (tx, d, tid) => tx.volunteerTeam.update({ where: { id: tid }, data: d }),
  });
}

/** Put a volunteer in a team with a role, or change their role (joining again after leaving). A team has one LEADER at a time. */
export async function setVolunteerTeamMember(ctx: Context, input: unknown) {
  const d = parseInput(teamMemberInput, input);
  const team = await loadFor(ctx, "volunteer:manage", "input.teamId", "志愿服务队", () => ctx.prisma.volunteerTeam.findUnique({ where: { id: d.teamId } }));
  const volunteer = await inCommunity("input.volunteerId", team.communityId, "志愿者", () => ctx.prisma.volunteer.findUnique({ where: { id: d.volunteerId } }));
  const inactive = teamInactive(team);
  if (inactive) throw conflict(inactive, "input.teamId");
  if (!volunteer.active) throw conflict("该志愿者已停用 (the volunteer is inactive)", "input.volunteerId");
  return command(ctx, async (tx) => {
    await lockRow(tx, "VolunteerTeam", team.id);
    if (d.role === "LEADER") {
      const leader = await tx.volunteerTeamMember.findFirst({ where: { teamId: team.id, role: "LEADER", leftAt: null, volunteerId: { not: volunteer.id } } });
      if (leader) throw conflict("该队已有队长，请先调整现任队长 (the team has a leader)", "input.role");
    }
    const before = await tx.volunteerTeamMember.findUnique({ where: { teamId_volunteerId: { teamId: team.id, volunteerId: volunteer.id } } });
    const after = before
      ? await tx.volunteerTeamMember.update({ where: { id: before.id }, data: { role: d.role, leftAt: null, ...(before.leftAt ? { joinedAt: ctx.now() } : {}) } })
      : await tx.volunteerTeamMember.create({ data: { communityId: team.communityId, teamId: team.id, volunteerId: volunteer.id, role: d.role, joinedAt: ctx.now() } });
    await audit(tx, ctx, { action: "volunteer:manage", communityId: team.communityId, targetType: "VolunteerTeamMember", targetId: after.id, before, after });
    return after;
  });
}

export async function removeVolunteerTeamMember(ctx: Context, rawId: string) {
  const member = await loadFor(ctx, "volunteer:manage", "id", "队员", () => ctx.prisma.volunteerTeamMember.findUnique({ where: { id: parseId("id", rawId, "VolunteerTeamMember") } }));
  return command(ctx, async (tx) => {
    // Checked under the update's condition: the row as it is now, not as it was loaded.
    const { count } = await tx.volunteerTeamMember.updateMany({ where: { id: member.id, leftAt: null }, data: { leftAt: ctx.now() } });
    if (count !== 1) throw conflict(removeTeamMemberRefusal({ leftAt: ctx.now() })!);
    const after = await tx.volunteerTeamMember.findUniqueOrThrow({ where: { id: member.id } });
    await audit(tx, ctx, { action: "volunteer:manage", communityId: member.communityId, targetType: "VolunteerTeamMember", targetId: member.id, before: member, after });
    return after;
  });
}
