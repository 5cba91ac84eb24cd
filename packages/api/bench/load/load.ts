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
// Exits 1 when an answer differs or a read misses a target.
//
// Options: --duration <s> (5) --rounds <n> (3) --connections <n> (10) --only <substring,…>
//          --workers <n> (the server's default) --period <2026 | 2026-11>
//          --show-sql (print the statements Gongzhi sends for one request of each operation)
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual, parseArgs } from "node:util";
import autocannon from "autocannon";
import pg from "pg";
import { OPERATIONS, runTag, type Operation, type Targets } from "./operations.js";
import { startCountingProxy } from "./pgcount.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../../..");
const main = path.join(repoRoot, "packages/api/dist/main.js");
const DEMO_PASSWORD = "Gongzhi@2026"; // the demo accounts' and seed:scale's bench accounts' password

const { values: opt } = parseArgs({
  options: {
    duration: { type: "string", default: "5" },
    rounds: { type: "string", default: "3" },
    connections: { type: "string", default: "10" },
    only: { type: "string" },
    workers: { type: "string" },
    period: { type: "string" },
    "show-sql": { type: "boolean", default: false },
  },
});
const duration = Number(opt.duration);
const rounds = Number(opt.rounds);
const connections = Number(opt.connections);
const only = opt.only?.split(",").map((s) => s.trim().toLowerCase());
const operations = OPERATIONS.filter((o) => !only || only.some((s) => o.name.toLowerCase().includes(s)));

if (!fs.existsSync(main)) {
  console.error("No build: run `pnpm build` first.");
  process.exit(1);
}
const isPg = (u: string | undefined): u is string => !!u && /^postgres(ql)?:\/\//.test(u);
const databaseUrl = [process.env.BENCH_DATABASE_URL, process.env.DATABASE_URL].find(isPg) ?? "postgres://postgres@127.0.0.1:5432/gongzhi_bench_load";
const GONGZHI_PORT = 4797;
const BASELINE_PORT = 4798;
const workers = opt.workers ? Number(opt.workers) : Math.min(2, os.availableParallelism());

// ---------------------------------------------------------------------------------------------
// Processes

async function ensureDatabase(url: string) {
  const u = new URL(url);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (exists.rowCount === 0) {
      console.log(`creating database ${name}`);
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await admin.end();
  }
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

async function stop(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once("exit", r));
  child.kill("SIGTERM");
  await exited;
}

