// The data of `pnpm bench:ledger` (bench/ledger/ledger-scale.ts), on PostgreSQL, in plain SQL:
// communities of equal size (a street per 20), residents, PERSON points accounts for the first
// 40% of each community's residents, three points rules per community, an admin of the first
// community with a session; then the ledger in batches of INSERT … SELECT generate_series, each
// batch in one statement that also adds its sums to PointsMonthly and to the accounts' balances
// (as the points services keep them with every entry).
//
// The ledger as seed:scale spreads it: every entry in one of 24 accounting months (evenly), a
// community at random, an account of it skewed towards its first accounts (k = ⌊n·u²⌋, so the
// ranking has leaders), nine awards (1–20) to one deduction (−1 … −10) under the community's
// rules. Entry ids are UUIDv7-shaped and grow with the entry's number, as ids do when entries are
// written one after another, so the primary key (and the (sourceType, sourceId) index, sourceId
// being the entry's own id here) is appended to, not written at random places.
import { execFileSync } from "node:child_process";
import path from "node:path";
import cliProgress from "cli-progress";
import type pg from "pg";
import { repoRoot } from "../../src/env.js";
import { hashToken, newToken } from "../../src/shared/tokens.js";
import { withAdmin } from "../pgAdmin.js";

export const MONTHS = 24;
const STREET_SIZE = 20;
/** The time part of entry n's id: this instant plus n milliseconds. */
const ID_EPOCH_MS = Date.UTC(2026, 0, 1);

export interface Shape {
  communities: number;
  residentsPerCommunity: number;
  /** The accounting months of the ledger, oldest first (YYYY-MM-01). */
  months: string[];
}

export const accountsPerCommunity = (s: Shape) => Math.ceil(s.residentsPerCommunity * 0.4);

/** Creates the database (dropping an existing one of that name) and applies the migrations. */
export async function createDatabase(url: string) {
  await withAdmin(url, async (admin, db) => {
    await admin.query(`DROP DATABASE IF EXISTS ${db.quoted} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${db.quoted}`);
  });
  execFileSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy"], { env: { ...process.env, DATABASE_URL: url }, stdio: "pipe" });
}

export async function dropDatabase(url: string) {
  await withAdmin(url, (admin, db) => admin.query(`DROP DATABASE IF EXISTS ${db.quoted} WITH (FORCE)`));
}

export interface Base {
  communityId: string;
  residentId: string;
  cookie: string;
}

/** Places, people, accounts, rules, and an admin of the first community (bench_ledger). */
export async function seedBase(client: pg.Client, s: Shape): Promise<void> {
  const C = s.communities;
  const RPC = s.residentsPerCommunity;
  const APC = accountsPerCommunity(s);
  await client.query("SET session_replication_role = replica");
  await client.query(`
    WITH d AS (SELECT gen_random_uuid() AS id)
    INSERT INTO "Region" (id, kind, name, path, "updatedAt") SELECT id, 'DISTRICT', '账本压测区', '/' || id || '/', now() FROM d`);
  await client.query(
    `INSERT INTO "Region" (id, kind, name, "parentId", path, "updatedAt")
     SELECT x.id, 'STREET', '账本压测街道' || x.i, d.id, d.path || x.id || '/', now()
     FROM (SELECT gen_random_uuid() AS id, i FROM generate_series(1, $1::int) i) x, "Region" d WHERE d.kind = 'DISTRICT'`,
    [Math.ceil(C / STREET_SIZE)],
  );
  await client.query(
    `INSERT INTO "Community" (id, "regionId", path, name, kind, "updatedAt")
     SELECT x.id, s.id, s.path || x.id || '/', '账本压测社区' || x.i, 'URBAN', now()
     FROM (SELECT gen_random_uuid() AS id, i FROM generate_series(0, $1::int - 1) i) x
     JOIN "Region" s ON s.kind = 'STREET' AND s.name = '账本压测街道' || (1 + x.i / ${STREET_SIZE})`,
    [C],
  );
  // Community c's residents are numbered c·RPC … c·RPC + RPC − 1 (by name order within it).
  await client.query(`CREATE TEMP TABLE bench_community AS SELECT (row_number() OVER (ORDER BY id) - 1)::int AS c, id FROM "Community"`);
  await client.query(
    `INSERT INTO "Resident" (id, "communityId", name, "updatedAt")
     SELECT gen_random_uuid(), c.id, '居民' || (c.c * $1::int + k), now() FROM bench_community c, generate_series(0, $1::int - 1) k`,
    [RPC],
  );
  await client.query(
    `INSERT INTO "PointsAccount" (id, "communityId", kind, "residentId", "updatedAt")
     SELECT gen_random_uuid(), r."communityId", 'PERSON', r.id, now() FROM "Resident" r JOIN bench_community c ON c.id = r."communityId"
     WHERE substr(r.name, 3)::int - c.c * $1::int < $2::int`,
    [RPC, APC],
  );
  await client.query(`
    INSERT INTO "PointsRule" (id, "communityId", code, name, category, kind, article, points, "updatedAt")
    SELECT gen_random_uuid(), c.id, r.code, r.name, r.category::"PointsRuleCategory", r.kind::"PointsRuleKind", r.article, r.points, now()
    FROM bench_community c, (VALUES ('1', '志愿服务', 'VOLUNTEER', 'PER_HOUR', NULL, 10), ('2', '环境卫生', 'VILLAGE_RULE', 'PER_OCCURRENCE', '环境卫生', 5),
      ('3', '乱扔垃圾', 'VILLAGE_RULE', 'PER_OCCURRENCE', '环境卫生', -5)) r(code, name, category, kind, article, points)`);
  await client.query("SET session_replication_role = DEFAULT");
  await client.query(
    `WITH a AS (INSERT INTO "Account" (id, username, "displayName", "passwordHash", "updatedAt") VALUES (gen_random_uuid(), 'bench_ledger', '账本压测 管理员', 'x', now()) RETURNING id)
     INSERT INTO "Grant" (id, "accountId", role, "communityId") SELECT gen_random_uuid(), a.id, 'ADMIN', c.id FROM a, bench_community c WHERE c.c = 0`,
  );
  await client.query("ANALYZE");
}

