// Loading a project for work on it: a grant in its community, or being its lead (whatever the
// role); locking it; which accounts may lead it; which projects are overdue.
import type { Prisma } from "../../db.js";
import type { Project } from "../../generated/prisma/client.js";
import { actsForResident, notForResidentApps } from "../../shared/actor.js";
import { accountHolds, assertCan, can, type Action } from "../../shared/authz.js";
import { chinaDay } from "../../shared/chinaTime.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { lockRow } from "../../shared/locks.js";
import { loadFor, type Db, type Tx } from "../../shared/service.js";
import { WORK, type ProjectWork } from "./rules.js";

const viewerAccountId = (ctx: Context) => (ctx.actor.kind === "account" ? ctx.actor.accountId : null);

/** Is the viewer the project's lead (signed in as the lead's account)? */
export const isLead = (ctx: Context, p: { leadAccountId: string | null }) => p.leadAccountId !== null && p.leadAccountId === viewerAccountId(ctx);

/**
 * Load a project for work that its lead may do whatever their role (updates, expenses, plan):
 * the viewer holds `action` in the community, or is the lead and still reads the community.
 * Apps acting for a resident never do this work.
 */
export async function loadProjectForWork(ctx: Context, rawId: string, action: Action, field = "input.projectId"): Promise<Project> {
  const id = parseId(field, rawId, "Project");
  return projectForWork(ctx, id, action, field);
}

/** loadProjectForWork for a project id taken from a row (a milestone's, an expense's). */
export async function projectForWork(ctx: Context, id: string, action: Action, field: string, what = "项目"): Promise<Project> {
  const project = await ctx.prisma.project.findUnique({ where: { id } });
  if (!project) throw notFound(field, what);
  if (isLead(ctx, project) && (await can(ctx, "project:read", project.communityId))) return project;
  await assertCan(ctx, action, project.communityId, field, what);
  notForResidentApps(ctx, field, "管理项目");
  return project;
}

/**
 * May the viewer do `action` on the project, as the services decide: work its lead may do
 * (projectForWork) passes for the lead; otherwise the grant, and never an app acting for a resident.
 */
export async function mayDo(ctx: Context, p: { communityId: string; leadAccountId: string | null }, action: Action, leadMay: boolean): Promise<boolean> {
  if (leadMay && isLead(ctx, p) && (await can(ctx, "project:read", p.communityId))) return true;
  if (!(await can(ctx, action, p.communityId))) return false;
  return !leadMay || !actsForResident(ctx);
}

/** May the viewer do this work on the project now (its status aside)? */
export const mayWork = (ctx: Context, p: { communityId: string; leadAccountId: string | null }, work: ProjectWork) => mayDo(ctx, p, WORK[work].action, WORK[work].lead);

/** Load a project and check `action` on its community (no exception for the lead). */
export async function loadProject(ctx: Context, rawId: string, action: Action, field = "id"): Promise<Project> {
  const id = parseId(field, rawId, "Project");
  return loadFor(ctx, action, field, "项目", () => ctx.prisma.project.findUnique({ where: { id } }));
}

/** The project as it is now, locked for the rest of the transaction (check its status on this row). */
export async function lockedProject(tx: Tx, id: string) {
  await lockRow(tx, "Project", id);
  return tx.project.findUniqueOrThrow({ where: { id } });
}

/** An account that may see the community (any role there): lead and task owners must. */
export async function assertAccountReaches(db: Db, accountId: string, communityPath: string, field: string) {
  if (!(await accountHolds(db, accountId, null, communityPath))) {
    throw new UserError("INVALID", "该账号在本社区没有角色，不能担任负责人 (the account holds no role in this community)", field);
  }
}

/** Approved or running, with a milestone past its planned end (China calendar). */
export const overdueWhere = (ctx: Context): Prisma.ProjectWhereInput => ({
  status: { in: ["APPROVED", "IN_PROGRESS"] },
  milestones: { some: { completedOn: null, plannedEndOn: { lt: new Date(`${chinaDay(ctx.now())}T00:00:00Z`) } } },
});
