// 小微权力监督: every mutation writes an audit row in the same transaction as its change, and
// with it the domain event of the outbox (shared/outbox: delivered to subscribers after commit).
// Audit rows and events are only ever inserted.
import type { Prisma } from "../db.js";
import type { Action } from "./authz.js";
import { actorColumns } from "./actor.js";
import type { Context } from "./context.js";
import type { Tx } from "./service.js";
import { maskBirthDate, maskIdNumber, maskPhone } from "./pii.js";
import { eventType, isAuditOnly, type AuditOnlyAction } from "./outbox/event.js";
import { outboxCommitted } from "./outbox/subscribers.js";

export interface AuditInput {
  /** An action of the authorization list (a command: it also emits an outbox event), or an audit-only record (shared/outbox/event.ts). */
  action: Action | AuditOnlyAction;
  communityId: string | null;
  /** For a region-level change (communityId null): the street or district it belongs to. */
  regionId?: string | null;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
  /** The outbox event's name when the derived one ("topic:accepted", "grid:updated") says too little: a verb or "subject:verb". */
  event?: string;
}

const SECRET_KEYS = new Set(["passwordHash", "tokenHash"]);
const MASKED: Record<string, (v: string | null) => string | null> = { phone: maskPhone, contactPhone: maskPhone, idNumber: maskIdNumber, birthDate: maskBirthDate };

/** JSON-safe snapshot (dates → ISO strings, bigint fen → numbers) without secrets, and with PII masked: auditors read it. */
export function snapshot(row: unknown): Prisma.InputJsonValue | undefined {
  if (row === undefined || row === null) return undefined;
  // Money columns are bigint: written as a JSON number of fen (exact below 2^53), else as a string.
  const replacer = (k: string, v: unknown) =>
    SECRET_KEYS.has(k) ? undefined : MASKED[k] && typeof v === "string" ? MASKED[k](v) : typeof v === "bigint" ? (Number.isSafeInteger(Number(v)) ? Number(v) : v.toString()) : v;
  return JSON.parse(JSON.stringify(row, replacer)) as Prisma.InputJsonValue;
}

/** The audit row of a change and, for a command (not an audit-only record), its outbox event: both in `tx`. */
export async function audit(tx: Tx, ctx: Context, input: AuditInput) {
  const actor = actorColumns(ctx);
  const after = snapshot(input.after);
  const entry = await tx.auditEntry.create({
    select: { id: true },
    data: {
      ...actor,
      action: input.action,
      communityId: input.communityId,
      regionId: input.regionId ?? null,
      targetType: input.targetType,
      targetId: input.targetId,
      before: snapshot(input.before),
      after,
    },
  });
  if (isAuditOnly(input.action)) return;
  await tx.outboxEvent.create({
    select: { id: true },
    data: {
      ...actor,
      type: eventType(input),
      subjectType: input.targetType,
      subjectId: input.targetId,
      communityId: input.communityId,
      regionId: input.regionId ?? null,
      action: input.action,
      auditEntryId: entry.id,
      // The same masked snapshot auditors read: no secrets, PII masked. A removal carries what was removed.
      payload: after ?? snapshot(input.before),
    },
  });
}

/**
 * Run `fn` in one transaction; the change, its audit rows and its outbox events commit together or
 * not at all. After the commit, this process's outbox worker is nudged (other processes: NOTIFY),
 * and a change of sessions or grants waits until the session caches were told (authCache.ts).
 */
export async function command<T>(ctx: Context, fn: (tx: Tx) => Promise<T>): Promise<T> {
  let result: T;
  try {
    result = await ctx.prisma.$transaction(fn, { timeout: 15_000, maxWait: 15_000 });
  } catch (e) {
    if (ctx.authChanges) ctx.authChanges.length = 0; // rolled back: nothing to wait for
    throw e;
  }
  // Sessions or grants changed (authChanged()): answer once the other processes' caches were told.
  const authChanges = ctx.authChanges?.splice(0) ?? [];
  if (authChanges.length > 0) await Promise.all(authChanges);
  outboxCommitted();
  return result;
}
