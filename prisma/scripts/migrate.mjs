#!/usr/bin/env node
// Offline Prisma Migrate for PostgreSQL on @prisma/schema-engine-wasm (no native schema-engine binary).
//   node scripts/migrate.mjs create <name>   # = prisma migrate dev --create-only (no DB needed: shadow = in-memory PGlite)
//   node scripts/migrate.mjs diff            # migrations -> schema.prisma SQL on stdout; exit 2 if not empty (CI drift check)
//   node scripts/migrate.mjs deploy [target] # = prisma migrate deploy  (writes the standard _prisma_migrations table)
//   node scripts/migrate.mjs status [target] # = prisma migrate status
//   node scripts/migrate.mjs check           # exit 1 when prisma/schema has changes no migration holds
// target (arg or $DATABASE_URL): postgres[ql]://... (adapter-pg) or a PGlite data directory (default ./data/pglite).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { LOCKFILE, openEngine, readMigrations } from "./wasm-engine.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const schemaDir = path.join(root, "prisma/schema");
const migrationsDir = path.join(root, "prisma/migrations");
const filters = { externalTables: [], externalEnums: [] };
// One .prisma file per module, all in prisma/schema/.
const schemaFiles = fs.readdirSync(schemaDir).filter((f) => f.endsWith(".prisma")).sort()
  .map((f) => [path.join(schemaDir, f), fs.readFileSync(path.join(schemaDir, f), "utf8")]);
const schema = { files: schemaFiles.map(([p, content]) => ({ path: p, content })) };

async function withEngine(target, fn) {
  const logs = [];
  const { engine, close, unwrapError } = await openEngine(target, schemaFiles, (l) => logs.push(l));
  try { return await fn(engine); }
  catch (e) { if (process.env.DEBUG) console.error(logs.join("\n")); throw unwrapError(e); }
  finally { await close(); }
}

// wasm createMigration() gets no shadow-DB factory ("PostgreSQL shadow DB must be provided through an
// external factory"), diff() does: replay migrations on an in-memory PGlite shadow and diff vs schema.prisma.
const diffToSchema = (list = readMigrations(migrationsDir)) => withEngine(undefined, (e) => e.diff({
  from: { tag: "migrations", ...list, lockfile: { ...list.lockfile, content: list.lockfile.content ?? LOCKFILE } },
  to: { tag: "schemaDatamodel", ...schema }, script: true, exitCode: true, filters }));

const [cmd, arg] = process.argv.slice(2);
const t0 = performance.now();
if (cmd === "create") {
  if (!arg) throw new Error("usage: migrate.mjs create <name>");
  const r = await diffToSchema();
  if (r.exitCode !== 2) console.log("No schema changes, no migration created.");
  else {
    const ts = new Date().toISOString().replace(/\D/g, "").slice(0, 14); // UTC YYYYMMDDHHMMSS, like Prisma
    const name = `${ts}_${arg.toLowerCase().replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "")}`;
    fs.mkdirSync(path.join(migrationsDir, name), { recursive: true });
    fs.writeFileSync(path.join(migrationsDir, name, "migration.sql"), r.stdout);
    fs.writeFileSync(path.join(migrationsDir, "migration_lock.toml"), LOCKFILE);
    console.log(`Created prisma/migrations/${name}/migration.sql`);
  }
} else if (cmd === "check") { // CI: a schema change without its migration fails
  const r = await diffToSchema();
  if (r.exitCode === 2) {
    console.error("prisma/schema has changes that no migration holds. Run: pnpm db:migrate:new <name>\n");
    process.stderr.write(r.stdout ?? "");
    process.exitCode = 1;
  } else console.log("Migrations match prisma/schema.");
} else if (cmd === "diff") {
  const r = await diffToSchema();
  process.stdout.write(r.stdout ?? "");
  process.exitCode = r.exitCode;
} else if (cmd === "deploy" || cmd === "status") {
  const target = arg ?? process.env.DATABASE_URL ?? path.join(root, "data/pglite");
  const migrationsList = readMigrations(migrationsDir);
  if (cmd === "deploy") {
    const r = await withEngine(target, (e) => e.applyMigrations({ migrationsList, filters }));
    console.log(r.appliedMigrationNames.length ? `Applied: ${r.appliedMigrationNames.join(", ")}` : "No pending migrations.");
  } else {
    const r = await withEngine(target, (e) => e.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters }));
    console.log(JSON.stringify(r, null, 2));
    if (r.history || r.failedMigrationNames.length || r.editedMigrationNames.length) process.exitCode = 1;
  }
} else {
  console.error("usage: migrate.mjs create <name> | check | diff | deploy [target] | status [target]");
  process.exitCode = 64;
}
console.error(`[migrate ${cmd}] ${(performance.now() - t0).toFixed(0)} ms`);
process.exit(); // the wasm engine leaves a ~10 s timer (advisory-lock timeout) pending after applyMigrations
