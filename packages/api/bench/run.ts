// `pnpm bench`: the speed targets of the foundation, measured through yoga.fetch on a fresh
// embedded database holding the demo district. Exits non-zero when a p95 misses its budget.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { getIntrospectionQuery } from "graphql";
import { openDatabase } from "../src/db.js";
import { repoRoot } from "../src/env.js";
import { seedDemo } from "../src/seed/demo.js";
import { createGraphQLServer } from "../src/server.js";
import { toGlobalId } from "../src/shared/ids.js";
import { hashToken, newToken } from "../src/shared/tokens.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-bench-"));
execFileSync(process.execPath, [path.join(repoRoot, "prisma/scripts/migrate.mjs"), "deploy", dir], { stdio: "pipe" });
const db = openDatabase(dir);
await seedDemo(db.prisma);
const yoga = createGraphQLServer(db.prisma);

async function sessionFor(username: string) {
  const account = await db.prisma.account.findUniqueOrThrow({ where: { username } });
  const token = newToken("gzs");
  await db.prisma.session.create({ data: { accountId: account.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 3_600_000) } });
  return `gz_session=${token}`;
}
const admin = await sessionFor("zhichong_admin");
const district = await sessionFor("district_admin");
const zhichong = await db.prisma.community.findFirstOrThrow({ where: { name: "直冲村" } });
const cid = toGlobalId("Community", zhichong.id);

async function gql(cookie: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await yoga.fetch("http://bench/graphql", { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

interface Case { name: string; budgetP95Ms: number; run: (i: number) => Promise<void> }
const cases: Case[] = [
  {
    // The heaviest request an anonymous client may send (issue #11: none may take over 200 ms).
    name: "anonymous full introspection (graphql-js getIntrospectionQuery)",
    budgetP95Ms: 200,
    run: () => gql("", getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true })),
  },
  {
    name: "residents page (50, with grid and household)",
    budgetP95Ms: 150,
    run: () => gql(admin, `query($c:ID!){residents(communityId:$c,first:50){totalCount edges{node{id name maskedPhone grid{name} household{address}}}}}`, { c: cid }),
  },
  {
    name: "residents search by name",
    budgetP95Ms: 150,
    run: () => gql(admin, `query($c:ID!){residents(communityId:$c,first:20,search:"陈"){totalCount edges{node{id name}}}}`, { c: cid }),
  },
  {
    name: "district: 63 communities with counts",
    budgetP95Ms: 400,
    run: () => gql(district, `{communities(first:100){totalCount edges{node{id name street{name} gridCount householdCount residentCount}}}}`),
  },
  {
    name: "createResident (validate, grant, transaction + audit)",
    budgetP95Ms: 200,
    run: (i) => gql(admin, `mutation($i:CreateResidentInput!){createResident(input:$i){__typename}}`, { i: { communityId: cid, name: `压测${i}` } }),
  },
];

const ITERATIONS = 60;
let failed = 0;
console.log(`Gongzhi bench — ${ITERATIONS} iterations each, PGlite, demo data\n`);
for (const c of cases) {
  for (let i = 0; i < 5; i++) await c.run(-i - 1); // warm-up
  const times: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t0 = performance.now();
    await c.run(i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const p = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  const ok = p(0.95) <= c.budgetP95Ms;
  if (!ok) failed++;
  console.log(`${ok ? "✓" : "✗"} ${c.name}: p50 ${p(0.5).toFixed(1)} ms, p95 ${p(0.95).toFixed(1)} ms (budget ${c.budgetP95Ms} ms)`);
}
await db.close();
fs.rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
