// The demo seed's in-memory ledger: accounts, entries, balances and monthly aggregates built with
// the same rules as the services (ledger.rules.ts), then written with createMany. Ids are UUIDv7
// stamped with each row's time, so lists ordered by id read in time order as in production.
import { randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { bucketChange, bucketOf, capped, type EntryKind } from "../modules/points/ledger.rules.js";
import { periodOf, type PeriodKind } from "../modules/points/period.rules.js";

/** A UUIDv7 whose timestamp is `at`. */
export function uuid7(at: Date): string {
  const b = randomBytes(16);
  let ms = BigInt(at.getTime());
  for (let i = 5; i >= 0; i--) {
    b[i] = Number(ms & 0xffn);
    ms >>= 8n;
  }
  b[6] = (b[6]! & 0x0f) | 0x70;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = b.toString("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export interface SeedAccount {
  id: string;
  communityId: string;
  kind: "PERSON" | "HOUSEHOLD";
  residentId: string | null;
  householdId: string | null;
  balance: number;
  awarded: number;
  deducted: number;
  spent: number;
}

export interface SeedEntryInput {
  account: SeedAccount;
  delta: number;
  kind: EntryKind;
  month: Date;
  at: Date;
  rule?: { id: string; capPeriod: PeriodKind | null; capPoints: number | null } | null;
  sourceType: string;
  sourceId: string;
  residentId: string | null;
  note: string;
  actorName: string;
  approvedByName?: string | null;
  reverses?: { id: string; kind: EntryKind } | null;
}

export class SeedLedger {
  readonly accounts = new Map<string, SeedAccount>();
  readonly entries: Prisma.PointsEntryCreateManyInput[] = [];
  private readonly monthly = new Map<string, Prisma.PointsMonthlyCreateManyInput & { awarded: number; deducted: number; spent: number }>();
  private readonly ruleUse = new Map<string, number>();

  account(communityId: string, owner: { residentId: string | null; householdId: string | null }, at: Date): SeedAccount {
    const key = `${communityId}:${owner.householdId ?? owner.residentId}`;
    let a = this.accounts.get(key);
    if (!a) {
      a = { id: uuid7(at), communityId, kind: owner.householdId ? "HOUSEHOLD" : "PERSON", ...owner, balance: 0, awarded: 0, deducted: 0, spent: 0 };
      this.accounts.set(key, a);
    }
    return a;
  }

  /** Points the rule's cap still allows (the same cut as the services); the entry is not added when it is 0. */
  capped(accountId: string, rule: SeedEntryInput["rule"], month: Date, delta: number): number {
    if (!rule?.capPeriod) return delta;
    const key = `${accountId}:${rule.id}:${periodOf(rule.capPeriod, month).key}`;
    const cut = capped(delta, rule.capPoints, this.ruleUse.get(key) ?? 0);
    this.ruleUse.set(key, (this.ruleUse.get(key) ?? 0) + cut);
    return cut;
  }

  /** Add an entry with its balance, totals and monthly aggregate. Returns its id, or null when the cap left nothing. */
  add(e: SeedEntryInput): string | null {
    const delta = e.reverses ? e.delta : this.capped(e.account.id, e.rule, e.month, e.delta);
    if (delta === 0) return null;
    const id = uuid7(e.at);
    const bucket = bucketOf(e.kind, e.reverses?.kind ?? null);
    const change = bucketChange(bucket, delta);
    this.entries.push({
      id,
      communityId: e.account.communityId,
      accountId: e.account.id,
      delta,
      kind: e.kind,
      month: e.month,
      ruleId: e.rule?.id ?? null,
      sourceType: e.sourceType,
      sourceId: e.sourceId,
      residentId: e.residentId,
      note: e.note,
      reversesId: e.reverses?.id ?? null,
      actorName: e.actorName,
      approvedByName: e.approvedByName ?? null,
      createdAt: e.at,
    });
    e.account.balance += delta;
    e.account[bucket] += change;
    const mk = `${e.account.id}:${e.month.toISOString()}`;
    let m = this.monthly.get(mk);
    if (!m) this.monthly.set(mk, (m = { accountId: e.account.id, month: e.month, communityId: e.account.communityId, accountKind: e.account.kind, awarded: 0, deducted: 0, spent: 0 }));
    m[bucket] += change;
    return id;
  }

  /** Write accounts, entries (reversals after their originals) and monthly rows. */
  async write(tx: Prisma.TransactionClient) {
    await tx.pointsAccount.createMany({ data: [...this.accounts.values()] });
    const originals = this.entries.filter((e) => !e.reversesId);
    const reversals = this.entries.filter((e) => e.reversesId);
    for (let i = 0; i < originals.length; i += 1000) await tx.pointsEntry.createMany({ data: originals.slice(i, i + 1000) });
    if (reversals.length) await tx.pointsEntry.createMany({ data: reversals });
    await tx.pointsMonthly.createMany({ data: [...this.monthly.values()] });
  }
}
