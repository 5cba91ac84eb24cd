// Bad input is an expected failure: a typed UserError naming the offending field, and nothing
// changes (no row, no audit entry). Queries given a malformed id get a clear error with its code.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breakCheckDigit, createTestKit, gqlError, makeIdNumber, PASSWORD, success, type TestKit, userError } from "./testkit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;
const unknown = (type: string) => toGlobalId(type, crypto.randomUUID());

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
});
afterAll(async () => {
  await kit?.close();
});

const admin = () => w.A.admin;
const refused = (field: Parameters<TestKit["refused"]>[0], vars: Record<string, unknown>, code: string, errField: string | null) =>
  kit.refused(field, vars, admin(), code, errField);
const resident = (input: Record<string, unknown>) => ({ input: { communityId: w.A.community.gid, name: "张三", ...input } });

describe("malformed ids → INVALID on the field", () => {
  it("rejects a non-id and an id of the wrong type wherever an id is taken", async () => {
    for (const bad of ["abc", "", w.A.grid.gid]) {
      await refused("updateResident", { id: bad, input: { name: "李四" } }, "INVALID", "id");
      await refused("createResident", resident({ communityId: bad }), "INVALID", "input.communityId");
    }
    await refused("createResident", resident({ householdId: "abc" }), "INVALID", "input.householdId");
    await refused("createResident", resident({ gridId: w.A.household.gid }), "INVALID", "input.gridId");
    await refused("createGrid", { input: { communityId: w.A.resident.gid, name: "一网格" } }, "INVALID", "input.communityId");
    await refused("updateCommunity", { id: w.A.grid.gid, input: { name: "改名" } }, "INVALID", "id");
    await refused("updateHousehold", { id: w.A.household.gid, input: { gridId: w.A.community.gid } }, "INVALID", "input.gridId");
    await refused("createCommunity", { input: { streetId: w.A.community.gid, name: "新社区", kind: "URBAN" } }, "INVALID", "input.streetId");
    await refused("grantRole", { input: { accountId: "abc", role: "STAFF", nodeId: w.A.community.gid } }, "INVALID", "input.accountId");
    await refused("grantRole", { input: { accountId: admin().gid, role: "STAFF", nodeId: w.A.grid.gid } }, "INVALID", "input.nodeId");
    await refused("revokeGrant", { id: w.A.community.gid }, "INVALID", "id");
    await refused("revokeApiClient", { id: "abc" }, "INVALID", "id");
    await refused("updateAccount", { id: w.A.resident.gid, input: { displayName: "x" } }, "INVALID", "id");
    await refused("registerApiClient", { input: { name: "应用", communityIds: [w.A.community.gid, "abc"], actions: ["resident:read"] } }, "INVALID", "input.communityIds.1");
  });

  it("a query given a malformed id answers with a typed error, not an unexpected one", async () => {
    for (const [query, field] of [
      [`{ residents(communityId: "abc") { totalCount } }`, "communityId"],
      [`{ residents(communityId: "${w.A.grid.gid}") { edges { node { id } } } }`, "communityId"],
      [`{ residents(communityId: "${w.A.community.gid}", gridId: "nope") { totalCount } }`, "gridId"],
      [`{ communities(streetId: "${w.A.community.gid}") { totalCount } }`, "streetId"],
      [`{ auditEntries(communityId: "abc") { edges { node { id } } } }`, "communityId"],
    ] as const) {
      const e = gqlError(await kit.gql(query, {}, admin()));
      expect(e, query).toMatchObject({ code: "INVALID", field });
      expect(e.message).not.toBe("Unexpected error.");
    }
  });
});

