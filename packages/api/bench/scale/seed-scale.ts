// `pnpm seed:scale`: a province-scale data set on PostgreSQL for `pnpm bench:load`, by COPY (pg-copy-streams).
//
//   pnpm seed:scale [--communities 2000] [--residents 1000000] [--ledger 1000000] [--projects 5]
//                   [--topics 10] [--seed 1] [--until 2026-11] [--database postgres://…] [--append]
//                   [--district-streets 10]
//
// Districts of 10 streets (--district-streets: 100 makes one district of 2,000 communities, as
// `pnpm bench:indicators` asks), streets of 20 communities; per community (sizes vary ±50% around the
// average): grids (one per ~60 residents), households (~2.6 residents each; 1 in 20 residents
// has none), residents, three points rules, PERSON points accounts for the first 40% of residents
// (participation) with the ledger spread over the 24 months up to --until (nine awards to one
// deduction, a skew so the ranking has leaders) and balances and PointsMonthly built from it as
// the points services keep them; project types, projects with two budget lines and three
// volunteer activities each, volunteers (5% of residents) with eight sign-ups per activity;
// topics with co-signatures and their timeline. Plus two accounts the bench signs in with
// (password Gongzhi@2026, the demo password): bench_admin (ADMIN of the community closest to the
// average size) and bench_street (ADMIN of its street). Then ANALYZE.
//
// Deterministic: every id (UUIDv7, its time part from the row's creation time) and value is a pure
// function of --seed and the row's position, so the same options give the same rows (ledger times
// follow --until, default the current month). Refuses a database that holds data unless --append
// (then pass another --seed: ids would repeat). The database is created and migrated when missing.
// Loads with foreign-key triggers off (session_replication_role = replica, needs a superuser): the
// rows are consistent by construction and `pnpm --filter @gongzhi/api points:check` verifies the
// balances against the ledger.
import { execFileSync } from "node:child_process";
import { once } from "node:events";
import path from "node:path";
import { finished } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import cliProgress from "cli-progress";
import pg from "pg";
import { from as copyFrom } from "pg-copy-streams";
import { hashPassword } from "../../src/modules/accounts/password.js";
import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from "../../src/seed/names.js";

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const BENCH_PASSWORD = "Gongzhi@2026";

