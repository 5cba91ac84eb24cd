// The indicator cells (issue #15, packages/api/src/modules/indicators/cells.ts): the figures the
// cockpit sums are exact after any change — every source table marks its community stale in the
// writing transaction, and the next read recomputes it — and a quarter's or a year's distinct
// counts are not the sum of its months'.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LAYOUT, SOURCE_TABLES, startCellsSweep } from "@gongzhi/api/src/modules/indicators/cells.js";
import { createTestKit, type TestAccount } from "./testkit.js";

const kit = await createTestKit();
afterAll(() => kit.close());
const p = kit.prisma;

const OVERVIEW = `query($n: ID!, $p: String!) { regionOverview(nodeId: $n, period: $p) {
  totals { service { visits opinions } volunteering { pointsAwarded activeAccounts activeHouseholds volunteersServing personTimes } projects { needsOpen } }
  communities { communityName indicators { service { visits } } } } }`;
const TRENDS = `query($n: ID!) { regionTrends(nodeId: $n, until: "2026-11", months: 2) { months { month service { visits } volunteering { activeAccounts pointsAwarded } } } }`;

let place: Awaited<ReturnType<typeof kit.seed.place>>;
let other: Awaited<ReturnType<typeof kit.seed.community>>;
let admin: TestAccount;
const totals = async (period: string, node = place.street.gid) => {
  const res = await kit.gql(OVERVIEW, { n: node, p: period }, admin);
  expect(res.errors).toBeUndefined();
  return res.data.regionOverview.totals;
};
const visit = (communityId: string, at: string, kind: "VISIT" | "OPINION" = "VISIT") => ({
  communityId,
  kind,
  channel: "IN_PERSON" as const,
  visitorName: "李四",
  topic: "路灯",
  content: "路灯坏了",
  visitedAt: new Date(`${at}+08:00`),
});

beforeAll(async () => {
  place = await kit.seed.place();
  other = await kit.seed.community(place.street);
  admin = await kit.seed.account("ADMIN", place.street);
});

