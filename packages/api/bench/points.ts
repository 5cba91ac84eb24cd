// `pnpm bench` (after bench/run.ts): the points ledger at scale. A fresh embedded database gets
// 20 communities, 50,000 residents with accounts and 1,000,000 ledger entries over two years
// (generate_series), the balances and monthly aggregates built from them as the services keep
// them, and the check command's recomputation. Then, through yoga.fetch: a resident's balance and
// ledger, an account read by staff, rankings of a community and of a street, the red and black
// lists, and a redemption (the write path: locks, entry, balance, month). Exits non-zero when a
// p95 misses its budget.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "../src/db.js";
import { repoRoot } from "../src/env.js";
import { checkPoints } from "../src/modules/points/check.js";
import { createGraphQLServer } from "../src/server.js";
import { toGlobalId } from "../src/shared/ids.js";
import { hashToken, newToken } from "../src/shared/tokens.js";

const COMMUNITIES = 20;
const RESIDENTS = 50_000;
const ENTRIES = 1_000_000;
const BATCH = 100_000;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-bench-points-"));
execFileSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy", dir], { stdio: "pipe" });
const db = openDatabase(dir);
const p = db.prisma;
const t = () => performance.now();
const secs = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)}s`;

console.log(`\nGongzhi points bench — ${ENTRIES.toLocaleString()} entries, ${RESIDENTS.toLocaleString()} accounts, ${COMMUNITIES} communities (${db.kind})\n`);
let t0 = t();
const districtId = crypto.randomUUID();
await p.region.create({ data: { id: districtId, kind: "DISTRICT", name: "压测区", path: `/${districtId}/` } });
const streets: { id: string; path: string }[] = [];
for (let s = 0; s < 2; s++) {
  const id = crypto.randomUUID();
  streets.push(await p.region.create({ data: { id, kind: "STREET", name: `压测街道${s + 1}`, parentId: districtId, path: `/${districtId}/${id}/` } }));
}
const communities: { id: string; path: string }[] = [];
for (let i = 0; i < COMMUNITIES; i++) {
  const id = crypto.randomUUID();
  const street = streets[i % 2]!;
  communities.push(await p.community.create({ data: { id, name: `压测社区${i + 1}`, kind: "URBAN", regionId: street.id, path: `${street.path}${id}/` } }));
}
// Bulk load without per-row foreign-key triggers (the rows are consistent by construction; the
// check below and the foreign keys of every later write hold them to it).
await p.$executeRawUnsafe(`SET session_replication_role = replica`);
await p.$executeRawUnsafe(`
  INSERT INTO "Resident" (id, "communityId", name, "updatedAt")
  SELECT gen_random_uuid(), c.ids[1 + (g % c.n)], '居民' || g, now()
  FROM generate_series(1, ${RESIDENTS}) g, (SELECT array_agg(id ORDER BY id) AS ids, count(*)::int AS n FROM "Community") c`);
await p.$executeRawUnsafe(`INSERT INTO "PointsAccount" (id, "communityId", kind, "residentId", "updatedAt") SELECT gen_random_uuid(), "communityId", 'PERSON', id, now() FROM "Resident"`);
await p.$executeRawUnsafe(`CREATE TEMP TABLE acc AS SELECT (row_number() OVER (ORDER BY id))::int AS n, id, "communityId" FROM "PointsAccount"`);
await p.$executeRawUnsafe(`CREATE INDEX ON acc (n)`);
for (let from = 0; from < ENTRIES; from += BATCH) {
  // Nine awards (1–20 points) to one deduction (−5), spread over 730 days and over every account.
  await p.$executeRawUnsafe(`
    INSERT INTO "PointsEntry" (id, "communityId", "accountId", delta, kind, month, "sourceType", "sourceId", "actorName", "createdAt")
    SELECT gen_random_uuid(), a."communityId", a.id,
      CASE WHEN g % 10 = 0 THEN -5 ELSE 1 + (g % 20) END,
      (CASE WHEN g % 10 = 0 THEN 'DEDUCTION' ELSE 'AWARD' END)::"PointsEntryKind",
      date_trunc('month', now() - ((g * 37) % 730) * interval '1 day')::date, 'PointsClaim', gen_random_uuid(), '压测',
      now() - ((g * 37) % 730) * interval '1 day'
    FROM generate_series(${from + 1}, ${from + BATCH}) g JOIN acc a ON a.n = 1 + ((g::bigint * 7919) % ${RESIDENTS})::int`);
}
console.log(`seeded ${ENTRIES.toLocaleString()} entries in ${secs(t0)}`);

// The sums the services keep with every entry, built here in one pass from the entries.
t0 = t();
await p.$executeRawUnsafe(`
  UPDATE "PointsAccount" a SET balance = s.b, awarded = s.aw, deducted = s.de FROM (
    SELECT "accountId", SUM(delta)::int AS b, SUM(CASE WHEN kind = 'AWARD' THEN delta ELSE 0 END)::int AS aw, SUM(CASE WHEN kind = 'DEDUCTION' THEN -delta ELSE 0 END)::int AS de
    FROM "PointsEntry" GROUP BY "accountId") s WHERE s."accountId" = a.id`);
await p.$executeRawUnsafe(`
  INSERT INTO "PointsMonthly" ("accountId", month, "communityId", "accountKind", awarded, deducted, spent)
  SELECT "accountId", month, "communityId", 'PERSON', SUM(CASE WHEN kind = 'AWARD' THEN delta ELSE 0 END)::int, SUM(CASE WHEN kind = 'DEDUCTION' THEN -delta ELSE 0 END)::int, 0
  FROM "PointsEntry" GROUP BY "accountId", month, "communityId"`);
await p.$executeRawUnsafe(`SET session_replication_role = DEFAULT`);
await p.$executeRawUnsafe(`ANALYZE`);
const monthlyRows = await p.pointsMonthly.count();
console.log(`balances and ${monthlyRows.toLocaleString()} monthly rows in ${secs(t0)}`);

t0 = t();
const check = await checkPoints(p);
console.log(`points:check recomputed ${check.entries.toLocaleString()} entries in ${secs(t0)}: ${check.differences.length} differences`);
if (check.differences.length) process.exit(1);

// Who asks: staff of the first community and of its street, and a residents' app.
const admin = await p.account.create({ data: { username: "bench_admin", displayName: "压测管理员", passwordHash: "x" } });
await p.grant.create({ data: { accountId: admin.id, role: "ADMIN", communityId: communities[0]!.id } });
await p.grant.create({ data: { accountId: admin.id, role: "OVERSEER", regionId: streets[0]!.id } });
const token = newToken("gzs");
await p.session.create({ data: { accountId: admin.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) } });
const staff = { cookie: `gz_session=${token}` };
const appToken = newToken("gzc");
await p.apiClient.create({
  data: { name: "压测应用", tokenHash: hashToken(appToken), tokenPrefix: appToken.slice(0, 10), actions: ["resident:actAs", "points:read", "store:redeem"], createdById: admin.id, communities: { create: [{ communityId: communities[0]!.id }] } },
});
const residents = await p.resident.findMany({ where: { communityId: communities[0]!.id }, select: { id: true }, take: 200, orderBy: { id: "asc" } });
const rich = await p.pointsAccount.findMany({ where: { communityId: communities[0]!.id, balance: { gte: 100 } }, select: { residentId: true }, take: 60 });
if (rich.length === 0) throw new Error("no account to redeem from");
const reward = await p.reward.create({ data: { communityId: communities[0]!.id, name: "压测奖品", kind: "GOODS", cost: 1, stock: 1_000_000 } });
const yoga = createGraphQLServer(p);
const asResident = (rid: string) => ({ authorization: `Bearer ${appToken}`, "x-act-as-resident": toGlobalId("Resident", rid) });

async function gql(headers: Record<string, string>, query: string, variables: Record<string, unknown> = {}) {
  const res = await yoga.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown; data?: Record<string, { __typename?: string }> };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  const first = body.data && Object.values(body.data)[0];
  if (first?.__typename === "UserError") throw new Error(JSON.stringify(first));
}

const c0 = toGlobalId("Community", communities[0]!.id);
const street0 = toGlobalId("Region", streets[0]!.id);
const month = new Date().toISOString().slice(0, 7);
const year = month.slice(0, 4);
interface Case { name: string; budgetP95Ms: number; run: (i: number) => Promise<void> }
const cases: Case[] = [
  {
    name: "resident's app: my balance and last 20 entries",
    budgetP95Ms: 100,
    run: (i) => gql(asResident(residents[i % residents.length]!.id), `{ myPointsAccounts { balance months(period: "${year}") { month net } entries(first: 20) { edges { node { delta kind month } } } } }`),
  },
  {
    name: "staff: a resident's account (pointsAccountOf)",
    budgetP95Ms: 80,
    run: (i) => gql(staff, `query($r: ID!) { pointsAccountOf(residentId: $r) { balance awarded deducted } }`, { r: toGlobalId("Resident", residents[i % residents.length]!.id) }),
  },
  { name: "ranking: a community, this month (top 20)", budgetP95Ms: 150, run: () => gql(staff, `query($n: ID!) { pointsRanking(nodeId: $n, period: "${month}") { accountCount rows { rank name net } } }`, { n: c0 }) },
  { name: "ranking: a community, the year (top 20)", budgetP95Ms: 300, run: () => gql(staff, `query($n: ID!) { pointsRanking(nodeId: $n, period: "${year}") { accountCount rows { rank name net } } }`, { n: c0 }) },
  { name: "ranking: a street of 10 communities, the year", budgetP95Ms: 1500, run: () => gql(staff, `query($n: ID!) { pointsRanking(nodeId: $n, period: "${year}") { accountCount rows { rank name communityName net } } }`, { n: street0 }) },
  { name: "红黑榜: a community, this month", budgetP95Ms: 250, run: () => gql(staff, `query($n: ID!) { pointsRedBlackList(nodeId: $n, period: "${month}") { red { name awarded } black { name deducted } } }`, { n: c0 }) },
  {
    name: "redeemReward (locks, entry, balance, month, audit)",
    budgetP95Ms: 200,
    run: (i) => gql(asResident(rich[i % rich.length]!.residentId!), `mutation($i: RedeemRewardInput!) { redeemReward(input: $i) { __typename ... on UserError { code message } } }`, { i: { rewardId: toGlobalId("Reward", reward.id), quantity: 1, idempotencyKey: `bench-${i}` } }),
  },
];

const ITERATIONS = 40;
let failed = 0;
for (const c of cases) {
  for (let i = 0; i < 3; i++) await c.run(10_000 + i); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const s = t();
    await c.run(i);
    times.push(t() - s);
  }
  times.sort((a, b) => a - b);
  const q = (x: number) => times[Math.min(times.length - 1, Math.floor(x * times.length))]!;
  const ok = q(0.95) <= c.budgetP95Ms;
  if (!ok) failed++;
  console.log(`${ok ? "✓" : "✗"} ${c.name}: p50 ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms (budget ${c.budgetP95Ms} ms)`);
}
const after = await checkPoints(p);
console.log(`after the writes: ${after.differences.length} differences`);
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(failed || after.differences.length ? 1 : 0);
