// The ledger inside a transaction: the account of a resident or household (created on first use),
// row locks, cap sums, and inserting an entry together with the account's balance and totals and
// the month's aggregate (PointsMonthly). Callers lock the account (lockAccount) before reading its
// balance or cap sums, so every change to one account runs one after the other.
import type { PointsAccount, PointsEntry } from "../../generated/prisma/client.js";
import type { Context } from "../../shared/context.js";
import { actorColumns, actorName } from "../../shared/actor.js";
import { lockRow } from "../../shared/locks.js";
import type { Db, Tx } from "../../shared/service.js";
import { bucketChange, bucketOf, type EntryKind } from "./ledger.rules.js";
import { periodOf, type PeriodKind } from "./period.rules.js";

export interface PointsSettingsView {
  accountMode: "PERSON" | "HOUSEHOLD";
  publicityExemptMax: number | null;
  noticePeriodDays: number;
}
export const DEFAULT_SETTINGS: PointsSettingsView = { accountMode: "PERSON", publicityExemptMax: null, noticePeriodDays: 7 };

export async function settingsOf(db: Db, communityId: string): Promise<PointsSettingsView> {
  const s = await db.pointsSettings.findUnique({ where: { communityId }, select: { accountMode: true, publicityExemptMax: true, noticePeriodDays: true } });
  return s ?? DEFAULT_SETTINGS;
}

export interface AccountOwner {
  kind: "PERSON" | "HOUSEHOLD";
  residentId: string | null;
  householdId: string | null;
}

/**
 * Whose account a resident's points go to in a community: their household's when the community
 * keeps points per household and the resident lives in one of its households; otherwise their own
 * (a 双报到 volunteer from another community keeps a personal account here).
 */
export async function ownerOfResident(db: Db, communityId: string, residentId: string): Promise<AccountOwner> {
  const settings = await settingsOf(db, communityId);
  if (settings.accountMode === "HOUSEHOLD") {
    const r = await db.resident.findUnique({ where: { id: residentId }, select: { householdId: true, household: { select: { communityId: true } } } });
    if (r?.householdId && r.household?.communityId === communityId) return { kind: "HOUSEHOLD", residentId: null, householdId: r.householdId };
  }
  return { kind: "PERSON", residentId, householdId: null };
}

const ownerWhere = (communityId: string, o: AccountOwner) => (o.householdId ? { communityId, householdId: o.householdId } : { communityId, residentId: o.residentId! });

/** The account of an owner, or null when it has no entries yet. */
export function findAccount(db: Db, communityId: string, owner: AccountOwner): Promise<PointsAccount | null> {
  return db.pointsAccount.findFirst({ where: ownerWhere(communityId, owner) });
}

/** The account of an owner, created (balance 0) if it does not exist; safe against concurrent creation. */
export async function accountFor(tx: Tx, communityId: string, owner: AccountOwner): Promise<PointsAccount> {
  const existing = await findAccount(tx, communityId, owner);
  if (existing) return existing;
  await tx.pointsAccount.createMany({ data: [{ communityId, kind: owner.kind, residentId: owner.residentId, householdId: owner.householdId }], skipDuplicates: true });
  return tx.pointsAccount.findFirstOrThrow({ where: ownerWhere(communityId, owner) });
}

/** Lock the account row (FOR UPDATE) and read it as it is now. */
export async function lockAccount(tx: Tx, accountId: string): Promise<PointsAccount> {
  await lockRow(tx, "PointsAccount", accountId);
  return tx.pointsAccount.findUniqueOrThrow({ where: { id: accountId } });
}

/** Net points the account got (or lost) from a rule in the cap period containing `month`. */
export async function capUsed(db: Db, accountId: string, ruleId: string, capPeriod: PeriodKind, month: Date): Promise<number> {
  const p = periodOf(capPeriod, month);
  const r = await db.pointsEntry.aggregate({ where: { accountId, ruleId, month: { gte: p.fromMonth, lt: p.toMonth } }, _sum: { delta: true } });
  return r._sum.delta ?? 0;
}

export interface EntryInput {
  account: Pick<PointsAccount, "id" | "communityId" | "kind">;
  delta: number;
  kind: EntryKind;
  /** The accounting month (first day). */
  month: Date;
  ruleId?: string | null;
  sourceType: "VolunteerSignUp" | "PointsClaim" | "Redemption" | "PointsEntry";
  sourceId: string;
  residentId?: string | null;
  note?: string | null;
  /** For REVERSAL and REFUND: the entry undone, and its kind. */
  reverses?: { id: string; kind: EntryKind } | null;
  /** Who approved it (审核人), when not the actor. */
  approvedBy?: { accountId: string | null; name: string } | null;
}

/**
 * Insert one entry and, in the same transaction, move the account's balance and totals and the
 * month's aggregate. The caller holds the account's lock (lockAccount).
 */
export async function insertEntry(tx: Tx, ctx: Context, e: EntryInput): Promise<PointsEntry> {
  if (!Number.isInteger(e.delta) || e.delta === 0) throw new Error(`a ledger entry moves a non-zero whole number of points (got ${e.delta})`);
  const bucket = bucketOf(e.kind, e.reverses?.kind ?? null);
  const change = bucketChange(bucket, e.delta);
  const actor = actorColumns(ctx);
  const entry = await tx.pointsEntry.create({
    data: {
      communityId: e.account.communityId,
      accountId: e.account.id,
      delta: e.delta,
      kind: e.kind,
      month: e.month,
      ruleId: e.ruleId ?? null,
      sourceType: e.sourceType,
      sourceId: e.sourceId,
      residentId: e.residentId ?? null,
      note: e.note ?? null,
      reversesId: e.reverses?.id ?? null,
      actorName: await actorName(ctx, tx),
      ...actor,
      approvedByAccountId: e.approvedBy?.accountId ?? null,
      approvedByName: e.approvedBy?.name ?? null,
      createdAt: ctx.now(),
    },
  });
  await tx.pointsAccount.update({ where: { id: e.account.id }, data: { balance: { increment: e.delta }, [bucket]: { increment: change } } });
  await tx.pointsMonthly.upsert({
    where: { accountId_month: { accountId: e.account.id, month: e.month } },
    create: { accountId: e.account.id, month: e.month, communityId: e.account.communityId, accountKind: e.account.kind, [bucket]: change },
    update: { [bucket]: { increment: change } },
  });
  return entry;
}