describe("unknown ids (valid format, no row) → NOT_FOUND on the field", () => {
  it("updates and references", async () => {
    for (const [field, type, input] of [
      ["updateResident", "Resident", { name: "x" }],
      ["updateGrid", "Grid", { name: "x" }],
      ["updateHousehold", "Household", { address: "x" }],
      ["updateSocialOrganization", "SocialOrganization", { name: "x" }],
      ["updatePartyOrganization", "PartyOrganization", { name: "x" }],
      ["updateCommunity", "Community", { name: "x" }],
      ["updateAccount", "Account", { displayName: "x" }],
    ] as const) {
      await refused(field, { id: unknown(type), input }, "NOT_FOUND", "id");
    }
    await refused("revokeGrant", { id: unknown("Grant") }, "NOT_FOUND", "id");
    await refused("revokeApiClient", { id: unknown("ApiClient") }, "NOT_FOUND", "id");
    await refused("resetAccountPassword", { id: unknown("Account"), newPassword: "Another@2026" }, "NOT_FOUND", "id");
    await refused("createResident", resident({ communityId: unknown("Community") }), "NOT_FOUND", "input.communityId");
    await refused("createResident", resident({ householdId: unknown("Household") }), "NOT_FOUND", "input.householdId");
    await refused("createResident", resident({ gridId: unknown("Grid") }), "NOT_FOUND", "input.gridId");
    await refused("createResident", resident({ partyOrganizationId: unknown("PartyOrganization") }), "NOT_FOUND", "input.partyOrganizationId");
    await refused("createPartyOrganization", { input: { communityId: w.A.community.gid, name: "支部", kind: "BRANCH", parentId: unknown("PartyOrganization") } }, "NOT_FOUND", "input.parentId");
    await refused("createCommunity", { input: { streetId: unknown("Region"), name: "新社区", kind: "URBAN" } }, "NOT_FOUND", "input.streetId");
    await refused("grantRole", { input: { accountId: unknown("Account"), role: "STAFF", nodeId: w.A.community.gid } }, "NOT_FOUND", "input.accountId");
    await refused("createAccount", { input: { username: "newbie", displayName: "新人", password: PASSWORD, role: "STAFF", nodeId: unknown("Community") } }, "NOT_FOUND", "input.nodeId");
    await refused("registerApiClient", { input: { name: "应用", communityIds: [unknown("Community")], actions: ["resident:read"] } }, "NOT_FOUND", "input.communityIds.0");
  });

  it("a household, grid or party organization of another community is NOT_FOUND on that field", async () => {
    await refused("createResident", resident({ householdId: w.B.household.gid }), "NOT_FOUND", "input.householdId");
    await refused("createResident", resident({ gridId: w.B.grid.gid }), "NOT_FOUND", "input.gridId");
    await refused("createResident", resident({ partyOrganizationId: w.A2.partyOrganization.gid }), "NOT_FOUND", "input.partyOrganizationId");
    await refused("updateResident", { id: w.A.resident.gid, input: { householdId: w.A2.household.gid } }, "NOT_FOUND", "input.householdId");
    await refused("updateResident", { id: w.A.resident.gid, input: { gridId: w.B.grid.gid } }, "NOT_FOUND", "input.gridId");
    await refused("createHousehold", { input: { communityId: w.A.community.gid, address: "新路1号", gridId: w.B.grid.gid } }, "NOT_FOUND", "input.gridId");
    await refused("updateHousehold", { id: w.A.household.gid, input: { gridId: w.A2.grid.gid } }, "NOT_FOUND", "input.gridId");
    await refused("updatePartyOrganization", { id: w.A.partyOrganization.gid, input: { parentId: w.A2.partyOrganization.gid } }, "NOT_FOUND", "input.parentId");
  });
});

describe("duplicates → DUPLICATE on the field", () => {
  it("the same ID number in one community (in any letter case), but not across communities: CONFLICT naming no one, and audited", async () => {
    const id = w.A.resident.idNumber!;
    const taken = async (m: "createResident" | "updateResident", vars: Record<string, unknown>) => {
      const residents = await kit.prisma.resident.findMany({ orderBy: { id: "asc" } });
      const probes = await kit.auditCount({ action: "resident:idNumberDuplicate" });
      const e = userError(await kit.mutate(m, vars, admin()), m);
      expect({ code: e.code, field: e.field }).toEqual({ code: "CONFLICT", field: "input.idNumber" });
      expect(e.message).not.toContain(w.A.resident.name);
      expect(await kit.prisma.resident.findMany({ orderBy: { id: "asc" } })).toEqual(residents);
      expect(await kit.auditCount({ action: "resident:idNumberDuplicate" })).toBe(probes + 1);
    };
    await taken("createResident", resident({ idNumber: id }));
    if (id.endsWith("X")) await taken("createResident", resident({ idNumber: id.toLowerCase() }));
    const other = await kit.seed.resident(w.A.community.id, { idNumber: makeIdNumber() });
    await taken("updateResident", { id: other.gid, input: { idNumber: id } });
    success(await kit.mutate("createResident", { input: { communityId: w.B.community.gid, name: "同号", idNumber: id } }, w.B.admin), "createResident");
  });

  it("grid, household, organization, account username and role", async () => {
    await refused("createGrid", { input: { communityId: w.A.community.gid, name: w.A.grid.name } }, "DUPLICATE", "input.name");
    const grid2 = await kit.seed.grid(w.A.community.id);
    await refused("updateGrid", { id: grid2.gid, input: { name: w.A.grid.name } }, "DUPLICATE", "input.name");
    await refused("createHousehold", { input: { communityId: w.A.community.gid, address: w.A.household.address } }, "DUPLICATE", "input.address");
    await refused("createSocialOrganization", { input: { communityId: w.A.community.gid, name: w.A.socialOrganization.name, category: "OTHER" } }, "DUPLICATE", "input.name");
    await refused("createPartyOrganization", { input: { communityId: w.A.community.gid, name: w.A.partyOrganization.name, kind: "BRANCH" } }, "DUPLICATE", "input.name");
    const input = { username: w.B.admin.username, displayName: "重名", password: PASSWORD, role: "STAFF", nodeId: w.A.community.gid };
    await refused("createAccount", { input }, "DUPLICATE", "input.username");
    await refused("grantRole", { input: { accountId: admin().gid, role: "ADMIN", nodeId: w.A.community.gid } }, "DUPLICATE", "input.role");
  });
});