const { values: opt } = parseArgs({
  options: {
    communities: { type: "string", default: "2000" },
    residents: { type: "string", default: "1000000" },
    ledger: { type: "string", default: "1000000" },
    projects: { type: "string", default: "5" },
    topics: { type: "string", default: "10" },
    seed: { type: "string", default: "1" },
    until: { type: "string" },
    database: { type: "string" },
    append: { type: "boolean", default: false },
    "district-streets": { type: "string", default: "10" },
  },
});
const int = (name: string, v: string, min: number) => {
  const n = Number(v.replace(/_/g, ""));
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer ≥ ${min}`);
  return n;
};
const C = int("communities", opt.communities, 1);
const R = int("residents", opt.residents, C);
const L = int("ledger", opt.ledger, 0);
const PROJECTS = int("projects", opt.projects, 0);
const TOPICS = int("topics", opt.topics, 0);
const SEED = int("seed", opt.seed, 0);
const isPg = (u: string | undefined): u is string => !!u && /^postgres(ql)?:\/\//.test(u);
const databaseUrl = opt.database ?? [process.env.BENCH_DATABASE_URL, process.env.DATABASE_URL].find(isPg) ?? "postgres://postgres@127.0.0.1:5432/gongzhi_scale";
if (!isPg(databaseUrl)) throw new Error("--database must be a postgres:// URL");

// The accounting month the ledger ends in (China time, UTC+8).
const until = (() => {
  const m = opt.until ? /^(\d{4})-(\d{2})$/.exec(opt.until) : null;
  if (opt.until && !m) throw new Error("--until must be YYYY-MM");
  if (m) return { y: Number(m[1]), m: Number(m[2]) };
  const china = new Date(Date.now() + 8 * 3600_000);
  return { y: china.getUTCFullYear(), m: china.getUTCMonth() + 1 };
})();
const MONTHS = 24;
const monthStart = (k: number) => Date.UTC(until.y, until.m - MONTHS + k, 1) - 8 * 3600_000; // k = 0 … 23, China midnight
const monthDay = (k: number) => new Date(Date.UTC(until.y, until.m - MONTHS + k, 1)).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------
// Deterministic values: a 32-bit hash of (seed, table, index, n)

const TABLE_SALT: Record<string, number> = {};
const salt = (table: string) => (TABLE_SALT[table] ??= [...table].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 0x01000193) >>> 0, 0x811c9dc5 ^ SEED));
function hash(s: number, i: number, n = 0): number {
  let x = (s ^ Math.imul(i, 0x9e3779b1) ^ Math.imul(n + 1, 0x85ebca6b)) >>> 0;
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d) >>> 0;
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b) >>> 0;
  return (x ^ (x >>> 16)) >>> 0;
}
const unit = (s: number, i: number, n = 0) => hash(s, i, n) / 4294967296;
const hex8 = (x: number) => x.toString(16).padStart(8, "0");

/** UUIDv7: 48 bits of milliseconds, version 7, 74 bits from the hash of (table, index). */
function uuid7(table: string, i: number, ms: number): string {
  const s = salt(table);
  const t = Math.floor(ms).toString(16).padStart(12, "0");
  const a = hex8(hash(s, i, 1));
  const b = hex8(hash(s, i, 2));
  const c = hex8(hash(s, i, 3));
  const variant = (8 + (parseInt(b[0]!, 16) & 3)).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${a.slice(0, 3)}-${variant}${b.slice(1, 4)}-${b.slice(4, 8)}${c}`;
}

const BASE = Date.UTC(2023, 0, 1) + SEED * 1000; // creation times of the places and people
const NOW = new Date(monthStart(MONTHS) - 1).toISOString(); // updatedAt of every row: the end of --until
const tag = SEED === 1 ? "" : `·${SEED}`; // names stay unique per parent when appending with another seed

function personName(i: number, s = salt("name")) {
  const female = hash(s, i) & 1;
  const given = female ? GIVEN_FEMALE : GIVEN_MALE;
  const surname = SURNAMES[Math.floor(SURNAMES.length * unit(s, i, 1) ** 2)]!;
  const two = hash(s, i, 2) % 3 !== 0;
  return { name: surname + given[hash(s, i, 3) % given.length]! + (two ? given[hash(s, i, 4) % given.length]! : ""), gender: female ? "FEMALE" : "MALE" };
}

// ---------------------------------------------------------------------------------------------
// The layout: per community, how many of each and where its rows start (global indexes)

const STREET_SIZE = 20;
const DISTRICT_SIZE = int("district-streets", opt["district-streets"], 1);
const S = Math.ceil(C / STREET_SIZE);
const D = Math.ceil(S / DISTRICT_SIZE);
const size = new Int32Array(C);
{
  const w = Array.from({ length: C }, (_, c) => 0.5 + unit(salt("size"), c));
  const total = w.reduce((a, b) => a + b, 0);
  let given = 0;
  for (let c = 0; c < C; c++) given += size[c] = Math.max(1, Math.floor((R * w[c]!) / total));
  for (let c = 0; given < R; c = (c + 1) % C, given++) size[c]!++;
  for (let c = 0; given > R; c = (c + 1) % C) {
    if (size[c]! > 1) {
      size[c]!--;
      given--;
    }
  }
}
const prefix = (f: (c: number) => number) => {
  const start = new Float64Array(C + 1);
  for (let c = 0; c < C; c++) start[c + 1] = start[c]! + f(c);
  return start;
};
const gridsOf = (c: number) => Math.min(40, Math.max(1, Math.round(size[c]! / 60)));
const householdsOf = (c: number) => Math.max(1, Math.ceil(size[c]! / 2.6));
const accountsOf = (c: number) => Math.ceil(size[c]! * 0.4);
const volunteersOf = (c: number) => Math.min(size[c]!, Math.max(3, Math.ceil(size[c]! * 0.05)));
const gridStart = prefix(gridsOf);
const householdStart = prefix(householdsOf);
const residentStart = prefix((c) => size[c]!);
const accountStart = prefix(accountsOf);
const volunteerStart = prefix(volunteersOf);
const ACTIVITIES_PER_PROJECT = 3;
const SIGNUPS_PER_ACTIVITY = 8;

