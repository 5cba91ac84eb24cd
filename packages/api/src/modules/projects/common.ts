// Helpers the project services share: input parsing, loading a project and checking the viewer may
// act on it (a grant, or being its lead), who is acting, the timeline's events, row locks.
import type { z } from "zod";
import type { Prisma } from "../../db.js";
import type { Project } from "../../generated/prisma/client.js";
import type { ProjectEventKind } from "../../generated/prisma/enums.js";
import { assertCan, can, type Action } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { ACT_AS_HEADER } from "../../shared/context.js";
import { forbidden, fromZod, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { chinaDay } from "../../shared/chinaTime.js";


export type Tx = Prisma.TransactionClient;
export type Db = Tx | Context["prisma"];

export const conflict = (message: string, field: string | null = "id") => new UserError("CONFLICT", message, field);
export const invalid = (message: string, field: string | null) => new UserError("INVALID", message, field);

/** Validate with zod; a bad field is a UserError naming `input.<field>` (REQUIRED for a missing conditional field). */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = "input"): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (r.success) return r.data;
  const err = fromZod(r.error, root);
  const issues = err.issues.map((issue, i) => {
    const raw = r.error.issues[i] as { code: string; params?: { required?: boolean } } | undefined;
    return raw?.code === "custom" && raw.params?.required ? { ...issue, code: "REQUIRED" as const } : issue;
  });
  throw new UserError(issues[0]!.code, issues[0]!.message, issues[0]!.field, issues);
}

/** A referenced row must exist in `communityId`; another tenant's row is "not found". */
export async function inCommunity<T extends { communityId: string }>(field: string, communityId: string, what: string, find: () => Promise<T | null>): Promise<T> {
  const row = await find();
  if (!row || row.communityId !== communityId) throw notFound(field, what);
  return row;
}

/** Load a community-owned row and check `action` on its community; unknown or unseen → NOT_FOUND on `field`. */
export async function loadFor<T extends { communityId: string }>(ctx: Context, action: Action, field: string, what: string, find: () => Promise<T | null>): Promise<T> {
  const row = await find();
  if (!row) throw notFound(field, what);
  await assertCan(ctx, action, row.communityId, field, what);
  return row;
}

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
  if (ctx.actor.kind === "client" && ctx.actor.actingResidentId) throw forbidden(field, "应用代居民操作时不能管理项目 (apps acting for a resident cannot do this)");
  return project;
}

/** Load a project and check `action` on its community (no exception for the lead). */
export async function loadProject(ctx: Context, rawId: string, action: Action, field = "id"): Promise<Project> {
  const id = parseId(field, rawId, "Project");
  return loadFor(ctx, action, field, "项目", () => ctx.prisma.project.findUnique({ where: { id } }));
}

/** The REQUIRED error for apps that must act for a resident. */
export function actingResidentOf(ctx: Context, what: string): string | null {
  const a = ctx.actor;
  if (a.kind !== "client") return null;
  if (!a.actingResidentId) throw new UserError("REQUIRED", `${what}须由应用代居民提交 (send ${ACT_AS_HEADER})`, ACT_AS_HEADER);
  return a.actingResidentId;
}

const names = new WeakMap<Context, Promise<string>>();

/** Who is acting, for timelines: an account's display name, or an app's name and the resident it acts for. */
export function actorName(ctx: Context, db: Db = ctx.prisma): Promise<string> {
  let p = names.get(ctx);
  if (!p) {
    p = (async () => {
      const a = ctx.actor;
      if (a.kind === "account") return (await db.account.findUnique({ where: { id: a.accountId }, select: { displayName: true } }))?.displayName ?? "工作人员";
      if (a.kind === "client") {
        const client = await db.apiClient.findUnique({ where: { id: a.clientId }, select: { name: true } });
        const resident = a.actingResidentId ? await db.resident.findUnique({ where: { id: a.actingResidentId }, select: { name: true } }) : null;
        return resident ? `${resident.name}（通过${client?.name ?? "应用"}）` : (client?.name ?? "应用");
      }
      return "匿名";
    })();
    names.set(ctx, p);
  }
  return p;
}

export function actorColumns(ctx: Context) {
  const a = ctx.actor;
  return {
    actorAccountId: a.kind === "account" ? a.accountId : null,
    apiClientId: a.kind === "client" ? a.clientId : null,
    actingResidentId: a.kind === "client" ? a.actingResidentId : null,
  };
}

export interface EventInput {
  kind: ProjectEventKind;
  summary: string;
  note?: string | null;
  fromStatus?: Project["status"] | null;
  amountFen?: bigint | number | null;
  subjectType?: string | null;
  subjectId?: string | null;
}

/** Append to the project's timeline (insert-only), inside the caller's transaction. */
export async function recordEvent(tx: Tx, ctx: Context, project: { id: string; communityId: string; status: Project["status"] }, e: EventInput) {
  await tx.projectEvent.create({
    data: {
      communityId: project.communityId,
      projectId: project.id,
      kind: e.kind,
      fromStatus: e.fromStatus ?? null,
      toStatus: project.status,
      summary: e.summary,
      note: e.note ?? null,
      amountFen: e.amountFen ?? null,
      subjectType: e.subjectType ?? null,
      subjectId: e.subjectId ?? null,
      actorName: await actorName(ctx, tx),
      ...actorColumns(ctx),
      createdAt: ctx.now(),
    },
  });
}

/** Lock the project's row for the rest of the transaction (serializes changes to one project). */
export async function lockProject(tx: Tx, id: string) {
  await tx.$queryRaw`SELECT id FROM "Project" WHERE id = ${id}::uuid FOR UPDATE`;
}

/** The project as it is now, locked for the rest of the transaction (check its status on this row). */
export async function lockedProject(tx: Tx, id: string) {
  await lockProject(tx, id);
  return tx.project.findUniqueOrThrow({ where: { id } });
}

/** An account that may see the community (any role there): lead and task owners must. */
export async function assertAccountReaches(db: Db, accountId: string, communityPath: string, field: string) {
  const grants = await db.grant.findMany({
    where: { accountId, account: { disabledAt: null } },
    select: { region: { select: { path: true } }, community: { select: { path: true } } },
  });
  if (!grants.some((g) => communityPath.startsWith(g.region?.path ?? g.community?.path ?? "/nowhere/"))) {
    throw new UserError("INVALID", "该账号在本社区没有角色，不能担任负责人 (the account holds no role in this community)", field);
  }
}

/** Approved or running, with a milestone past its planned end (China calendar). */
export const overdueWhere = (ctx: Context): Prisma.ProjectWhereInput => ({
  status: { in: ["APPROVED", "IN_PROGRESS"] },
  milestones: { some: { completedOn: null, plannedEndOn: { lt: new Date(`${chinaDay(ctx.now())}T00:00:00Z`) } } },
});
