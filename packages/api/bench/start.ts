// `pnpm bench:start`: how fast the compiled server answers with an existing database.
// Needs a build (`pnpm build`). Uses BENCH_DATABASE_URL or a PGlite directory under data/bench-start
// (migrated and seeded on the first run), spawns `node packages/api/dist/main.js` in production mode
// and prints the milliseconds to the first /healthz 200 and to the first GraphQL answer.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../src/env.js";

const main = path.join(repoRoot, "packages/api/dist/main.js");
if (!fs.existsSync(main)) {
  console.error("No build: run `pnpm build` first.");
  process.exit(1);
}
const dataDir = process.env.BENCH_DATABASE_URL ?? path.join(repoRoot, "data/bench-start");
const port = Number(process.env.BENCH_PORT ?? 4799);
const childEnv = { ...process.env, DATABASE_URL: dataDir, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production" };

// Migrate (a no-op when current) and seed once, so the measured start finds an existing database.
const migrated = spawnSync("node", [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy"], { env: childEnv, stdio: "inherit" });
if (migrated.status !== 0) {
  console.error(`Migrating ${process.env.BENCH_DATABASE_URL ? "BENCH_DATABASE_URL (does the database exist?)" : dataDir} failed.`);
  process.exit(1);
}

async function firstOk(probe: () => Promise<boolean>, t0: number, child: ChildProcess): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.signalCode ?? `code ${child.exitCode}`}) before answering`);
    try {
      if (await probe()) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function once(): Promise<{ healthz: number; graphql: number }> {
  const t0 = performance.now();
  const child = spawn("node", [main], { env: childEnv, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  const healthz = await firstOk(async () => (await fetch(`${base}/healthz`)).status === 200, t0, child);
  const graphql = await firstOk(async () => {
    const res = await fetch(`${base}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ __typename }" }),
    });
    return res.status === 200 && ((await res.json()) as { data?: unknown }).data !== undefined;
  }, t0, child);
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
  return { healthz, graphql };
}

await once(); // the first run may seed the demo district: not measured
for (let i = 1; i <= 3; i++) {
  const r = await once();
  console.log(`start #${i}: /healthz 200 after ${r.healthz.toFixed(0)} ms, first GraphQL answer after ${r.graphql.toFixed(0)} ms (target < 3000 ms)`);
}
