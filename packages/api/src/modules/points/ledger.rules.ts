// The ledger's rules as pure functions: which sum an entry moves, what a rule pays, how a cap cuts
// an award, and when an entry may be reversed.

export type EntryKind = "AWARD" | "DEDUCTION" | "REDEMPTION" | "REFUND" | "REVERSAL";
export type Bucket = "awarded" | "deducted" | "spent";

/**
 * The sum an entry moves: awards (less their reversals) are `awarded`, deductions (less theirs)
 * `deducted`, redemptions (less refunds) `spent`. A REVERSAL or REFUND moves its original's sum.
 */
export function bucketOf(kind: EntryKind, originalKind: EntryKind | null = null): Bucket {
  const base = kind === "REVERSAL" || kind === "REFUND" ? originalKind : kind;
  if (base === "AWARD") return "awarded";
  if (base === "DEDUCTION") return "deducted";
  if (base === "REDEMPTION") return "spent";
  throw new Error(`entry of kind ${kind} needs the kind of the entry it reverses (got ${originalKind})`);
}

/** The change of the bucket's sum for an entry of `delta` (the sums are kept as positive amounts). */
export const bucketChange = (bucket: Bucket, delta: number) => (bucket === "awarded" ? delta : -delta);

/** A rule-based entry is an AWARD when it adds points, a DEDUCTION when it takes them. */
export const kindForDelta = (delta: number): EntryKind => (delta > 0 ? "AWARD" : "DEDUCTION");

export interface RuleLike {
  kind: "PER_HOUR" | "PER_ACTIVITY" | "PER_OCCURRENCE";
  points: number;
}

/** Points a rule pays for verified minutes: per hour prorated by the minute (rounded down), or once per activity with time. */
export function pointsForMinutes(rule: RuleLike | null, minutes: number): number {
  if (!rule || minutes <= 0) return 0;
  if (rule.kind === "PER_HOUR") return Math.trunc((rule.points * minutes) / 60);
  if (rule.kind === "PER_ACTIVITY") return rule.points;
  return 0;
}

/**
 * Cut `delta` to what the rule's cap leaves: `used` is the net points the account already got (or
 * lost, negative) from the rule in the cap's period. No cap: `delta` unchanged. Returns 0 when the
 * cap is reached.
 */
export function capped(delta: number, capPoints: number | null | undefined, used: number): number {
  if (capPoints === null || capPoints === undefined || delta === 0) return delta;
  const remaining = Math.max(0, capPoints - Math.abs(used));
  return Math.sign(delta) * Math.min(Math.abs(delta), remaining);
}

/** Why an entry may not be reversed (null: it may). `balance` is the account's balance now. */
export function reversalRefusal(entry: { kind: EntryKind; delta: number }, alreadyReversed: boolean, balance: number): string | null {
  if (entry.kind === "REVERSAL" || entry.kind === "REFUND") return "冲正或退还记录不能再冲正 (a reversal cannot be reversed)";
  if (entry.kind === "REDEMPTION") return "兑换扣减请通过取消兑换退还 (cancel the redemption instead)";
  if (alreadyReversed) return "该记录已冲正，不能重复冲正 (already reversed)";
  if (entry.delta > 0 && balance - entry.delta < 0) {
    return `余额${balance}分不足以冲正${entry.delta}分 (the reversal would take the balance below zero)`;
  }
  return null;
}

export type EntryStep = "REVERSE";
export const ENTRY_STEPS: readonly EntryStep[] = ["REVERSE"];

/** The steps an entry allows now, from the same rule reversePointsEntry checks (PointsEntry.allowedSteps keeps those the viewer holds: points:reverse). */
export const entrySteps = (entry: { kind: EntryKind; delta: number }, alreadyReversed: boolean, balance: number): EntryStep[] =>
  reversalRefusal(entry, alreadyReversed, balance) === null ? [...ENTRY_STEPS] : [];

/** A redemption is refused when the balance or the stock does not cover it (null: it may go ahead). */
export function redemptionRefusal(balance: number, stock: number, unitCost: number, quantity: number): { field: string; message: string } | null {
  const total = unitCost * quantity;
  if (balance < total) return { field: "input.quantity", message: `积分不足：余额${balance}分，需要${total}分 (insufficient points)` };
  if (stock < quantity) return { field: "input.quantity", message: `库存不足：剩余${stock}件 (insufficient stock)` };
  return null;
}
