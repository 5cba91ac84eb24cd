// What `pnpm bench:load` asks about, found in the database it runs on (PostgreSQL through
// node-postgres, or a PGlite directory opened in-process while no server holds it): the community
// admin's community, a resident of it with a grid and a household, the street admin's street, and
// the ranking period (the last year with points unless --period).
import type { Operation, Targets } from "./operations.js";

/** node-postgres' Client and PGlite both answer this. */
export interface Queryable {
  query<T>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>;
}

export interface Found {
  targets: Targets;
  accounts: Record<Operation["as"], string>;
  facts: string;
}

export async function findTargets(client: Queryable, periodOption: string | undefined): Promise<Found> {
  const bench = (await client.query(`SELECT 1 FROM "Account" WHERE username = 'bench_admin'`)).rows.length === 1;
  const accounts = bench ? { community: "bench_admin", street: "bench_street" } : { community: "zhichong_admin", street: "street_admin" };
  const grant = async (username: string, col: "communityId" | "regionId") =>
    (await client.query<{ id: string }>(`SELECT g."${col}" AS id FROM "Grant" g JOIN "Account" a ON a.id = g."accountId" WHERE a.username = $1 AND g."${col}" IS NOT NULL LIMIT 1`, [username])).rows[0]?.id;
  const communityId = await grant(accounts.community, "communityId");
  const streetId = await grant(accounts.street, "regionId");
  if (!communityId || !streetId) throw new Error(`no grants for ${accounts.community} / ${accounts.street}`);
  const r = (
    await client.query<{ id: string; gridId: string; householdId: string }>(
      `SELECT id, "gridId", "householdId" FROM "Resident" WHERE "communityId" = $1 AND "gridId" IS NOT NULL AND "householdId" IS NOT NULL ORDER BY id LIMIT 1`,
      [communityId],
    )
  ).rows[0];
  if (!r) throw new Error("the community has no resident with a grid and a household");
  let period = periodOption;
  if (!period) {
    const last = (await client.query<{ m: string | null }>(`SELECT to_char(max(month), 'YYYY') AS m FROM "PointsMonthly" WHERE "communityId" = $1`, [communityId])).rows[0]?.m;
    period = last ?? String(new Date().getUTCFullYear());
  }
  const [y, m] = period.split("-").map(Number) as [number, number | undefined];
  const day = (yy: number, mm: number) => new Date(Date.UTC(yy, mm - 1, 1)).toISOString().slice(0, 10);
  const fromMonth = m ? day(y, m) : day(y, 1);
  const toMonth = m ? day(y, m + 1) : day(y + 1, 1);
  const count = async (sql: string, params: unknown[] = []) => Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);
  // pg_class.reltuples is -1 before the first ANALYZE (a fresh demo database): count then.
  const estimate = async (table: string) => {
    const n = await count(`SELECT reltuples::bigint AS n FROM pg_class WHERE relname = $1`, [table]);
    return n >= 0 ? n : count(`SELECT count(*) AS n FROM "${table}"`);
  };
  const communityName = (await client.query<{ name: string }>(`SELECT name FROM "Community" WHERE id = $1`, [communityId])).rows[0]?.name;
  const facts = [
    `database: ${(await count(`SELECT count(*) AS n FROM "Community"`)).toLocaleString()} communities, ${(await estimate("Resident")).toLocaleString()} residents, ${(await estimate("PointsEntry")).toLocaleString()} points entries (estimates)`,
    `asked about: ${communityName} (${(await count(`SELECT count(*) AS n FROM "Resident" WHERE "communityId" = $1`, [communityId])).toLocaleString()} residents) as ${accounts.community}; its street as ${accounts.street}; ranking period ${period}`,
  ].join("\n");
  return { targets: { communityId, streetId, residentId: r.id, gridId: r.gridId, householdId: r.householdId, period, fromMonth, toMonth }, accounts, facts };
}