/** The first community, its most active resident (the first account's), and a new session of its admin (made directly, as the sign-in would). */
export async function signIn(client: pg.Client): Promise<Base> {
  const first = (await client.query<{ communityId: string; residentId: string }>(
    `SELECT a."communityId", a."residentId" FROM "PointsAccount" a ORDER BY a."communityId", a.id LIMIT 1`,
  )).rows[0]!;
  const token = newToken("gzs");
  await client.query(
    `INSERT INTO "Session" (id, "tokenHash", "accountId", "expiresAt") SELECT gen_random_uuid(), $1, id, now() + interval '1 day' FROM "Account" WHERE username = 'bench_ledger'`,
    [hashToken(token)],
  );
  return { ...first, cookie: `gz_session=${token}` };
}

/**
 * Entries number `from` … `to` − 1 (in batches), with their PointsMonthly rows and balances. Past
 * a million entries the ledger's secondary indexes are dropped first and built again afterwards
 * from their own definitions (pg_indexes), which is several times faster than maintaining them row
 * by row; the schema ends the same.
 */
export async function fillLedger(client: pg.Client, s: Shape, from: number, to: number, label: string) {
  const APC = accountsPerCommunity(s);
  await client.query(`SET session_replication_role = replica`); // no per-row foreign-key checks: consistent by construction
  await client.query(`SET synchronous_commit = off`);
  await client.query(`SET maintenance_work_mem = '256MB'`);
  const rebuild =
    to - from > 1_000_000
      ? (await client.query<{ name: string; def: string }>(
          `SELECT i.indexname AS name, i.indexdef AS def FROM pg_indexes i JOIN pg_class c ON c.relname = i.indexname JOIN pg_index x ON x.indexrelid = c.oid
           WHERE i.tablename = 'PointsEntry' AND NOT x.indisprimary AND NOT x.indisunique`,
        )).rows
      : [];
  for (const i of rebuild) await client.query(`DROP INDEX "${i.name}"`);
  await client.query(`DROP TABLE IF EXISTS bench_acc`);
  await client.query(`
    CREATE TEMP TABLE bench_acc AS
    SELECT (row_number() OVER (ORDER BY a."communityId", a.id) - 1)::int AS n, a.id, a."communityId", a."residentId",
      (SELECT id FROM "PointsRule" WHERE "communityId" = a."communityId" AND code = '2') AS award_rule,
      (SELECT id FROM "PointsRule" WHERE "communityId" = a."communityId" AND code = '3') AS deduct_rule
    FROM "PointsAccount" a`);
  await client.query(`CREATE UNIQUE INDEX ON bench_acc (n)`);
  await client.query(`ANALYZE bench_acc`);
  const tty = !!process.stdout.isTTY;
  const bar = tty
    ? new cliProgress.SingleBar({ format: ` ${label} [{bar}] {percentage}% {value}/{total} entries, {duration_formatted} (ETA {eta_formatted})`, hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  bar?.start(to - from, 0);
  const BATCH = 500_000;
  for (let at = from; at < to; at += BATCH) {
    await client.query(
      `WITH x AS MATERIALIZED (
         SELECT g.n, a.id AS "accountId", a."communityId", a."residentId", g.d,
           CASE WHEN g.d THEN a.deduct_rule ELSE a.award_rule END AS "ruleId",
           CASE WHEN g.d THEN -(1 + (g.n % 10))::int ELSE (1 + (g.n % 20))::int END AS delta,
           ($4::date[])[1 + (g.n % ${MONTHS})] AS month,
           (lpad(to_hex($5::bigint + g.n), 12, '0') || '7' || substr(replace(gen_random_uuid()::text, '-', ''), 14))::uuid AS id
         FROM (SELECT n, random() < 0.1 AS d, floor(random() * $3::int)::int AS c, random() AS u FROM generate_series($1::bigint, $2::bigint - 1) n) g
         JOIN bench_acc a ON a.n = g.c * ${APC} + least(${APC - 1}, floor(${APC} * g.u * g.u)::int)
       ), e AS (
         INSERT INTO "PointsEntry" (id, "communityId", "accountId", delta, kind, month, "ruleId", "sourceType", "sourceId", "residentId", "actorName", "approvedByName", "createdAt")
         SELECT id, "communityId", "accountId", delta, (CASE WHEN d THEN 'DEDUCTION' ELSE 'AWARD' END)::"PointsEntryKind", month, "ruleId",
           'PointsClaim', id, "residentId", '压测', '压测审核', month::timestamptz - interval '8 hours' + random() * interval '28 days'
         FROM x
       ), m AS (
         INSERT INTO "PointsMonthly" ("accountId", month, "communityId", "accountKind", awarded, deducted, spent)
         SELECT "accountId", month, "communityId", 'PERSON', COALESCE(SUM(delta) FILTER (WHERE NOT d), 0)::int, COALESCE(-SUM(delta) FILTER (WHERE d), 0)::int, 0
         FROM x GROUP BY "accountId", month, "communityId"
         ON CONFLICT ("accountId", month) DO UPDATE SET awarded = "PointsMonthly".awarded + EXCLUDED.awarded, deducted = "PointsMonthly".deducted + EXCLUDED.deducted
       )
       UPDATE "PointsAccount" p SET balance = p.balance + s.b, awarded = p.awarded + s.aw, deducted = p.deducted + s.de
       FROM (SELECT "accountId", SUM(delta)::int AS b, COALESCE(SUM(delta) FILTER (WHERE NOT d), 0)::int AS aw, COALESCE(-SUM(delta) FILTER (WHERE d), 0)::int AS de FROM x GROUP BY "accountId") s
       WHERE p.id = s."accountId"`,
      [at, Math.min(to, at + BATCH), s.communities, s.months, ID_EPOCH_MS],
    );
    bar?.update(Math.min(to, at + BATCH) - from);
  }
  bar?.stop();
  for (const i of rebuild) {
    const t0 = performance.now();
    await client.query(i.def);
    console.log(`  ${label}: index ${i.name} built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
  await client.query(`SET session_replication_role = DEFAULT`);
  // The triggers that mark the indicator cells stale were bypassed with the rest: mark the communities.
  await client.query(`INSERT INTO "IndicatorDirty" ("communityId") SELECT "id" FROM "Community"`);
  await client.query(`VACUUM ANALYZE "PointsEntry", "PointsMonthly", "PointsAccount"`);
}

/** The sums agree with the ledger: balances, lifetime sums and monthly rows (whole-table totals, then per account). */
export async function checkSums(client: pg.Client): Promise<string | null> {
  const r = (await client.query<{ bad_accounts: number; bad_months: number; entries: string }>(`
    WITH e AS (SELECT "accountId", SUM(delta)::int AS b, COALESCE(SUM(delta) FILTER (WHERE kind = 'AWARD'), 0)::int AS aw FROM "PointsEntry" GROUP BY "accountId"),
    em AS (SELECT "accountId", month, COALESCE(-SUM(delta) FILTER (WHERE kind = 'DEDUCTION'), 0)::int AS de FROM "PointsEntry" GROUP BY "accountId", month)
    SELECT (SELECT count(*)::int FROM "PointsAccount" a LEFT JOIN e ON e."accountId" = a.id WHERE a.balance <> COALESCE(e.b, 0) OR a.awarded <> COALESCE(e.aw, 0)) AS bad_accounts,
      (SELECT count(*)::int FROM em FULL JOIN "PointsMonthly" m USING ("accountId", month) WHERE em.de IS DISTINCT FROM m.deducted) AS bad_months,
      (SELECT count(*) FROM "PointsEntry")::text AS entries`)).rows[0]!;
  return r.bad_accounts || r.bad_months ? `${r.bad_accounts} accounts and ${r.bad_months} monthly rows disagree with the ledger (${r.entries} entries)` : null;
}
