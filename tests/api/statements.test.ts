// Statements per request (issue #13): counts, never times. Each everyday read costs the same number
// of SQL statements whatever the size of its list — 1, 10 or 100 rows — and at most 3 in all,
// auth included. A resolver that queries once per parent row makes the counts differ and fails here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStatementKit } from "./statementKit.js";
import type { As } from "./testkit.js";
import { parseId, toGlobalId } from "@gongzhi/api/src/shared/ids.js";

const { kit, statementsOf } = await createStatementKit();
afterAll(() => kit.close());

const SIZES = [1, 10, 100] as const;
/** volunteerApp: an app acting for the fixture's first resident, who holds a place on each of its `size` activities. */
type Fixture = { communityGid: string; residentGid: string; admin: As; volunteerApp: As; checkInCode: string };
let bulk = 0;
const MONTH = "2026-11";
/** A points account per resident with awards and one deduction under a village rule in MONTH (ledger and monthly sums). */
async function rankedAccounts(communityId: string, residentIds: string[]) {
  const rule = await kit.prisma.pointsRule.create({ data: { communityId, name: `乱扔垃圾${bulk++}`, category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", points: -5 } });
  const month = new Date(`${MONTH}-01T00:00:00Z`);
  for (const [i, residentId] of residentIds.entries()) {
    const account = await kit.prisma.pointsAccount.create({ data: { communityId, kind: "PERSON", residentId, balance: 10 + i - 5, awarded: 10 + i, deducted: 5 } });
    await kit.prisma.pointsEntry.createMany({
      data: [
        { communityId, accountId: account.id, delta: 10 + i, kind: "AWARD", month, sourceType: "PointsClaim", sourceId: crypto.randomUUID(), residentId, actorName: "管理员" },
        { communityId, accountId: account.id, delta: -5, kind: "DEDUCTION", month, ruleId: rule.id, sourceType: "PointsClaim", sourceId: crypto.randomUUID(), residentId, actorName: "管理员" },
      ],
    });
    await kit.prisma.pointsMonthly.create({ data: { accountId: account.id, month, communityId, accountKind: "PERSON", awarded: 10 + i, deducted: 5 } });
  }
}
/** Projects with two budget lines each and one volunteer activity with two sign-ups (inserted directly: only the reads are measured). */
async function projectsFor(communityId: string, residentIds: string[], count: number) {
  const type = await kit.prisma.projectType.create({ data: { communityId, name: `类型${bulk++}` } });
  const volunteers = await Promise.all(residentIds.slice(0, 2).map((residentId) => kit.prisma.volunteer.create({ data: { communityId, residentId } })));
  for (let i = 0; i < count; i++) {
    const project = await kit.prisma.project.create({ data: { communityId, typeId: type.id, title: `项目${i}`, description: "说明", origin: "NEED" } });
    await kit.prisma.projectBudgetLine.createMany({
      data: [
        { communityId, projectId: project.id, source: "FISCAL", name: "材料", amountFen: 100_00n },
        { communityId, projectId: project.id, source: "CHARITY", name: "人工", amountFen: 50_00n },
      ],
    });
    const activity = await kit.prisma.volunteerActivity.create({
      data: { communityId, projectId: project.id, title: `活动${i}`, place: "广场", startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), capacity: 10, status: "PUBLISHED", checkInCode: `code-${bulk++}-${i}` },
    });
    await kit.prisma.volunteerSignUp.createMany({ data: volunteers.map((v) => ({ communityId, activityId: activity.id, volunteerId: v.id, status: "CONFIRMED" as const })) });
  }
}
const fixtures = new Map<number, Fixture>();
/** Streets of 1, 10 and 100 communities, each with a ticket, a topic and points, and an ADMIN of the street (the region overview). */
const streets = new Map<number, { streetGid: string; admin: As }>();

beforeAll(async () => {
  const { street } = await kit.seed.place();
  for (const size of SIZES) {
    const community = await kit.seed.community(street);
    const grid = await kit.seed.grid(community.id);
    let residentGid = "";
    const residentIds: string[] = [];
    for (let i = 0; i < Math.max(size, 2); i++) {
      const household = await kit.seed.household(community.id, undefined, grid.id);
      const resident = await kit.seed.resident(community.id, { householdId: household.id, gridId: grid.id });
      residentGid = resident.gid;
      residentIds.push(resident.id);
    }
    await projectsFor(community.id, residentIds, size);
    await rankedAccounts(community.id, residentIds.slice(0, size));
    await kit.prisma.pointsRule.createMany({
      data: Array.from({ length: size }, (_x, i) => ({ communityId: community.id, name: `规则${i}`, category: "OTHER" as const, kind: "PER_OCCURRENCE" as const, points: 1, active: i % 2 === 0 })),
    });
    for (let i = 0; i < size; i++) {
      const topic = await kit.prisma.topic.create({
        data: { communityId: community.id, title: `议题${i}`, description: "说明", category: "PUBLIC_FACILITIES", source: "STAFF", proposerName: "社区", cosignCount: i },
      });
      await kit.prisma.topicEvent.createMany({
        data: [
          { communityId: community.id, topicId: topic.id, toStatus: "SUBMITTED", actorName: "社区" },
          { communityId: community.id, topicId: topic.id, fromStatus: "SUBMITTED", toStatus: "ACCEPTED", actorName: "议事会" },
        ],
      });
    }
    const admin = await kit.seed.account("ADMIN", community);
    const app = await kit.seed.apiClient([community.id], ["volunteer:read", "resident:actAs"], admin.id);
    const volunteer = await kit.prisma.resident.findUniqueOrThrow({ where: { id: residentIds[0]! }, select: { id: true } });
    const volunteerApp: As = { headers: { ...app.headers, "x-act-as-resident": toGlobalId("Resident", volunteer.id) } };
    await kit.gql(`{ viewer { kind } }`, {}, volunteerApp); // records lastUsedAt (written at most once a minute), as a running app has
    const activity = await kit.prisma.volunteerActivity.findFirstOrThrow({ where: { communityId: community.id }, select: { checkInCode: true } });
    fixtures.set(size, { communityGid: community.gid, residentGid, admin, volunteerApp, checkInCode: activity.checkInCode! });
  }
  const { district } = await kit.seed.place();
  for (const size of SIZES) {
    const regionStreet = await kit.seed.street(district);
    const ids: string[] = [];
    for (let i = 0; i < size; i++) ids.push((await kit.seed.community(regionStreet)).id);
    await kit.prisma.topic.createMany({
      data: ids.map((communityId, i) => ({ communityId, title: `议题${i}`, description: "说明", category: "PUBLIC_FACILITIES" as const, source: "STAFF" as const, proposerName: "社区", createdAt: new Date(`${MONTH}-10T02:00:00Z`) })),
    });
    await kit.prisma.serviceVisit.createMany({
      data: ids.map((communityId) => ({ communityId, kind: "OPINION" as const, channel: "IN_PERSON" as const, visitorName: "李四", topic: "路灯", content: "路灯坏了", visitedAt: new Date(`${MONTH}-10T02:00:00Z`) })),
    });
    streets.set(size, { streetGid: regionStreet.gid, admin: await kit.seed.account("ADMIN", regionStreet) });
  }
});

/** A connection's COUNT statement (its totalCount), which a page holding every row does without (shared/totalCount.ts). */
const isCount = (q: string) => /^SELECT COUNT\(\*\) AS "_count\$_all"/i.test(q.trim());

/**
 * Counts at sizes 1, 10, 100: equal, and at most `max`. A totalCount's COUNT runs only when the
 * page does not hold every row, so it is left out of the comparison (at most one per request
 * here) and counted in the maximum.
 */
async function expectConstant(max: number, run: (f: Fixture) => Promise<string[]>) {
  const counts: number[] = [];
  const totals: number[] = [];
  for (const size of SIZES) {
    const sql = await run(fixtures.get(size)!);
    counts.push(sql.filter((q) => !isCount(q)).length);
    totals.push(sql.length);
    expect(sql.filter(isCount).length, `COUNT statements at ${size} rows`).toBeLessThanOrEqual(1);
    if (process.env.SHOW_SQL) console.log(size, sql.map((q) => q.slice(0, 300)).join("\n---\n"));
  }
  expect(counts, `statements (besides a COUNT) at ${SIZES.join(" / ")} rows`).toEqual(counts.map(() => counts[0]));
  for (const t of totals) expect(t).toBeLessThanOrEqual(max);
  return Math.max(...totals);
}

describe("SQL statements per request", () => {
  it("auth: a signed-in request reads its session, account and grants in one statement", async () => {
    const f = fixtures.get(1)!;
    const sql = await statementsOf("{ viewer { kind actions } }", {}, f.admin);
    // The session statement carries the account and its grants: nothing else runs.
    expect(sql).toHaveLength(1);
    expect(sql[0]).toMatch(/"Session"/);
    expect(sql[0]).toMatch(/"Grant"/);
  });

  it("an anonymous request sends no statement for auth", async () => {
    expect(await statementsOf("{ __typename }", {})).toHaveLength(0);
  });

  it("one node by id: auth plus one", async () => {
    const n = await expectConstant(3, (f) => statementsOf("query($id: ID!) { node(id: $id) { id ... on Resident { name } } }", { id: f.residentGid }, f.admin));
    expect(n).toBe(2);
  });

  it("the residents page: 50 residents with household and grid, and the total", async () => {
    await expectConstant(3, (f) =>
      statementsOf(
        `query($c: ID!) { residents(communityId: $c, first: 50) { totalCount edges { node { id name household { id address } grid { id name } } } } }`,
        { c: f.communityGid },
        f.admin,
      ),
    );
  });

  it("a connection counts only when totalCount is asked for", async () => {
    const f = fixtures.get(10)!;
    const page = (fields: string) => statementsOf(`query($c: ID!) { residents(communityId: $c, first: 5) { ${fields} } }`, { c: f.communityGid }, f.admin);
    const withTotal = await page("totalCount edges { node { id } }");
    const withoutTotal = await page("edges { node { id } }");
    expect(withTotal.filter((q) => /COUNT\(/i.test(q))).toHaveLength(1);
    expect(withoutTotal.filter((q) => /COUNT\(/i.test(q))).toHaveLength(0);
    expect(withoutTotal).toHaveLength(withTotal.length - 1);
  });

  it("a totalCount needs no COUNT when the first page holds every row, and counts when it does not", async () => {
    const page = (size: number, args: string) =>
      statementsOf(`query($c: ID!) { residents(communityId: $c, ${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`, { c: fixtures.get(size)!.communityGid }, fixtures.get(size)!.admin);
    const answer = async (size: number, args: string) => {
      const res = await kit.gql<{ residents: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } }>(
        `query($c: ID!) { residents(communityId: $c, ${args}) { totalCount pageInfo { hasNextPage endCursor } } }`,
        { c: fixtures.get(size)!.communityGid },
        fixtures.get(size)!.admin,
      );
      expect(res.errors).toBeUndefined();
      return res.data!;
    };
    // 10 residents, 50 asked: the page is all of them.
    expect((await page(10, "first: 50")).filter(isCount)).toHaveLength(0);
    expect((await answer(10, "first: 50")).residents).toMatchObject({ totalCount: 10, pageInfo: { hasNextPage: false } });
    // 100 residents, 50 asked: the total is counted.
    expect((await page(100, "first: 50")).filter(isCount)).toHaveLength(1);
    expect((await answer(100, "first: 50")).residents).toMatchObject({ totalCount: 100, pageInfo: { hasNextPage: true } });
    // A later page, even a short one, does not hold every row: counted.
    const { endCursor } = (await answer(10, "first: 4")).residents.pageInfo;
    expect((await page(10, `first: 50, after: "${endCursor}"`)).filter(isCount)).toHaveLength(1);
    expect((await answer(10, `first: 50, after: "${endCursor}"`)).residents.totalCount).toBe(10);
    // Asked for the total alone, the connection fetches no rows: counted, never taken from an empty page.
    const only = await kit.gql(`query($c: ID!) { residents(communityId: $c, first: 50) { totalCount } }`, { c: fixtures.get(10)!.communityGid }, fixtures.get(10)!.admin);
    expect(only.data.residents.totalCount).toBe(10);
    // Backwards from the end: counted.
    expect((await page(10, "last: 50")).filter(isCount)).toHaveLength(1);
    expect((await answer(10, "last: 50")).residents.totalCount).toBe(10);
  });

  it("a resident's sign-ups with their activities (myVolunteerSignUps, all or by a scanned check-in code): the activities come in the sign-ups' own query", async () => {
    await expectConstant(3, (f) => statementsOf(`{ myVolunteerSignUps(first: 100) { edges { node { id status checkedInAt activity { id title startsAt endsAt } } } } }`, {}, f.volunteerApp));
    await expectConstant(3, (f) =>
      statementsOf(`query($c: String!) { myVolunteerSignUps(first: 1, checkInCode: $c) { edges { node { id status activity { id title place } } } } }`, { c: `https://x.example/c/A/checkin/${f.checkInCode}` }, f.volunteerApp),
    );
  });

  it("points accounts with their residents: the residents come in the accounts' own query (no statement per row)", async () => {
    await expectConstant(3, (f) =>
      statementsOf(`query($c: ID!) { pointsAccounts(communityId: $c, first: 100) { edges { node { id balance resident { id name } } } } }`, { c: f.communityGid }, f.admin),
    );
  });

  it("points rules with their allowedSteps: the steps come from the rules' own columns and the grants (no statement per row)", async () => {
    // auth, the rules, and the community's path for the grant check (once per request).
    await expectConstant(3, (f) =>
      statementsOf(`query($c: ID!) { pointsRules(communityId: $c, includeInactive: true, first: 100) { edges { node { id active allowedSteps } } } }`, { c: f.communityGid }, f.admin),
    );
  });

  it("the community dashboard: projects, their budget lines and volunteer activities, the volunteers' names", async () => {
    await expectConstant(3, (f) =>
      statementsOf(
        `query($c: ID!) { projects(communityId: $c, first: 20) { totalCount edges { node { id title status
          budgetLines { id name source amountFen }
          volunteerActivities { id title startsAt signUps(first: 5) { totalCount edges { node { id status volunteerName } } } } } } } }`,
        { c: f.communityGid },
        f.admin,
      ),
    );
  });

  it("the topic board: 50 topics with status, co-signatures and their events", async () => {
    await expectConstant(3, (f) =>
      statementsOf(
        `query($c: ID!) { topics(communityId: $c, first: 50) { totalCount edges { node { id title status category cosignCount timeline { id fromStatus toStatus actorName createdAt } } } } }`,
        { c: f.communityGid },
        f.admin,
      ),
    );
  });

  it("the region overview and trends of a street of 1, 10 or 100 communities: auth, the node, the cells' probe and the per-community figures", async () => {
    const OVERVIEW = `query($n: ID!) { regionOverview(nodeId: $n, period: "${MONTH}") { totals { service { ticketsSubmitted visits onTimeRate } deliberation { topicsSubmitted topicsByStatus { status count } } }
      coverage { communityCount } streets { streetName indicators { volunteering { activeAccounts } } communities { communityName indicators { projects { projects } } } } projectTypes { typeName } } }`;
    const TRENDS = `query($n: ID!) { regionTrends(nodeId: $n, until: "${MONTH}") { months { month service { ticketsSubmitted } deliberation { topicsSubmitted } } } }`;
    const counts: number[][] = [];
    for (const size of SIZES) {
      const st = streets.get(size)!;
      await kit.gql(OVERVIEW, { n: st.streetGid }, st.admin); // brings the street's cells up to date
      const overview = await statementsOf(OVERVIEW, { n: st.streetGid }, st.admin);
      const trends = await statementsOf(TRENDS, { n: st.streetGid }, st.admin);
      // Every community of the street changed since: the read recomputes their cells first, in one transaction.
      const { path } = await kit.prisma.region.findUniqueOrThrow({ where: { id: parseId("n", st.streetGid, "Region") }, select: { path: true } });
      await kit.prisma.$executeRaw`UPDATE "ServiceVisit" SET "topic" = "topic" WHERE "communityId" IN (SELECT "id" FROM "Community" WHERE "path" LIKE ${`${path}%`})`;
      const stale = await statementsOf(OVERVIEW, { n: st.streetGid }, st.admin);
      counts.push([overview.length, trends.length, stale.length]);
    }
    expect(counts, "statements at 1 / 10 / 100 communities").toEqual([counts[0], counts[0], counts[0]]);
    // auth, node, probe, figures; auth, node, probe, trends; and when stale the refresh's lock,
    // layout, marks taken, cells deleted, flows, periods and states inserted, projects by type.
    expect(counts[0]!.slice(0, 2)).toEqual([4, 4]);
    expect(counts[0]![2]).toBeGreaterThan(counts[0]![0]!);
  });

  it("the points ranking: the top 50 with names and their deductions", async () => {
    // auth, the ranking (the community's name and path for the grant check, sums, names and count in one) and every row's deductions in one.
    await expectConstant(3, (f) =>
      statementsOf(
        `query($n: ID!, $p: String!) { pointsRanking(nodeId: $n, period: $p, first: 50) { accountCount rows { rank accountId accountKind name net awarded deducted deductions { id delta month rule { id name } } } } }`,
        { n: f.communityGid, p: MONTH },
        f.admin,
      ),
    );
  });
});