async function startGongzhi(url: string): Promise<ChildProcess> {
  const env = { ...process.env, DATABASE_URL: url, PORT: String(GONGZHI_PORT), HOST: "127.0.0.1", NODE_ENV: "production", WORKERS: String(workers) };
  const child = spawn(process.execPath, [main], { env, stdio: ["ignore", "ignore", "inherit"] });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${GONGZHI_PORT}/healthz`)).status === 200, child, "the Gongzhi server");
  return child;
}

async function startBaseline(url: string): Promise<ChildProcess> {
  const env = { ...process.env, BASELINE_DATABASE_URL: url, BASELINE_PORT: String(BASELINE_PORT), BASELINE_WORKERS: String(workers) };
  const child = spawn(process.execPath, ["--import", "tsx", path.join(here, "baseline.ts")], { env, stdio: ["ignore", "ignore", "inherit", "ipc"] });
  await new Promise<void>((resolve, reject) => {
    child.once("message", (m) => (m === "ready" ? resolve() : reject(new Error(String(m)))));
    child.once("exit", (code) => reject(new Error(`the baseline exited (code ${code})`)));
  });
  return child;
}

// ---------------------------------------------------------------------------------------------
// Requests

const gongzhiUrl = `http://127.0.0.1:${GONGZHI_PORT}/graphql`;
const baselineUrl = (op: Operation) => `http://127.0.0.1:${BASELINE_PORT}/${OPERATIONS.indexOf(op)}`;
const cookies: Record<Operation["as"], string> = { community: "", street: "" };
const gongzhiHeaders = (op: Operation) => ({ "content-type": "application/json", cookie: cookies[op.as] });
const gongzhiBody = (op: Operation, t: Targets, i: number) => JSON.stringify({ query: op.query, variables: op.variables(t, i) });
const baselineBody = (op: Operation, t: Targets, i: number) => JSON.stringify(op.params(t, i));

async function askGongzhi(op: Operation, t: Targets, i: number): Promise<unknown> {
  const res = await fetch(gongzhiUrl, { method: "POST", headers: gongzhiHeaders(op), body: gongzhiBody(op, t, i) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${op.name}: Gongzhi answered ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

async function askBaseline(op: Operation, t: Targets, i: number): Promise<unknown> {
  const res = await fetch(baselineUrl(op), { method: "POST", headers: { "content-type": "application/json" }, body: baselineBody(op, t, i) });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  if (res.status !== 200 || body.errors) throw new Error(`${op.name}: the baseline answered ${res.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return body.data;
}

async function signIn(username: string): Promise<string> {
  const res = await fetch(gongzhiUrl, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `mutation($i: SignInInput!) { signIn(input: $i) { __typename ... on UserError { message } } }`,
      variables: { i: { username, password: DEMO_PASSWORD } },
    }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("gz_session="));
  if (!session) throw new Error(`signing in as ${username} failed: ${await res.text()}`);
  return session.split(";")[0]!;
}

/** The first path where two JSON values differ, for the error message. */
function firstDifference(a: unknown, b: unknown, at = "data"): string {
  if (isDeepStrictEqual(a, b)) return "";
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${at}.${k}`);
      if (d) return d;
    }
  }
  return `${at}: Gongzhi ${JSON.stringify(a)?.slice(0, 300)} ≠ baseline ${JSON.stringify(b)?.slice(0, 300)}`;
}

/** Describe what an answer holds (lists and their lengths), so an empty operation shows. */
function shape(v: unknown): string {
  const counts: string[] = [];
  const walk = (x: unknown, key: string) => {
    if (Array.isArray(x)) {
      counts.push(`${key}:${x.length}`);
      x.slice(0, 1).forEach((y) => walk(y, key));
    } else if (x && typeof x === "object") for (const [k, y] of Object.entries(x)) walk(y, k);
  };
  walk(v, "data");
  return counts.join(" ") || "no lists";
}

interface Run {
  rps: number;
  p99: number;
  errors: number;
}

async function cannon(url: string, headers: Record<string, string>, body: (i: number) => string, seconds: number): Promise<Run> {
  let i = 0;
  // GraphQL answers errors with status 200: an answer carrying "errors" counts as an error too.
  let failed = 0;
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    method: "POST",
    headers,
    requests: [
      {
        setupRequest: (req) => ({ ...req, body: body(++i) }),
        onResponse: (status, resBody) => {
          if (status === 200 && resBody.includes('"errors"')) failed++;
        },
      },
    ],
  });
  return { rps: result.requests.total / (result.duration || seconds), p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx + failed };
}

