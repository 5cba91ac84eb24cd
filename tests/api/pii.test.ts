// Resident PII (phone, ID number): full only for holders of resident:viewPii, and every reveal is
// an audit row; masked fields stay masked for everyone; audit snapshots never hold the full values.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, makeIdNumber, success, type TestAccount, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;
let staff: TestAccount;
let streetAdmin: TestAccount;
let r2: Awaited<ReturnType<TestKit["seed"]["resident"]>>;

const PHONE = "13812345678";
const MASKED_PHONE = "138****5678";
const reveals = () => kit.auditCount({ action: "resident:viewPii" });
const PII = `query($c: ID!) { residents(communityId: $c) { edges { node { id phone idNumber maskedPhone maskedIdNumber } } } }`;
type Row = { id: string; phone: string | null; idNumber: string | null; maskedPhone: string | null; maskedIdNumber: string | null };
const rows = (r: { data?: { residents: { edges: { node: Row }[] } } }) => r.data!.residents.edges.map((e) => e.node);
const masked = (id: string) => `${id.slice(0, 1)}${"*".repeat(16)}${id.slice(-1)}`;

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
  staff = await kit.seed.account("STAFF", w.A.community);
  streetAdmin = await kit.seed.account("ADMIN", w.streetA);
  r2 = await kit.seed.resident(w.A.community.id, { phone: PHONE, idNumber: makeIdNumber("19751203") });
  await kit.seed.resident(w.A.community.id, { name: "无号码" });
});
afterAll(async () => {
  await kit?.close();
});

describe("reading PII", () => {
  it("STAFF sees phone and ID number masked, and nothing is audited", async () => {
    const before = await reveals();
    const list = rows(await kit.gql(PII, { c: w.A.community.gid }, staff));
    const r = list.find((x) => x.id === r2.gid)!;
    expect(r).toMatchObject({ phone: MASKED_PHONE, maskedPhone: MASKED_PHONE, idNumber: masked(r2.idNumber!), maskedIdNumber: masked(r2.idNumber!) });
    for (const x of list) {
      expect(x.phone === null || x.phone.includes("****")).toBe(true);
      expect(x.idNumber === null || x.idNumber.includes("**********")).toBe(true);
    }
    expect(await reveals()).toBe(before);
  });

  it("ADMIN sees them in full; each revealed value is one resident:viewPii audit row", async () => {
    const before = await reveals();
    const list = rows(await kit.gql(PII, { c: w.A.community.gid }, w.A.admin));
    const r = list.find((x) => x.id === r2.gid)!;
    expect(r).toMatchObject({ phone: PHONE, idNumber: r2.idNumber, maskedPhone: MASKED_PHONE, maskedIdNumber: masked(r2.idNumber!) });
    // Two residents carry a phone and an ID number; the third has neither (null is no reveal).
    expect(list).toHaveLength(3);
    expect(await reveals()).toBe(before + 4);
    const rows2 = await kit.prisma.auditEntry.findMany({ where: { action: "resident:viewPii", targetId: r2.id }, orderBy: { id: "asc" } });
    expect(rows2.map((a) => (a.after as { field: string }).field).sort()).toEqual(["idNumber", "phone"]);
    for (const a of rows2) expect(a).toMatchObject({ actorAccountId: w.A.admin.id, communityId: w.A.community.id, targetType: "Resident", apiClientId: null });
  });

  it("one field asked through node() is one audit row; masked fields alone are none", async () => {
    let before = await reveals();
    const one = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Resident { phone } } }`, { id: r2.gid }, w.A.admin);
    expect(one.data.node).toEqual({ phone: PHONE });
    expect(await reveals()).toBe(before + 1);
    before = await reveals();
    const m = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Resident { maskedPhone maskedIdNumber } } }`, { id: r2.gid }, w.A.admin);
    expect(m.data.node).toEqual({ maskedPhone: MASKED_PHONE, maskedIdNumber: masked(r2.idNumber!) });
    expect(await reveals()).toBe(before);
  });

  it("an ADMIN on the street sees PII of the street's communities, audited", async () => {
    const before = await reveals();
    const list = rows(await kit.gql(PII, { c: w.A2.community.gid }, streetAdmin));
    expect(list[0]).toMatchObject({ phone: w.A2.resident.phone, idNumber: w.A2.resident.idNumber });
    expect(await reveals()).toBe(before + 2);
  });

  it("an API client sees PII only with resident:viewPii, and its reveals name the client", async () => {
    const plain = await kit.seed.apiClient([w.A.community.id], ["resident:read"], w.A.admin.id);
    const pii = await kit.seed.apiClient([w.A.community.id], ["resident:read", "resident:viewPii"], w.A.admin.id);
    const before = await reveals();
    expect(rows(await kit.gql(PII, { c: w.A.community.gid }, plain)).find((x) => x.id === r2.gid)!.phone).toBe(MASKED_PHONE);
    expect(await reveals()).toBe(before);
    expect(rows(await kit.gql(PII, { c: w.A.community.gid }, pii)).find((x) => x.id === r2.gid)!.phone).toBe(PHONE);
    expect(await reveals()).toBe(before + 4);
    expect(await kit.auditCount({ action: "resident:viewPii", apiClientId: pii.id })).toBe(4);
  });

  it("searching by phone or ID number works only for PII holders", async () => {
    const q = (search: string) => `{ residents(communityId: "${w.A.community.gid}", search: "${search}") { totalCount edges { node { id } } } }`;
    for (const search of [PHONE, r2.idNumber!.slice(6, 14)]) {
      expect((await kit.gql(q(search), {}, w.A.admin)).data.residents.edges).toEqual([{ node: { id: r2.gid } }]);
      expect((await kit.gql(q(search), {}, staff)).data.residents.totalCount).toBe(0);
    }
  });
});

