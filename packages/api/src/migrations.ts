// Pending migrations at start: the fast path of `prisma migrate deploy`. The server compares the
// migration folders under prisma/migrations with the rows of `_prisma_migrations` (one SELECT on the
// connection it opens anyway) and runs the full deploy (prisma/scripts/migrate.mjs, with Prisma's
// schema engine, a few seconds) only when one is missing, so a start on a current database costs
// no schema-engine load. Edited migrations are caught by `pnpm db:migrate:check` in CI, not here.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "./env.js";

/** Runs one SELECT and returns its rows: Prisma's `$queryRawUnsafe`, or a plain `pg` client's. */
export type RawQuery = <T>(sql: string) => Promise<T[]>;

const migrationsDir = path.join(repoRoot, "prisma/migrations");

/** The migration folders not yet applied (all of them when the table does not exist yet). */
export async function pendingMigrations(query: RawQuery): Promise<string[]> {
  const names = fs
    .readdirSync(migrationsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(migrationsDir, d.name, "migration.sql")))
    .map((d) => d.name)
    .sort();
  let rows: { migration_name: string }[];
  try {
    rows = await query<{ migration_name: string }>(`SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`);
  } catch {
    return names;
  }
  const applied = new Set(rows.map((r) => r.migration_name));
  return names.filter((n) => !applied.has(n));
}

/** `prisma migrate deploy` on `target` (a PostgreSQL URL or a PGlite directory), in a child process. */
export function deployMigrations(target: string): void {
  const result = spawnSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy", target], { stdio: "inherit" });
  if (result.status !== 0) throw new Error(`migrate deploy failed (exit ${result.status ?? result.signal})`);
}
