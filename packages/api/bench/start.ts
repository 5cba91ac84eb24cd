// `pnpm bench:start`: how fast the compiled server answers with an existing database.
// Needs a build (`pnpm build`). Uses BENCH_DATABASE_URL or a PGlite directory under data/bench-start
// (migrated and seeded on the first run), spawns `node packages/api/dist/main.js` in production mode
// and prints the milliseconds to the first /healthz 200 and to the first GraphQL answer.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { repoRoot } from "../src/env.js";
import { serverMain, startTimed, stopServer } from "./startup.js";

if (!fs.existsSync(serverMain)) {
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

async function once(): Promise<{ healthz: number; graphql: number }> {
  const { child, healthz, graphql } = await startTimed(childEnv, port);
  await stopServer(child);
  return { healthz, graphql };
}

await once(); // the first run may seed the demo district: not measured
for (let i = 1; i <= 3; i++) {
  const r = await once();
  console.log(`start #${i}: /healthz 200 after ${r.healthz.toFixed(0)} ms, first GraphQL answer after ${r.graphql.toFixed(0)} ms (target < 3000 ms)`);
}
