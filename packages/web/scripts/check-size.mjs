// The sign-in page's weight (issue #13): what a browser loads for /login before anything else — the
// entry script, its modulepreloads and the stylesheets named in dist/index.html — measured gzip'd
// (level 9, as the build's .gz files are). Fails when a limit is exceeded. Run by `pnpm test`
// after the build; `node packages/web/scripts/check-size.mjs` on its own after `pnpm build`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const LIMITS = { js: 170 * 1024, css: 20 * 1024 };
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");

/** The files index.html makes the browser load at once, by kind. */
export function firstLoad(distDir = dist) {
  const html = fs.readFileSync(path.join(distDir, "index.html"), "utf8");
  const refs = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const js = [...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const size = (f) => gzipSync(fs.readFileSync(path.join(distDir, f.replace(/^\//, ""))), { level: 9 }).length;
  const measure = (files) => files.map((f) => ({ file: f, gzip: size(f) }));
  return { js: measure(js), css: measure(css) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!fs.existsSync(path.join(dist, "index.html"))) {
    console.error("packages/web/dist has no build: run `pnpm build` first.");
    process.exit(1);
  }
  const loaded = firstLoad();
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let failed = false;
  for (const kind of ["js", "css"]) {
    const total = loaded[kind].reduce((s, f) => s + f.gzip, 0);
    const ok = total <= LIMITS[kind];
    failed ||= !ok;
    console.log(`sign-in page ${kind.toUpperCase()}: ${kb(total)} gzip (limit ${kb(LIMITS[kind])}) ${ok ? "ok" : "TOO BIG"}`);
    if (!ok) for (const f of loaded[kind].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);
  }
  if (failed) process.exitCode = 1;
}
