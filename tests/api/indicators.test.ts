// The indicators (issue #15): regionOverview and regionTrends checked figure by figure against the
// rows they count (Prisma counts of the same rows, indicators.kit.ts), against the reports that
// count the same things (serviceReport, projectPortfolio, pointsRanking), across the China-time
// month boundary, and for tenancy: a node outside the viewer's grants is NOT_FOUND.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIGURES } from "@gongzhi/api/src/modules/indicators/metrics.js";
import { china, expectedFigures, seedActivity } from "./indicators.kit.js";
import { createTestKit, type TestAccount } from "./testkit.js";

const kit = await createTestKit();
afterAll(() => kit.close());

type Place = Awaited<ReturnType<typeof kit.seed.community>>;
let district: Awaited<ReturnType<typeof kit.seed.district>>;
let s1: Awaited<ReturnType<typeof kit.seed.street>>;
let s2: Awaited<ReturnType<typeof kit.seed.street>>;
let a: Place, b: Place, c: Place, empty: Place;
let districtAdmin: TestAccount, s1Admin: TestAccount, s2Admin: TestAccount, aAdmin: TestAccount, overseer: TestAccount;

const OVERVIEW = `query($n: ID!, $p: String!) { regionOverview(nodeId: $n, period: $p) {
  nodeId nodeName nodeKind period periodKind periodLabel from to
  totals { ...I }
  coverage { communityCount serviceComplex deliberationCommittee fullySeatedCommittee monthlyMeetings volunteerCommittee pointsInUse withProjects }
  streets { streetId streetName communityCount indicators { ...I } communities { communityId communityName streetName } }
  communities { communityId communityName communityKind streetId streetName indicators { ...I } }
  projectTypes { typeName projects budgetedFen beneficiaries }
} }
fragment I on Indicators {
  service { ${names("service")} onTimeRate averageRating }
  deliberation { ${names("deliberation")} topicsByStatus { status count } implementationRate escalationAnswerRate }
  volunteering { ${names("volunteering")} verifiedHours }
  projects { ${names("projects")} projectsByStatus { status count } burnRate averageSatisfaction }
}`;
function names(cap: string) {
  return FIGURES.filter((f) => f.capability === cap && !/^(topics|projects)[A-Z][A-Z_]+$/.test(f.name))
    .map((f) => f.name)
    .join(" ");
}
/** A community's or total's indicators flattened to the figure names (status lists back to topicsX / projectsX). */
function flat(ind: Record<string, Record<string, unknown>>) {
  const out: Record<string, number> = {};
  for (const cap of Object.values(ind)) {
    for (const [k, v] of Object.entries(cap)) {
      if (k === "topicsByStatus" || k === "projectsByStatus") for (const s of v as { status: string; count: number }[]) out[`${k.replace("ByStatus", "")}${s.status}`] = s.count;
      else if (typeof v === "number" && FIGURES.some((f) => f.name === k)) out[k] = v;
    }
  }
  return out;
}
const overview = (node: string, period: string, as: TestAccount) => kit.gql(OVERVIEW, { n: node, p: period }, as);

beforeAll(async () => {
  district = await kit.seed.district("江海区测试");
  s1 = await kit.seed.street(district, "外海街道测试");
  s2 = await kit.seed.street(district, "礼乐街道测试");
  a = await kit.seed.community(s1, "直冲村测试", "RURAL");
  b = await kit.seed.community(s1, "东宁社区测试");
  c = await kit.seed.community(s2, "江翠社区测试");
  empty = await kit.seed.community(s2, "空白社区测试");
  await seedActivity(kit, a.id, 3);
  await seedActivity(kit, b.id, 1, { seats: 5 });
  await seedActivity(kit, c.id, 4);
  districtAdmin = await kit.seed.account("ADMIN", district);
  overseer = await kit.seed.account("OVERSEER", district);
  s1Admin = await kit.seed.account("ADMIN", s1);
  s2Admin = await kit.seed.account("ADMIN", s2);
  aAdmin = await kit.seed.account("ADMIN", a);
}, 120_000);

