// `pnpm bench:ledger` (issue #13, item 5): rankings and balances stay index-only at scale. Two
// PostgreSQL databases with the same places, people and accounts (bench/ledger/fill.ts): one with
// --small ledger entries, one grown to --large (its first --small entries made the same way, then
// the rest), balances and PointsMonthly kept with every batch as the points services keep them.
// Through yoga.fetch (in-process, the production schema and context), as the first community's
// signed-in admin:
//   - the community's month ranking (top 50 with names and sums; without each row's deductions,
//     a list of entries that grows with the ledger, so the answer itself would grow), and
//   - one resident's balance (pointsAccountOf: balance, awarded, deducted; its most active resident),
// asked of the small and the large database in interleaved rounds (the order alternating), so the
// machine's noise falls on both. Prints the median and p95 of each, the large/small ratio of the
// medians (target ≤ 2×), and EXPLAIN (ANALYZE, BUFFERS) of every statement one request of each read
// sends to the large database (the scans, and the buffers they touched), which must not read the
// ledger (PointsEntry) itself. Exits 1 when a ratio > 2 or a read reads the ledger.
//
// Options: --small 100000 --large 10000000 --communities 40 --residents 500 (per community; 40%
//          hold an account, so at 100,000 entries a community's month already ranks more than 50:
//          both sizes answer 50 rows) --runs 200 (requests per read and database) --rounds 4
//          --database postgres://postgres@127.0.0.1:5432/gongzhi_bench_ledger (the two databases
//          are its name + _small and _large) --reuse (keep databases that already hold the sizes)
//          --drop (drop both databases at the end)
import os from "node:os";
import { parseArgs } from "node:util";
import pg from "pg";
import { openDatabase } from "../../src/db.js";
import { createGraphQLServer } from "../../src/server.js";
import { toGlobalId } from "../../src/shared/ids.js";
import { checkSums, createDatabase, dropDatabase, fillLedger, MONTHS, seedBase, signIn, type Base, type Shape } from "./fill.js";

const { values: opt } = parseArgs({
  options: {
    small: { type: "string", default: "100000" },
    large: { type: "string", default: "10000000" },
    communities: { type: "string", default: "40" },
    residents: { type: "string", default: "500" },
    runs: { type: "string", default: "200" },
    rounds: { type: "string", default: "4" },
    database: { type: "string", default: "postgres://postgres@127.0.0.1:5432/gongzhi_bench_ledger" },
    reuse: { type: "boolean", default: false },
    drop: { type: "boolean", default: false },
  },
});
const int = (name: string, v: string, min: number) => {
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const SMALL = int("small", opt.small, 1);
const LARGE = int("large", opt.large, SMALL);
const RUNS = int("runs", opt.runs, 10);
const ROUNDS = int("rounds", opt.rounds, 1);
// The ledger's 24 months end with the current month (China time); the ranking asks for the last full one.
const china = new Date(Date.now() + 8 * 3600_000);
const monthOf = (k: number) => new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() - MONTHS + 1 + k, 1)).toISOString().slice(0, 10);
const shape: Shape = { communities: int("communities", opt.communities, 1), residentsPerCommunity: int("residents", opt.residents, 3), months: Array.from({ length: MONTHS }, (_, k) => monthOf(k)) };
const period = monthOf(MONTHS - 2).slice(0, 7);
const urlOf = (suffix: string) => {
  const u = new URL(opt.database);
  u.pathname = `${u.pathname}_${suffix}`;
  return u.toString();
};
const sizes = [
  { label: "small", entries: SMALL, url: urlOf("small") },
  { label: "large", entries: LARGE, url: urlOf("large") },
];
const t = () => performance.now();
const secs = (t0: number) => `${((t() - t0) / 1000).toFixed(1)} s`;

// ---------------------------------------------------------------------------------------------
// The two databases

async function entriesIn(url: string): Promise<number | null> {
  const c = new pg.Client({ connectionString: url });
  try {
    await c.connect();
  } catch {
    return null; // no such database
  }
  try {
    return Number((await c.query<{ n: string }>(`SELECT count(*) AS n FROM "PointsEntry"`)).rows[0]!.n);
  } catch {
    return null;
  } finally {
    await c.end();
  }
}

