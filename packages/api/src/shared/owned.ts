// The one way to create and update a community-owned row: validate, check the grant on the row's
// community, then one transaction holding the change and its audit row.
import type { z } from "zod";
import { assertCan, type Action } from "./authz.js";
import { audit, command } from "./audit.js";
import type { Context } from "./context.js";
import type { Tx } from "./service.js";
import { fromPrisma, fromZod, notFound } from "./errors.js";
import { parseId } from "./ids.js";


export async function createOwned<S extends z.ZodType, T extends { id: string }>(
  ctx: Context,
  opts: {
    action: Action;
    targetType: string;
    /** The raw global id of the community from the input. */
    communityId: string;
    schema: S;
    input: unknown;
    /** Extra checks after validation and the grant check (e.g. referenced rows belong to the community). */
    check?: (data: z.output<S>, communityId: string) => Promise<void>;
    create: (tx: Tx, data: z.output<S>, communityId: string) => Promise<T>;
  },
): Promise<T> {
  const communityId = parseId("input.communityId", opts.communityId, "Community");
  const parsed = opts.schema.safeParse(opts.input);
  if (!parsed.success) throw fromZod(parsed.error);
  await assertCan(ctx, opts.action, communityId, "input.communityId");
  await opts.check?.(parsed.data, communityId);
  return command(ctx, async (tx) => {
    const row = await opts.create(tx, parsed.data, communityId).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: opts.action, communityId, targetType: opts.targetType, targetId: row.id, after: row });
    return row;
  });
}

export async function updateOwned<S extends z.ZodType, T extends { id: string; communityId: string }>(
  ctx: Context,
  opts: {
    action: Action;
    targetType: string;
    /** The raw global id of the row. */
    id: string;
    schema: S;
    input: unknown;
    load: (tx: Tx | Context["prisma"], id: string) => Promise<T | null>;
    check?: (data: z.output<S>, communityId: string) => Promise<void>;
    update: (tx: Tx, data: z.output<S>, id: string) => Promise<T>;
  },
): Promise<T> {
  const id = parseId("id", opts.id, opts.targetType);
  const parsed = opts.schema.safeParse(opts.input);
  if (!parsed.success) throw fromZod(parsed.error);
  const existing = await opts.load(ctx.prisma, id);
  if (!existing) throw notFound("id");
  await assertCan(ctx, opts.action, existing.communityId, "id", "记录");
  await opts.check?.(parsed.data, existing.communityId);
  return command(ctx, async (tx) => {
    const before = await opts.load(tx, id);
    if (!before) throw notFound("id");
    const after = await opts.update(tx, parsed.data, id).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: opts.action, communityId: before.communityId, targetType: opts.targetType, targetId: id, before, after });
    return after;
  });
}
