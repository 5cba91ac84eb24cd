// Helpers the service-complex services share: loading a row and checking the grant on its
// community, who is acting, the district of a community, and the district's holiday calendar.
import type { z } from "zod";
import type { Prisma } from "../../db.js";
import { ACTIONS, assertCan, type Action } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { ACT_AS_HEADER } from "../../shared/context.js";
import { fromZod, notFound, UserError } from "../../shared/errors.js";
import { addDays, type Calendar } from "./workdays.js";

export type Tx = Prisma.TransactionClient;
export type Db = Tx | Context["prisma"];

export const conflict = (message: string, field: string | null = "id") => new UserError("CONFLICT", message, field);
export const invalid = (message: string, field: string | null) => new UserError("INVALID", message, field);

/** Validate an input with zod; a bad field is a UserError naming `input.<field>`. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, root = "input"): z.output<S> {
  const r = schema.safeParse(input);
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

/** The district (区) at the top of a materialized path "/<district>/<street>/<community>/". */
export const districtIdOf = (path: string) => path.split("/").filter(Boolean)[0] ?? "";

/** Who made a change, for ticket events and created-by columns. */
export function actorColumns(ctx: Context) {
  const a = ctx.actor;
  return {
    actorAccountId: a.kind === "account" ? a.accountId : null,
    apiClientId: a.kind === "client" ? a.clientId : null,
    actingResidentId: a.kind === "client" ? a.actingResidentId : null,
  };
}

/** The resident an API client acts for (REQUIRED naming the header when it acts for nobody); null for accounts. */
export function actingResidentOf(ctx: Context, what: string): string | null {
  const a = ctx.actor;
  if (a.kind !== "client") return null;
  if (!a.actingResidentId) throw new UserError("REQUIRED", `${what}须由应用代居民操作 (send ${ACT_AS_HEADER})`, ACT_AS_HEADER);
  return a.actingResidentId;
}

/** For API clients acting for a resident: only that resident's rows. */
export const residentFilter = (ctx: Context) => (ctx.actor.kind === "client" && ctx.actor.actingResidentId ? { residentId: ctx.actor.actingResidentId } : {});

/** Does an account hold `action` in the community at `path` (through any of its grants)? */
export async function accountHolds(db: Db, accountId: string, action: Action, path: string): Promise<boolean> {
  const grants = await db.grant.findMany({
    where: { accountId, account: { disabledAt: null } },
    select: { role: true, region: { select: { path: true } }, community: { select: { path: true } } },
  });
  const roles = ACTIONS[action] as readonly string[];
  return grants.some((g) => roles.includes(g.role) && path.startsWith(g.region?.path ?? g.community?.path ?? "/nowhere/"));
}

/** The district's holiday calendar from `from` (a China day) on, for about two years. */
export async function loadCalendar(db: Db, districtId: string, from: string): Promise<Calendar> {
  const rows = await db.holidayCalendarDay.findMany({
    where: { regionId: districtId, date: { gte: new Date(`${addDays(from, -7)}T00:00:00Z`), lt: new Date(`${addDays(from, 800)}T00:00:00Z`) } },
    select: { date: true, isWorkday: true },
  });
  return new Map(rows.map((r) => [r.date.toISOString().slice(0, 10), r.isWorkday]));
}

const calendars = new WeakMap<Context, Map<string, Promise<Calendar>>>();

/** The calendar of a district around today, cached for the request (for overdue/nearly-due flags). */
export function requestCalendar(ctx: Context, districtId: string, today: string): Promise<Calendar> {
  let byDistrict = calendars.get(ctx);
  if (!byDistrict) calendars.set(ctx, (byDistrict = new Map()));
  let cal = byDistrict.get(districtId);
  if (!cal) byDistrict.set(districtId, (cal = loadCalendar(ctx.prisma, districtId, addDays(today, -30))));
  return cal;
}

/** Lock a row for the rest of the transaction (serializes concurrent changes to it). */
export async function lockRow(tx: Tx, table: "ServiceTicket" | "ServiceRoom" | "ServiceVisit", id: string) {
  // Table names come from the fixed union above; the id is a bound parameter.
  if (table === "ServiceTicket") await tx.$queryRaw`SELECT id FROM "ServiceTicket" WHERE id = ${id}::uuid FOR UPDATE`;
  else if (table === "ServiceRoom") await tx.$queryRaw`SELECT id FROM "ServiceRoom" WHERE id = ${id}::uuid FOR UPDATE`;
  else await tx.$queryRaw`SELECT id FROM "ServiceVisit" WHERE id = ${id}::uuid FOR UPDATE`;
}

