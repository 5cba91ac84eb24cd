// The processes of `pnpm bench:load`: the compiled Gongzhi server (on PostgreSQL, or on a PGlite
// data directory with --pglite) and the raw-SQL baseline.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { withAdmin } from "../pgAdmin.js";
import { serverMain, startTimed, type Started } from "../startup.js";

const here = path.dirname(fileURLToPath(import.meta.url));

export { stopServer as stop } from "../startup.js";

export async function ensureDatabase(url: string) {
  await withAdmin(url, async (admin, db) => {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [db.name]);
    if (exists.rowCount === 0) {
      console.log(`creating database ${db.name}`);
      await admin.query(`CREATE DATABASE ${db.quoted}`);
    }
  });
}

async function waitFor(probe: () => Promise<boolean>, child: ChildProcess, what: string, timeoutMs = 600_000) {
  const t0 = Date.now();
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`${what} exited (${child.signalCode ?? `code ${child.exitCode}`}) before answering`);
    if (Date.now() - t0 > timeoutMs) throw new Error(`${what} did not answer within ${timeoutMs / 1000} s`);
    try {
      if (await probe()) return;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

const serverEnv = (database: string, port: number, workers: number) => ({
  ...process.env,
  DATABASE_URL: database,
  PORT: String(port),
  HOST: "127.0.0.1",
  NODE_ENV: "production",
  WORKERS: String(workers),
});

/** The production server on `database` (a postgres:// URL or a PGlite directory), once /healthz answers 200. */
export async function startGongzhi(database: string, port: number, workers: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [serverMain], { env: serverEnv(database, port, workers), stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${port}/healthz`)).status === 200, child, "the Gongzhi server");
  return child;
}

/** The same, timed from spawn to the first /healthz 200 and the first GraphQL answer (bench/startup.ts, as `pnpm bench:start`). */
export const startGongzhiTimed = (database: string, port: number, workers: number): Promise<Started> => startTimed(serverEnv(database, port, workers), port);

export async function startBaseline(url: string, port: number, workers: number): Promise<ChildProcess> {
  const env = { ...process.env, BASELINE_DATABASE_URL: url, BASELINE_PORT: String(port), BASELINE_WORKERS: String(workers) };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "baseline.ts")], { env, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => {
    child.once("message", (m) => (m === "ready" ? resolve() : reject(new Error(String(m)))));
    child.once("exit", (code) => reject(new Error(`the baseline exited (code ${code})`)));
  });
  return child;
}
