// Who is acting: the columns that record it, the name shown on timelines, and the guards for the
// resident side. A resident acts either signed in themselves (actor kind "resident", issue #14) or
// through an API client acting for them (X-Act-As-Resident); every rule asks actingResident()
// and treats both alike: limited to that resident's own records and their household's.
import type { Context } from "./context.js";
import { ACT_AS_HEADER } from "./context.js";
import { forbidden, UserError } from "./errors.js";
import type { Db } from "./service.js";

/** The resident who acts: a signed-in resident, or the one an API client acts for; null for staff, apps acting for nobody and nobody. */
export function actingResident(ctx: Context): string | null {
  const a = ctx.actor;
  return a.kind === "resident" ? a.residentId : a.kind === "client" ? a.actingResidentId : null;
}

/** Who made a change, for audit rows, created-by columns, timelines and ledger entries. */
export function actorColumns(ctx: Context) {
  const a = ctx.actor;
  return {
    actorAccountId: a.kind === "account" ? a.accountId : null,
    apiClientId: a.kind === "client" ? a.clientId : null,
    actingResidentId: actingResident(ctx),
  };
}

const names = new WeakMap<Context, Promise<string>>();

/**
 * Who is acting, by name (cached for the request): an account's display name, or the resident and
 * the app acting for them, or the app's name. Inside a transaction pass its client (PGlite has one
 * connection).
 */
export function actorName(ctx: Context, db: Db = ctx.prisma): Promise<string> {
  let p = names.get(ctx);
  if (!p) {
    p = (async () => {
      const a = ctx.actor;
      if (a.kind === "account") return (await db.account.findUnique({ where: { id: a.accountId }, select: { displayName: true } }))?.displayName ?? "工作人员";
      if (a.kind === "resident") return (await db.resident.findUnique({ where: { id: a.residentId }, select: { name: true } }))?.name ?? "居民";
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

/** The signed-in account's display name; null for apps and nobody. */
export const accountName = async (ctx: Context, db: Db = ctx.prisma): Promise<string | null> => (ctx.actor.kind === "account" ? actorName(ctx, db) : null);

/** A resident acting (signed in, or through an app acting for them), not staff, not an app acting for nobody? */
export const actsForResident = (ctx: Context): boolean => actingResident(ctx) !== null;

/**
 * The resident who acts (signed in, or the one an API client acts for); null for accounts. A
 * client acting for nobody: REQUIRED naming the header ("<what>须由应用代居民<verb>").
 */
export function actingResidentOf(ctx: Context, what: string, verb: "操作" | "提交" = "操作"): string | null {
  const a = ctx.actor;
  if (a.kind === "resident") return a.residentId;
  if (a.kind !== "client") return null;
  if (!a.actingResidentId) throw new UserError("REQUIRED", `${what}须由应用代居民${verb} (send ${ACT_AS_HEADER})`, ACT_AS_HEADER);
  return a.actingResidentId;
}

/** Only a resident (signed in, or through an app) may do this: the resident's id; REQUIRED for an app acting for nobody, FORBIDDEN for accounts. */
export function requireActingResident(ctx: Context, what: string): string {
  const id = actingResidentOf(ctx, what, "提交");
  if (id === null) throw forbidden(null, `${what}须由居民本人提交 (only a resident may do this)`);
  return id;
}

/** Refuse a resident acting (signed in, or through an app): staff work. */
export function notForResidentApps(ctx: Context, field: string | null, what: string) {
  if (ctx.actor.kind === "resident") throw forbidden(field, `居民不能${what} (residents cannot do this)`);
  if (actsForResident(ctx)) throw forbidden(field, `应用代居民操作时不能${what} (apps acting for a resident cannot do this)`);
}

/** For a resident acting: a where-filter on the rows' residentId; {} for everyone else. */
export const residentFilter = (ctx: Context) => {
  const r = actingResident(ctx);
  return r ? { residentId: r } : {};
};

export const NOBODY = "00000000-0000-0000-0000-000000000000";
/** The acting resident's id, or a value matching nothing when no resident acts. */
export const actingOrNobody = (ctx: Context) => actingResident(ctx) ?? NOBODY;

/** Who acts, for rules that differ by it (allowedSteps): staff (a signed-in account), a resident (signed in, or through an app), an app acting for nobody. */
export type ActorKind = "staff" | "resident" | "app";
export const actorKind = (ctx: Context): ActorKind => (actingResident(ctx) ? "resident" : ctx.actor.kind === "client" ? "app" : "staff");

/** Through an API client (acting for a resident or for nobody), rather than staff or a signed-in resident? */
export const viaApp = (ctx: Context): boolean => ctx.actor.kind === "client";
