// The first-load weight of the two entries: the admin app's sign-in page (issue #13: dist/index.html)
// and the residents' public pages (issue #14: dist/public.html, opened from a QR poster on a phone,
// often on a weak signal) — what a browser loads before anything else: the entry script, its
// modulepreloads and the stylesheets the HTML names, measured gzip'd (level 9, as the build's .gz
// files are). Fails when a limit is exceeded. Run by `pnpm test` after the build;
// `node packages/web/scripts/check-size.mjs` on its own after `pnpm build`.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const LIMITS = { js: 170 * 1024, css: 20 * 1024 };
export const PUBLIC_LIMITS = { js: 80 * 1024, css: 10 * 1024 };
/** Each entry's HTML, its name in the report and its limits. */
export const ENTRIES = [
  { html: "index.html", name: "sign-in page", limits: LIMITS },
  { html: "public.html", name: "public pages (居民公开栏)", limits: PUBLIC_LIMITS },
];
const dist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dist");

/** The files index.html makes the browser load at once, by kind. */
export function firstLoad(distDir = dist, htmlFile = "index.html") {
  const html = fs.readFileSync(path.join(distDir, htmlFile), "utf8");
  const refs = (re) => [...html.matchAll(re)].map((m) => m[1]);
  const js = [...refs(/<script[^>]*type="module"[^>]*src="([^"]+)"/g), ...refs(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g)];
  const css = refs(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const size = (f) => gzipSync(fs.readFileSync(path.join(distDir, f.replace(/^\//, ""))), { level: 9 }).length;
  const measure = (files) => files.map((f) => ({ file: f, gzip: size(f) }));
  return { js: measure(js), css: measure(css) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  let failed = false;
  for (const entry of ENTRIES) {
    if (!fs.existsSync(path.join(dist, entry.html))) {
      console.error(`packages/web/dist has no ${entry.html}: run \`pnpm build\` first.`);
      process.exit(1);
    }
    const loaded = firstLoad(dist, entry.html);
    for (const kind of ["js", "css"]) {
      const total = loaded[kind].reduce((s, f) => s + f.gzip, 0);
      const ok = total <= entry.limits[kind];
      failed ||= !ok;
      console.log(`${entry.name} ${kind.toUpperCase()}: ${kb(total)} gzip (limit ${kb(entry.limits[kind])}) ${ok ? "ok" : "TOO BIG"}`);
      if (!ok) for (const f of loaded[kind].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(f.gzip).padStart(9)}  ${f.file}`);
    }
  }
  if (failed) process.exitCode = 1;
}
