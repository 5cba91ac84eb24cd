// Helpers the points and volunteering services share: validation, loading a row with the grant
// check on its community, who is acting, and row locks.
import type { z } from "zod";
import type { Prisma } from "../../db.js";
import { assertCan, type Action } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { ACT_AS_HEADER } from "../../shared/context.js";
import { forbidden, fromZod, notFound, UserError } from "../../shared/errors.js";

export type Tx = Prisma.TransactionClient;
export type Db = Tx | Context["prisma"];

export const conflict = (message: string, field: string | null = "id") => new UserError("CONFLICT", message, field);
export const invalid = (message: string, field: string | null) => new UserError("INVALID", message, field);

/** Validate an input with zod; a bad field is a UserError naming `input.<field>`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = "input"): z.output<S> {
  const r = schema.safeParse(input ?? {});
  if (!r.success) throw fromZod(r.error, root);
  return r.data;
}

/** Load a community-owned row and check `action` on its community; unknown or unseen → NOT_FOUND on `field`. */
export async function loadFor<T extends { communityId: string }>(ctx: Context, action: Action, field: string, what: string, find: () => Promise<T | null>): Promise<T> {
  const row = await find();
  if (!row) throw notFound(field, what);
  await assertCan(ctx, action, row.communityId, field, what);
  return row;
}

/** A referenced row must exist in `communityId`; another tenant's row is "not found". */
export async function inCommunity<T extends { communityId: string }>(field: string, communityId: string, what: string, find: () => Promise<T | null>): Promise<T> {
  const row = await find();
  if (!row || row.communityId !== communityId) throw notFound(field, what);
  return row;
}

/** The resident an API client acts for; null for accounts. A client acting for nobody: REQUIRED naming the header. */
export function actingResidentOf(ctx: Context, what: string): string | null {
  const a = ctx.actor;
  if (a.kind !== "client") return null;
  if (!a.actingResidentId) throw new UserError("REQUIRED", `${what}须由应用代居民操作 (send ${ACT_AS_HEADER})`, ACT_AS_HEADER);
  return a.actingResidentId;
}

/** Refuse API clients acting for a resident (staff work). */
export function notForResidentApps(ctx: Context, field: string | null, what: string) {
  if (ctx.actor.kind === "client" && ctx.actor.actingResidentId) throw forbidden(field, `应用代居民操作时不能${what} (apps acting for a resident cannot do this)`);
}

/** Who made a change, for created-by columns and ledger entries. */
export function actorColumns(ctx: Context) {
  const a = ctx.actor;
  return {
    actorAccountId: a.kind === "account" ? a.accountId : null,
    apiClientId: a.kind === "client" ? a.clientId : null,
    actingResidentId: a.kind === "client" ? a.actingResidentId : null,
  };
}

const names = new WeakMap<Context, Promise<string>>();

/** Who is acting, by name: an account's display name, or the resident and the app acting for them. Inside a transaction pass its client. */
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

/** Lock a row for the rest of the transaction (SELECT … FOR UPDATE): concurrent changes to it run one after the other. */
export async function lockRow(tx: Tx, table: "PointsAccount" | "Reward" | "VolunteerActivity" | "PointsClaim" | "Redemption", id: string) {
  // The table name comes from the fixed union above; the id is a bound parameter.
  switch (table) {
    case "PointsAccount":
      return tx.$queryRaw`SELECT id FROM "PointsAccount" WHERE id = ${id}::uuid FOR UPDATE`;
    case "Reward":
      return tx.$queryRaw`SELECT id FROM "Reward" WHERE id = ${id}::uuid FOR UPDATE`;
    case "VolunteerActivity":
      return tx.$queryRaw`SELECT id FROM "VolunteerActivity" WHERE id = ${id}::uuid FOR UPDATE`;
    case "PointsClaim":
      return tx.$queryRaw`SELECT id FROM "PointsClaim" WHERE id = ${id}::uuid FOR UPDATE`;
    case "Redemption":
      return tx.$queryRaw`SELECT id FROM "Redemption" WHERE id = ${id}::uuid FOR UPDATE`;
  }
}
