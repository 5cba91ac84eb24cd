// `pnpm bench:load`: Gongzhi's compiled production server on PostgreSQL against a raw-SQL baseline
// that answers the same data with one statement per request (bench/load/baseline.ts), under the same
// load (autocannon, 10 connections), in interleaved rounds on the same database.
//
//   1. The database: BENCH_DATABASE_URL, else DATABASE_URL when it is a postgres:// URL, else
//      postgres://postgres@127.0.0.1:5432/gongzhi_bench_load (created when missing). An empty one is
//      migrated and gets the demo district (the server does both on start); one loaded by
//      `pnpm seed:scale` is used as it is (its bench_admin and bench_street accounts ask).
//   2. Statements per request: Gongzhi runs behind a counting proxy (load/pgcount.ts) while each
//      operation is asked ten times in a row; then it is restarted directly on PostgreSQL.
//   3. Each operation is asked of both servers and the two `data` answers are compared; any
//      difference stops the bench (so the comparison is honest).
//   4. Rounds: each operation, Gongzhi and the baseline one after the other (the order alternating
//      per round), --duration seconds each. Reported: the median over rounds of req/s and p99.
// Targets (issue #13): every read ≥ 0.3× the baseline's req/s, p99 within 4× the baseline's.
// Exits 1 when an answer differs or a read misses a target (with --pglite: or PGlite misses its own).
//
// --pglite (issue #13, item 8): besides the PostgreSQL server, the same compiled server on a fresh
// PGlite data directory (the embedded default: `pnpm start` semantics, so its first start migrates
// and seeds the demo district; one worker, as PGlite is single-process). Every server then runs
// ONE worker (the PostgreSQL server and the baseline too), so the comparison is fair. The
// operations run against it in the same interleaved rounds (the order of the three rotating per
// round); it prints PGlite's req/s and p99 and the PGlite/PostgreSQL ratio per operation (target
// ≥ 0.5×, within 2×), and its cold start: spawn → first /healthz 200 and first GraphQL answer
// (bench/startup.ts, as `pnpm bench:start`), on the fresh directory and on the seeded one.
// Its answers must have the same shape as the PostgreSQL server's (the demo seed is deterministic
// but for uuids). The residents createResident adds on PGlite stay (the directory is removed after).
//
// Options: --duration <s> (5) --rounds <n> (3) --connections <n> (10) --only <substring,…>
//          --workers <n> (the server's default) --period <2026 | 2026-11> --pglite
//          --show-sql (print the statements Gongzhi sends for one request of each operation)
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { serverMain } from "../startup.js";
import { OPERATIONS, runTag, type Operation, type Targets } from "./operations.js";
import { startCountingProxy } from "./pgcount.js";
import { cannon, firstDifference, median, shape, signIn, type Run } from "./requests.js";
import { ensureDatabase, startBaseline, startGongzhi, startGongzhiTimed, stop } from "./servers.js";
import { findTargets, type Found, type Queryable } from "./targets.js";

const { values: opt } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    only: { type: "string" },
    workers: { type: "string" },
    period: { type: "string" },
    pglite: { type: "boolean", default: false },
    "show-sql": { type: "boolean", default: false },
  },
});
const duration = Number(opt.duration);
const rounds = Number(opt.rounds);
const connections = Number(opt.connections);
const only = opt.only?.split(",").map((s) => s.trim().toLowerCase());
const operations = OPERATIONS.filter((o) => !only || only.some((s) => o.name.toLowerCase().includes(s)));

if (!fs.existsSync(serverMain)) {
  console.error("No build: run `pnpm build` first.");
  process.exit(1);
}
if (opt.pglite && opt.workers && Number(opt.workers) !== 1) {
  console.error("--pglite compares one worker with one worker (PGlite is single-process): leave --workers out or give 1.");
  process.exit(1);
}
const isPg = (u: string | undefined): u is string => !!u && /^postgres(ql)?:\/\//.test(u);
const databaseUrl = [process.env.BENCH_DATABASE_URL, process.env.DATABASE_URL].find(isPg) ?? "postgres://postgres@127.0.0.1:5432/gongzhi_bench_load";
const GONGZHI_PORT = 4797;
const BASELINE_PORT = 4798;
const PGLITE_PORT = 4796;
const workers = opt.pglite ? 1 : opt.workers ? Number(opt.workers) : Math.min(2, os.availableParallelism());