describe("field rules", () => {
  it("empty required fields → REQUIRED", async () => {
    for (const name of ["", "   "]) await refused("createResident", resident({ name }), "REQUIRED", "input.name");
    await refused("updateResident", { id: w.A.resident.gid, input: { name: null } }, "REQUIRED", "input.name");
    await refused("updateResident", { id: w.A.resident.gid, input: { name: "" } }, "REQUIRED", "input.name");
    await refused("createGrid", { input: { communityId: w.A.community.gid, name: "" } }, "REQUIRED", "input.name");
    await refused("createHousehold", { input: { communityId: w.A.community.gid, address: " " } }, "REQUIRED", "input.address");
    await refused("createSocialOrganization", { input: { communityId: w.A.community.gid, name: "", category: "OTHER" } }, "REQUIRED", "input.name");
    await refused("updateCommunity", { id: w.A.community.gid, input: { name: "" } }, "REQUIRED", "input.name");
    await refused("createAccount", { input: { username: "newbie", displayName: "", password: PASSWORD, role: "STAFF", nodeId: w.A.community.gid } }, "REQUIRED", "input.displayName");
  });

  it("phone numbers: mobile or landline, nothing else", async () => {
    for (const phone of ["12345", "1380013800", "23800138000", "1380013800a", "138-0013-8000"]) {
      await refused("createResident", resident({ phone }), "INVALID", "input.phone");
    }
    await refused("updateResident", { id: w.A.resident.gid, input: { phone: "110" } }, "INVALID", "input.phone");
    await refused("createSocialOrganization", { input: { communityId: w.A.community.gid, name: "电话不对", category: "OTHER", contactPhone: "12" } }, "INVALID", "input.contactPhone");
    for (const phone of ["13800138000", "0750-3123456", "07503123456"]) {
      const r = success(await kit.mutate("createResident", resident({ name: `电话${phone}`, phone }), admin()), "createResident");
      expect(r.phone).toBe(phone);
    }
  });

  it("ID numbers: 18 characters, a real birth date, the right check character", async () => {
    const good = makeIdNumber("19900215");
    for (const idNumber of [breakCheckDigit(good), good.slice(0, 17), `${good}0`, makeIdNumber("19901332"), "44070319900215123Y"]) {
      await refused("createResident", resident({ idNumber }), "INVALID", "input.idNumber");
    }
    await refused("updateResident", { id: w.A.resident.gid, input: { idNumber: breakCheckDigit(w.A.resident.idNumber!) } }, "INVALID", "input.idNumber");
    const r = success(await kit.mutate("createResident", resident({ name: "证号正确", idNumber: good }), admin()), "createResident");
    expect(r.idNumber).toBe(good);
  });

  it("birth dates: not in the future, and a real calendar day", async () => {
    const tomorrow = new Date(Date.now() + 8 * 3_600_000 + 86_400_000).toISOString().slice(0, 10); // in China
    await refused("createResident", resident({ birthDate: tomorrow }), "INVALID", "input.birthDate");
    await refused("updateResident", { id: w.A.resident.gid, input: { birthDate: "2999-01-01" } }, "INVALID", "input.birthDate");
    for (const birthDate of ["2020-02-30", "2021-13-01", "1990/01/01", "yesterday"]) {
      const before = await kit.dump();
      const r = await kit.mutate("createResident", resident({ name: `日期${birthDate}`, birthDate }), admin());
      expect(gqlError(r).message, birthDate).toMatch(/Date must be YYYY-MM-DD/);
      expect(await kit.dump()).toEqual(before);
    }
    const r = success(await kit.mutate("createResident", resident({ name: "闰日", birthDate: "2020-02-29" }), admin()), "createResident");
    expect(r.birthDate).toBe("2020-02-29");
  });

  it("passwords, usernames, roles and actions", async () => {
    const account = { username: "newbie", displayName: "新人", password: PASSWORD, role: "STAFF", nodeId: w.A.community.gid };
    await refused("createAccount", { input: { ...account, password: "short" } }, "INVALID", "input.password");
    await refused("createAccount", { input: { ...account, username: "No Spaces!" } }, "INVALID", "input.username");
    await refused("resetAccountPassword", { id: w.A.admin.gid, newPassword: "1234567" }, "INVALID", "newPassword");
    await refused("changeMyPassword", { currentPassword: PASSWORD, newPassword: "short" }, "INVALID", "newPassword");
    await refused("registerApiClient", { input: { name: "应用", communityIds: [w.A.community.gid], actions: ["resident:read", "resident:delete"] } }, "INVALID", "input.actions.1");
    await refused("registerApiClient", { input: { name: "应用", communityIds: [], actions: ["resident:read"] } }, "INVALID", "input.communityIds");
  });

  it("lists every offending field in issues; the first is the error's field", async () => {
    const err = await refused("createResident", resident({ name: "", phone: "1", idNumber: "2" }), "REQUIRED", "input.name");
    expect(err.issues.map((i) => [i.field, i.code])).toEqual([
      ["input.name", "REQUIRED"],
      ["input.phone", "INVALID"],
      ["input.idNumber", "INVALID"],
    ]);
    expect(err.message).toBeTruthy();
  });
});