// ---------------------------------------------------------------------------------------------
// Main

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function findTargets(url: string): Promise<{ targets: Targets; accounts: Record<Operation["as"], string>; facts: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const bench = (await client.query(`SELECT 1 FROM "Account" WHERE username = 'bench_admin'`)).rowCount === 1;
    const accounts = bench ? { community: "bench_admin", street: "bench_street" } : { community: "zhichong_admin", street: "street_admin" };
    const grant = async (username: string, col: "communityId" | "regionId") =>
      (await client.query<{ id: string }>(`SELECT g."${col}" AS id FROM "Grant" g JOIN "Account" a ON a.id = g."accountId" WHERE a.username = $1 AND g."${col}" IS NOT NULL LIMIT 1`, [username])).rows[0]?.id;
    const communityId = await grant(accounts.community, "communityId");
    const streetId = await grant(accounts.street, "regionId");
    if (!communityId || !streetId) throw new Error(`no grants for ${accounts.community} / ${accounts.street}`);
    const r = (
      await client.query<{ id: string; gridId: string; householdId: string }>(
        `SELECT id, "gridId", "householdId" FROM "Resident" WHERE "communityId" = $1 AND "gridId" IS NOT NULL AND "householdId" IS NOT NULL ORDER BY id LIMIT 1`,
        [communityId],
      )
    ).rows[0];
    if (!r) throw new Error("the community has no resident with a grid and a household");
    let period = opt.period;
    if (!period) {
      const last = (await client.query<{ m: string | null }>(`SELECT to_char(max(month), 'YYYY') AS m FROM "PointsMonthly" WHERE "communityId" = $1`, [communityId])).rows[0]?.m;
      period = last ?? String(new Date().getUTCFullYear());
    }
    const [y, m] = period.split("-").map(Number) as [number, number | undefined];
    const day = (yy: number, mm: number) => new Date(Date.UTC(yy, mm - 1, 1)).toISOString().slice(0, 10);
    const fromMonth = m ? day(y, m) : day(y, 1);
    const toMonth = m ? day(y, m + 1) : day(y + 1, 1);
    const count = async (sql: string, params: unknown[] = []) => Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);
    // pg_class.reltuples is -1 before the first ANALYZE (a fresh demo database): count then.
    const estimate = async (table: string) => {
      const n = await count(`SELECT reltuples::bigint AS n FROM pg_class WHERE relname = $1`, [table]);
      return n >= 0 ? n : count(`SELECT count(*) AS n FROM "${table}"`);
    };
    const communityName = (await client.query<{ name: string }>(`SELECT name FROM "Community" WHERE id = $1`, [communityId])).rows[0]?.name;
    const facts = [
      `database: ${(await count(`SELECT count(*) AS n FROM "Community"`)).toLocaleString()} communities, ${(await estimate("Resident")).toLocaleString()} residents, ${(await estimate("PointsEntry")).toLocaleString()} points entries (estimates)`,
      `asked about: ${communityName} (${(await count(`SELECT count(*) AS n FROM "Resident" WHERE "communityId" = $1`, [communityId])).toLocaleString()} residents) as ${accounts.community}; its street as ${accounts.street}; ranking period ${period}`,
    ].join("\n");
    return { targets: { communityId, streetId, residentId: r.id, gridId: r.gridId, householdId: r.householdId, period, fromMonth, toMonth }, accounts, facts };
  } finally {
    await client.end();
  }
}

