// 小微权力监督: every mutation writes its audit row in the same transaction as its change (action,
// target, before/after, actor); a refused or failed mutation writes nothing.
import type { AuditEntry } from "@gongzhi/api/src/generated/prisma/client.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, dbId, gqlError, makeIdNumber, PASSWORD, rootFields, success, userError, type MutationName, type TestAccount, type TestKit } from "./testkit.js";
import { foundationFields } from "./coverage.js";
import { serviceKit } from "./service-kit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;
let districtAdmin: TestAccount;
let streetAdmin: TestAccount;
let staff: TestAccount;

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
  districtAdmin = await kit.seed.account("ADMIN", w.district);
  streetAdmin = await kit.seed.account("ADMIN", w.streetA);
  staff = await kit.seed.account("STAFF", w.A.community);
});
afterAll(async () => {
  await kit?.close();
});

/** Run a mutation as `actor`; return its data and the audit rows it wrote (PII reveals of the response aside). */
async function audited(field: MutationName, vars: Record<string, unknown>, actor: TestAccount) {
  const before = new Set((await kit.prisma.auditEntry.findMany({ select: { id: true } })).map((a) => a.id));
  const data = field === "signOut" ? (await kit.mutate(field, vars, actor)).data : success(await kit.mutate(field, vars, actor), field);
  const rows = (await kit.prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).filter((a) => !before.has(a.id) && a.action !== "resident:viewPii");
  for (const row of rows) expect(row).toMatchObject({ actorAccountId: actor.id, apiClientId: null, actingResidentId: null });
  return { data, rows };
}
const one = (rows: AuditEntry[]) => {
  expect(rows).toHaveLength(1);
  return rows[0]!;
};

