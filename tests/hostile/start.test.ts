// The compiled production server (`packages/api/dist/main.js`, built by `pnpm build`, which
// `pnpm test` runs first) under its supervisor: SIGTERM lets an in-flight request finish and
// leaves PGlite reopenable; a killed worker is restarted; no source map is served.
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const main = path.join(root, "packages/api/dist/main.js");
const built = fs.existsSync(main);
if (!built) console.warn("tests/hostile/start.test.ts skipped: no build (run `pnpm build`; `pnpm test` builds first)");

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-start-"));
const port = 4600 + Math.floor(Math.random() * 300);
const env = { ...process.env, DATABASE_URL: path.join(dir, "pg"), UPLOAD_DIR: path.join(dir, "up"), PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", SEED_DEMO: "false" };
const base = `http://127.0.0.1:${port}`;

function start(): ChildProcess {
  return spawn("node", [main], { env, stdio: ["ignore", "ignore", "inherit"] });
}
async function healthy(timeoutMs = 120_000) {
  const t0 = Date.now();
  while (Date.now() - t0 < timeoutMs) {
    try {
      if ((await fetch(`${base}/healthz`)).status === 200) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("server did not answer /healthz");
}
const exitOf = (child: ChildProcess) => new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

describe.skipIf(!built)("the compiled production start", () => {
  let server: ChildProcess;
  beforeAll(async () => {
    const migrate = spawnSync("node", [path.join(root, "prisma/scripts/migrate.mjs"), "deploy"], { env, encoding: "utf8" });
    expect(migrate.status).toBe(0);
    server = start();
    await healthy();
  });
  afterAll(() => {
    server?.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("serves no source map", async () => {
    const assets = fs.readdirSync(path.join(root, "packages/web/dist/assets"));
    expect(assets.filter((f) => f.endsWith(".map"))).toEqual([]);
    const js = assets.find((f) => f.endsWith(".js"));
    const res = await fetch(`${base}/assets/${js}.map`);
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('"sources"');
  });

  it("restarts a worker killed with SIGKILL", async () => {
    const workers = spawnSync("pgrep", ["-P", String(server.pid)], { encoding: "utf8" }).stdout.trim().split("\n");
    expect(workers.length).toBeGreaterThanOrEqual(1);
    process.kill(Number(workers[0]), "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));
    await healthy();
  });

  it("finishes an in-flight request on SIGTERM, exits 0, and the PGlite directory reopens", async () => {
    const body = JSON.stringify({ query: "{ __typename }" });
    const answer = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) } }, (res) => {
        let text = "";
        res.on("data", (c) => (text += c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on("error", reject);
      req.write(body.slice(0, 5)); // the request is in flight: half its body sent
      setTimeout(() => req.end(body.slice(5)), 1500);
    });
    await new Promise((r) => setTimeout(r, 300));
    const exited = exitOf(server);
    server.kill("SIGTERM");
    const res = await answer;
    expect(res.status).toBe(200);
    expect(res.text).toContain("__typename");
    expect(await exited).toBe(0);
    // Reopened cleanly: the server starts on the same directory and answers GraphQL.
    server = start();
    await healthy();
    const again = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body });
    expect(again.status).toBe(200);
    const exited2 = exitOf(server);
    server.kill("SIGTERM");
    expect(await exited2).toBe(0);
  });
});

// PostgreSQL (CI): the primary forks two workers at once and, while they load, migrates an empty
// database and seeds the demo district; the workers listen only once it is ready.
const pgUrl = process.env.TEST_DATABASE_URL;
describe.skipIf(!built || !pgUrl)("the compiled production start on PostgreSQL", () => {
  const name = `gongzhi_start_${process.pid}`;
  const withDb = (database: string) => Object.assign(new URL(pgUrl!), { pathname: `/${database}` }).toString();
  const admin = async (sql: string) => {
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: withDb("postgres") });
    await c.connect();
    try {
      return await c.query(sql);
    } finally {
      await c.end();
    }
  };
  const pgPort = port + 1000;
  const pgBase = `http://127.0.0.1:${pgPort}`;
  let server: ChildProcess | undefined;
  beforeAll(() => admin(`CREATE DATABASE ${name}`));
  afterAll(async () => {
    server?.kill("SIGKILL");
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  });

  it("migrates and seeds an empty database before its two workers answer", async () => {
    server = spawn("node", [main], { env: { ...env, DATABASE_URL: withDb(name), PORT: String(pgPort), WORKERS: "2", SEED_DEMO: "true" }, stdio: ["ignore", "ignore", "inherit"] });
    const t0 = Date.now();
    let up = false;
    while (!up && Date.now() - t0 < 180_000) {
      up = (await fetch(`${pgBase}/healthz`).catch(() => undefined))?.status === 200;
      if (!up) await new Promise((r) => setTimeout(r, 50));
    }
    expect(up).toBe(true);
    // The first answer already comes from a migrated, seeded database.
    const { default: pg } = await import("pg");
    const c = new pg.Client({ connectionString: withDb(name) });
    await c.connect();
    try {
      const applied = await c.query(`SELECT count(*)::int AS n FROM "_prisma_migrations" WHERE finished_at IS NOT NULL`);
      const folders = fs.readdirSync(path.join(root, "prisma/migrations"), { withFileTypes: true }).filter((d) => d.isDirectory()).length;
      expect(applied.rows[0].n).toBe(folders);
      const regions = await c.query(`SELECT count(*)::int AS n FROM "Region"`);
      expect(regions.rows[0].n).toBeGreaterThan(0);
    } finally {
      await c.end();
    }
    const res = await fetch(`${pgBase}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
    expect(res.status).toBe(200);
    const workers = spawnSync("pgrep", ["-P", String(server.pid)], { encoding: "utf8" }).stdout.trim().split("\n");
    expect(workers).toHaveLength(2);
    // A restarted worker asks again and is told at once.
    process.kill(Number(workers[0]), "SIGKILL");
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 20; i++) expect((await fetch(`${pgBase}/healthz`)).status).toBe(200);
    const exited = exitOf(server);
    server.kill("SIGTERM");
    expect(await exited).toBe(0);
    server = undefined;
  });
});
