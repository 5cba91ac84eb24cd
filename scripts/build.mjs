#!/usr/bin/env node
// `pnpm build`: the SPA (vite → packages/web/dist, precompressed, no source maps) and the API
// compiled to JavaScript (tsc → packages/api/dist, run by `pnpm start` with plain node).
//
//   node scripts/build.mjs             # always build
//   node scripts/build.mjs --if-stale  # build only when the sources changed since the last build
//
// "Changed" = a sha256 over every input (API and web sources, prisma schema and migrations, the
// lockfile, package.json and tsconfig/vite configs, this script) differs from the one recorded in
// node_modules/.cache/gongzhi-build.json by the last successful build, or an output is missing.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const stampFile = path.join(root, "node_modules/.cache/gongzhi-build.json");
const outputs = ["packages/api/dist/main.js", "packages/web/dist/index.html", "packages/web/dist/public.html"];

/** Inputs: folders are walked (skipping node_modules, dist and generated code), files read as they are. */
const inputs = [
  "packages/api/src",
  "packages/api/package.json",
  "packages/api/tsconfig.json",
  "packages/api/tsconfig.build.json",
  "packages/web/src",
  "packages/web/public",
  "packages/web/index.html",
  "packages/web/public.html",
  "packages/web/package.json",
  "packages/web/tsconfig.json",
  "packages/web/vite.config.ts",
  "packages/schema",
  "prisma/schema",
  "prisma/migrations",
  "tsconfig.base.json",
  "package.json",
  "pnpm-lock.yaml",
  "scripts/build.mjs",
];
const SKIP = new Set(["node_modules", "dist", "generated", ".turbo"]);

function* walk(rel) {
  const abs = path.join(root, rel);
  if (!fs.existsSync(abs)) return;
  if (fs.statSync(abs).isFile()) return yield rel;
  for (const e of fs.readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (SKIP.has(e.name)) continue;
    const child = path.posix.join(rel, e.name);
    if (e.isDirectory()) yield* walk(child);
    else if (e.isFile() && !e.name.endsWith(".test.ts") && !e.name.endsWith(".test.tsx")) yield child;
  }
}

function sourceHash() {
  const h = crypto.createHash("sha256");
  for (const input of inputs) {
    for (const rel of walk(input)) {
      h.update(rel).update("\0").update(fs.readFileSync(path.join(root, rel))).update("\0");
    }
  }
  return h.digest("hex");
}

const readStamp = () => {
  try {
    return JSON.parse(fs.readFileSync(stampFile, "utf8"));
  } catch {
    return null;
  }
};

function run(label, cmd, args, cwd = root) {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) {
        console.log(`[build] ${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
        resolve();
      } else reject(new Error(`[build] ${label} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

async function build(hash) {
  const bin = (pkg, name) => path.join(root, pkg, "node_modules/.bin", name);
  // The two builds are independent: run them side by side.
  await Promise.all([
    run("web (vite)", bin("packages/web", "vite"), ["build", "--logLevel", "warn"], path.join(root, "packages/web")),
    run("api (tsc)", bin("packages/api", "tsc"), ["-p", "tsconfig.build.json"], path.join(root, "packages/api")),
  ]);
  fs.mkdirSync(path.dirname(stampFile), { recursive: true });
  fs.writeFileSync(stampFile, JSON.stringify({ hash, builtAt: new Date().toISOString() }, null, 2));
}

const t0 = performance.now();
const hash = sourceHash();
const ifStale = process.argv.includes("--if-stale");
const current = readStamp()?.hash === hash && outputs.every((o) => fs.existsSync(path.join(root, o)));
if (ifStale && current) {
  console.log(`[build] up to date (sources unchanged since the last build; checked in ${(performance.now() - t0).toFixed(0)} ms)`);
} else {
  if (ifStale) console.log("[build] sources changed since the last build (or no build yet): building");
  await build(hash);
  console.log(`[build] done in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