const CASES: Record<string, () => Promise<void>> = {
  async createStreet() {
    const { data, rows } = await audited("createStreet", { input: { districtId: w.district.gid, name: "新街道" } }, districtAdmin);
    expect(one(rows)).toMatchObject({ action: "region:manage", targetType: "Region", targetId: dbId(data.id), communityId: null, regionId: w.district.id, before: null, after: { name: "新街道", kind: "STREET" } });
  },
  async createCommunity() {
    const { data, rows } = await audited("createCommunity", { input: { streetId: w.streetA.gid, name: "新社区", kind: "URBAN" } }, streetAdmin);
    const id = dbId(data.id);
    expect(one(rows)).toMatchObject({ action: "region:manage", targetType: "Community", targetId: id, communityId: id, after: { name: "新社区", path: `${w.streetA.path}${id}/` } });
  },
  async updateCommunity() {
    const { rows } = await audited("updateCommunity", { id: w.A.community.gid, input: { address: "江海路1号" } }, w.A.admin);
    expect(one(rows)).toMatchObject({ action: "community:update", targetType: "Community", targetId: w.A.community.id, before: { address: null }, after: { address: "江海路1号" } });
  },
  async createGrid() {
    const { data, rows } = await audited("createGrid", { input: { communityId: w.A.community.gid, name: "第九网格" } }, staff);
    expect(one(rows)).toMatchObject({ action: "grid:manage", targetType: "Grid", targetId: dbId(data.id), communityId: w.A.community.id, before: null, after: { name: "第九网格" } });
  },
  async updateGrid() {
    const { rows } = await audited("updateGrid", { id: w.A.grid.gid, input: { name: "第一网格" } }, staff);
    expect(one(rows)).toMatchObject({ action: "grid:manage", targetId: w.A.grid.id, before: { name: w.A.grid.name }, after: { name: "第一网格" } });
  },
  async createHousehold() {
    const { data, rows } = await audited("createHousehold", { input: { communityId: w.A.community.gid, address: "和平路8号", gridId: w.A.grid.gid } }, staff);
    expect(one(rows)).toMatchObject({ action: "household:manage", targetType: "Household", targetId: dbId(data.id), after: { address: "和平路8号", gridId: w.A.grid.id } });
  },
  async updateHousehold() {
    const { rows } = await audited("updateHousehold", { id: w.A.household.gid, input: { gridId: null } }, staff);
    expect(one(rows)).toMatchObject({ action: "household:manage", targetId: w.A.household.id, before: { gridId: w.A.grid.id }, after: { gridId: null } });
  },
  async createResident() {
    const { data, rows } = await audited("createResident", { input: { communityId: w.A.community.gid, name: "赵六", isPartyMember: true } }, staff);
    expect(one(rows)).toMatchObject({ action: "resident:create", targetType: "Resident", targetId: dbId(data.id), communityId: w.A.community.id, after: { name: "赵六", isPartyMember: true } });
  },
  async updateResident() {
    const { rows } = await audited("updateResident", { id: w.A.resident.gid, input: { registration: "RESIDENT" } }, staff);
    expect(one(rows)).toMatchObject({ action: "resident:update", targetId: w.A.resident.id, before: { registration: "REGISTERED" }, after: { registration: "RESIDENT" } });
  },
  async createSocialOrganization() {
    const { data, rows } = await audited("createSocialOrganization", { input: { communityId: w.A.community.gid, name: "长者饭堂", category: "LIFE_SERVICE" } }, staff);
    expect(one(rows)).toMatchObject({ action: "organization:manage", targetType: "SocialOrganization", targetId: dbId(data.id), after: { name: "长者饭堂" } });
  },
  async updateSocialOrganization() {
    const { rows } = await audited("updateSocialOrganization", { id: w.A.socialOrganization.gid, input: { category: "CULTURE_SPORTS" } }, staff);
    expect(one(rows)).toMatchObject({ targetType: "SocialOrganization", before: { category: "MUTUAL_AID" }, after: { category: "CULTURE_SPORTS", contactPhone: "138****8000" } });
  },
  async createPartyOrganization() {
    const { data, rows } = await audited("createPartyOrganization", { input: { communityId: w.A.community.gid, name: "党总支", kind: "GENERAL_BRANCH" } }, staff);
    expect(one(rows)).toMatchObject({ action: "organization:manage", targetType: "PartyOrganization", targetId: dbId(data.id), after: { kind: "GENERAL_BRANCH" } });
  },
  async updatePartyOrganization() {
    const { rows } = await audited("updatePartyOrganization", { id: w.A.partyOrganization.gid, input: { secretaryName: "陈书记" } }, staff);
    expect(one(rows)).toMatchObject({ targetType: "PartyOrganization", before: { secretaryName: null }, after: { secretaryName: "陈书记" } });
  },
  async createAccount() {
    const input = { username: "newclerk", displayName: "新文员", password: PASSWORD, role: "STAFF", nodeId: w.A.community.gid };
    const { data, rows } = await audited("createAccount", { input }, w.A.admin);
    const row = one(rows);
    expect(row).toMatchObject({ action: "account:manage", targetType: "Account", targetId: dbId(data.id), communityId: w.A.community.id, after: { account: { username: "newclerk" }, grant: { role: "STAFF" } } });
    expect(JSON.stringify(row)).not.toMatch(/passwordHash|argon2/);
  },
  async updateAccount() {
    const { rows } = await audited("updateAccount", { id: staff.gid, input: { displayName: "改名" } }, w.A.admin);
    expect(one(rows)).toMatchObject({ action: "account:manage", targetType: "Account", targetId: staff.id, before: { displayName: `测试${staff.username}` }, after: { displayName: "改名" } });
    expect(JSON.stringify(rows)).not.toMatch(/passwordHash|argon2/);
  },
  async resetAccountPassword() {
    const victim = await kit.seed.account("STAFF", w.A.community);
    const { rows } = await audited("resetAccountPassword", { id: victim.gid, newPassword: "Reset@2026" }, w.A.admin);
    expect(one(rows)).toMatchObject({ action: "account:manage", targetId: victim.id, after: { passwordReset: true } });
    expect(JSON.stringify(rows)).not.toMatch(/passwordHash|argon2|Reset@2026/);
  },
  async grantRole() {
    const { data, rows } = await audited("grantRole", { input: { accountId: staff.gid, role: "AUDITOR", nodeId: w.A.community.gid } }, w.A.admin);
    expect(one(rows)).toMatchObject({ action: "account:manage", targetType: "Grant", targetId: dbId(data.id), communityId: w.A.community.id, regionId: null, after: { role: "AUDITOR", accountId: staff.id } });
  },
  async revokeGrant() {
    const grant = await kit.prisma.grant.create({ data: { accountId: staff.id, role: "GRID_WORKER", communityId: w.A.community.id } });
    const { rows } = await audited("revokeGrant", { id: toGlobalId("Grant", grant.id) }, w.A.admin);
    expect(one(rows)).toMatchObject({ action: "account:manage", targetType: "Grant", targetId: grant.id, before: { role: "GRID_WORKER" }, after: null });
    expect(await kit.prisma.grant.findUnique({ where: { id: grant.id } })).toBeNull();
  },
  async registerApiClient() {
    const input = { name: "小程序", communityIds: [w.A.community.gid, w.A2.community.gid], actions: ["resident:read"] };
    const { data, rows } = await audited("registerApiClient", { input }, streetAdmin);
    expect(rows.map((r) => r.communityId).sort()).toEqual([w.A.community.id, w.A2.community.id].sort());
    for (const r of rows) expect(r).toMatchObject({ action: "apiClient:manage", targetType: "ApiClient", targetId: dbId(data.apiClient.id), after: { name: "小程序" } });
    expect(JSON.stringify(rows)).not.toContain(data.token);
    expect(JSON.stringify(rows)).not.toContain("tokenHash");
  },
  async revokeApiClient() {
    const client = await kit.seed.apiClient([w.A.community.id, w.A2.community.id], ["resident:read"], streetAdmin.id);
    const { rows } = await audited("revokeApiClient", { id: client.gid }, streetAdmin);
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r).toMatchObject({ action: "apiClient:manage", targetId: client.id, before: { revokedAt: null }, after: { revokedAt: expect.any(String) } });
  },
  async signIn() {
    const { rows } = await audited("signIn", { input: { username: staff.username, password: PASSWORD } }, staff);
    expect(one(rows)).toMatchObject({ action: "account:signIn", targetType: "Account", targetId: staff.id, communityId: null });
  },
  async changeMyPassword() {
    const me = await kit.seed.account("STAFF", w.A.community);
    const { rows } = await audited("changeMyPassword", { currentPassword: PASSWORD, newPassword: "Mine@2026!" }, me);
    expect(one(rows)).toMatchObject({ action: "account:changePassword", targetId: me.id, before: null, after: null });
  },
  async signOut() {
    const me = await kit.seed.account("STAFF", w.A.community);
    const { rows } = await audited("signOut", {}, me);
    expect(one(rows)).toMatchObject({ action: "account:signOut", targetId: me.id });
  },
};