async function prepare(size: (typeof sizes)[number]): Promise<Base> {
  if (opt.reuse && (await entriesIn(size.url)) === size.entries) {
    console.log(`${size.label}: reusing ${new URL(size.url).pathname.slice(1)} (${size.entries.toLocaleString()} entries)`);
  } else {
    let t0 = t();
    await createDatabase(size.url);
    const client = new pg.Client({ connectionString: size.url });
    await client.connect();
    await seedBase(client, shape);
    console.log(`${size.label}: ${shape.communities} communities, ${(shape.communities * shape.residentsPerCommunity).toLocaleString()} residents and their accounts in ${secs(t0)}`);
    t0 = t();
    await fillLedger(client, shape, 0, Math.min(SMALL, size.entries), `${size.label} ledger`);
    if (size.entries > SMALL) await fillLedger(client, shape, SMALL, size.entries, `${size.label} ledger`);
    console.log(`${size.label}: ${size.entries.toLocaleString()} ledger entries with their balances and monthly sums in ${secs(t0)}`);
    t0 = t();
    const wrong = await checkSums(client);
    if (wrong) throw new Error(`${size.label}: ${wrong}`);
    console.log(`${size.label}: balances and monthly sums agree with the ledger (checked in ${secs(t0)})`);
    await client.end();
  }
  const client = new pg.Client({ connectionString: size.url });
  await client.connect();
  const base = await signIn(client);
  await client.end();
  return base;
}

// ---------------------------------------------------------------------------------------------
// The reads

interface Read {
  name: string;
  query: string;
  variables: (b: Base) => Record<string, unknown>;
}
const READS: Read[] = [
  {
    name: `community month ranking (top 50, ${period})`,
    query: `query($n: ID!, $p: String!) { pointsRanking(nodeId: $n, period: $p, first: 50) { accountCount rows { rank accountId name net awarded deducted } } }`,
    variables: (b) => ({ n: toGlobalId("Community", b.communityId), p: period }),
  },
  {
    name: "resident's balance (pointsAccountOf)",
    query: `query($r: ID!) { pointsAccountOf(residentId: $r) { balance awarded deducted } }`,
    variables: (b) => ({ r: toGlobalId("Resident", b.residentId) }),
  },
];

interface Target {
  label: string;
  base: Base;
  yoga: ReturnType<typeof createGraphQLServer>;
  close: () => Promise<void>;
  statements: { sql: string; params: string }[];
  recording: boolean;
}

async function ask(target: Target, read: Read): Promise<unknown> {
  const res = await target.yoga.fetch("http://bench/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", cookie: target.base.cookie },
    body: JSON.stringify({ query: read.query, variables: read.variables(target.base) }),
  });
  const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown };
  if (body.errors || !body.data) throw new Error(`${read.name} on ${target.label}: ${JSON.stringify(body.errors ?? body).slice(0, 400)}`);
  return body.data;
}

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/**
 * EXPLAIN (ANALYZE, BUFFERS) of each SELECT one request sent: its scans, top-level buffers and
 * time; and whether any of them reads the ledger itself (PointsEntry), which these reads must not.
 */