describe("regionOverview", () => {
  it("checks every figure of every community and of the totals against the rows it counts", async () => {
    const res = await overview(district.gid, "2026-11", districtAdmin);
    expect(res.errors).toBeUndefined();
    const o = res.data.regionOverview;
    expect(o).toMatchObject({ nodeId: district.gid, nodeKind: "DISTRICT", period: "2026-11", periodKind: "MONTH", periodLabel: "2026年11月", from: "2026-10-31T16:00:00.000Z", to: "2026-11-30T16:00:00.000Z" });
    // Every figure the module defines is checked (the expected counts cover them all).
    const all = await expectedFigures(kit, [a.id, b.id, c.id, empty.id], "2026-11");
    expect(Object.keys(all).sort()).toEqual(FIGURES.map((f) => f.name).sort());
    expect(flat(o.totals)).toEqual(all);
    for (const place of [a, b, c, empty]) {
      const row = o.communities.find((r: { communityId: string }) => r.communityId === place.gid);
      expect(flat(row.indicators), place.name).toEqual(await expectedFigures(kit, [place.id], "2026-11"));
    }
    // A few figures by hand, so the expectations themselves are checked too.
    const rowA = flat(o.communities.find((r: { communityId: string }) => r.communityId === a.gid).indicators);
    expect(rowA).toMatchObject({ ticketsSubmitted: 10, ticketsClosed: 6, ticketsClosedOnTime: 3, visits: 3, meetingsHeld: 1, seatedMembers: 7, seatCategoriesFilled: 7, personTimes: 4, dualRegistered: 1, projects: 3, needsOpen: 1 });
    expect(o.communities.find((r: { communityId: string }) => r.communityId === a.gid).indicators.service.onTimeRate).toBe(0.5);
  });

  it("gives communityTable: each community's figures as one list, equal to its typed indicators, in the columns asked", async () => {
    const TABLE = `query($n: ID!, $p: String!, $columns: [String!]) { regionOverview(nodeId: $n, period: $p) {
      communities { communityId communityName communityKind streetId streetName indicators { ...I } }
      communityTable(columns: $columns) { columns rows { communityId communityName communityKind streetId streetName values } } } }
      ${OVERVIEW.slice(OVERVIEW.indexOf("fragment I"))}`;
    for (const period of ["2026-11", "2026-Q4"]) {
      const o = (await kit.gql(TABLE, { n: district.gid, p: period }, districtAdmin)).data.regionOverview;
      const { columns, rows } = o.communityTable;
      // Every scalar field of the four capability types, none twice.
      const scalars = (ind: Record<string, Record<string, unknown>>) => Object.entries(ind).flatMap(([cap, fields]) => Object.keys(fields).filter((k) => !k.endsWith("ByStatus")).map((k) => `${cap}.${k}`));
      expect([...columns].sort()).toEqual(scalars(o.communities[0].indicators).sort());
      expect(rows.map((r: { communityId: string }) => r.communityId)).toEqual(o.communities.map((c: { communityId: string }) => c.communityId));
      for (const [i, row] of rows.entries()) {
        const typed = o.communities[i];
        expect({ ...row, values: undefined }).toEqual({ communityId: typed.communityId, communityName: typed.communityName, communityKind: typed.communityKind, streetId: typed.streetId, streetName: typed.streetName, values: undefined });
        expect(row.values, `${typed.communityName} ${period}`).toEqual(columns.map((c: string) => typed.indicators[c.split(".")[0]!][c.split(".")[1]!]));
      }
    }
    // Some columns, in the order asked; an unknown one is INVALID on columns.
    const some = (await kit.gql(TABLE, { n: s1.gid, p: "2026-11", columns: ["projects.budgetedFen", "service.onTimeRate"] }, s1Admin)).data.regionOverview;
    const rowA = some.communityTable.rows.find((r: { communityId: string }) => r.communityId === a.gid);
    const typedA = some.communities.find((r: { communityId: string }) => r.communityId === a.gid).indicators;
    expect(some.communityTable.columns).toEqual(["projects.budgetedFen", "service.onTimeRate"]);
    expect(rowA.values).toEqual([typedA.projects.budgetedFen, 0.5]);
    const bad = await kit.gql(TABLE, { n: s1.gid, p: "2026-11", columns: ["service.nope"] }, s1Admin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "INVALID", field: "columns" });
    expect(bad.errors?.[0]?.message).toContain("没有这个指标列");
  });

  it("groups communities by street with subtotals, and counts coverage", async () => {
    const o = (await overview(district.gid, "2026-11", districtAdmin)).data.regionOverview;
    expect(o.streets.map((s: { streetName: string }) => s.streetName)).toEqual(["外海街道测试", "礼乐街道测试"].sort((x, y) => (x < y ? -1 : 1)));
    const street1 = o.streets.find((s: { streetId: string }) => s.streetId === s1.gid);
    expect(street1.communityCount).toBe(2);
    expect(street1.communities.map((r: { communityName: string }) => r.communityName).sort()).toEqual(["东宁社区测试", "直冲村测试"].sort());
    expect(flat(street1.indicators)).toEqual(await expectedFigures(kit, [a.id, b.id], "2026-11"));
    expect(o.coverage).toEqual({ communityCount: 4, serviceComplex: 3, deliberationCommittee: 3, fullySeatedCommittee: 2, monthlyMeetings: 3, volunteerCommittee: 3, pointsInUse: 3, withProjects: 3 });
    expect(o.communities[0].communityKind).toBeDefined();
    // Projects by type name, summed over the communities, as the rows count them.
    const ids = [a.id, b.id, c.id, empty.id];
    const projects = await kit.prisma.project.findMany({ where: { communityId: { in: ids } }, select: { approvedAt: true, type: { select: { name: true } }, budgetLines: { select: { amountFen: true } }, beneficiaries: { select: { count: true } } } });
    const byType = new Map<string, { typeName: string; projects: number; budgetedFen: number; beneficiaries: number }>();
    for (const p of projects) {
      const t = byType.get(p.type.name) ?? byType.set(p.type.name, { typeName: p.type.name, projects: 0, budgetedFen: 0, beneficiaries: 0 }).get(p.type.name)!;
      t.projects++;
      if (p.approvedAt) t.budgetedFen += p.budgetLines.reduce((n, l) => n + Number(l.amountFen), 0);
      t.beneficiaries += p.beneficiaries.reduce((n, e) => n + e.count, 0);
    }
    expect(byType.size).toBeGreaterThan(0);
    expect(o.projectTypes).toEqual([...byType.values()].sort((x, y) => y.projects - x.projects || (x.typeName < y.typeName ? -1 : 1)));
  });

  it("agrees with the service report, the project portfolio and the points ranking", async () => {
    const o = (await overview(s1.gid, "2026-11", s1Admin)).data.regionOverview;
    const report = (await kit.gql(`query($n: ID!) { serviceReport(nodeId: $n, month: "2026-11") { submitted closed closedOnTime late visits ratingCount averageRating onTimeRate } }`, { n: s1.gid }, s1Admin)).data.serviceReport;
    const s = o.totals.service;
    expect({ submitted: s.ticketsSubmitted, closed: s.ticketsClosed, closedOnTime: s.ticketsClosedOnTime, late: s.ticketsLate, visits: s.visits, ratingCount: s.ratingCount, averageRating: s.averageRating, onTimeRate: s.onTimeRate }).toEqual(report);
    const pf = (await kit.gql(`query($n: ID!) { projectPortfolio(nodeId: $n) { projectCount budgetedFen spentFen receivedSponsorshipFen beneficiaryTotal overdueProjectCount averageSatisfaction burnRate } }`, { n: s1.gid }, s1Admin)).data.projectPortfolio;
    const p = o.totals.projects;
    expect({ projectCount: p.projects, budgetedFen: p.budgetedFen, spentFen: p.spentFen, receivedSponsorshipFen: p.receivedSponsorshipFen, beneficiaryTotal: p.beneficiaries, overdueProjectCount: p.overdueProjects, averageSatisfaction: p.averageSatisfaction, burnRate: p.burnRate }).toEqual(pf);
    const ranking = (await kit.gql(`query($n: ID!) { pointsRanking(nodeId: $n, period: "2026-11", first: 10) { accountCount } }`, { n: s1.gid }, s1Admin)).data.pointsRanking;
    expect(o.totals.volunteering.activeAccounts).toBe(ranking.accountCount);
  });

  it("counts a row at 23:59 China time on the month's last day in that month, and one at 00:00 the next day in the next", async () => {
    const nov = (await overview(a.gid, "2026-11", aAdmin)).data.regionOverview;
    const dec = (await overview(a.gid, "2026-12", aAdmin)).data.regionOverview;
    const lastMinute = await kit.prisma.serviceTicket.count({ where: { communityId: a.id, submittedAt: china("2026-11-30 23:59") } });
    expect(lastMinute).toBe(3);
    // 3 per n on the 10th, 20th and 30th (23:59) and the returned one; December's only ticket is the one at 00:00 on the 1st.
    expect(nov.totals.service.ticketsSubmitted).toBe(10);
    expect(dec.totals.service.ticketsSubmitted).toBe(1);
    expect(dec.totals.service.visits).toBe(1);
    // Day columns: the expense dated 2026-11-30 is November's.
    expect(nov.totals.projects.spentInPeriodFen).toBe(3 * 30_00);
    expect(dec.totals.projects.spentInPeriodFen).toBe(0);
    // A quarter and a year cover the month.
    const q4 = (await overview(a.gid, "2026-Q4", aAdmin)).data.regionOverview;
    expect(q4.totals.service.ticketsSubmitted).toBe(11);
    expect(q4.totals.volunteering.pointsAwarded).toBe(nov.totals.volunteering.pointsAwarded + 3 * 7);
    expect(q4.coverage.monthlyMeetings).toBe(0); // no meeting in October or December
    expect((await overview(a.gid, "2026", aAdmin)).data.regionOverview.totals.service.ticketsSubmitted).toBe(11);
  });

  it("answers NOT_FOUND outside the viewer's grants, and INVALID for a bad period", async () => {
    for (const [node, as] of [
      [s1.gid, s2Admin],
      [a.gid, s2Admin],
      [district.gid, s1Admin],
      [b.gid, aAdmin],
      [s1.gid, aAdmin],
    ] as const) {
      const res = await overview(node, "2026-11", as);
      expect(res.errors?.[0]?.extensions?.code, `${node}`).toBe("NOT_FOUND");
      expect(res.data?.regionOverview ?? null).toBeNull();
    }
    const bad = await overview(district.gid, "2026-13", districtAdmin);
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "INVALID", field: "period" });
    const wrongType = await overview(aAdmin.gid, "2026-11", districtAdmin);
    expect(wrongType.errors?.[0]?.extensions).toMatchObject({ code: "INVALID", field: "nodeId" });
    // A street admin sees its own street; an overseer of the district the whole district.
    expect((await overview(s2.gid, "2026-11", s2Admin)).data.regionOverview.coverage.communityCount).toBe(2);
    expect((await overview(district.gid, "2026-11", overseer)).data.regionOverview.coverage.communityCount).toBe(4);
  });
});