const ids = {
  district: (d: number) => uuid7("Region.d", d, BASE),
  street: (s: number) => uuid7("Region.s", s, BASE + 1),
  community: (c: number) => uuid7("Community", c, BASE + 2 + c),
  grid: (g: number) => uuid7("Grid", g, BASE + 10_000 + g),
  household: (h: number) => uuid7("Household", h, BASE + 100_000 + h * 20),
  resident: (r: number) => uuid7("Resident", r, BASE + 100_000 + r * 20),
  account: (a: number) => uuid7("PointsAccount", a, BASE + 200_000 + a * 20),
  rule: (c: number, k: number) => uuid7("PointsRule", c * 3 + k, BASE + 5000 + c),
  projectType: (c: number, k: number) => uuid7("ProjectType", c * 2 + k, BASE + 6000 + c),
  project: (p: number) => uuid7("Project", p, monthStart(0) + p * 1000),
  budgetLine: (b: number) => uuid7("ProjectBudgetLine", b, monthStart(0) + b * 500),
  volunteer: (v: number) => uuid7("Volunteer", v, BASE + 300_000 + v * 20),
  activity: (a: number) => uuid7("VolunteerActivity", a, monthStart(1) + a * 300),
  signUp: (s: number) => uuid7("VolunteerSignUp", s, monthStart(1) + s * 40),
  topic: (t: number) => uuid7("Topic", t, monthStart(0) + t * 1000),
  topicEvent: (e: number) => uuid7("TopicEvent", e, monthStart(0) + e * 250),
  cosignature: (x: number) => uuid7("TopicCosignature", x, monthStart(0) + x * 100),
  source: (e: number) => uuid7("PointsClaim", e, BASE),
};
const streetOf = (c: number) => Math.floor(c / STREET_SIZE);
const districtOf = (s: number) => Math.floor(s / DISTRICT_SIZE);
const districtPath = (d: number) => `/${ids.district(d)}/`;
const streetPath = (s: number) => `${districtPath(districtOf(s))}${ids.street(s)}/`;
const iso = (ms: number) => new Date(ms).toISOString();

// ---------------------------------------------------------------------------------------------
// Loading

const bars = new cliProgress.MultiBar(
  { format: " {table} [{bar}] {percentage}% {value}/{total} rows, {duration_formatted} (ETA {eta_formatted})", hideCursor: true, clearOnComplete: false, etaBuffer: 50 },
  cliProgress.Presets.shades_classic,
);
const tty = !!process.stdout.isTTY;
const log = (line: string) => (tty ? bars.log(`${line}\n`) : console.log(line));
const t0 = performance.now();
const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

const N = (v: string | number | null | undefined) => (v === null || v === undefined ? "\\N" : String(v));

