// Resident PII (phone, ID number): masked unless the viewer holds resident:viewPii; every reveal is
// audited. Reveals within one request are written together, before the data leaves the server.
import { actorRef, type Context } from "./context.js";

export const maskPhone = (p: string | null) => (p ? (p.length >= 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : "****") : null);
export const maskIdNumber = (n: string | null) => (n ? (n.length >= 8 ? `${n.slice(0, 4)}${"*".repeat(n.length - 8)}${n.slice(-4)}` : "****") : null);

interface Reveal { residentId: string; communityId: string; field: string }
const pending = new WeakMap<Context, { items: Reveal[]; done: Promise<void> }>();

/** Record that `field` of a resident was shown unmasked; resolves once the audit row is written. */
export function recordReveal(ctx: Context, reveal: Reveal): Promise<void> {
  let batch = pending.get(ctx);
  if (!batch) {
    const items: Reveal[] = [];
    const done = new Promise<void>((resolve, reject) => {
      setImmediate(() => {
        pending.delete(ctx);
        ctx.prisma.auditEntry
          .createMany({
            data: items.map((r) => ({
              ...actorRef(ctx),
              action: "resident:viewPii",
              communityId: r.communityId,
              targetType: "Resident",
              targetId: r.residentId,
              after: { field: r.field },
            })),
          })
          .then(() => resolve(), reject);
      });
    });
    batch = { items, done };
    pending.set(ctx, batch);
  }
  batch.items.push(reveal);
  return batch.done;
}
