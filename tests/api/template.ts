// Test databases: migrations are applied once to a template (a PGlite data directory, or a
// PostgreSQL template database when TEST_DATABASE_URL is set); each test file gets a fresh copy.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const pgUrl = process.env.TEST_DATABASE_URL || undefined;
const TEMPLATE_DB = "gongzhi_test_template";
export const pgliteTemplateDir = path.join(repoRoot, "tests/.tmp/pglite-template");

const migrate = (target: string) =>
  execFileSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy", target], { cwd: repoRoot, stdio: "pipe" });

function withDb(url: string, database: string) {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function admin<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: withDb(pgUrl!, "postgres") });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** vitest globalSetup: build the template once per run. */
export async function buildTemplate() {
  if (pgUrl) {
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${TEMPLATE_DB}`);
    });
    migrate(withDb(pgUrl, TEMPLATE_DB));
  } else {
    fs.rmSync(pgliteTemplateDir, { recursive: true, force: true });
    fs.mkdirSync(path.dirname(pgliteTemplateDir), { recursive: true });
    migrate(pgliteTemplateDir);
  }
}

/** A fresh migrated database for one test file: a PGlite directory or a PostgreSQL URL. */
export async function freshDatabase(): Promise<{ target: string; drop: () => Promise<void> }> {
  if (pgUrl) {
    const name = `gongzhi_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
    return { target: withDb(pgUrl, name), drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-test-"));
  fs.cpSync(pgliteTemplateDir, dir, { recursive: true });
  return { target: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}