// ---------------------------------------------------------------------------------------------
// Requests: a Gongzhi server (on PostgreSQL or PGlite) with its sessions and targets, or the baseline

interface Server {
  name: string;
  graphql: string;
  cookies: Record<Operation["as"], string>;
  targets: Targets;
}
const baselineUrl = (op: Operation) => `http://127.0.0.1:${BASELINE_PORT}/${OPERATIONS.indexOf(op)}`;
const gongzhiHeaders = (s: Server, op: Operation) => ({ "content-type": "application/json", cookie: s.cookies[op.as] });
const gongzhiBody = (s: Server, op: Operation, i: number) => JSON.stringify({ query: op.query, variables: op.variables(s.targets, i) });
const baselineBody = (op: Operation, t: Targets, i: number) => JSON.stringify(op.params(t, i));

async function askGongzhi(s: Server, op: Operation, i: number): Promise<unknown> {
  const res = await fetch(s.graphql, { method: "POST", headers: gongzhiHeaders(s, op), body: gongzhiBody(s, op, i) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${op.name}: Gongzhi on ${s.name} answered ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

async function askBaseline(op: Operation, t: Targets, i: number): Promise<unknown> {
  const res = await fetch(baselineUrl(op), { method: "POST", headers: { "content-type": "application/json" }, body: baselineBody(op, t, i) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${op.name}: the baseline answered ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

async function connectServer(name: string, port: number, found: Found): Promise<Server> {
  const graphql = `http://127.0.0.1:${port}/graphql`;
  return { name, graphql, targets: found.targets, cookies: { community: await signIn(graphql, found.accounts.community), street: await signIn(graphql, found.accounts.street) } };
}

// ---------------------------------------------------------------------------------------------
// Main

async function withPg<T>(url: string, f: (q: Queryable) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await f({ query: async <R>(sql: string, params?: unknown[]) => ({ rows: (await c.query(sql, params)).rows as R[] }) });
  } finally {
    await c.end();
  }
}

await ensureDatabase(databaseUrl);
const pgVersion = await withPg(databaseUrl, async (q) => (await q.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v);

// Counting phase: Gongzhi behind the counting proxy (it also migrates and seeds an empty database).
const dbUrl = new URL(databaseUrl);
const proxy = await startCountingProxy({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
const proxied = new URL(databaseUrl);
proxied.hostname = "127.0.0.1";
proxied.port = String(proxy.port);
proxied.searchParams.set("sslmode", "disable");
console.log(`starting Gongzhi (${workers} worker(s)) on ${dbUrl.pathname.slice(1)}; an empty database is migrated and seeded first`);
let gongzhi = await startGongzhi(proxied.toString(), GONGZHI_PORT, workers);
const baseline = await startBaseline(databaseUrl, BASELINE_PORT, workers);
let embedded: ChildProcess | null = null;
const pgliteDir = opt.pglite ? fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-bench-pglite-")) : "";
let exitCode = 0;

/**
 * Removes the residents createResident added (both servers'): after each of its rounds, so the
 * reads of the next round see the same data set as the first (thousands of added residents in the
 * bench community slowed the residents page round after round), and at the end.
 */
async function removeAdded(): Promise<number> {
  return withPg(databaseUrl, async (q) => (await q.query<{ id: string }>(`DELETE FROM "Resident" WHERE name LIKE $1 OR name LIKE $2 RETURNING id`, [`压测${runTag}-%`, `基线${runTag}-%`])).rows.length);
}

/** The embedded server on a fresh directory: cold start (migrate + seed), targets read in-process, then a measured restart that stays up. */
async function startEmbedded(): Promise<{ server: Server; starts: string[] }> {
  const first = await startGongzhiTimed(pgliteDir, PGLITE_PORT, 1);
  await stop(first.child);
  const db = new PGlite(pgliteDir);
  const found = await findTargets(db as unknown as Queryable, opt.period).finally(() => db.close());
  const again = await startGongzhiTimed(pgliteDir, PGLITE_PORT, 1);
  embedded = again.child;
  const starts = [
    `PGlite cold start on a fresh directory (migrations and the demo seed included): /healthz 200 after ${first.healthz.toFixed(0)} ms, first GraphQL answer after ${first.graphql.toFixed(0)} ms`,
    `PGlite start on the seeded directory: /healthz 200 after ${again.healthz.toFixed(0)} ms, first GraphQL answer after ${again.graphql.toFixed(0)} ms`,
  ];
  for (const line of starts) console.log(line);
  return { server: await connectServer("PGlite", PGLITE_PORT, found), starts };
}

try {
  const found = await withPg(databaseUrl, (q) => findTargets(q, opt.period));
  const { targets, facts } = found;
  console.log(facts);
  let server = await connectServer("PostgreSQL", GONGZHI_PORT, found);

  const statements = new Map<Operation, number>();
  let serial = 0;
  for (const op of operations) {
    const norm = op.normalize ?? ((x: unknown) => x);
    const a = norm(await askGongzhi(server, op, ++serial));
    const b = norm(await askBaseline(op, targets, serial));
    const diff = firstDifference(a, b);
    if (diff) throw new Error(`${op.name}: the answers differ at ${diff}`);
    console.log(`✓ ${op.name}: same data from both (${shape(a)})`);
    if (opt["show-sql"]) {
      proxy.reset();
      await askGongzhi(server, op, ++serial);
      console.log(proxy.texts().map((q, i) => `    ${i + 1}. ${q.replace(/\s+/g, " ").slice(0, 240)}`).join("\n"));
    }
    const N = 10;
    proxy.reset();
    for (let i = 0; i < N; i++) await askGongzhi(server, op, ++serial);
    statements.set(op, proxy.count() / N);
  }
  await stop(gongzhi);
  await proxy.close();
  gongzhi = await startGongzhi(databaseUrl, GONGZHI_PORT, workers);
  server = await connectServer("PostgreSQL", GONGZHI_PORT, found);

  let lite: Server | null = null;
  let starts: string[] = [];
  if (opt.pglite) {
    ({ server: lite, starts } = await startEmbedded());
    for (const op of operations) {
      const a = shape(await askGongzhi(server, op, ++serial));
      const b = shape(await askGongzhi(lite, op, ++serial));
      if (a !== b) throw new Error(`${op.name}: PGlite's answer has another shape (${b}) than PostgreSQL's (${a})`);
      console.log(`✓ ${op.name}: the same shape on PGlite (${b})`);
    }
  }

  // Warm-up (JIT, pools, PostgreSQL's caches), not measured.
  for (const op of operations) {
    for (const s of lite ? [server, lite] : [server]) await cannon(s.graphql, gongzhiHeaders(s, op), (i) => gongzhiBody(s, op, i + 1e6), 1, connections);
    await cannon(baselineUrl(op), { "content-type": "application/json" }, (i) => baselineBody(op, targets, i + 1e6), 1, connections);
  }

  const runs = new Map<Operation, { g: Run[]; b: Run[]; p: Run[] }>(operations.map((op) => [op, { g: [], b: [], p: [] }]));
  let offset = 2e6;
  for (let round = 1; round <= rounds; round++) {
    for (const op of operations) {
      const r = runs.get(op)!;
      const at = offset;
      offset += 1e6;
      const steps: (() => Promise<void>)[] = [
        async () => void r.g.push(await cannon(server.graphql, gongzhiHeaders(server, op), (i) => gongzhiBody(server, op, i + at), duration, connections)),
        async () => void r.b.push(await cannon(baselineUrl(op), { "content-type": "application/json" }, (i) => baselineBody(op, targets, i + at), duration, connections)),
      ];
      if (lite) {
        const l = lite;
        steps.push(async () => void r.p.push(await cannon(l.graphql, gongzhiHeaders(l, op), (i) => gongzhiBody(l, op, i + at), duration, connections)));
      }
      // The order rotates per round (and reverses every other round), so no server always goes first.
      const order = steps.map((_, k) => steps[(k + round) % steps.length]!);
      for (const step of round % 2 ? order : order.reverse()) await step();
      const last = (xs: Run[]) => xs[xs.length - 1]!;
      const errs = (x: Run) => (x.errors ? ` (${x.errors} errors)` : "");
      if (op.kind === "write") await removeAdded();
      console.log(
        `round ${round} ${op.name}: Gongzhi ${last(r.g).rps.toFixed(0)} req/s p99 ${last(r.g).p99} ms${errs(last(r.g))}; baseline ${last(r.b).rps.toFixed(0)} req/s p99 ${last(r.b).p99} ms${errs(last(r.b))}` +
          (lite ? `; PGlite ${last(r.p).rps.toFixed(0)} req/s p99 ${last(r.p).p99} ms${errs(last(r.p))}` : ""),
      );
    }
  }

  const med = (xs: Run[]) => ({ rps: median(xs.map((x) => x.rps)), p99: median(xs.map((x) => x.p99)) });
  const rows: string[] = [];
  const liteRows: string[] = [];
  for (const op of operations) {
    const r = runs.get(op)!;
    const g = med(r.g);
    const b = med(r.b);
    const errors = [...r.g, ...r.b].reduce((n, x) => n + x.errors, 0);
    const ratio = g.rps / b.rps;
    const p99Ratio = g.p99 / Math.max(b.p99, 1);
    const ok = op.kind === "write" || (ratio >= 0.3 && p99Ratio <= 4);
    if (!ok || errors) exitCode = 1;
    rows.push(
      `| ${op.name} | ${g.rps.toFixed(0)} | ${g.p99.toFixed(0)} | ${b.rps.toFixed(0)} | ${b.p99.toFixed(0)} | ${ratio.toFixed(2)}× | ${p99Ratio.toFixed(1)}× | ${statements.get(op)!.toFixed(1)} | ${op.kind === "write" ? "—" : ok ? "✓" : "✗"}${errors ? ` (${errors} errors)` : ""} |`,
    );
    if (lite) {
      const p = med(r.p);
      const liteErrors = r.p.reduce((n, x) => n + x.errors, 0);
      const liteRatio = p.rps / g.rps;
      const liteOk = liteRatio >= 0.5;
      if (!liteOk || liteErrors) exitCode = 1;
      liteRows.push(
        `| ${op.name} | ${g.rps.toFixed(0)} | ${g.p99.toFixed(0)} | ${p.rps.toFixed(0)} | ${p.p99.toFixed(0)} | ${liteRatio.toFixed(2)}× | ${(p.p99 / Math.max(g.p99, 1)).toFixed(1)}× | ${liteOk ? "✓" : "✗"}${liteErrors ? ` (${liteErrors} errors)` : ""} |`,
      );
    }
  }
  console.log(`\n${facts}`);
  const load = os.loadavg().map((x) => x.toFixed(1)).join(" / ");
  console.log(
    `${new Date().toISOString().slice(0, 10)}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), PostgreSQL ${pgVersion}, Node ${process.version}, load average ${load} (1 / 5 / 15 min) at the end; ${workers} worker(s) each${opt.pglite ? " (--pglite: one everywhere, as PGlite has)" : ""}; autocannon ${connections} connections, ${rounds} interleaved rounds × ${duration} s; medians over rounds.\n`,
  );
  console.log("| operation | Gongzhi req/s | Gongzhi p99 ms | baseline req/s | baseline p99 ms | req/s ratio | p99 ratio | SQL statements/request | target |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|:---:|");
  for (const row of rows) console.log(row);
  console.log("\nTargets for reads: req/s ratio ≥ 0.3× (aim 0.5×), p99 within 4× the baseline's. The baseline runs one statement per request.");
  if (lite) {
    console.log("\nThe embedded default (PGlite on its own thread in the server process, the demo district) against the same server on PostgreSQL:\n");
    console.log("| operation | PostgreSQL req/s | PostgreSQL p99 ms | PGlite req/s | PGlite p99 ms | PGlite/PostgreSQL req/s | p99 ratio | target ≥ 0.5× |");
    console.log("|---|---:|---:|---:|---:|---:|---:|:---:|");
    for (const row of liteRows) console.log(row);
    console.log("");
    for (const line of starts) console.log(line);
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await stop(gongzhi);
  await stop(baseline);
  if (embedded) await stop(embedded);
  if (pgliteDir) fs.rmSync(pgliteDir, { recursive: true, force: true });
  const removed = await removeAdded();
  if (removed) console.log(`(removed the ${removed.toLocaleString()} residents the last createResident runs added)`);
  await proxy.close().catch(() => undefined);
}
process.exit(exitCode);