describe("PII in the audit log", () => {
  it("snapshots of resident changes hold masked phone and ID number, while the row holds them in full", async () => {
    const idNumber = makeIdNumber("19880808");
    const created = success(
      await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "王五", phone: "13987654321", idNumber } }, w.A.admin),
      "createResident",
    );
    const newId = makeIdNumber("19880809");
    success(await kit.mutate("updateResident", { id: created.id, input: { phone: "0750-3123456", idNumber: newId } }, w.A.admin), "updateResident");

    const rowId = (await kit.prisma.resident.findFirstOrThrow({ where: { name: "王五" } })).id;
    expect(await kit.prisma.resident.findUniqueOrThrow({ where: { id: rowId } })).toMatchObject({ phone: "0750-3123456", idNumber: newId });
    const [create, update] = await kit.prisma.auditEntry.findMany({ where: { targetId: rowId, action: { in: ["resident:create", "resident:update"] } }, orderBy: { id: "asc" } });
    expect(create!.after).toMatchObject({ phone: "139****4321", idNumber: masked(idNumber) });
    expect(update!.before).toMatchObject({ phone: "139****4321", idNumber: masked(idNumber) });
    expect(update!.after).toMatchObject({ phone: "075****3456", idNumber: masked(newId) });
    const all = JSON.stringify(await kit.prisma.auditEntry.findMany());
    for (const secret of ["13987654321", idNumber, newId, "0750-3123456", PHONE]) expect(all).not.toContain(secret);

    // The same snapshots as an auditor reads them.
    const auditor = await kit.seed.account("AUDITOR", w.A.community);
    const r = await kit.gql(`query($t: String!) { auditEntries(targetId: $t) { edges { node { action before after } } } }`, { t: rowId }, auditor);
    expect(JSON.stringify(r.data)).not.toContain(newId);
    // (The admin's own reveals of the values it just set are audited too.)
    const changes = r.data.auditEntries.edges.map((e: { node: { action: string } }) => e.node.action).filter((a: string) => a !== "resident:viewPii");
    expect(changes).toEqual(["resident:update", "resident:create"]);
  });
});
