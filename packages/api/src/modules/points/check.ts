// The ledger check: recompute every account's balance and totals, and every monthly aggregate, from
// the entries (the only source of truth) and report each stored figure that differs. Run by
// `pnpm --filter @gongzhi/api points:check` (src/cli/points-check.ts); set-based SQL, so it reads a
// ledger of millions of entries in seconds.
import type { Db } from "../../shared/service.js";

export interface Difference {
  accountId: string;
  communityId: string;
  /** balance, awarded, deducted, spent; or monthly.<column> for a month's aggregate; or entry.communityId. */
  figure: string;
  /** YYYY-MM for monthly figures. */
  month: string | null;
  stored: number;
  computed: number;
}

export interface CheckReport {
  accounts: number;
  entries: number;
  monthlyRows: number;
  differences: Difference[];
}

// The kind an entry's sum follows: its own, or for a REVERSAL/REFUND the kind of the entry it reverses.
const PER_ENTRY = `
  SELECT e."accountId", e."month", e."delta", COALESCE(o."kind", e."kind")::text AS base
  FROM "PointsEntry" e LEFT JOIN "PointsEntry" o ON o."id" = e."reversesId"`;
const SUMS = `
  SUM(delta)::int AS balance,
  SUM(CASE WHEN base = 'AWARD' THEN delta ELSE 0 END)::int AS awarded,
  SUM(CASE WHEN base = 'DEDUCTION' THEN -delta ELSE 0 END)::int AS deducted,
  SUM(CASE WHEN base = 'REDEMPTION' THEN -delta ELSE 0 END)::int AS spent`;

interface Row {
  accountId: string;
  communityId: string;
  month: Date | null;
  s_balance: number | null;
  s_awarded: number;
  s_deducted: number;
  s_spent: number;
  c_balance: number | null;
  c_awarded: number;
  c_deducted: number;
  c_spent: number;
}

function diffs(rows: Row[], prefix: string, withBalance: boolean): Difference[] {
  const out: Difference[] = [];
  for (const r of rows) {
    const month = r.month ? new Date(r.month).toISOString().slice(0, 7) : null;
    const figures: [string, number, number][] = [
      ["awarded", r.s_awarded, r.c_awarded],
      ["deducted", r.s_deducted, r.c_deducted],
      ["spent", r.s_spent, r.c_spent],
    ];
    if (withBalance) figures.unshift(["balance", r.s_balance ?? 0, r.c_balance ?? 0]);
    for (const [figure, stored, computed] of figures) {
      if (stored !== computed) out.push({ accountId: r.accountId, communityId: r.communityId, figure: `${prefix}${figure}`, month, stored, computed });
    }
  }
  return out;
}

export async function checkPoints(db: Db): Promise<CheckReport> {
  const accounts = await db.$queryRawUnsafe<Row[]>(`
    WITH c AS (SELECT "accountId", ${SUMS} FROM (${PER_ENTRY}) x GROUP BY "accountId")
    SELECT a."id" AS "accountId", a."communityId", NULL::date AS "month",
      a."balance" AS s_balance, a."awarded" AS s_awarded, a."deducted" AS s_deducted, a."spent" AS s_spent,
      COALESCE(c.balance, 0) AS c_balance, COALESCE(c.awarded, 0) AS c_awarded, COALESCE(c.deducted, 0) AS c_deducted, COALESCE(c.spent, 0) AS c_spent
    FROM "PointsAccount" a LEFT JOIN c ON c."accountId" = a."id"
    WHERE a."balance" <> COALESCE(c.balance, 0) OR a."awarded" <> COALESCE(c.awarded, 0)
       OR a."deducted" <> COALESCE(c.deducted, 0) OR a."spent" <> COALESCE(c.spent, 0)`);
  const monthly = await db.$queryRawUnsafe<Row[]>(`
    WITH c AS (SELECT "accountId", "month", ${SUMS} FROM (${PER_ENTRY}) x GROUP BY "accountId", "month")
    SELECT COALESCE(m."accountId", c."accountId") AS "accountId", COALESCE(m."communityId", a."communityId") AS "communityId",
      COALESCE(m."month", c."month") AS "month", NULL::int AS s_balance,
      COALESCE(m."awarded", 0) AS s_awarded, COALESCE(m."deducted", 0) AS s_deducted, COALESCE(m."spent", 0) AS s_spent,
      NULL::int AS c_balance, COALESCE(c.awarded, 0) AS c_awarded, COALESCE(c.deducted, 0) AS c_deducted, COALESCE(c.spent, 0) AS c_spent
    FROM "PointsMonthly" m
    FULL OUTER JOIN c ON c."accountId" = m."accountId" AND c."month" = m."month"
    LEFT JOIN "PointsAccount" a ON a."id" = c."accountId"
    WHERE COALESCE(m."awarded", 0) <> COALESCE(c.awarded, 0) OR COALESCE(m."deducted", 0) <> COALESCE(c.deducted, 0)
       OR COALESCE(m."spent", 0) <> COALESCE(c.spent, 0)`);
  // An entry belongs to its account's community; a monthly row too.
  const strays = await db.$queryRawUnsafe<{ accountId: string; communityId: string; n: number }[]>(`
    SELECT e."accountId", e."communityId", COUNT(*)::int AS n FROM "PointsEntry" e JOIN "PointsAccount" a ON a."id" = e."accountId"
    WHERE e."communityId" <> a."communityId" GROUP BY e."accountId", e."communityId"`);
  const [counts] = await db.$queryRawUnsafe<{ accounts: number; entries: number; monthly: number }[]>(`
    SELECT (SELECT COUNT(*) FROM "PointsAccount")::int AS accounts, (SELECT COUNT(*) FROM "PointsEntry")::int AS entries,
      (SELECT COUNT(*) FROM "PointsMonthly")::int AS monthly`);
  return {
    accounts: counts?.accounts ?? 0,
    entries: counts?.entries ?? 0,
    monthlyRows: counts?.monthly ?? 0,
    differences: [
      ...diffs(accounts, "", true),
      ...diffs(monthly, "monthly.", false),
      ...strays.map((s) => ({ accountId: s.accountId, communityId: s.communityId, figure: "entry.communityId", month: null, stored: s.n, computed: 0 })),
    ],
  };
}
