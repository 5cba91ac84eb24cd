// Authorization: one list of actions, with the roles that hold them, as data. Services call
// assertCan(ctx, action, communityId) for every read and write; list queries filter with
// communityScope(ctx, action). A role granted on a region node reaches every community below it.
import type { Role } from "../generated/prisma/enums.js";
import type { Context, GrantInfo } from "./context.js";
import type { Db } from "./service.js";
import { forbidden, notFound } from "./errors.js";

const ALL: Role[] = ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR", "OVERSEER"];

export const ACTIONS = {
  "community:read": ALL,
  "community:update": ["ADMIN"],
  "region:manage": ["ADMIN"], // create streets and communities under a region
  "grid:read": ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR"],
  "grid:manage": ["ADMIN", "STAFF"],
  "household:read": ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR"],
  "household:manage": ["ADMIN", "STAFF", "GRID_WORKER"],
  "resident:read": ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR"],
  "resident:create": ["ADMIN", "STAFF", "GRID_WORKER"],
  "resident:update": ["ADMIN", "STAFF", "GRID_WORKER"],
  "resident:viewPii": ["ADMIN"],
  /** API clients only: act for a resident of the client's communities. Admins may grant it. */
  "resident:actAs": ["ADMIN"],
  "organization:read": ALL,
  "organization:manage": ["ADMIN", "STAFF"],
  "account:read": ["ADMIN"],
  "account:manage": ["ADMIN"],
  "apiClient:manage": ["ADMIN"],
  "audit:read": ["ADMIN", "AUDITOR"],
  // deliberation + notices actions
  "deliberation:read": ALL, // committee, charter, members, catalog, topics, meetings, votes, resolutions
  "committee:manage": ["ADMIN", "STAFF"], // committee, charter versions, terms, members, catalog, stakeholders
  "topic:propose": ["ADMIN", "STAFF", "GRID_WORKER"], // API clients acting for a resident too
  "topic:cosign": ["ADMIN"], // API clients acting for a resident (联名)
  "topic:review": ["ADMIN", "STAFF"], // accept (立项) or decline
  "meeting:manage": ["ADMIN", "STAFF"], // schedule, agenda, attendance, minutes, open/close votes
  "vote:cast": ["ADMIN", "STAFF"], // record a member's ballot at the meeting; a client acting for a member casts only its own
  "resolution:manage": ["ADMIN", "STAFF"], // resolutions, implementation updates, escalations
  "notice:read": ALL,
  "notice:publish": ["ADMIN", "STAFF"], // publish and withdraw
  "notice:object": ["ADMIN", "STAFF"], // API clients acting for a resident; staff recording an objection received in person
  "notice:answer": ["ADMIN", "STAFF"],
  // service-complex actions
  "service:read": ALL, // the complex, rooms, windows, the catalog, the holiday calendar, the room calendar
  "service:manage": ["ADMIN", "STAFF"], // the complex, rooms, windows and clerks, the community's catalog
  "catalog:manageTemplate": ["ADMIN"], // on a district: its template catalog and its holiday calendar
  "ticket:read": ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR"], // an API client acting for a resident reads that resident's only
  "ticket:create": ["ADMIN", "STAFF", "GRID_WORKER"], // at a window or by proxy; API clients acting for a resident (online)
  "ticket:handle": ["ADMIN", "STAFF"], // accept, return, transfer, complete, reject, assign
  "ticket:rate": ["ADMIN"], // API clients acting for the ticket's resident; admins record a rating given in person
  "visit:read": ["ADMIN", "STAFF", "AUDITOR"],
  "visit:manage": ["ADMIN", "STAFF"],
  "room:book": ["ADMIN", "STAFF"], // API clients acting for a resident, for rooms bookable by residents
  "report:read": ["ADMIN", "STAFF", "AUDITOR", "OVERSEER"],
  // volunteering + points actions
  "volunteer:read": ALL, // the committee, teams, volunteers, activities, sign-ups and hours (an app acting for a resident: its own sign-ups)
  "volunteer:manage": ["ADMIN", "STAFF"], // the committee and its members, teams and leaders, registering volunteers
  "activity:manage": ["ADMIN", "STAFF"], // activities; sign-ups, check-in/out on a volunteer's behalf
  "activity:signUp": ["ADMIN"], // API clients acting for a resident: register, sign up, cancel, check in/out by QR code
  "hours:verify": ["ADMIN", "STAFF"], // approve, adjust or reject service hours (points are granted on approval)
  "points:read": ALL, // rules, accounts, the ledger, claims, the store, rankings (an app acting for a resident: its own)
  "points:configure": ["ADMIN"], // the community's points settings and rules (村规民约积分细则)
  "points:claim": ["ADMIN", "STAFF", "GRID_WORKER"], // 申报 an award or deduction
  "points:approve": ["ADMIN"], // 审核 claims, publicize (with notice:publish) and post them (入账)
  "points:reverse": ["ADMIN"], // 冲正: a reversing entry
  "store:manage": ["ADMIN", "STAFF"], // rewards and stock
  "store:redeem": ["ADMIN"], // API clients acting for a resident: redeem and cancel their own
  "store:fulfil": ["ADMIN", "STAFF"], // 核销 at the counter; redeem and cancel on a resident's behalf
  // projects actions
  "project:read": ALL, // project types, projects with their plan, money, sponsors, evaluation and timeline; needs; alliance units; the portfolio
  "project:manage": ["ADMIN", "STAFF"], // types; create and change projects, milestones, tasks, beneficiaries, budget lines; deliberate, start, complete, cancel before approval
  "project:approve": ["ADMIN"], // approve (立项); cancel an approved project
  "project:report": ["ADMIN", "STAFF", "GRID_WORKER"], // progress updates, photos, receipts, expenses, milestones reached (the project's lead may too, whatever the role)
  "project:review": ["ADMIN", "STAFF"], // the committee's evaluation (评议: score and comments)
  "project:evaluate": ["ADMIN"], // API clients acting for a resident answer the satisfaction survey; admins record a paper answer
  "project:request": ["ADMIN"], // API clients acting for a resident: 群众点菜, a resident asks for a project
  "need:manage": ["ADMIN", "STAFF"], // the needs board (管家计划)
  "allianceUnit:manage": ["ADMIN", "STAFF"], // alliance units (共建单位) on a community or a street
  "sponsorship:record": ["ADMIN", "STAFF"], // pledges (认领/资助), their arrival and withdrawal
  // resident sign-in actions
  "resident:signInCard": ["ADMIN", "STAFF", "GRID_WORKER"], // print a one-time sign-in card (QR) for a resident without a phone
  "message:read": ["ADMIN", "STAFF"], // the message log: what was sent to residents' phones (with the development provider, the codes)
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;
export const ACTION_NAMES = Object.keys(ACTIONS) as Action[];

/**
 * What a signed-in resident holds, in their own community only: the actions the comments above
 * name for an app acting for a resident. The services limit each to the resident's own records and
 * their household's (shared/actor.ts actingResident), exactly as for an app acting for them.
 */
export const RESIDENT_ACTIONS: ReadonlySet<Action> = new Set<Action>([
  "community:read",
  "organization:read",
  "deliberation:read",
  "topic:propose",
  "topic:cosign",
  "notice:read",
  "notice:object",
  "service:read",
  "ticket:read",
  "ticket:create",
  "ticket:rate",
  "room:book",
  "volunteer:read",
  "activity:signUp",
  "points:read",
  "store:redeem",
  "project:read",
  "project:evaluate",
  "project:request",
]);
export const isAction = (a: string): a is Action => a in ACTIONS;

/** Actions an account holding `role` may perform. */
export const actionsOfRole = (role: Role): Action[] =>
  ACTION_NAMES.filter((a) => (ACTIONS[a] as readonly Role[]).includes(role));

const roleHolds = (role: Role, action: Action) => (ACTIONS[action] as readonly Role[]).includes(role);

/** Does this grant reach a node with this materialized path? */
const reaches = (g: GrantInfo, path: string) => path.startsWith(g.path);

/** Can the viewer do `action` on the node (community or region) with this path? Sync: grants are in ctx. */
export function canAtPath(ctx: Context, action: Action, path: string, communityId?: string): boolean {
  const a = ctx.actor;
  if (a.kind === "account") return a.grants.some((g) => roleHolds(g.role, action) && reaches(g, path));
  if (a.kind === "client") return communityId !== undefined && a.actions.has(action) && a.communityIds.has(communityId);
  if (a.kind === "resident") return communityId === a.communityId && RESIDENT_ACTIONS.has(action);
  return false;
}

/** The community's path, cached for the request. Unknown id → null. */
export async function communityPath(ctx: Context, communityId: string): Promise<string | null> {
  const cached = ctx.cache.communityPaths.get(communityId);
  if (cached !== undefined) return cached;
  const c = await ctx.prisma.community.findUnique({ where: { id: communityId }, select: { path: true } });
  ctx.cache.communityPaths.set(communityId, c?.path ?? null);
  return c?.path ?? null;
}

export async function can(ctx: Context, action: Action, communityId: string): Promise<boolean> {
  const path = await communityPath(ctx, communityId);
  return path !== null && canAtPath(ctx, action, path, communityId);
}

/**
 * Does the viewer see anything at the node with this path: a read reach over it (a grant at or
 * above it, or an API client's community)? Rows of a node the viewer does not see are answered
 * NOT_FOUND, exactly like ids that name nothing.
 */
export const seesPath = (ctx: Context, path: string, communityId?: string): boolean => canAtPath(ctx, "community:read", path, communityId);

/** Does the viewer see the region itself: a grant at, above or below it (a community's admin sees its street and district)? */
export function seesRegion(ctx: Context, regionPath: string): boolean {
  const a = ctx.actor;
  return a.kind === "account" && a.grants.some((g) => reaches(g, regionPath) || g.path.startsWith(regionPath));
}

/**
 * Throws unless the viewer may do `action` in the community. One answer for what the viewer may
 * not see: an unknown community, and one the viewer has no reach over, are NOT_FOUND on `field`
 * with the message of an unknown `what` (pass the name of the row that was loaded, so another
 * community's row answers exactly like a random id). FORBIDDEN only when the viewer sees the
 * community but lacks the action.
 */
export async function assertCan(ctx: Context, action: Action, communityId: string, field: string | null = null, what = "社区") {
  const path = await communityPath(ctx, communityId);
  if (path === null || (!seesPath(ctx, path, communityId) && !canAtPath(ctx, action, path, communityId))) {
    throw notFound(field ?? "communityId", what);
  }
  if (!canAtPath(ctx, action, path, communityId)) throw forbidden(field);
}

/** assertCan for a loaded row of a community: unseen → the same NOT_FOUND as an unknown `what`. */
export const assertCanOn = (ctx: Context, action: Action, row: { communityId: string }, field: string, what: string) =>
  assertCan(ctx, action, row.communityId, field, what);

/** The region counterpart: NOT_FOUND (as an unknown `what`) unless the viewer sees the region; FORBIDDEN when it sees it but lacks `action`. */
export function assertCanAtRegion(ctx: Context, action: Action, regionPath: string, field: string | null = null, what = "区域") {
  if (!canAtPath(ctx, action, regionPath) && !seesRegion(ctx, regionPath)) throw notFound(field ?? "regionId", what);
  if (!canAtPath(ctx, action, regionPath)) throw forbidden(field);
}

/** A Prisma where-filter on `path`: the nodes (communities or regions) the viewer's grants holding `action` reach. */
function pathScope(grants: readonly GrantInfo[], action: Action) {
  const paths = grants.filter((g) => roleHolds(g.role, action)).map((g) => g.path);
  if (paths.length === 0) return { id: { in: [] as string[] } };
  return { OR: paths.map((p) => ({ path: { startsWith: p } })) };
}

/** A Prisma `Community` where-filter: the communities where the viewer may do `action`. */
export function communityScope(ctx: Context, action: Action) {
  const a = ctx.actor;
  if (a.kind === "account") return pathScope(a.grants, action);
  if (a.kind === "client" && a.actions.has(action)) return { id: { in: [...a.communityIds] } };
  if (a.kind === "resident" && RESIDENT_ACTIONS.has(action)) return { id: { in: [a.communityId] } };
  return { id: { in: [] as string[] } };
}

/** A Prisma `Region` where-filter: the streets and districts where the viewer may do `action` itself (a grant there or above; API clients hold nothing on regions). */
export function regionActionScope(ctx: Context, action: Action) {
  const a = ctx.actor;
  return a.kind === "account" ? pathScope(a.grants, action) : { id: { in: [] as string[] } };
}

/** A Prisma `Region` where-filter: regions the viewer reaches (for any read) or that lie above a community it reaches. */
export function regionScope(ctx: Context) {
  const a = ctx.actor;
  if (a.kind !== "account" || a.grants.length === 0) return { id: { in: [] as string[] } };
  // A region is visible when a grant reaches it, or when it is an ancestor of a granted node.
  const ancestors = a.grants.flatMap((g) => g.path.split("/").filter(Boolean));
  return { OR: [...a.grants.map((g) => ({ path: { startsWith: g.path } })), { id: { in: ancestors } }] };
}

/** Every action the viewer holds somewhere (for `viewer.actions`). */
export function heldActions(ctx: Context): Action[] {
  const a = ctx.actor;
  if (a.kind === "account") return ACTION_NAMES.filter((act) => a.grants.some((g) => roleHolds(g.role, act)));
  if (a.kind === "client") return ACTION_NAMES.filter((act) => a.actions.has(act));
  if (a.kind === "resident") return ACTION_NAMES.filter((act) => RESIDENT_ACTIONS.has(act));
  return [];
}

/**
 * Does an account (not disabled) hold `action` at the node with this path through any of its
 * grants; with `action` null, any role there (for naming an account as a lead, a clerk, an owner)?
 */
export async function accountHolds(db: Db, accountId: string, action: Action | null, path: string): Promise<boolean> {
  const grants = await db.grant.findMany({
    where: { accountId, account: { disabledAt: null } },
    select: { role: true, region: { select: { path: true } }, community: { select: { path: true } } },
  });
  return grants.some((g) => (action === null || roleHolds(g.role, action)) && path.startsWith(g.region?.path ?? g.community?.path ?? "/nowhere/"));
}

/**
 * For `allowedSteps` fields: the steps (already allowed by the row's state) whose actions the
 * viewer holds in the community. A step may need several actions (all of them); none: no grant.
 */
export async function heldSteps<S extends string>(ctx: Context, communityId: string, steps: readonly S[], actionsOf: (step: S) => Action | readonly Action[]): Promise<S[]> {
  const path = await communityPath(ctx, communityId);
  if (path === null) return [];
  return steps.filter((s) => ([] as Action[]).concat(actionsOf(s)).every((a) => canAtPath(ctx, a, path, communityId)));
}
