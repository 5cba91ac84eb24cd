// Resident PII (phone, ID number, birth date): masked unless the viewer holds resident:viewPii; every
// reveal of a full phone or ID number is audited. Reveals within one request are written together,
// before the data leaves the server.
//
// Masks are chosen so that no combination of masked fields rebuilds a number (issue #11):
// - phone: first 3 and last 4 (138****5678), the national convention for mobile numbers;
// - 身份证号: first and last character only (4****************X, GB/T 35273 practice "前1后1"),
//   so neither the region code (digits 1–6) nor the birth date (digits 7–14) nor the sequence
//   (15–17) shows; the last character is the check character, computed from the 17 others;
// - birth date: year only (birthYear, and an age computed from the year alone).
import { actorColumns } from "./actor.js";
import type { Context } from "./context.js";
import { chinaDay } from "./chinaTime.js";

export const maskPhone = (p: string | null) => (p ? (p.length >= 7 ? `${p.slice(0, 3)}****${p.slice(-4)}` : "****") : null);
export const maskIdNumber = (n: string | null) => (n ? (n.length >= 8 ? `${n.slice(0, 1)}${"*".repeat(n.length - 2)}${n.slice(-1)}` : "****") : null);
/** A birth date (Date or YYYY-MM-DD…) as its year only, for audit snapshots: "1975-**-**". */
export const maskBirthDate = (d: string | null) => (d ? `${d.slice(0, 4)}-**-**` : null);

/** The birth year in the China calendar (birth dates are stored as UTC midnight of the day). */
export const birthYear = (d: Date | null) => (d ? d.getUTCFullYear() : null);
/**
 * Age from the birth year alone: the age reached in the current (China) year. It never tells
 * whether the birthday has passed, so watching it change day by day reveals nothing more.
 */
export const ageThisYear = (d: Date | null, now = new Date()) => (d ? Number(chinaDay(now).slice(0, 4)) - d.getUTCFullYear() : null);

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
              ...actorColumns(ctx),
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
