import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db.js";
import { checkPoints } from "../modules/points/check.js";

import { pointsRanking, pointsRedBlackList } from "../modules/points/ranking.service.js";
import { loadGrants, type Context } from "../shared/context.js";
import { toGlobalId } from "../shared/ids.js";
import { seedDemo } from "./demo.js";
import { volunteerServiceOf } from "../modules/volunteering/hours.service.js";
import { chinaDay } from "../shared/chinaTime.js";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

describe("volunteering and points demo data", () => {
  let dir: string;
  let db: Database;
  let now: Date;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-volunteering-seed-"));
    execFileSync(process.execPath, ["prisma/scripts/migrate.mjs", "deploy", dir], { cwd: repoRoot, stdio: "pipe" });
    db = openDatabase(dir);
    await seedDemo(db.prisma);
    now = new Date();
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const community = (name: string) => db.prisma.community.findFirstOrThrow({ where: { name } });

  it("sets up the committees and teams the reports name, with leaders and volunteers (双报到 too)", async () => {
    const yingnan = await community("英南村");
    const teams = await db.prisma.volunteerTeam.findMany({ where: { communityId: yingnan.id }, include: { members: true } });
    expect(teams.map((t) => t.name)).toEqual(expect.arrayContaining(["山歌队", "舞蹈队", "篮球队", "村医服务队", "党员义工队", "亲子义工队"]));
    for (const t of teams) expect(t.members.filter((m) => m.role === "LEADER").length, t.name).toBeLessThanOrEqual(1);
    for (const name of ["英南村", "文昌沙社区", "直冲村"]) {
      const c = await community(name);
      expect(await db.prisma.volunteerCommittee.count({ where: { communityId: c.id } }), name).toBe(1);
      expect(await db.prisma.volunteer.count({ where: { communityId: c.id } }), name).toBeGreaterThan(2);
    }
    const wenchang = await community("文昌沙社区");
    const dual = await db.prisma.volunteer.findFirstOrThrow({ where: { communityId: wenchang.id, kind: "DUAL_REGISTERED" }, include: { resident: true } });
    expect(dual.resident.communityId).not.toBe(wenchang.id);
    expect(dual.resident.isPartyMember).toBe(true);
  });

  it("has 双报到 volunteers across the district (seed/activity.ts): party members of working age from another community of the street", async () => {
    const duals = await db.prisma.volunteer.findMany({ where: { kind: "DUAL_REGISTERED", active: true }, include: { resident: true, community: true } });
    const all = await db.prisma.volunteer.count({ where: { active: true } });
    expect(new Set(duals.map((d) => d.communityId)).size).toBeGreaterThan(20);
    expect(duals.length / all).toBeGreaterThan(0.05);
    expect(duals.length / all).toBeLessThan(0.3);
    const homes = new Map((await db.prisma.community.findMany({ select: { id: true, regionId: true } })).map((c) => [c.id, c.regionId]));
    for (const d of duals) {
      expect(d.resident.isPartyMember).toBe(true);
      expect(d.resident.communityId).not.toBe(d.communityId);
      expect(d.homeCommunityId).toBe(d.resident.communityId);
      expect(d.workUnit).toBeTruthy();
      if (d.community.name !== "文昌沙社区") expect(homes.get(d.resident.communityId)).toBe(d.community.regionId);
    }
  });

  it("writes a month of activities whose hours follow the rules: paid only when approved and checked out", async () => {
    const zhichong = await community("直冲村");
    const activities = await db.prisma.volunteerActivity.findMany({ where: { communityId: zhichong.id } });
    expect(activities.some((a) => a.endsAt < now)).toBe(true);
    expect(activities.some((a) => a.startsAt > now && a.status === "PUBLISHED")).toBe(true);
    const signUps = await db.prisma.volunteerSignUp.findMany({ where: { communityId: zhichong.id }, include: { activity: true } });
    expect(new Set(signUps.map((s) => s.hoursStatus))).toEqual(new Set(["NONE", "PENDING", "APPROVED", "REJECTED"].filter((s) => signUps.some((x) => x.hoursStatus === s))));
    for (const s of signUps) {
      if (s.checkedOutAt === null) expect(s.hoursStatus).toBe("NONE");
      if (s.hoursStatus !== "APPROVED") expect(s.pointsEntryId).toBeNull();
      if (s.minutes !== null) expect(s.minutes).toBeLessThanOrEqual((s.activity.endsAt.getTime() - s.activity.startsAt.getTime()) / 60_000);
    }
    expect(signUps.filter((s) => s.hoursStatus === "APPROVED" && s.pointsEntryId).length).toBeGreaterThan(5);
  });

  it("keeps a ledger whose balances and monthly sums equal its entries, with deductions, claims and redemptions", async () => {
    const report = await checkPoints(db.prisma);
    expect(report.differences).toEqual([]);
    expect(report.entries).toBeGreaterThan(50);
    for (const name of ["英南村", "文昌沙社区", "直冲村"]) {
      const c = await community(name);
      const kinds = await db.prisma.pointsEntry.groupBy({ by: ["kind"], where: { communityId: c.id }, _count: { _all: true } });
      expect(kinds.map((k) => k.kind).sort(), name).toEqual(expect.arrayContaining(["AWARD", "REDEMPTION", "REFUND"]));
      const redemptions = await db.prisma.redemption.findMany({ where: { communityId: c.id } });
      expect(redemptions.filter((r) => r.status === "CANCELLED"), name).toHaveLength(1);
      expect(redemptions.some((r) => r.status === "FULFILLED"), name).toBe(true);
      expect(await db.prisma.reward.count({ where: { communityId: c.id, stock: { lt: 0 } } })).toBe(0);
      const claims = await db.prisma.pointsClaim.groupBy({ by: ["status"], where: { communityId: c.id }, _count: { _all: true } });
      expect(claims.map((x) => x.status), name).toContain("POSTED");
    }
    expect(await db.prisma.pointsEntry.count({ where: { kind: "DEDUCTION" } })).toBeGreaterThan(0);
    const yingnan = await community("英南村");
    expect(await db.prisma.pointsAccount.count({ where: { communityId: yingnan.id, kind: "HOUSEHOLD" } })).toBeGreaterThan(0);
  });

  it("does activities for the special projects of their own community, whose approved hours count for the projects", async () => {
    const linked = await db.prisma.volunteerActivity.findMany({ where: { projectId: { not: null } }, include: { project: true } });
    for (const a of linked) {
      // The API's rule for the link: a project of the activity's community, not cancelled; held while it was under way.
      expect(a.project!.communityId, a.title).toBe(a.communityId);
      expect(a.project!.status, a.title).not.toBe("CANCELLED");
      expect(a.startsAt.getTime(), a.title).toBeGreaterThan(a.project!.startedAt!.getTime());
      if (a.project!.completedAt) expect(a.endsAt.getTime(), a.title).toBeLessThan(a.project!.completedAt.getTime());
    }
    // Project.volunteerService's figures, as the API reports them.
    const service = (projectId: string) => volunteerServiceOf(db.prisma, projectId);
    const projects = await db.prisma.project.findMany();
    const served = ["江翠社区“街长制”", "江翠社区“志愿楼长”", "江翠社区青少年暑期夏令营", "乌纱村“三清三拆三整治”", "直冲村农民夜校"];
    for (const title of served) {
      const p = projects.find((x) => x.title === title);
      expect(p, title).toBeDefined();
      const s = await service(p!.id);
      expect(s.activityCount, title).toBeGreaterThan(0);
      expect(s.volunteerCount, title).toBeGreaterThan(0);
      expect(s.verifiedMinutes, title).toBeGreaterThan(0);
    }
    expect(new Set(linked.map((a) => a.projectId))).toEqual(new Set(projects.filter((p) => served.includes(p.title)).map((p) => p.id)));
    // The project still running has hours waiting and activities ahead.
    const lou = projects.find((p) => p.title.includes("志愿楼长"))!;
    expect(linked.some((a) => a.projectId === lou.id && a.startsAt > now)).toBe(true);
    // 直冲村 pays them under its hour rule; 江翠社区 and 乌纱村 keep no points: hours only.
    const paid = await db.prisma.volunteerSignUp.findMany({ where: { hoursStatus: "APPROVED", activity: { projectId: { not: null } } }, include: { activity: { include: { community: true } } } });
    expect(paid.some((s) => s.activity.community.name === "直冲村" && s.pointsEntryId !== null)).toBe(true);
    for (const s of paid.filter((x) => x.activity.community.name !== "直冲村")) expect(s.pointsAwarded).toBe(0);
    // Every volunteer's total is the sum of their approved hours.
    const sums = await db.prisma.volunteerSignUp.groupBy({ by: ["volunteerId"], where: { hoursStatus: "APPROVED" }, _sum: { verifiedMinutes: true } });
    const sumOf = new Map(sums.map((x) => [x.volunteerId, x._sum.verifiedMinutes ?? 0]));
    for (const v of await db.prisma.volunteer.findMany({ select: { id: true, verifiedMinutes: true } })) expect(v.verifiedMinutes, v.id).toBe(sumOf.get(v.id) ?? 0);
  });

  it("gives the demo admin of 直冲村 a ranking and a red and black list to show", async () => {
    const account = await db.prisma.account.findUniqueOrThrow({ where: { username: "zhichong_admin" } });
    const ctx = { prisma: db.prisma, actor: { kind: "account", accountId: account.id, sessionId: "s", grants: await loadGrants(db.prisma, account.id) }, cache: { communityPaths: new Map() }, setCookies: [], now: () => new Date(), ip: "test" } as Context;
    const zhichong = await community("直冲村");
    const year = chinaDay(now).slice(0, 4);
    const ranking = await pointsRanking(ctx, { nodeId: toGlobalId("Community", zhichong.id), period: year, first: 10 });
    expect(ranking.rows.length).toBeGreaterThan(3);
    expect(ranking.rows[0]!.net).toBeGreaterThan(0);
    const lists = await pointsRedBlackList(ctx, { nodeId: toGlobalId("Community", zhichong.id), period: year });
    expect(lists.red.length).toBeGreaterThan(0);
  });
});