await ensureDatabase(databaseUrl);
const pgVersion = await (async () => {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  const v = (await c.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
  await c.end();
  return v;
})();

// Counting phase: Gongzhi behind the counting proxy (it also migrates and seeds an empty database).
const dbUrl = new URL(databaseUrl);
const proxy = await startCountingProxy({ host: dbUrl.hostname, port: Number(dbUrl.port || 5432) });
const proxied = new URL(databaseUrl);
proxied.hostname = "127.0.0.1";
proxied.port = String(proxy.port);
proxied.searchParams.set("sslmode", "disable");
console.log(`starting Gongzhi (${workers} worker(s)) on ${dbUrl.pathname.slice(1)}; an empty database is migrated and seeded first`);
let gongzhi = await startGongzhi(proxied.toString());
const baseline = await startBaseline(databaseUrl);
let exitCode = 0;

/**
 * Removes the residents createResident added (both servers'): after each of its rounds, so the
 * reads of the next round see the same data set as the first (thousands of added residents in the
 * bench community slowed the residents page round after round), and at the end.
 */
async function removeAdded(): Promise<number> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const removed = await c.query(`DELETE FROM "Resident" WHERE name LIKE $1 OR name LIKE $2`, [`压测${runTag}-%`, `基线${runTag}-%`]);
    return removed.rowCount ?? 0;
  } finally {
    await c.end();
  }
}
try {
  const { targets, accounts, facts } = await findTargets(databaseUrl);
  console.log(facts);
  cookies.community = await signIn(accounts.community);
  cookies.street = await signIn(accounts.street);

  const statements = new Map<Operation, number>();
  let serial = 0;
  for (const op of operations) {
    const norm = op.normalize ?? ((x: unknown) => x);
    const a = norm(await askGongzhi(op, targets, ++serial));
    const b = norm(await askBaseline(op, targets, serial));
    const diff = firstDifference(a, b);
    if (diff) throw new Error(`${op.name}: the answers differ at ${diff}`);
    console.log(`✓ ${op.name}: same data from both (${shape(a)})`);
    if (opt["show-sql"]) {
      proxy.reset();
      await askGongzhi(op, targets, ++serial);
      console.log(proxy.texts().map((q, i) => `    ${i + 1}. ${q.replace(/\s+/g, " ").slice(0, 240)}`).join("\n"));
    }
    const N = 10;
    proxy.reset();
    for (let i = 0; i < N; i++) await askGongzhi(op, targets, ++serial);
    statements.set(op, proxy.count() / N);
  }
  await stop(gongzhi);
  await proxy.close();
  gongzhi = await startGongzhi(databaseUrl);

  // Warm-up (JIT, pools, PostgreSQL's caches), not measured.
  for (const op of operations) {
    await cannon(gongzhiUrl, gongzhiHeaders(op), (i) => gongzhiBody(op, targets, i + 1e6), 1);
    await cannon(baselineUrl(op), { "content-type": "application/json" }, (i) => baselineBody(op, targets, i + 1e6), 1);
  }

  const runs = new Map<Operation, { g: Run[]; b: Run[] }>(operations.map((op) => [op, { g: [], b: [] }]));
  let offset = 2e6;
  for (let round = 1; round <= rounds; round++) {
    for (const op of operations) {
      const g = () => cannon(gongzhiUrl, gongzhiHeaders(op), (i) => gongzhiBody(op, targets, i + offset), duration);
      const b = () => cannon(baselineUrl(op), { "content-type": "application/json" }, (i) => baselineBody(op, targets, i + offset), duration);
      const r = runs.get(op)!;
      offset += 1e6;
      if (round % 2) {
        r.g.push(await g());
        r.b.push(await b());
      } else {
        r.b.push(await b());
        r.g.push(await g());
      }
      const last = (xs: Run[]) => xs[xs.length - 1]!;
      const errs = (x: Run) => (x.errors ? ` (${x.errors} errors)` : "");
      if (op.kind === "write") await removeAdded();
      console.log(
        `round ${round} ${op.name}: Gongzhi ${last(r.g).rps.toFixed(0)} req/s p99 ${last(r.g).p99} ms${errs(last(r.g))}; baseline ${last(r.b).rps.toFixed(0)} req/s p99 ${last(r.b).p99} ms${errs(last(r.b))}`,
      );
    }
  }

  const rows: string[] = [];
  for (const op of operations) {
    const r = runs.get(op)!;
    const g = { rps: median(r.g.map((x) => x.rps)), p99: median(r.g.map((x) => x.p99)) };
    const b = { rps: median(r.b.map((x) => x.rps)), p99: median(r.b.map((x) => x.p99)) };
    const errors = [...r.g, ...r.b].reduce((n, x) => n + x.errors, 0);
    const ratio = g.rps / b.rps;
    const p99Ratio = g.p99 / Math.max(b.p99, 1);
    const ok = op.kind === "write" || (ratio >= 0.3 && p99Ratio <= 4);
    if (!ok || errors) exitCode = 1;
    rows.push(
      `| ${op.name} | ${g.rps.toFixed(0)} | ${g.p99.toFixed(0)} | ${b.rps.toFixed(0)} | ${b.p99.toFixed(0)} | ${ratio.toFixed(2)}× | ${p99Ratio.toFixed(1)}× | ${statements.get(op)!.toFixed(1)} | ${op.kind === "write" ? "—" : ok ? "✓" : "✗"}${errors ? ` (${errors} errors)` : ""} |`,
    );
  }
  console.log(`\n${facts}`);
  console.log(
    `${new Date().toISOString().slice(0, 10)}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), PostgreSQL ${pgVersion}, Node ${process.version}; ${workers} worker(s) each; autocannon ${connections} connections, ${rounds} interleaved rounds × ${duration} s; medians over rounds.\n`,
  );
  console.log("| operation | Gongzhi req/s | Gongzhi p99 ms | baseline req/s | baseline p99 ms | req/s ratio | p99 ratio | SQL statements/request | target |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|:---:|");
  for (const row of rows) console.log(row);
  console.log("\nTargets for reads: req/s ratio ≥ 0.3× (aim 0.5×), p99 within 4× the baseline's. The baseline runs one statement per request.");
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  await stop(gongzhi);
  await stop(baseline);
  const removed = await removeAdded();
  if (removed) console.log(`(removed the ${removed.toLocaleString()} residents the last createResident runs added)`);
  await proxy.close().catch(() => undefined);
}
process.exit(exitCode);
