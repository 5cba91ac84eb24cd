// 小微权力监督: every mutation writes an audit row in the same transaction as its change.
// Audit rows are only ever inserted.
import type { Prisma } from "../db.js";
import type { Action } from "./authz.js";
import { actorColumns } from "./actor.js";
import type { Context } from "./context.js";
import type { Tx } from "./service.js";
import { maskBirthDate, maskIdNumber, maskPhone } from "./pii.js";


export interface AuditInput {
  action: Action | "account:signIn" | "account:signOut" | "account:changePassword" | "resident:idNumberDuplicate";
  communityId: string | null;
  /** For a region-level change (communityId null): the street or district it belongs to. */
  regionId?: string | null;
  targetType: string;
  targetId: string;
  before?: unknown;
  after?: unknown;
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

export async function audit(tx: Tx, ctx: Context, input: AuditInput) {
  await tx.auditEntry.create({
    data: {
      ...actorColumns(ctx),
      action: input.action,
      communityId: input.communityId,
      regionId: input.regionId ?? null,
      targetType: input.targetType,
      targetId: input.targetId,
      before: snapshot(input.before),
      after: snapshot(input.after),
    },
  });
}

/** Run `fn` in one transaction; the change and its audit rows commit together or not at all. */
export function command<T>(ctx: Context, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return ctx.prisma.$transaction(fn, { timeout: 15_000, maxWait: 15_000 });
}
