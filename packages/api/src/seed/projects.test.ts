import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db.js";
import { LocalDiskStorage, useFileStorage } from "../shared/files/storage.js";
import { sniff } from "../shared/files/sniff.js";
import { projectPortfolio } from "../modules/projects/portfolio.service.js";
import { budgetSummary, STATUSES } from "../modules/projects/rules.js";
import { loadGrants, type Context } from "../shared/context.js";
import { toGlobalId } from "../shared/ids.js";
import { seedDemo } from "./demo.js";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

describe("projects demo data", () => {
  let dir: string;
  let uploads: string;
  let storage: LocalDiskStorage;
  let db: Database;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-projects-seed-"));
    uploads = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-projects-uploads-"));
    storage = new LocalDiskStorage(uploads);
    useFileStorage(storage);
    execFileSync(process.execPath, ["prisma/scripts/migrate.mjs", "deploy", dir], { cwd: repoRoot, stdio: "pipe" });
    db = openDatabase(dir);
    await seedDemo(db.prisma);
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    for (const d of [dir, uploads]) if (d) fs.rmSync(d, { recursive: true, force: true });
  });

  const ctxOf = async (username: string) => {
    const a = await db.prisma.account.findUniqueOrThrow({ where: { username } });
    return { prisma: db.prisma, actor: { kind: "account", accountId: a.id, sessionId: "s", grants: await loadGrants(db.prisma, a.id) }, setCookies: [], cache: { communityPaths: new Map() }, now: () => new Date(), ip: "test" } as Context;
  };

  it("writes the seeds' projects at different stages in 江翠社区, 直冲村 and 乌纱村", async () => {
    const projects = await db.prisma.project.findMany({ include: { community: { select: { name: true } }, type: { select: { name: true } } } });
    const by = (title: string) => projects.find((p) => p.title.includes(title));
    expect(by("街长制")).toMatchObject({ status: "EVALUATED", community: { name: "江翠社区" } });
    expect(by("志愿楼长")).toMatchObject({ status: "IN_PROGRESS", community: { name: "江翠社区" }, origin: "RESIDENT_REQUEST" });
    expect(by("夏令营")).toMatchObject({ status: "COMPLETED", origin: "NEED" });
    expect(by("农民夜校")).toMatchObject({ status: "IN_PROGRESS", community: { name: "直冲村" } });
    expect(by("三清三拆三整治")).toMatchObject({ status: "EVALUATED", community: { name: "乌纱村" } });
    expect(by("篮球场")).toMatchObject({ status: "DELIBERATING", topicId: expect.any(String) });
    expect(new Set(projects.map((p) => p.status)).size).toBeGreaterThanOrEqual(5);
  });

  it("keeps every timeline in time order, its transitions chained to the project's status", async () => {
    for (const p of await db.prisma.project.findMany({ include: { events: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } } })) {
      const transitions = p.events.filter((e) => e.kind === "TRANSITION");
      expect(p.events[0]).toMatchObject({ kind: "CREATED", toStatus: "PROPOSED" });
      for (let i = 1; i < transitions.length; i++) expect(transitions[i]!.fromStatus, p.title).toBe(transitions[i - 1]!.toStatus);
      expect(transitions.at(-1)?.toStatus ?? "PROPOSED", p.title).toBe(p.status);
      for (const e of p.events) expect(e.createdAt.getTime()).toBeLessThanOrEqual(Date.now());
      // Every event carries the status the project had at that moment.
      let status = "PROPOSED";
      for (const e of p.events) {
        if (e.kind === "TRANSITION") status = e.toStatus;
        expect(e.toStatus, `${p.title}: ${e.summary}`).toBe(status);
      }
    }
  });

  it("has money, updates with photos on disk, sponsors, needs, surveys and notices that add up", async () => {
    const lou = await db.prisma.project.findFirstOrThrow({ where: { title: { contains: "志愿楼长" } }, include: { budgetLines: true, expenses: true, milestones: true } });
    const money = budgetSummary(lou.budgetLines, lou.expenses);
    expect(money.overspent).toBe(true); // the self-raised line: a double entry was reversed, and still over
    expect(lou.expenses.filter((e) => e.reversesId)).toHaveLength(1);
    expect(lou.milestones.some((m) => !m.completedOn && m.plannedEndOn < new Date())).toBe(true);
    const photos = await db.prisma.projectFile.findMany({ where: { kind: "PHOTO" } });
    expect(photos.length).toBeGreaterThanOrEqual(10);
    for (const f of photos) {
      const bytes = await storage.get(f.storageKey);
      expect(bytes, f.storageKey).not.toBeNull();
      expect(sniff(bytes!)?.mime).toBe("image/png");
      expect(f.updateId).not.toBeNull();
    }
    expect(await db.prisma.sponsorship.count({ where: { status: "RECEIVED", projectId: { not: null } } })).toBeGreaterThanOrEqual(3);
    expect(new Set((await db.prisma.communityNeed.findMany()).map((n) => n.status))).toEqual(new Set(["OPEN", "CLAIMED", "FULFILLED"]));
    const jiedao = await db.prisma.project.findFirstOrThrow({ where: { title: { contains: "街长制" } }, include: { surveyResponses: true } });
    expect(jiedao.surveyResponses.length).toBeGreaterThanOrEqual(10);
    const notices = await db.prisma.notice.findMany({ where: { subjectType: "Project" } });
    expect(new Set(notices.map((n) => n.stage))).toEqual(new Set(["APPROVAL", "COMPLETION", "EVALUATION"]));
    for (const n of notices) expect(n.publishedAt.getTime()).toBeLessThanOrEqual(Date.now());
  });

  it("shows 直冲村's admin its projects and the district its portfolio", async () => {
    const zc = await ctxOf("zhichong_admin");
    const community = await db.prisma.community.findFirstOrThrow({ where: { name: "直冲村" } });
    const mine = await projectPortfolio(zc, toGlobalId("Community", community.id));
    expect(mine.projectCount).toBeGreaterThanOrEqual(2);
    const lead = await db.prisma.account.findUniqueOrThrow({ where: { username: "zhichong_staff" }, include: { ledProjects: true } });
    expect(lead.ledProjects.length).toBeGreaterThanOrEqual(1);
    const district = await db.prisma.region.findFirstOrThrow({ where: { name: "江海区" } });
    const all = await projectPortfolio(await ctxOf("district_admin"), toGlobalId("Region", district.id));
    expect(all.communityCount).toBe(63);
    expect(all.byStatus.map((s) => s.status)).toEqual(STATUSES);
    expect(all.spentFen).toBeGreaterThan(0);
    expect(all.beneficiaryTotal).toBeGreaterThan(1000);
    // The hand-written projects' communities, and (seed/activity.ts) everyday projects across the district's streets.
    const withProjects = all.byCommunity.filter((c) => c.projectCount > 0).map((c) => c.communityName);
    expect(withProjects).toEqual(expect.arrayContaining(["乌纱村", "江翠社区", "直冲村"]));
    expect(withProjects.length).toBeGreaterThan(20);
  });
});
