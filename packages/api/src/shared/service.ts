// The service toolkit: what every module's services use to validate an input, load a row with the
// grant check on its community, and refuse with a typed error. One copy here; modules keep only
// what is about their own rows (shared/actor.ts for who is acting, shared/locks.ts for row locks).
import type { z } from "zod";
import type { Prisma } from "../db.js";
import { assertCan, type Action } from "./authz.js";
import type { Context } from "./context.js";
import { fromZod, notFound, UserError } from "./errors.js";

/** A transaction's client (inside `command`). */
export type Tx = Prisma.TransactionClient;
/** A transaction's client or the request's: readers that run inside and outside a transaction take either. */
export type Db = Tx | Context["prisma"];

/** The target's state does not allow it (CONFLICT on `field`). */
export const conflict = (message: string, field: string | null = "id") => new UserError("CONFLICT", message, field);
/** A value the rules refuse (INVALID on `field`). */
export const invalid = (message: string, field: string | null) => new UserError("INVALID", message, field);

/**
 * Validate an input with zod; a bad field is a UserError naming `<root>.<field>`, listing every
 * issue. A custom issue raised with `params: { required: true }` (a field required only in some
 * cases) is REQUIRED, like a missing field.
 */
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

/** Load a community-owned row and check `action` on its community; unknown or unseen → NOT_FOUND on `field`. */
export async function loadFor<T extends { communityId: string }>(ctx: Context, action: Action, field: string, what: string, find: () => Promise<T | null>): Promise<T> {
  const row = await find();
  if (!row) throw notFound(field, what);
  await assertCan(ctx, action, row.communityId, field, what);
  return row;
}

/** A referenced row must exist in `communityId`; else NOT_FOUND on `field` (another tenant's row is "not found"). */
export async function inCommunity<T extends { communityId: string }>(field: string, communityId: string, what: string, find: () => Promise<T | null>): Promise<T> {
  const row = await find();
  if (!row || row.communityId !== communityId) throw notFound(field, what);
  return row;
}
