import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db.js";
import { calendarOf, CHINA_HOLIDAYS_2026 } from "../modules/service-complex/holidays.js";
import { serviceReport } from "../modules/service-complex/report.service.js";
import { isClosed } from "../modules/service-complex/ticket.rules.js";
import { dueFor } from "../modules/service-complex/workdays.js";
import { loadGrants, type Context } from "../shared/context.js";
import { toGlobalId } from "../shared/ids.js";
import { seedDemo } from "./demo.js";
import { chinaDay } from "../shared/chinaTime.js";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

describe("service-complex demo data", () => {
  let dir: string;
  let db: Database;
  let now: Date;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-service-seed-"));
    execFileSync(process.execPath, ["prisma/scripts/migrate.mjs", "deploy", dir], { cwd: repoRoot, stdio: "pipe" });
    db = openDatabase(dir);
    await seedDemo(db.prisma);
    now = new Date();
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("gives 江海区 its 103-item template catalog and the 2026 holiday calendar", async () => {
    const district = await db.prisma.region.findFirstOrThrow({ where: { name: "江海区" } });
    const items = await db.prisma.serviceItem.findMany({ where: { regionId: district.id } });
    expect(items).toHaveLength(103);
    expect(new Set(items.map((i) => i.name)).size).toBe(103);
    expect(new Set(items.map((i) => i.category))).toEqual(new Set(["BASIC", "ENHANCED", "CONVENIENCE"]));
    expect(new Set(items.map((i) => i.windowKind)).size).toBe(8);
    expect(await db.prisma.holidayCalendarDay.count({ where: { regionId: district.id } })).toBe(CHINA_HOLIDAYS_2026.length);
  });

  it("sets up the complexes of 直冲村 and 江翠社区 with rooms, staffed windows and both catalogs", async () => {
    for (const name of ["直冲村", "江翠社区"]) {
      const c = await db.prisma.community.findFirstOrThrow({
        where: { name },
        include: { serviceComplex: { include: { rooms: true, windows: { include: { clerks: true } } } }, _count: { select: { serviceItems: true } } },
      });
      expect(c.serviceComplex, name).not.toBeNull();
      expect(c.serviceComplex!.rooms.length).toBeGreaterThanOrEqual(5);
      expect(c.serviceComplex!.rooms.some((r) => r.bookableByResidents)).toBe(true);
      expect(c.serviceComplex!.windows.length).toBeGreaterThanOrEqual(7);
      for (const w of c.serviceComplex!.windows) expect(w.clerks.length, w.name).toBeGreaterThan(0);
      expect(c._count.serviceItems).toBe(105);
    }
  });

  it("writes two months of tickets whose histories and deadlines hold together", async () => {
    const tickets = await db.prisma.serviceTicket.findMany({ include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(tickets.length).toBeGreaterThanOrEqual(200);
    const cal = calendarOf(CHINA_HOLIDAYS_2026);
    const statuses = new Set(tickets.map((t) => t.status));
    expect(statuses).toEqual(new Set(["SUBMITTED", "ACCEPTED", "RETURNED", "TRANSFERRED", "COMPLETED", "REJECTED"]));
    let overdueOpen = 0;
    for (const t of tickets) {
      expect(t.submittedAt.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(t.events[0]).toMatchObject({ kind: "SUBMIT", fromStatus: null, toStatus: "SUBMITTED" });
      const changes = t.events.filter((e) => e.kind !== "RATE" && e.kind !== "TRANSFER_REPLY");
      for (let i = 1; i < changes.length; i++) expect(changes[i]!.fromStatus, t.number).toBe(changes[i - 1]!.toStatus);
      expect(changes[changes.length - 1]!.toStatus).toBe(t.status);
      expect(t.closedAt !== null, t.number).toBe(isClosed(t));
      if (t.rating !== null) expect(t.closedAt).not.toBeNull();
      const start = t.events.filter((e) => e.kind === "RESUBMIT").at(-1)?.createdAt ?? t.submittedAt;
      expect(chinaDay(t.dueAt)).toBe(dueFor(start, t.timeLimitDays, cal).dueDate);
      if (!t.closedAt && t.status !== "RETURNED" && t.dueAt < now) overdueOpen++;
    }
    expect(overdueOpen).toBeGreaterThan(0);
    const closed = tickets.filter((t) => t.closedAt);
    const onTime = closed.filter((t) => t.closedAt! <= t.dueAt).length / closed.length;
    expect(onTime).toBeGreaterThan(0.8);
    expect(closed.filter((t) => t.rating !== null).length).toBeGreaterThan(closed.length / 2);
  });

  it("books rooms without overlaps and keeps a visit ledger", async () => {
    const bookings = await db.prisma.roomBooking.findMany({ where: { status: "CONFIRMED" }, orderBy: [{ roomId: "asc" }, { startsAt: "asc" }] });
    expect(bookings.length).toBeGreaterThan(20);
    for (let i = 1; i < bookings.length; i++) {
      if (bookings[i]!.roomId === bookings[i - 1]!.roomId) expect(bookings[i]!.startsAt >= bookings[i - 1]!.endsAt).toBe(true);
    }
    expect(await db.prisma.serviceVisit.count()).toBeGreaterThanOrEqual(60);
  });

  it("fills the district's monthly report", async () => {
    const admin = await db.prisma.account.findUniqueOrThrow({ where: { username: "district_admin" } });
    const ctx = { prisma: db.prisma, actor: { kind: "account", accountId: admin.id, sessionId: "s", grants: await loadGrants(db.prisma, admin.id) }, setCookies: [], cache: { communityPaths: new Map() }, now: () => now, ip: "test" } as Context;
    const district = await db.prisma.region.findFirstOrThrow({ where: { name: "江海区" } });
    const lastMonth = chinaDay(new Date(now.getTime() - 31 * 86_400_000)).slice(0, 7);
    const r = await serviceReport(ctx, toGlobalId("Region", district.id), lastMonth);
    expect(r.submitted).toBeGreaterThan(50);
    expect(r.onTimeRate).toBeGreaterThan(0.8);
    expect(r.averageRating).toBeGreaterThan(4);
    expect(r.visits).toBeGreaterThan(0);
    // 直冲村 and 江翠社区 (the hand-written complexes) and, from seed/activity.ts, most of the district's other communities.
    const active = r.byCommunity.filter((c) => c.submitted > 0).map((c) => c.communityName);
    expect(active).toEqual(expect.arrayContaining(["江翠社区", "直冲村"]));
    expect(active.length).toBeGreaterThan(20);
    expect(r.byItem.length).toBeGreaterThan(20);
  });
});
