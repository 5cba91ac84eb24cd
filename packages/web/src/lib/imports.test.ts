// The SPA's import graph has no cycles. A component declares its fragment in its own file and a
// feature's commands spread the fragments of the components they refresh, so a cycle (a
// component → its modal → the commands → the component) would evaluate a document before the
// fragment it spreads exists. This keeps the convention safe.
import { describe, expect, it } from "vitest";

const sources = import.meta.glob(["../**/*.{ts,tsx}", "!../**/*.test.{ts,tsx}", "!../**/*.d.ts"], { query: "?raw", import: "default", eager: true }) as Record<string, string>;

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const parts = from.split("/").slice(0, -1);
  for (const p of spec.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== ".") parts.push(p);
  }
  const base = parts.join("/");
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`]) if (candidate in sources) return candidate;
  return null;
}

/** Value imports only: `import type` and `export type` vanish at run time. */
function importsOf(file: string): string[] {
  const out: string[] = [];
  for (const m of sources[file]!.matchAll(/^(?:import|export)\s+(?!type\s)(?:[^"';]*?\sfrom\s+)?["']([^"']+)["']/gm)) {
    const target = resolve(file, m[1]!);
    if (target) out.push(target);
  }
  return out;
}

describe("imports", () => {
  it("form no cycle", () => {
    const graph = new Map(Object.keys(sources).map((f) => [f, importsOf(f)]));
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") {
        cycles.push([...path.slice(path.indexOf(f)), f].join(" → "));
        return;
      }
      state.set(f, "open");
      for (const g of graph.get(f) ?? []) visit(g, [...path, f]);
      state.set(f, "done");
    };
    for (const f of graph.keys()) visit(f, []);
    expect(graph.size).toBeGreaterThan(100);
    expect(cycles).toEqual([]);
  });
});