describe("every mutation writes its audit row", () => {
  it("covers every Mutation field of the schema", async () => {
    expect(Object.keys(CASES).sort()).toEqual(foundationFields(await rootFields(kit)).mutation);
  });
  for (const [field, check] of Object.entries(CASES)) it(field, check);
});

describe("a failing mutation writes nothing", () => {
  it("a constraint failure inside the transaction leaves no row and no audit entry", async () => {
    const address = `荷塘路 ${Date.now()} 号`;
    success(await kit.mutate("createHousehold", { input: { communityId: w.A.community.gid, address } }, staff), "createHousehold");
    const households = await kit.prisma.household.count();
    const audits = await kit.auditCount();
    expect(userError(await kit.mutate("createHousehold", { input: { communityId: w.A.community.gid, address } }, staff), "createHousehold").code).toBe("DUPLICATE");
    expect(await kit.prisma.household.count()).toBe(households);
    expect(await kit.auditCount()).toBe(audits);
  });

  it("a taken ID number: the failed create writes nothing, and only the probe is audited, in a write of its own", async () => {
    const idNumber = makeIdNumber();
    success(await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "甲", idNumber } }, w.A.admin), "createResident");
    const residents = await kit.prisma.resident.count();
    const audits = await kit.auditCount();
    expect(userError(await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "乙", idNumber } }, w.A.admin), "createResident").code).toBe("CONFLICT");
    expect(await kit.prisma.resident.count()).toBe(residents);
    expect(await kit.auditCount()).toBe(audits + 1);
    expect(await kit.auditCount({ action: "resident:idNumberDuplicate" })).toBe(1);
  });

  it("refused and invalid mutations leave no audit entry", async () => {
    const audits = await kit.auditCount();
    await kit.refused("createGrid", { input: { communityId: w.A.community.gid, name: "" } }, staff, "REQUIRED", "input.name");
    await kit.refused("updateCommunity", { id: w.A.community.gid, input: { name: "越权" } }, staff, "FORBIDDEN", "id");
    await kit.refused("createResident", { input: { communityId: w.B.community.gid, name: "越权" } }, staff, "NOT_FOUND", "input.communityId");
    expect(await kit.auditCount()).toBe(audits);
  });

  it("when the audit row cannot be written, the change is rolled back and the error is masked", async () => {
    // A trigger makes the audit insert fail for one grid name: the grid insert before it must not survive.
    await kit.prisma.$executeRawUnsafe(`CREATE FUNCTION audit_down() RETURNS trigger AS $$
      BEGIN IF NEW."after"->>'name' = '审计故障' THEN RAISE EXCEPTION 'audit store down (secret detail)'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`);
    await kit.prisma.$executeRawUnsafe(`CREATE TRIGGER audit_down BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION audit_down()`);
    try {
      const before = await kit.dump();
      const r = await kit.mutate("createGrid", { input: { communityId: w.A.community.gid, name: "审计故障" } }, staff);
      const err = gqlError(r);
      expect(err).toMatchObject({ message: "Unexpected error.", code: "INTERNAL_SERVER_ERROR" });
      expect(r.errors![0]!.message).not.toContain("secret detail");
      expect(await kit.dump()).toEqual(before);
      expect(await kit.prisma.grid.count({ where: { name: "审计故障" } })).toBe(0);
    } finally {
      await kit.prisma.$executeRawUnsafe(`DROP TRIGGER audit_down ON "AuditEntry"`);
      await kit.prisma.$executeRawUnsafe(`DROP FUNCTION audit_down()`);
    }
    success(await kit.mutate("createGrid", { input: { communityId: w.A.community.gid, name: "审计故障" } }, staff), "createGrid");
  });
});