describe("indicator cells", () => {
  it("every table the indicators count has the three triggers that mark its communities stale", async () => {
    const rows = await p.$queryRaw<{ table: string; name: string }[]>`
      SELECT c.relname AS "table", t.tgname AS "name" FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname LIKE 'indicator_mark_%'`;
    for (const table of SOURCE_TABLES) {
      expect(rows.filter((r) => r.table === table).map((r) => r.name).sort(), table).toEqual(["indicator_mark_delete", "indicator_mark_insert", "indicator_mark_update"]);
    }
  });

  it("counts a row from the next read after it is inserted, changed or deleted, and nothing of a rolled-back write", async () => {
    const before = await totals("2026-11");
    const created = await p.serviceVisit.create({ data: visit(place.community.id, "2026-11-30T23:59:00"), select: { id: true } });
    expect((await totals("2026-11")).service).toMatchObject({ visits: before.service.visits + 1, opinions: before.service.opinions });
    await p.serviceVisit.update({ where: { id: created.id }, data: { kind: "OPINION" } });
    expect((await totals("2026-11")).service).toMatchObject({ visits: before.service.visits + 1, opinions: before.service.opinions + 1 });
    // Moved to December (China time): November loses it, December has it.
    await p.serviceVisit.update({ where: { id: created.id }, data: { visitedAt: new Date("2026-12-01T00:00:00+08:00") } });
    expect((await totals("2026-11")).service.visits).toBe(before.service.visits);
    expect((await totals("2026-12")).service.visits).toBe(1);
    await p.serviceVisit.delete({ where: { id: created.id } });
    expect((await totals("2026-12")).service.visits).toBe(0);
    await expect(
      p.$transaction(async (tx) => {
        await tx.serviceVisit.create({ data: visit(place.community.id, "2026-11-10T10:00:00") });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await totals("2026-11")).service.visits).toBe(before.service.visits);
    // State figures too (needs on the board now).
    await p.communityNeed.create({ data: { communityId: other.id, title: "路灯", description: "需要路灯" } });
    expect((await totals("2026-11")).projects.needsOpen).toBe(before.projects.needsOpen + 1);
  });

  it("reads only the stale communities below the node: another street's change waits for its own read", async () => {
    const elsewhere = await kit.seed.place();
    const mark = async () => Number((await p.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "IndicatorDirty" WHERE "communityId" = ${elsewhere.community.id}::uuid`)[0]!.n);
    await p.serviceVisit.create({ data: visit(elsewhere.community.id, "2026-11-05T09:00:00") });
    expect(await mark()).toBeGreaterThan(0);
    await totals("2026-11");
    expect(await mark(), "the other street's mark stays for its own read").toBeGreaterThan(0);
    const elsewhereAdmin = await kit.seed.account("ADMIN", elsewhere.street);
    const res = await kit.gql(OVERVIEW, { n: elsewhere.street.gid, p: "2026-11" }, elsewhereAdmin);
    expect(res.data.regionOverview.totals.service.visits).toBe(1);
    expect(await mark()).toBe(0);
  });

  it("counts a quarter's and a year's distinct accounts and volunteers once, not once per month", async () => {
    const c = place.community.id;
    const resident = await kit.seed.resident(c);
    const account = await p.pointsAccount.create({ data: { communityId: c, kind: "PERSON", residentId: resident.id, balance: 30, awarded: 30 } });
    for (const month of ["2026-10-01", "2026-11-01"]) {
      await p.pointsMonthly.create({ data: { accountId: account.id, month: new Date(`${month}T00:00:00Z`), communityId: c, accountKind: "PERSON", awarded: 15, deducted: 0 } });
    }
    const volunteer = await p.volunteer.create({ data: { communityId: c, residentId: resident.id } });
    for (const [day, title] of [["2026-10-10", "十月"], ["2026-11-10", "十一月"]] as const) {
      const activity = await p.volunteerActivity.create({
        data: { communityId: c, title, description: "说明", place: "广场", checkInCode: `cells-${day}-${c.slice(0, 8)}`, startsAt: new Date(`${day}T09:00:00+08:00`), endsAt: new Date(`${day}T11:00:00+08:00`), capacity: 5, status: "PUBLISHED" },
      });
      await p.volunteerSignUp.create({ data: { communityId: c, activityId: activity.id, volunteerId: volunteer.id, status: "CONFIRMED", checkedInAt: new Date(`${day}T09:05:00+08:00`) } });
    }
    const oct = (await totals("2026-10", place.community.gid)).volunteering;
    const nov = (await totals("2026-11", place.community.gid)).volunteering;
    const q4 = (await totals("2026-Q4", place.community.gid)).volunteering;
    const year = (await totals("2026", place.community.gid)).volunteering;
    expect([oct.activeAccounts, nov.activeAccounts, q4.activeAccounts, year.activeAccounts]).toEqual([1, 1, 1, 1]);
    expect([oct.volunteersServing, nov.volunteersServing, q4.volunteersServing, year.volunteersServing]).toEqual([1, 1, 1, 1]);
    expect([q4.personTimes, q4.pointsAwarded]).toEqual([oct.personTimes + nov.personTimes, oct.pointsAwarded + nov.pointsAwarded]);
    expect([q4.personTimes, q4.pointsAwarded]).toEqual([2, 30]);
    // The trends: each month on its own, as the month's overview.
    const trends = (await kit.gql(TRENDS, { n: place.community.gid }, admin)).data.regionTrends.months;
    expect(trends.map((m: { month: string; volunteering: { activeAccounts: number; pointsAwarded: number } }) => [m.month, m.volunteering.activeAccounts, m.volunteering.pointsAwarded])).toEqual([
      ["2026-10", 1, 15],
      ["2026-11", 1, 15],
    ]);
  });

  it("recomputes the changed communities in the background (the API workers' sweep), so marks do not pile up", async () => {
    await p.serviceVisit.create({ data: visit(other.id, "2026-11-12T09:00:00") });
    const marks = async () => Number((await p.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "IndicatorDirty"`)[0]!.n);
    expect(await marks()).toBeGreaterThan(0);
    const sweep = startCellsSweep(p, 20);
    try {
      await expect.poll(marks, { timeout: 10_000, interval: 50 }).toBe(0);
    } finally {
      await sweep.stop();
    }
    const cells = await p.$queryRaw<{ v: bigint[] }[]>`SELECT "v" FROM "IndicatorMonth" WHERE "communityId" = ${other.id}::uuid AND "month" = '2026-11-01'`;
    expect(cells).toHaveLength(1);
  });

  it("counts a ticket as overdue from the read after its deadline passes, with no write in between (the live cells hold until then)", async () => {
    const c = place.community.id;
    const item = await p.communityServiceItem.create({ data: { communityId: c, name: "时限事项", category: "BASIC", windowKind: "PARTY_SERVICE", timeLimitDays: 3 } as never });
    const month = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);
    const OVERDUE = `query($n: ID!, $p: String!) { regionOverview(nodeId: $n, period: $p) { totals { service { ticketsOverdueNow ticketsLate ticketsSubmitted } } } }`;
    const read = async () => (await kit.gql(OVERDUE, { n: place.community.gid, p: month }, admin)).data.regionOverview.totals.service;
    const initial = await read();
    const dueAt = new Date(Date.now() + 1_500);
    await p.serviceTicket.create({
      data: { communityId: c, number: "LIVE-1", itemId: item.id, itemName: "时限事项", itemCategory: "BASIC", timeLimitDays: 3, channel: "WINDOW", applicantName: "张三", submittedAt: new Date(), dueDate: new Date(dueAt.toISOString().slice(0, 10)), dueAt },
    });
    const before = await read();
    expect(before.ticketsSubmitted).toBe(initial.ticketsSubmitted + 1);
    const live = await p.$queryRaw<{ validUntil: Date }[]>`SELECT "validUntil" FROM "IndicatorLive" WHERE "communityId" = ${c}::uuid`;
    expect(live[0]!.validUntil.getTime(), "the live cell holds until the deadline").toBe(dueAt.getTime());
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, dueAt.getTime() - Date.now()) + 100));
    const after = await read();
    expect([after.ticketsOverdueNow, after.ticketsLate]).toEqual([before.ticketsOverdueNow + 1, before.ticketsLate + 1]);
  });

  it("recomputes every cell when they were computed by another version of the catalog", async () => {
    const before = await totals("2026-11");
    await p.$executeRaw`UPDATE "IndicatorLayout" SET "layout" = 'an older catalog' WHERE "id" = 1`;
    await p.$executeRaw`UPDATE "IndicatorMonth" SET "v" = array_fill(0::float8, ARRAY[array_length("v", 1)])`;
    expect(await totals("2026-11")).toEqual(before);
    expect((await p.$queryRaw<{ layout: string }[]>`SELECT "layout" FROM "IndicatorLayout"`)[0]!.layout).toBe(LAYOUT);
  });
});
