// Display names of ledger accounts: a person's name, or a household as "<first member>户（<address>）".
import type { Db } from "../../shared/service.js";

export interface AccountRef {
  id: string;
  kind: "PERSON" | "HOUSEHOLD";
  residentId: string | null;
  householdId: string | null;
}

export const householdLabel = (address: string, memberNames: string[]) => (memberNames.length ? `${memberNames[0]}户（${address}）` : address);

/** Names of many accounts in two queries. */
export async function accountNames(db: Db, accounts: AccountRef[]): Promise<Map<string, string>> {
  const residentIds = [...new Set(accounts.map((a) => a.residentId).filter((x): x is string => !!x))];
  const householdIds = [...new Set(accounts.map((a) => a.householdId).filter((x): x is string => !!x))];
  const [residents, households] = await Promise.all([
    residentIds.length ? db.resident.findMany({ where: { id: { in: residentIds } }, select: { id: true, name: true } }) : [],
    householdIds.length
      ? db.household.findMany({ where: { id: { in: householdIds } }, select: { id: true, address: true, members: { select: { name: true }, orderBy: { id: "asc" }, take: 1 } } })
      : [],
  ]);
  const rn = new Map(residents.map((r) => [r.id, r.name]));
  const hn = new Map(households.map((h) => [h.id, householdLabel(h.address, h.members.map((m) => m.name))]));
  return new Map(accounts.map((a) => [a.id, (a.householdId ? hn.get(a.householdId) : rn.get(a.residentId ?? "")) ?? "（未知）"]));
}

interface Pending {
  queue: { ref: AccountRef; resolve: (name: string) => void; reject: (e: unknown) => void }[];
  done: Map<string, Promise<string>>;
}
const loaders = new WeakMap<object, Pending>();

/** An account's name, batched per request: the names asked for in one tick load in two queries. */
export function accountName(ctx: { prisma: Db }, ref: AccountRef): Promise<string> {
  let l = loaders.get(ctx);
  if (!l) loaders.set(ctx, (l = { queue: [], done: new Map() }));
  const known = l.done.get(ref.id);
  if (known) return known;
  const batch = l;
  const p = new Promise<string>((resolve, reject) => {
    batch.queue.push({ ref, resolve, reject });
    if (batch.queue.length === 1) {
      setImmediate(() => {
        const items = batch.queue.splice(0);
        accountNames(ctx.prisma, items.map((i) => i.ref)).then(
          (names) => items.forEach((i) => i.resolve(names.get(i.ref.id) ?? "")),
          (e: unknown) => items.forEach((i) => i.reject(e)),
        );
      });
    }
  });
  batch.done.set(ref.id, p);
  return p;
}