/** COPY rows into a table: each row an array of values (none holds a tab, newline or backslash). */
async function copy(client: pg.Client, table: string, columns: string[], total: number, rows: () => Iterable<(string | number | null)[]>) {
  // A progress bar on a terminal; elsewhere (CI logs) one line per table.
  const bar = tty ? bars.create(total, 0, { table: table.padEnd(18) }) : { update: (_n: number) => undefined, stop: () => undefined };
  const started = performance.now();
  const stream = client.query(copyFrom(`COPY "${table}" (${columns.map((c) => `"${c}"`).join(", ")}) FROM STDIN`));
  let chunk = "";
  let n = 0;
  for (const row of rows()) {
    chunk += row.map(N).join("\t") + "\n";
    n++;
    if (chunk.length > 256_000) {
      bar.update(n);
      if (!stream.write(chunk)) await once(stream, "drain");
      chunk = "";
    }
  }
  if (chunk) stream.write(chunk);
  stream.end();
  await finished(stream);
  bar.update(n);
  bar.stop();
  if (!tty) log(`${table}: ${n.toLocaleString()} rows in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return n;
}

async function prepareDatabase() {
  const u = new URL(databaseUrl);
  const name = decodeURIComponent(u.pathname.slice(1));
  u.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: u.toString() });
  await admin.connect();
  try {
    if ((await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount === 0) {
      console.log(`creating database ${name}`);
      await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    }
  } finally {
    await admin.end();
  }
  // Apply the migrations (a no-op when current).
  execFileSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy"], { env: { ...process.env, DATABASE_URL: databaseUrl }, stdio: "inherit" });
}

await prepareDatabase();
const client = new pg.Client({ connectionString: databaseUrl });
await client.connect();
const hasData = (await client.query(`SELECT 1 FROM "Region" LIMIT 1`)).rowCount! > 0;
if (hasData && !opt.append) {
  console.error(`The database already holds data. Use a fresh database (--database …), or add to it with --append (and another --seed).`);
  await client.end();
  process.exit(1);
}
console.log(
  `seed:scale → ${new URL(databaseUrl).pathname.slice(1)}: ${D} district(s), ${S} streets, ${C.toLocaleString()} communities, ${R.toLocaleString()} residents, ${L.toLocaleString()} ledger entries (${monthDay(0).slice(0, 7)} … ${monthDay(MONTHS - 1).slice(0, 7)}), ${PROJECTS} projects and ${TOPICS} topics per community; seed ${SEED}`,
);
await client.query("SET session_replication_role = replica");
await client.query("SET synchronous_commit = off");

const regionCols = ["id", "kind", "name", "parentId", "path", "createdAt", "updatedAt"];
await copy(client, "Region", regionCols, D + S, function* () {
  for (let d = 0; d < D; d++) yield [ids.district(d), "DISTRICT", `压测${d + 1}区${tag}`, null, districtPath(d), iso(BASE), NOW];
  for (let s = 0; s < S; s++) yield [ids.street(s), "STREET", `压测${s + 1}街道${tag}`, ids.district(districtOf(s)), streetPath(s), iso(BASE), NOW];
});
await copy(client, "Community", ["id", "regionId", "path", "name", "kind", "createdAt", "updatedAt"], C, function* () {
  for (let c = 0; c < C; c++) {
    const s = streetOf(c);
    const rural = hash(salt("kind"), c) % 2 === 0;
    yield [ids.community(c), ids.street(s), `${streetPath(s)}${ids.community(c)}/`, `压测${c + 1}${rural ? "村" : "社区"}${tag}`, rural ? "RURAL" : "URBAN", iso(BASE), NOW];
  }
});
await copy(client, "Grid", ["id", "communityId", "name", "createdAt", "updatedAt"], gridStart[C]!, function* () {
  for (let c = 0; c < C; c++) for (let g = 0; g < gridsOf(c); g++) yield [ids.grid(gridStart[c]! + g), ids.community(c), `第${g + 1}网格`, iso(BASE), NOW];
});
const householdGrid = (c: number, h: number) => gridStart[c]! + (h % gridsOf(c));
await copy(client, "Household", ["id", "communityId", "gridId", "address", "createdAt", "updatedAt"], householdStart[C]!, function* () {
  for (let c = 0; c < C; c++) {
    for (let h = 0; h < householdsOf(c); h++) {
      const g = h % gridsOf(c);
      yield [ids.household(householdStart[c]! + h), ids.community(c), ids.grid(householdGrid(c, h)), `第${g + 1}网格${Math.floor(h / gridsOf(c)) + 1}号`, iso(BASE), NOW];
    }
  }
});
// Resident k of a community lives in household k mod households (so household h's first member is
// resident h), except one in twenty, who has none.
const residentHousehold = (c: number, k: number) => (hash(salt("nohome"), residentStart[c]! + k) % 20 === 0 ? null : k % householdsOf(c));
const residentRows = function* () {
  const s = salt("Resident");
  for (let c = 0; c < C; c++) {
    const community = ids.community(c);
    for (let k = 0; k < size[c]!; k++) {
      const r = residentStart[c]! + k;
      const h = residentHousehold(c, k);
      const grid = h === null ? gridStart[c]! + (k % gridsOf(c)) : householdGrid(c, h);
      const p = personName(r);
      const born = `${1940 + (hash(s, r, 5) % 66)}-${String(1 + (hash(s, r, 6) % 12)).padStart(2, "0")}-${String(1 + (hash(s, r, 7) % 28)).padStart(2, "0")}`;
      const phone = `1${String(30_000_000_000 + (hash(s, r, 8) % 9_000_000_000) * 7).slice(0, 10)}`;
      yield [
        ids.resident(r), community, h === null ? null : ids.household(householdStart[c]! + h), ids.grid(grid), p.name, p.gender, born, phone,
        hash(s, r, 9) % 10 === 0 ? "RESIDENT" : "REGISTERED", hash(s, r, 10) % 12 === 0 ? "t" : "f", iso(BASE + 100_000 + r * 20), NOW,
      ];
    }
  }
};
await copy(client, "Resident", ["id", "communityId", "householdId", "gridId", "name", "gender", "birthDate", "phone", "registration", "isPartyMember", "createdAt", "updatedAt"], R, residentRows);

// Points: three rules per community, the ledger (balances summed on the way), the accounts.
const RULES = [
  { name: "志愿服务", category: "VOLUNTEER", kind: "PER_HOUR", points: 10, article: null },
  { name: "环境卫生", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", points: 5, article: "环境卫生" },
  { name: "乱扔垃圾", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", points: -5, article: "环境卫生" },
] as const;
await copy(client, "PointsRule", ["id", "communityId", "code", "name", "category", "kind", "article", "points", "createdAt", "updatedAt"], C * RULES.length, function* () {
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < RULES.length; k++) {
      const r = RULES[k]!;
      yield [ids.rule(c, k), ids.community(c), `${k + 1}`, r.name, r.category, r.kind, r.article, r.points, iso(BASE), NOW];
    }
  }
});

const A = accountStart[C]!;
const balance = new Int32Array(A);
const awarded = new Int32Array(A);
const deducted = new Int32Array(A);
await copy(
  client,
  "PointsEntry",
  ["id", "communityId", "accountId", "delta", "kind", "month", "ruleId", "sourceType", "sourceId", "residentId", "actorName", "approvedByName", "createdAt"],
  L,
  function* () {
    // In time order (month by month, each month's entries spread over it), so the ids grow.
    const s = salt("PointsEntry");
    let e = 0;
    let due = 0;
    for (let m = 0; m < MONTHS; m++) {
      const from = monthStart(m);
      const span = monthStart(m + 1) - from;
      const inMonth = Math.round((L * (m + 1)) / MONTHS) - Math.round((L * m) / MONTHS);
      const month = monthDay(m);
      let j = 0;
      for (let c = 0; c < C; c++) {
        due += (inMonth * size[c]!) / R;
        const n = Math.round(due);
        due -= n;
        const accounts = accountsOf(c);
        const community = ids.community(c);
        for (let x = 0; x < n; x++, e++, j++) {
          const k = Math.min(accounts - 1, Math.floor(accounts * unit(s, e, 1) ** 2));
          const a = accountStart[c]! + k;
          const deduction = hash(s, e, 2) % 10 === 0;
          const delta = deduction ? -(1 + (hash(s, e, 3) % 10)) : 1 + (hash(s, e, 3) % 20);
          balance[a]! += delta;
          if (deduction) deducted[a]! -= delta;
          else awarded[a]! += delta;
          const ms = from + Math.floor((span * j) / Math.max(1, inMonth));
          yield [
            uuid7("PointsEntry", e, ms), community, ids.account(a), delta, deduction ? "DEDUCTION" : "AWARD", month, ids.rule(c, deduction ? 2 : 1),
            "PointsClaim", ids.source(e), ids.resident(residentStart[c]! + k), "压测", "压测审核", iso(ms),
          ];
        }
      }
    }
  },
);
await copy(client, "PointsAccount", ["id", "communityId", "kind", "residentId", "balance", "awarded", "deducted", "spent", "createdAt", "updatedAt"], A, function* () {
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < accountsOf(c); k++) {
      const a = accountStart[c]! + k;
      yield [ids.account(a), ids.community(c), "PERSON", ids.resident(residentStart[c]! + k), balance[a]!, awarded[a]!, deducted[a]!, 0, iso(BASE + 200_000 + a * 20), NOW];
    }
  }
});
{
  const started = performance.now();
  // The monthly sums rankings read, from this run's entries (as the points services keep them).
  await client.query(
    `INSERT INTO "PointsMonthly" ("accountId", month, "communityId", "accountKind", awarded, deducted, spent)
     SELECT "accountId", month, "communityId", 'PERSON',
       COALESCE(SUM(delta) FILTER (WHERE kind = 'AWARD'), 0)::int, COALESCE(-SUM(delta) FILTER (WHERE kind = 'DEDUCTION'), 0)::int, 0
     FROM "PointsEntry" WHERE "communityId" = ANY($1::uuid[]) GROUP BY "accountId", month, "communityId"`,
    [Array.from({ length: C }, (_, c) => ids.community(c))],
  );
  log(`PointsMonthly: built from the ledger in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

// Projects: types, projects (various statuses), budget lines, volunteer activities with sign-ups.
const STATUSES = ["PROPOSED", "APPROVED", "IN_PROGRESS", "IN_PROGRESS", "COMPLETED", "EVALUATED"];
const PROJECT_NAMES = ["四点半课堂", "长者饭堂", "志愿楼长", "街长制", "农民夜校", "夏令营", "垃圾分类", "邻里节"];
const SOURCES = ["FISCAL", "AWARD_SUBSIDY", "CHARITY", "DONATION", "SELF_RAISED"];
await copy(client, "ProjectType", ["id", "communityId", "name", "createdAt", "updatedAt"], C * 2, function* () {
  for (let c = 0; c < C; c++) for (let k = 0; k < 2; k++) yield [ids.projectType(c, k), ids.community(c), k ? "民生微实事" : "特色服务项目", iso(BASE), NOW];
});
const P = C * PROJECTS;
await copy(client, "Project", ["id", "communityId", "typeId", "title", "description", "status", "origin", "plannedStartOn", "plannedEndOn", "createdAt", "updatedAt"], P, function* () {
  for (let p = 0; p < P; p++) {
    const c = Math.floor(p / PROJECTS);
    const name = PROJECT_NAMES[hash(salt("Project"), p) % PROJECT_NAMES.length]!;
    yield [ids.project(p), ids.community(c), ids.projectType(c, p % 2), `${name}（第${(p % PROJECTS) + 1}期）`, `${name}：压测项目`, STATUSES[p % STATUSES.length]!, "COMMUNITY", monthDay(1), monthDay(MONTHS - 1), iso(monthStart(0) + p * 1000), NOW];
  }
});
await copy(client, "ProjectBudgetLine", ["id", "communityId", "projectId", "source", "name", "amountFen", "createdAt", "updatedAt"], P * 2, function* () {
  for (let b = 0; b < P * 2; b++) {
    const p = Math.floor(b / 2);
    yield [ids.budgetLine(b), ids.community(Math.floor(p / PROJECTS)), ids.project(p), SOURCES[hash(salt("line"), b) % SOURCES.length]!, b % 2 ? "物资" : "场地与服务", 100 * (1000 + (hash(salt("line"), b, 1) % 50_000)), iso(monthStart(0) + b * 500), NOW];
  }
});
await copy(client, "Volunteer", ["id", "communityId", "residentId", "skills", "registeredAt", "updatedAt"], volunteerStart[C]!, function* () {
  for (let c = 0; c < C; c++) for (let v = 0; v < volunteersOf(c); v++) yield [ids.volunteer(volunteerStart[c]! + v), ids.community(c), ids.resident(residentStart[c]! + v), "{}", iso(BASE + 300_000), NOW];
});
const ACT = P * ACTIVITIES_PER_PROJECT;
await copy(client, "VolunteerActivity", ["id", "communityId", "title", "place", "startsAt", "endsAt", "capacity", "requiredSkills", "pointsRuleId", "projectId", "status", "checkInCode", "publishedAt", "createdAt", "updatedAt"], ACT, function* () {
  for (let a = 0; a < ACT; a++) {
    const p = Math.floor(a / ACTIVITIES_PER_PROJECT);
    const c = Math.floor(p / PROJECTS);
    const starts = monthStart(1 + (hash(salt("act"), a) % (MONTHS - 1))) + (hash(salt("act"), a, 1) % 20) * 86_400_000 + 9 * 3600_000;
    yield [ids.activity(a), ids.community(c), `志愿活动 ${(a % ACTIVITIES_PER_PROJECT) + 1}`, "党群服务中心", iso(starts), iso(starts + 3 * 3600_000), 20, "{}", ids.rule(c, 0), ids.project(p), "PUBLISHED", `scale-${ids.activity(a)}`, iso(starts - 7 * 86_400_000), iso(monthStart(1) + a * 300), NOW];
  }
});
await copy(client, "VolunteerSignUp", ["id", "communityId", "activityId", "volunteerId", "status", "signedUpAt", "updatedAt"], ACT * SIGNUPS_PER_ACTIVITY, function* () {
  let x = 0;
  for (let a = 0; a < ACT; a++) {
    const c = Math.floor(a / ACTIVITIES_PER_PROJECT / PROJECTS);
    const v = volunteersOf(c);
    const first = hash(salt("signup"), a) % v;
    for (let j = 0; j < Math.min(SIGNUPS_PER_ACTIVITY, v); j++, x++) yield [ids.signUp(x), ids.community(c), ids.activity(a), ids.volunteer(volunteerStart[c]! + ((first + j) % v)), "CONFIRMED", iso(monthStart(1) + x * 40), NOW];
  }
});

// Topics with co-signatures (cosignCount matches) and a timeline of one to four steps.
const T = C * TOPICS;
const TOPIC_FLOW = ["SUBMITTED", "ACCEPTED", "SCHEDULED", "DELIBERATED", "RESOLVED", "DONE"] as const;
const CATEGORIES = ["PUBLIC_FACILITIES", "ENVIRONMENT", "LIVELIHOOD", "SAFETY", "CULTURE", "OTHER"];
const topicSteps = (t: number) => 1 + (hash(salt("steps"), t) % 4);
const cosigners = (t: number) => hash(salt("cosign"), t) % 13;
await copy(client, "Topic", ["id", "communityId", "title", "description", "category", "source", "status", "proposerName", "proposerResidentId", "cosignCount", "readyForReview", "createdAt", "updatedAt"], T, function* () {
  for (let t = 0; t < T; t++) {
    const c = Math.floor(t / TOPICS);
    const k = hash(salt("proposer"), t) % size[c]!;
    const r = residentStart[c]! + k;
    yield [ids.topic(t), ids.community(c), `议题 ${(t % TOPICS) + 1}：${PROJECT_NAMES[t % PROJECT_NAMES.length]}`, "压测议题", CATEGORIES[t % CATEGORIES.length]!, "RESIDENT", TOPIC_FLOW[topicSteps(t) - 1]!, personName(r).name, ids.resident(r), Math.min(cosigners(t), size[c]!), cosigners(t) >= 10 ? "t" : "f", iso(monthStart(0) + t * 1000), NOW];
  }
});
const topicEventTotal = Array.from({ length: T }, (_, t) => topicSteps(t)).reduce((a, b) => a + b, 0);
await copy(client, "TopicEvent", ["id", "communityId", "topicId", "fromStatus", "toStatus", "note", "actorName", "createdAt"], topicEventTotal, function* () {
  let e = 0;
  for (let t = 0; t < T; t++) {
    const c = Math.floor(t / TOPICS);
    for (let k = 0; k < topicSteps(t); k++, e++) yield [ids.topicEvent(e), ids.community(c), ids.topic(t), k ? TOPIC_FLOW[k - 1]! : null, TOPIC_FLOW[k]!, null, k ? "压测工作人员" : "压测居民", iso(monthStart(0) + t * 1000 + k * 86_400_000)];
  }
});
const cosignTotal = Array.from({ length: T }, (_, t) => Math.min(cosigners(t), size[Math.floor(t / TOPICS)]!)).reduce((a, b) => a + b, 0);
await copy(client, "TopicCosignature", ["id", "communityId", "topicId", "residentId", "createdAt"], cosignTotal, function* () {
  let x = 0;
  for (let t = 0; t < T; t++) {
    const c = Math.floor(t / TOPICS);
    const first = hash(salt("cosigner"), t) % size[c]!;
    for (let j = 0; j < Math.min(cosigners(t), size[c]!); j++, x++) yield [ids.cosignature(x), ids.community(c), ids.topic(t), ids.resident(residentStart[c]! + ((first + j) % size[c]!)), iso(monthStart(0) + t * 1000 + j * 60_000)];
  }
});
if (tty) bars.stop();

// The bench's accounts: the community closest to the average size, and its street.
await client.query("SET session_replication_role = DEFAULT");
// The load bypassed the triggers that mark changed communities' indicator cells stale: mark them all.
await client.query(`INSERT INTO "IndicatorDirty" ("communityId") SELECT "id" FROM "Community"`);
const exists = (await client.query(`SELECT 1 FROM "Account" WHERE username IN ('bench_admin', 'bench_street')`)).rowCount! > 0;
if (!exists) {
  const avg = R / C;
  let target = 0;
  for (let c = 1; c < C; c++) if (Math.abs(size[c]! - avg) < Math.abs(size[target]! - avg)) target = c;
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const admin = uuid7("Account", 0, BASE);
  const street = uuid7("Account", 1, BASE);
  await client.query(
    `INSERT INTO "Account" (id, username, "displayName", "passwordHash", "updatedAt") VALUES ($1, 'bench_admin', '压测社区 书记', $3, now()), ($2, 'bench_street', '压测街道 管理员', $3, now())`,
    [admin, street, passwordHash],
  );
  await client.query(`INSERT INTO "Grant" (id, "accountId", role, "communityId") VALUES ($1, $2, 'ADMIN', $3)`, [uuid7("Grant", 0, BASE), admin, ids.community(target)]);
  await client.query(`INSERT INTO "Grant" (id, "accountId", role, "regionId") VALUES ($1, $2, 'ADMIN', $3)`, [uuid7("Grant", 1, BASE), street, ids.street(streetOf(target))]);
  log(`accounts bench_admin (ADMIN of 压测${target + 1}, ${size[target]} residents) and bench_street (ADMIN of its street), password ${BENCH_PASSWORD}`);
}
{
  const started = performance.now();
  await client.query("ANALYZE");
  log(`ANALYZE in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
await client.end();
console.log(`seed:scale done in ${elapsed()}`);