describe("regionTrends", () => {
  it("gives twelve months up to `until`, each month's flows equal to the overview of that month", async () => {
    const q = `query($n: ID!) { regionTrends(nodeId: $n, until: "2026-12") { nodeKind months { month from
      service { ticketsSubmitted ticketsClosed ticketsClosedOnTime onTimeRate visits ratingCount }
      deliberation { topicsSubmitted meetingsHeld resolutionsAdopted resolutionsDone topicsByStatus { status count } }
      volunteering { personTimes verifiedMinutes pointsAwarded activeAccounts redemptions }
      projects { projectsApproved projectsCompleted spentInPeriodFen } } } }`;
    const res = await kit.gql(q, { n: district.gid }, districtAdmin);
    expect(res.errors).toBeUndefined();
    const months = res.data.regionTrends.months;
    expect(months.map((m: { month: string }) => m.month)).toEqual(["2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    const nov = months.find((m: { month: string }) => m.month === "2026-11");
    const o = (await overview(district.gid, "2026-11", districtAdmin)).data.regionOverview.totals;
    expect(nov.service).toMatchObject({ ticketsSubmitted: o.service.ticketsSubmitted, ticketsClosed: o.service.ticketsClosed, onTimeRate: o.service.onTimeRate, visits: o.service.visits });
    expect(nov.deliberation).toMatchObject({ topicsSubmitted: o.deliberation.topicsSubmitted, meetingsHeld: o.deliberation.meetingsHeld, topicsByStatus: o.deliberation.topicsByStatus });
    expect(nov.volunteering).toMatchObject({ personTimes: o.volunteering.personTimes, pointsAwarded: o.volunteering.pointsAwarded, activeAccounts: o.volunteering.activeAccounts });
    expect(nov.projects.spentInPeriodFen).toBe(o.projects.spentInPeriodFen);
    expect(months.find((m: { month: string }) => m.month === "2026-10").volunteering.pointsAwarded).toBe(7 * 8);
    expect(months.find((m: { month: string }) => m.month === "2026-12").service.ticketsSubmitted).toBe(3);
    expect(months[0].from).toBe("2025-12-31T16:00:00.000Z");
  });

  it("refuses a bad month count and a node out of reach", async () => {
    const q = `query($n: ID!, $m: Int) { regionTrends(nodeId: $n, months: $m) { months { month } } }`;
    expect((await kit.gql(q, { n: district.gid, m: 0 }, districtAdmin)).errors?.[0]?.extensions).toMatchObject({ code: "INVALID", field: "months" });
    expect((await kit.gql(q, { n: s1.gid, m: 3 }, s2Admin)).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect((await kit.gql(q, { n: c.gid, m: 3 }, s2Admin)).data.regionTrends.months).toHaveLength(3);
  });
});

describe("communityWorkbench", () => {
  const WB = `query($c: ID!) { communityWorkbench(communityId: $c) { communityId communityName today weekFrom weekTo
    items { kind count action listQuery listArguments } indicators { nodeKind period totals { service { ticketsSubmitted } } } } }`;
  /** The list query of an item, with its arguments as GraphQL literals (enums bare, DateTimes quoted). */
  const literal = (v: unknown): string =>
    Array.isArray(v) ? `[${v.map(literal).join(", ")}]` : typeof v === "string" ? (/^[A-Z_]+$/.test(v) ? v : JSON.stringify(v)) : String(v);
  const listCount = async (item: { listQuery: string; listArguments: string }, as: TestAccount) => {
    const args = Object.entries(JSON.parse(item.listArguments) as Record<string, unknown>).map(([k, v]) => `${k}: ${literal(v)}`);
    const res = await kit.gql(`query($c: ID!) { list: ${item.listQuery}(communityId: $c, ${args.join(", ")}) { totalCount } }`, { c: c.gid }, as);
    expect(res.errors, item.listQuery).toBeUndefined();
    return res.data.list.totalCount as number;
  };

  beforeAll(async () => {
    const p = kit.prisma;
    const now = Date.now();
    const committee = await p.committee.findFirstOrThrow({ where: { communityId: c.id } });
    await p.topic.create({ data: { communityId: c.id, title: "待立项", description: "说明", category: "ENVIRONMENT", source: "RESIDENT", proposerName: "居民", readyForReview: true } });
    await p.meeting.create({ data: { communityId: c.id, committeeId: committee.id, title: "本周议事", startsAt: new Date(now + 60_000), endsAt: new Date(now + 3_600_000), mode: "ONLINE" } });
    await p.notice.create({ data: { communityId: c.id, subjectType: "Project", title: "即将期满", content: "内容", periodDays: 7, publishedAt: new Date(now - 6 * 86_400_000), endsAt: new Date(now + 86_400_000), publishedByName: "社区" } });
    const item = await p.communityServiceItem.findFirstOrThrow({ where: { communityId: c.id } });
    await p.serviceTicket.create({
      data: { communityId: c.id, number: "SOON-1", itemId: item.id, itemName: "事项", itemCategory: "BASIC", timeLimitDays: 1, channel: "WINDOW", applicantName: "王", submittedAt: new Date(now - 3_600_000), dueDate: new Date(now), dueAt: new Date(now + 3_600_000) },
    });
    const account = await p.pointsAccount.findFirstOrThrow({ where: { communityId: c.id } });
    const rule = await p.pointsRule.create({ data: { communityId: c.id, name: "环境卫生", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", points: 5 } });
    await p.pointsClaim.create({ data: { communityId: c.id, accountId: account.id, residentId: account.residentId, ruleId: rule.id, points: 5, occurredOn: new Date("2026-11-20T00:00:00Z"), reason: "打扫", submittedByName: "网格员" } });
  });

  it("counts each item as its list's totalCount with the arguments it names", async () => {
    const res = await kit.gql(WB, { c: c.gid }, s2Admin);
    expect(res.errors).toBeUndefined();
    const wb = res.data.communityWorkbench;
    expect(wb.items).toHaveLength(12);
    for (const item of wb.items) {
      expect(item.count, item.kind).not.toBeNull();
      expect(item.count, item.kind).toBeGreaterThan(0); // every kind has work waiting in this community
      expect(await listCount(item, s2Admin), item.kind).toBe(item.count);
    }
    expect(wb.indicators).toMatchObject({ nodeKind: "COMMUNITY" });
    // Direct counts for a few, so the lists are checked too.
    const byKind = Object.fromEntries(wb.items.map((i: { kind: string; count: number }) => [i.kind, i.count]));
    expect(byKind.TICKETS_DUE_SOON).toBeGreaterThanOrEqual(1); // the ticket due in an hour (and the kit's one due tomorrow, on a working day)
    expect(byKind.TOPICS_TO_REVIEW).toBe(1);
    expect(byKind.MEETINGS_THIS_WEEK).toBe(1);
    expect(byKind.HOURS_TO_VERIFY).toBe(1);
    expect(byKind.CLAIMS_TO_REVIEW).toBe(1);
    expect(byKind.REDEMPTIONS_TO_HAND_OVER).toBe(1);
    expect(byKind.NOTICES_ENDING_SOON).toBe(1);
    expect(byKind.NOTICES_WITH_OPEN_OBJECTIONS).toBe(1);
    expect(byKind.TICKETS_OVERDUE).toBe(await kit.prisma.serviceTicket.count({ where: { communityId: c.id, closedAt: null, status: { not: "RETURNED" }, dueAt: { lt: new Date() } } }));
    expect(byKind.PROJECTS_OVERDUE).toBe(await kit.prisma.project.count({ where: { communityId: c.id, status: { in: ["APPROVED", "IN_PROGRESS"] } } }));
    expect(byKind.NEEDS_UNCLAIMED).toBe(1);
  });

  it("opens this week's meetings, the notices with an objection waiting and the hours to verify as the admin app asks them: exactly the rows counted", async () => {
    const wb = (await kit.gql(WB, { c: c.gid }, s2Admin)).data.communityWorkbench;
    const item = (kind: string) => wb.items.find((i: { kind: string }) => i.kind === kind) as { count: number; listArguments: string };
    const week = JSON.parse(item("MEETINGS_THIS_WEEK").listArguments) as { from: string; to: string };
    // The queries of MeetingsPage (?view=week&from&to), NoticesPage (?objections=pending) and the activities page (?hours=pending).
    const meetings = (await kit.gql(`query($c: ID!, $from: DateTime, $to: DateTime) { meetings(communityId: $c, status: [SCHEDULED, IN_PROGRESS, CLOSED], from: $from, to: $to, first: 100) { totalCount edges { node { startsAt status } } } }`, { c: c.gid, ...week }, s2Admin)).data.meetings;
    expect(meetings.totalCount).toBe(item("MEETINGS_THIS_WEEK").count);
    expect(meetings.edges).toHaveLength(meetings.totalCount);
    for (const { node } of meetings.edges) expect(node.startsAt >= week.from && node.startsAt < week.to && node.status !== "CANCELLED").toBe(true);
    const notices = (await kit.gql(`query($c: ID!) { notices(communityId: $c, pendingObjections: true, first: 100) { totalCount edges { node { pendingObjectionCount withdrawnAt } } } }`, { c: c.gid }, s2Admin)).data.notices;
    expect(notices.totalCount).toBe(item("NOTICES_WITH_OPEN_OBJECTIONS").count);
    expect(notices.edges).toHaveLength(notices.totalCount);
    for (const { node } of notices.edges) expect(node.pendingObjectionCount > 0 && node.withdrawnAt === null).toBe(true);
    const hours = (await kit.gql(`query($c: ID!) { volunteerSignUps(communityId: $c, hoursStatuses: [PENDING], first: 100) { totalCount edges { node { hoursStatus checkedOutAt } } } }`, { c: c.gid }, s2Admin)).data.volunteerSignUps;
    expect(hours.totalCount).toBe(item("HOURS_TO_VERIFY").count);
    expect(hours.edges).toHaveLength(hours.totalCount);
    for (const { node } of hours.edges) expect(node.hoursStatus === "PENDING" && node.checkedOutAt !== null).toBe(true);
  });

  it("gives null for the lists the viewer may not read, and NOT_FOUND out of reach", async () => {
    const watcher = await kit.seed.account("OVERSEER", c); // no ticket:read
    const wb = (await kit.gql(WB, { c: c.gid }, watcher)).data.communityWorkbench;
    for (const item of wb.items) expect(item.count === null, item.kind).toBe(item.action === "TICKET_READ");
    expect(wb.items.filter((i: { count: number | null }) => i.count === null)).toHaveLength(2);
    const res = await kit.gql(WB, { c: c.gid }, s1Admin);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "communityId" });
  });
});
