// Spawning the compiled server and timing its start, for `pnpm bench:start` and `pnpm bench:load --pglite`:
// the milliseconds from spawn to the first /healthz 200 and to the first GraphQL answer.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { repoRoot } from "../src/env.js";

export const serverMain = path.join(repoRoot, "packages/api/dist/main.js");

async function firstOk(probe: () => Promise<boolean>, t0: number, child: ChildProcess, timeoutMs: number): Promise<number> {
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`the server exited (${child.signalCode ?? `code ${child.exitCode}`}) before answering`);
    if (performance.now() - t0 > timeoutMs) throw new Error(`the server did not answer within ${timeoutMs / 1000} s`);
    try {
      if (await probe()) return performance.now() - t0;
    } catch {
      /* not listening yet */
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

export interface Started {
  child: ChildProcess;
  /** Milliseconds from spawn to the first /healthz 200. */
  healthz: number;
  /** Milliseconds from spawn to the first answer of `{ __typename }`. */
  graphql: number;
}

/** Spawns `node packages/api/dist/main.js` with `env` (PORT among it) and waits for both answers; the server keeps running. */
export async function startTimed(env: NodeJS.ProcessEnv, port: number, timeoutMs = 600_000): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [serverMain], { env, stdio: ["ignore", "ignore", "inherit"] });
  const base = `http://127.0.0.1:${port}`;
  try {
    const healthz = await firstOk(async () => (await fetch(`${base}/healthz`)).status === 200, t0, child, timeoutMs);
    const graphql = await firstOk(async () => {
      const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
      return res.status === 200 && ((await res.json()) as { data?: unknown }).data !== undefined;
    }, t0, child, timeoutMs);
    return { child, healthz, graphql };
  } catch (e) {
    await stopServer(child);
    throw e;
  }
}

/** SIGTERM, and wait for the exit (the server closes its database cleanly). */
export async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}
