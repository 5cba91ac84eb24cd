import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../db.js";
import { verifyPassword } from "../modules/accounts/password.js";
import { isValidIdNumber } from "../modules/community/resident.validation.js";
import { DEMO_PASSWORD, seedDemoIfEmpty, type DemoAccount } from "./demo.js";

const repoRoot = path.resolve(import.meta.dirname, "../../../..");

describe("demo seed", () => {
  let dir: string;
  let db: Database;
  let accounts: DemoAccount[] | null;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-seed-"));
    execFileSync(process.execPath, ["prisma/scripts/migrate.mjs", "deploy", dir], { cwd: repoRoot, stdio: "pipe" });
    db = openDatabase(dir);
    accounts = await seedDemoIfEmpty(db.prisma);
  }, 180_000);

  afterAll(async () => {
    await db?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("builds the 江海区 region tree with materialized paths", async () => {
    const regions = await db.prisma.region.findMany();
    const districts = regions.filter((r) => r.kind === "DISTRICT");
    const streets = regions.filter((r) => r.kind === "STREET");
    expect(districts).toHaveLength(1);
    const district = districts[0]!;
    expect(district.name).toBe("江海区");
    expect(district.parentId).toBeNull();
    expect(district.path).toBe(`/${district.id}/`);
    expect(streets.map((s) => s.name).sort()).toEqual(["外海街道", "江南街道", "礼乐街道"].sort());
    for (const s of streets) {
      expect(s.parentId).toBe(district.id);
      expect(s.path).toBe(`${district.path}${s.id}/`);
    }
  });

  it("has 63 communities: 36 村 and 27 社区, including those the reports name", async () => {
    const communities = await db.prisma.community.findMany({ include: { region: true } });
    expect(communities).toHaveLength(63);
    expect(communities.filter((c) => c.kind === "RURAL")).toHaveLength(36);
    expect(communities.filter((c) => c.kind === "URBAN")).toHaveLength(27);
    for (const c of communities) {
      expect(c.region.kind).toBe("STREET");
      expect(c.path).toBe(`${c.region.path}${c.id}/`);
      expect(c.code).toMatch(/^[A-Za-z0-9_-]{1,32}$/);
      expect(c.address).toBeTruthy();
      expect(c.name.endsWith(c.kind === "RURAL" ? "村" : "社区")).toBe(true);
    }
    const byName = new Map(communities.map((c) => [c.name, c]));
    for (const name of ["英南村", "直冲村", "乌纱村", "江翠社区", "金溪社区", "沙津横社区", "文昌沙社区"]) {
      expect(byName.has(name), name).toBe(true);
    }
    expect(byName.get("直冲村")!.region.name).toBe("外海街道");
    expect(byName.get("英南村")!.region.name).toBe("礼乐街道");
    expect(byName.get("乌纱村")!.region.name).toBe("礼乐街道");
    expect(byName.get("文昌沙社区")!.region.name).toBe("礼乐街道");
    expect(byName.get("江翠社区")!.region.name).toBe("江南街道");
    // Every street has communities.
    expect(new Set(communities.map((c) => c.regionId)).size).toBe(3);
  });

  it("gives every community 3–8 grids, a party committee with branches, and households with residents", async () => {
    const communities = await db.prisma.community.findMany({
      include: { _count: { select: { grids: true, households: true, residents: true } }, partyOrganizations: true },
    });
    for (const c of communities) {
      expect(c._count.grids, c.name).toBeGreaterThanOrEqual(3);
      expect(c._count.grids, c.name).toBeLessThanOrEqual(8);
      expect(c._count.households, c.name).toBeGreaterThan(0);
      expect(c._count.residents, c.name).toBeGreaterThan(0);
      const tops = c.partyOrganizations.filter((p) => p.kind !== "BRANCH");
      const branches = c.partyOrganizations.filter((p) => p.kind === "BRANCH");
      expect(tops, c.name).toHaveLength(1);
      expect(tops[0]!.parentId).toBeNull();
      expect(branches.length, c.name).toBeGreaterThanOrEqual(1);
      expect(branches.length, c.name).toBeLessThanOrEqual(3);
      for (const b of branches) expect(b.parentId).toBe(tops[0]!.id);
    }
    const byName = new Map(communities.map((c) => [c.name, c]));
    expect(byName.get("直冲村")!._count.residents).toBeGreaterThanOrEqual(60);
    expect(byName.get("江翠社区")!._count.residents).toBeGreaterThanOrEqual(60);

    const residents = await db.prisma.resident.count();
    const households = await db.prisma.household.count();
    expect(residents).toBeGreaterThan(400);
    expect(residents).toBeLessThan(900);
    expect(households).toBeGreaterThan(150);
    expect(households).toBeLessThan(300);
  });

  it("gives residents valid, unique ID numbers matching their birth dates, and fake phone numbers", async () => {
    const residents = await db.prisma.resident.findMany();
    const seen = new Set<string>();
    for (const r of residents) {
      expect(r.idNumber, r.name).not.toBeNull();
      const id = r.idNumber!;
      expect(isValidIdNumber(id), id).toBe(true);
      expect(id.slice(6, 14)).toBe(r.birthDate!.toISOString().slice(0, 10).replace(/-/g, ""));
      expect(Number(id[16]) % 2).toBe(r.gender === "MALE" ? 1 : 0);
      const key = `${r.communityId}:${id}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
      if (r.phone !== null) expect(r.phone).toMatch(/^1380000\d{4}$/);
      expect(r.name).toMatch(/^\p{Script=Han}{2,4}$/u);
    }
  });

  it("keeps every resident's household, grid and party organization in its own community", async () => {
    const residents = await db.prisma.resident.findMany({
      include: { household: true, grid: true, partyOrganization: true },
    });
    for (const r of residents) {
      expect(r.household).not.toBeNull();
      expect(r.grid).not.toBeNull();
      expect(r.household!.communityId).toBe(r.communityId);
      expect(r.grid!.communityId).toBe(r.communityId);
      expect(r.household!.gridId).toBe(r.gridId);
      if (r.isPartyMember) {
        expect(r.partyOrganization).not.toBeNull();
        expect(r.partyOrganization!.communityId).toBe(r.communityId);
        expect(r.partyOrganization!.kind).toBe("BRANCH");
      } else {
        expect(r.partyOrganizationId).toBeNull();
      }
    }
    const flags = await db.prisma.resident.groupBy({
      by: ["isNotable", "isDeputy", "isRetiredCadre"],
      _count: true,
    });
    expect(flags.some((f) => f.isNotable)).toBe(true);
    expect(flags.some((f) => f.isDeputy)).toBe(true);
    expect(flags.some((f) => f.isRetiredCadre)).toBe(true);
  });

  it("registers social organizations: 2–5 in every community the reports name", async () => {
    const communities = await db.prisma.community.findMany({ include: { socialOrganizations: true } });
    for (const name of ["英南村", "直冲村", "乌纱村", "江翠社区", "金溪社区", "沙津横社区", "文昌沙社区"]) {
      const orgs = communities.find((c) => c.name === name)!.socialOrganizations;
      expect(orgs.length, name).toBeGreaterThanOrEqual(2);
      expect(orgs.length, name).toBeLessThanOrEqual(5);
      for (const o of orgs) expect(["LIFE_SERVICE", "CHARITY", "MUTUAL_AID", "CULTURE_SPORTS"]).toContain(o.category);
    }
  });

  it("creates every demo account with its grant and the shared password", async () => {
    const expected = [
      { username: "district_admin", role: "ADMIN", region: "江海区" },
      { username: "street_admin", role: "ADMIN", region: "外海街道" },
      { username: "street_overseer", role: "OVERSEER", region: "礼乐街道" },
      { username: "zhichong_admin", role: "ADMIN", community: "直冲村" },
      { username: "zhichong_staff", role: "STAFF", community: "直冲村" },
      { username: "zhichong_grid", role: "GRID_WORKER", community: "直冲村" },
      { username: "zhichong_auditor", role: "AUDITOR", community: "直冲村" },
      { username: "jiangcui_admin", role: "ADMIN", community: "江翠社区" },
    ];
    expect(accounts).not.toBeNull();
    expect(accounts!.map((a) => a.username)).toEqual(expected.map((e) => e.username));
    expect(await db.prisma.account.count()).toBe(expected.length);

    for (const e of expected) {
      const account = await db.prisma.account.findUnique({
        where: { username: e.username },
        include: { grants: { include: { region: true, community: true } } },
      });
      expect(account, e.username).not.toBeNull();
      expect(account!.grants).toHaveLength(1);
      const grant = account!.grants[0]!;
      expect(grant.role).toBe(e.role);
      if (e.region) {
        expect(grant.communityId).toBeNull();
        expect(grant.region?.name).toBe(e.region);
      } else {
        expect(grant.regionId).toBeNull();
        expect(grant.community?.name).toBe(e.community);
      }
      const listed = accounts!.find((a) => a.username === e.username)!;
      expect(listed.role).toBe(e.role);
      expect(listed.scope).toBe(e.region ?? e.community);
      expect(listed.password).toBe(DEMO_PASSWORD);
      expect(listed.displayName).toMatch(/演示/);
    }
    // One hash shared by all accounts, and it verifies.
    const hashes = new Set((await db.prisma.account.findMany()).map((a) => a.passwordHash));
    expect(hashes.size).toBe(1);
    expect(await verifyPassword([...hashes][0]!, DEMO_PASSWORD)).toBe(true);
  });

  it("gives communities of all three streets activity that differs, the points ledger agreeing with its balances", async () => {
    const p = db.prisma;
    const streets = await p.region.findMany({ where: { kind: "STREET" }, select: { id: true, name: true } });
    expect(streets.map((s) => s.name).sort()).toEqual(["外海街道", "江南街道", "礼乐街道"].sort());
    for (const street of streets) {
      const communities = await p.community.findMany({ where: { regionId: street.id }, select: { id: true } });
      const ids = communities.map((c) => c.id);
      const tickets = await p.serviceTicket.groupBy({ by: ["communityId"], where: { communityId: { in: ids } }, _count: { _all: true } });
      const meetings = await p.meeting.groupBy({ by: ["communityId"], where: { communityId: { in: ids }, status: "CLOSED" }, _count: { _all: true } });
      const hours = await p.volunteerSignUp.groupBy({ by: ["communityId"], where: { communityId: { in: ids }, hoursStatus: "APPROVED" }, _count: { _all: true } });
      const projects = await p.project.groupBy({ by: ["communityId"], where: { communityId: { in: ids } }, _count: { _all: true } });
      // Most communities of every street are active, not only 直冲村 and 江翠社区 …
      expect(tickets.length, street.name).toBeGreaterThan(ids.length / 2);
      expect(meetings.length, street.name).toBeGreaterThan(ids.length / 2);
      expect(hours.length, street.name).toBeGreaterThan(ids.length / 3);
      expect(projects.length, street.name).toBeGreaterThan(ids.length / 4);
      // … to different degrees, and some have bodies not set up.
      expect(new Set(tickets.map((t) => t._count._all)).size, street.name).toBeGreaterThan(3);
    }
    expect(await p.committee.count()).toBeLessThan(63);
    const { checkPoints } = await import("../modules/points/check.js");
    expect((await checkPoints(p)).differences).toEqual([]);
  });

  it("does nothing the second time", async () => {
    const before = await db.prisma.resident.count();
    expect(await seedDemoIfEmpty(db.prisma)).toBeNull();
    expect(await db.prisma.resident.count()).toBe(before);
    expect(await db.prisma.region.count()).toBe(4);
  });
});