describe("region-level changes in the audit log", () => {
  const log = async (viewer: TestAccount, args = "") => {
    const r = await kit.gql(`{ auditEntries(first: 100${args}) { edges { node { action targetType targetId communityId regionId } } } }`, {}, viewer);
    if (r.errors) throw new Error(JSON.stringify(r.errors));
    return r.data.auditEntries.edges.map((e: { node: Record<string, string | null> }) => e.node) as Record<string, string | null>[];
  };

  it("a district or street change is listed to auditors of that region and above, never to a community's", async () => {
    const auditorOfDistrict = await kit.seed.account("AUDITOR", w.district);
    const auditorOfStreetB = await kit.seed.account("AUDITOR", w.streetB);
    const streetGrant = success(await kit.mutate("grantRole", { input: { accountId: staff.gid, role: "OVERSEER", nodeId: w.streetA.gid } }, districtAdmin), "grantRole");
    const street = success(await kit.mutate("createStreet", { input: { districtId: w.district.gid, name: "审计街道" } }, districtAdmin), "createStreet");
    const grantRow = { action: "account:manage", targetType: "Grant", targetId: dbId(streetGrant.id), communityId: null, regionId: w.streetA.id };
    const streetRow = { action: "region:manage", targetType: "Region", targetId: dbId(street.id), communityId: null, regionId: w.district.id };

    // The district's auditor: both, with or without the district filter; the street filter keeps the street's own.
    expect(await log(auditorOfDistrict)).toEqual(expect.arrayContaining([grantRow, streetRow]));
    expect(await log(auditorOfDistrict, `, regionId: "${w.district.gid}"`)).toEqual(expect.arrayContaining([grantRow, streetRow]));
    const streetOnly = await log(auditorOfDistrict, `, regionId: "${w.streetA.gid}"`);
    expect(streetOnly).toContainEqual(grantRow);
    expect(streetOnly).not.toContainEqual(streetRow);
    expect(streetOnly.every((row) => row.regionId === w.streetA.id)).toBe(true);
    // A community filter lists that community's changes only.
    expect((await log(auditorOfDistrict, `, communityId: "${w.A.community.gid}"`)).every((row) => row.communityId === w.A.community.id)).toBe(true);

    // Street B's auditor: neither the district's nor street A's changes, even when asking for them.
    for (const args of ["", `, regionId: "${w.district.gid}"`, `, regionId: "${w.streetA.gid}"`]) {
      const rows = await log(auditorOfStreetB, args);
      expect(rows).not.toContainEqual(grantRow);
      expect(rows).not.toContainEqual(streetRow);
    }
    // A community's admin (audit:read there): the community's changes, no region-level ones.
    const ofCommunity = await log(w.A.admin);
    expect(ofCommunity.length).toBeGreaterThan(0);
    expect(ofCommunity.every((row) => row.communityId === w.A.community.id)).toBe(true);
    expect(await log(w.A.admin, `, regionId: "${w.streetA.gid}"`)).toEqual([]);
  });

  it("the district's holiday calendar and template catalog changes belong to the district", async () => {
    const auditorOfDistrict = await kit.seed.account("AUDITOR", w.district);
    const days = [{ date: "2027-10-01", isWorkday: false, name: "国庆节" }];
    const sk = serviceKit(kit);
    await sk.ok("setHolidayCalendar", { input: { districtId: w.district.gid, year: 2027, days } }, districtAdmin);
    const item = await sk.ok("createServiceItem", { input: { districtId: w.district.gid, name: "审计事项", category: "CONVENIENCE", windowKind: "CIVIL_AFFAIRS", timeLimitDays: 3 } }, districtAdmin);
    const rows = await log(auditorOfDistrict, `, regionId: "${w.district.gid}", action: "catalog:manageTemplate"`);
    expect(rows).toEqual(
      expect.arrayContaining([
        { action: "catalog:manageTemplate", targetType: "HolidayCalendar", targetId: `${w.district.id}:2027`, communityId: null, regionId: w.district.id },
        { action: "catalog:manageTemplate", targetType: "ServiceItem", targetId: dbId(item.id), communityId: null, regionId: w.district.id },
      ]),
    );
  });

  it("regions tell the viewer what it may do there; communityId and regionId together are refused", async () => {
    const auditorOfDistrict = await kit.seed.account("AUDITOR", w.district);
    const q = `query($s: ID!) { node(id: $s) { ... on Region { name viewerActions } } }`;
    expect((await kit.gql(q, { s: w.streetA.gid }, auditorOfDistrict)).data.node.viewerActions).toContain("AUDIT_READ");
    // The community's admin sees the street above it, but holds nothing on the street itself.
    expect((await kit.gql(q, { s: w.streetA.gid }, w.A.admin)).data.node.viewerActions).toEqual([]);
    const both = await kit.gql(`{ auditEntries(communityId: "${w.A.community.gid}", regionId: "${w.streetA.gid}") { edges { node { id } } } }`, {}, auditorOfDistrict);
    expect(gqlError(both)).toMatchObject({ code: "INVALID", field: "regionId" });
  });
});
