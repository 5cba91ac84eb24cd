// Test databases: migrations are applied once to a template (a PGlite data directory, or a
// PostgreSQL template database when TEST_DATABASE_URL is set); each test file gets a fresh copy.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";

export const repoRoot = path.resolve(import.meta.dirname, "../..");
export const pgUrl = process.env.TEST_DATABASE_URL || undefined;
// One template per test run (several runs may share the machine): named by the run's process id,
// handed to the test workers through vitest's provide/inject.
const templateName = (id: string) => `gongzhi_test_template_${id}`;
const templateDir = (id: string) => path.join(repoRoot, "tests/.tmp", `pglite-template-${id}`);

const migrate = (target: string) =>
  execFileSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy", target], { cwd: repoRoot, stdio: ["ignore", "ignore", "inherit"] });

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

/** vitest globalSetup: build this run's template once; returns its id and a teardown. */
export async function buildTemplate(): Promise<{ id: string; teardown: () => Promise<void> }> {
  const id = String(process.pid);
  if (pgUrl) {
    const name = templateName(id);
    await admin(async (c) => {
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.query(`CREATE DATABASE ${name}`);
    });
    migrate(withDb(pgUrl, name));
    return { id, teardown: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))) };
  }
  const dir = templateDir(id);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  migrate(dir);
  return { id, teardown: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh migrated database for one test file: a PGlite directory or a PostgreSQL URL. */
export async function freshDatabase(): Promise<{ target: string; drop: () => Promise<void> }> {
  const id = inject("testTemplateId");
  if (pgUrl) {
    const name = `gongzhi_test_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await admin((c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${templateName(id)}`));
    return { target: withDb(pgUrl, name), drop: () => admin(async (c) => void (await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`))) };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-test-"));
  fs.cpSync(templateDir(id), dir, { recursive: true });
  return { target: dir, drop: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

declare module "vitest" {
  export interface ProvidedContext {
    testTemplateId: string;
  }
}