async function explain(target: Target, read: Read): Promise<{ lines: string[]; readsLedger: boolean }> {
  target.statements = [];
  target.recording = true;
  await ask(target, read);
  target.recording = false;
  const client = new pg.Client({ connectionString: sizes[1]!.url });
  await client.connect();
  const out: string[] = [];
  let readsLedger = false;
  try {
    for (const [i, s] of target.statements.entries()) {
      const sql = s.sql.replace(/\s+/g, " ").trim();
      if (!/^(SELECT|WITH)\b/i.test(sql)) continue;
      const params = JSON.parse(s.params || "[]") as unknown[];
      const plan = (await client.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE, BUFFERS) ${s.sql}`, params)).rows.map((r) => r["QUERY PLAN"]);
      out.push(`  ${i + 1}. ${sql.slice(0, 150)}${sql.length > 150 ? " …" : ""}`);
      const buffers = plan.find((l) => /Buffers:/.test(l))?.trim();
      for (const line of plan) if (/Scan|Execution Time/.test(line)) out.push(`       ${line.trim().replace(/\(cost=[^)]*\) /, "")}`);
      if (plan.some((l) => /on "PointsEntry"/.test(l))) readsLedger = true;
      if (buffers) out.push(`       (top node) ${buffers}`);
    }
  } finally {
    await client.end();
  }
  return { lines: out, readsLedger };
}

const started = t();
const bases: Base[] = [];
for (const size of sizes) bases.push(await prepare(size));
const targets: Target[] = sizes.map((size, i) => {
  const target = { label: size.label, base: bases[i]!, statements: [], recording: false } as unknown as Target;
  const db = openDatabase(size.url, { onStatement: (sql, params) => target.recording && target.statements.push({ sql, params }) });
  target.yoga = createGraphQLServer(db.prisma);
  target.close = db.close;
  return target;
});

let exitCode = 0;
try {
  // Warm-up (pools, JIT, PostgreSQL's caches), not measured; the same answer shape from both.
  for (const read of READS) for (const target of targets) for (let i = 0; i < 20; i++) await ask(target, read);
  const times = new Map(READS.map((r) => [r, targets.map(() => [] as number[])]));
  const per = Math.ceil(RUNS / ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    for (const read of READS) {
      const order = round % 2 ? [1, 0] : [0, 1];
      for (const k of order) {
        for (let i = 0; i < per; i++) {
          const t0 = t();
          await ask(targets[k]!, read);
          times.get(read)![k]!.push(t() - t0);
        }
      }
    }
  }

  const load = os.loadavg().map((x) => x.toFixed(1)).join(" / ");
  console.log(
    `\n${new Date().toISOString().slice(0, 10)}, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim()}), Node ${process.version}, load average ${load} (1 / 5 / 15 min); ` +
      `${shape.communities} communities × ${shape.residentsPerCommunity} residents (${Math.ceil(shape.residentsPerCommunity * 0.4)} accounts each), ledger over ${MONTHS} months; ` +
      `${per * ROUNDS} requests per read and database through yoga.fetch in ${ROUNDS} interleaved rounds.\n`,
  );
  const n = (x: number) => x.toLocaleString("en-US");
  console.log(`| read | ${n(SMALL)} entries: median / p95 ms | ${n(LARGE)} entries: median / p95 ms | ratio (medians) | ratio (p95) | target ≤ 2× |`);
  console.log("|---|---:|---:|---:|---:|:---:|");
  for (const read of READS) {
    const [s, l] = times.get(read)!;
    const ratio = median(l!) / median(s!);
    if (ratio > 2) exitCode = 1;
    console.log(
      `| ${read.name} | ${median(s!).toFixed(1)} / ${quantile(s!, 0.95).toFixed(1)} | ${median(l!).toFixed(1)} / ${quantile(l!, 0.95).toFixed(1)} | ${ratio.toFixed(2)}× | ${(quantile(l!, 0.95) / quantile(s!, 0.95)).toFixed(2)}× | ${ratio <= 2 ? "✓" : "✗"} |`,
    );
  }
  for (const read of READS) {
    console.log(`\nEXPLAIN (ANALYZE, BUFFERS) at ${n(LARGE)} entries: ${read.name}, the statements of one request:`);
    const { lines, readsLedger } = await explain(targets[1]!, read);
    console.log(lines.join("\n"));
    console.log(readsLedger ? "  ✗ a statement reads the ledger (PointsEntry)" : "  ✓ no statement reads the ledger (PointsEntry): the month's sums come from PointsMonthly, the balance from PointsAccount");
    if (readsLedger) exitCode = 1;
  }
  console.log(`\nbench:ledger done in ${secs(started)}`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  exitCode = 1;
} finally {
  for (const target of targets) await target.close();
  if (opt.drop) for (const size of sizes) await dropDatabase(size.url);
}
process.exit(exitCode);
