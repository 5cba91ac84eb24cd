// Volunteers: a resident registers with the serving community, through staff (volunteer:manage) or
// through an app acting for them (activity:signUp). An in-work party member living in another
// community registers too (双报到): the volunteer row is the serving community's, linked to the
// resident of the home community, and listed as DUAL_REGISTERED.
import type { Volunteer } from "../../generated/prisma/client.js";
import { assertCan, can } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromPrisma, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { actingResidentOf } from "../../shared/actor.js";
import { invalid, parseInput } from "../../shared/service.js";
import { volunteerInput, volunteerUpdate } from "./volunteering.validation.js";

export async function registerVolunteer(ctx: Context, input: { communityId: string } & Record<string, unknown>): Promise<Volunteer> {
  const { communityId: rawCommunity, ...rest } = input;
  const communityId = parseId("input.communityId", rawCommunity, "Community");
  const d = parseInput(volunteerInput, rest);
  const acting = actingResidentOf(ctx, "志愿者登记");
  await assertCan(ctx, acting ? "activity:signUp" : "volunteer:manage", communityId, "input.communityId");
  if (acting && d.residentId && d.residentId !== acting) throw forbidden("input.residentId", "只能登记本人 (only the resident the app acts for)");
  const residentId = acting ?? d.residentId;
  if (!residentId) throw new UserError("REQUIRED", "请选择登记的居民 (residentId)", "input.residentId");
  const resident = await ctx.prisma.resident.findUnique({ where: { id: residentId }, select: { id: true, communityId: true, isPartyMember: true } });
  // Staff reach a resident of another community only where they may read residents (e.g. a street grant).
  if (!resident || (!acting && resident.communityId !== communityId && !(await can(ctx, "resident:read", resident.communityId)))) throw notFound("input.residentId", "居民");
  const dual = resident.communityId !== communityId;
  if (dual && !resident.isPartyMember) throw invalid("外社区居民须为在职党员方可双报到 (双报到 is for party members of another community)", "input.residentId");
  return command(ctx, async (tx) => {
    const volunteer = await tx.volunteer
      .create({
        data: {
          communityId,
          residentId,
          kind: dual ? "DUAL_REGISTERED" : "RESIDENT",
          homeCommunityId: dual ? resident.communityId : null,
          skills: d.skills,
          workUnit: d.workUnit ?? null,
          note: d.note ?? null,
          registeredAt: ctx.now(),
        },
      })
      .catch((e: unknown) => {
        if ((e as { code?: string }).code === "P2002") throw new UserError("DUPLICATE", "该居民已登记为本社区志愿者 (already registered)", acting ? "input.communityId" : "input.residentId");
        return fromPrisma(e);
      });
    await audit(tx, ctx, { action: acting ? "activity:signUp" : "volunteer:manage", communityId, targetType: "Volunteer", targetId: volunteer.id, after: volunteer });
    return volunteer;
  });
}

/** Staff change a volunteer's skills, work unit, note or status; an app acting for the volunteer's resident changes their own skills and work unit. */
export async function updateVolunteer(ctx: Context, rawId: string, input: unknown): Promise<Volunteer> {
  const id = parseId("id", rawId, "Volunteer");
  const d = parseInput(volunteerUpdate, input);
  const before = await ctx.prisma.volunteer.findUnique({ where: { id } });
  if (!before) throw notFound("id", "志愿者");
  const acting = actingResidentOf(ctx, "修改志愿者信息");
  if (acting && before.residentId !== acting) throw notFound("id", "志愿者");
  await assertCan(ctx, acting ? "activity:signUp" : "volunteer:manage", before.communityId, "id", "志愿者");
  if (acting && (d.active !== undefined || d.note !== undefined)) throw forbidden(d.active !== undefined ? "input.active" : "input.note", "状态和备注由工作人员维护 (staff set these)");
  return command(ctx, async (tx) => {
    const after = await tx.volunteer.update({ where: { id }, data: d });
    await audit(tx, ctx, { action: acting ? "activity:signUp" : "volunteer:manage", communityId: before.communityId, targetType: "Volunteer", targetId: id, before, after });
    return after;
  });
}
