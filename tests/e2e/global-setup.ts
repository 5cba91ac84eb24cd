// Start the product as `pnpm start` does (migrations, demo seed, API + built SPA on one port) on a
// fresh embedded database, for the browser tests; stop it afterwards.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { serveControl } from "./server-control.js";

const repoRoot = path.resolve(import.meta.dirname, "../..");

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
    srv.on("error", reject);
  });

export default async function setup(project: TestProject) {
  if (!fs.existsSync(path.join(repoRoot, "packages/web/dist/index.html"))) {
    throw new Error("The SPA is not built: run `pnpm build` first (pnpm test does).");
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-e2e-"));
  execFileSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy", dataDir], { cwd: repoRoot, stdio: "pipe" });
  const port = await freePort();
  const tsx = path.join(repoRoot, "packages/api/node_modules/.bin/tsx");
  const url = `http://127.0.0.1:${port}`;
  let server: ChildProcess | null = null;

  async function start() {
    const child = spawn(tsx, ["src/main.ts"], {
      cwd: path.join(repoRoot, "packages/api"),
      env: { ...process.env, DATABASE_URL: dataDir, PORT: String(port), HOST: "127.0.0.1", NODE_ENV: "production", SEED_DEMO: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    server = child;
    let log = "";
    child.stdout?.on("data", (d) => (log += d));
    child.stderr?.on("data", (d) => (log += d));
    const deadline = Date.now() + 90_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited:\n${log}`);
      try {
        if ((await fetch(`${url}/healthz`)).ok) break;
      } catch {
        /* not up yet */
      }
      if (Date.now() > deadline) throw new Error(`server did not start in time:\n${log}`);
      await new Promise((r) => setTimeout(r, 300));
    }
  }
  async function stop() {
    const child = server;
    server = null;
    if (!child || child.exitCode !== null) return;
    child.kill("SIGTERM");
    await new Promise((r) => child.once("exit", r));
  }

  await start();
  // Tests may restart the server on its data directory (server-control.ts).
  const control = await serveControl({ start, stop });
  project.provide("baseUrl", url);
  project.provide("serverControl", control.url);
  project.provide("dataDir", dataDir);
  return async () => {
    await control.close();
    await stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
