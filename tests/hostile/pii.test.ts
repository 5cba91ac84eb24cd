// Hostile client: a grid worker (no resident:viewPii) tries to rebuild a resident's full 身份证号,
// as in issue #11 (masked 4+4 digits + the unmasked birth date + "set it on a scratch resident and
// see whether it is taken" = the number in 9 requests). Nothing it reads or tries may confirm more
// than the masked parts; the duplicate answer names no one and is audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, makeIdNumber, userError, type TestAccount, type TestKit } from "../api/testkit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;
let grid: TestAccount;
let auditor: TestAccount;
let target: Awaited<ReturnType<TestKit["seed"]["resident"]>>;
let scratch: Awaited<ReturnType<TestKit["seed"]["resident"]>>;

const BIRTH = "19751203";
const ID = makeIdNumber(BIRTH, "440703");
const PHONE = "13812345678";
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const checkChar = (body17: string) => "10X98765432"[WEIGHTS.reduce((s, wt, i) => s + wt * Number(body17[i]), 0) % 11]!;
/** Pieces of the number that must never reach a viewer without viewPii. */
const SECRETS = [ID, ID.slice(0, 6), ID.slice(6, 14), ID.slice(14, 17), "1975-12-03", PHONE, PHONE.slice(3, 7)];

/** The answer as text with identifiers blanked: a random uuid or global id may hold "1234" by chance, and ids are no PII. */
const visible = (data: unknown) => JSON.stringify(data, (k, v) => (/^(id|.*Id)$/.test(k) && typeof v === "string" ? "<id>" : v));

const EVERYTHING = `id name gender birthDate birthYear age phone idNumber maskedPhone maskedIdNumber note registration`;
const duplicates = () => kit.auditCount({ action: "resident:idNumberDuplicate" });

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
  grid = await kit.seed.account("GRID_WORKER", w.A.community);
  auditor = await kit.seed.account("AUDITOR", w.A.community);
  target = await kit.seed.resident(w.A.community.id, { name: "目标居民", phone: PHONE, idNumber: ID, gridId: w.A.grid.id });
  await kit.prisma.resident.update({ where: { id: target.id }, data: { birthDate: new Date("1975-12-03T00:00:00Z"), gender: "MALE" } });
  scratch = await kit.seed.resident(w.A.community.id, { name: "草稿居民" });
});
afterAll(async () => {
  await kit?.close();
});

describe("what a grid worker can read", () => {
  it("shows only the first and last character of the ID number, no birth date, and the phone as 138****5678", async () => {
    const one = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Resident { ${EVERYTHING} } } }`, { id: target.gid }, grid);
    const list = await kit.gql(`query($c: ID!) { residents(communityId: $c) { edges { node { ${EVERYTHING} } } } }`, { c: w.A.community.gid }, grid);
    const fromList = list.data.residents.edges.map((e: { node: { id: string } }) => e.node).find((n: { id: string }) => n.id === target.gid);
    for (const r of [one.data.node, fromList]) {
      expect(r).toMatchObject({
        idNumber: `4${"*".repeat(16)}${ID[17]}`,
        maskedIdNumber: `4${"*".repeat(16)}${ID[17]}`,
        phone: "138****5678",
        maskedPhone: "138****5678",
        birthDate: null,
        birthYear: 1975,
        gender: "MALE",
      });
      expect(r.age).toBeGreaterThanOrEqual(50);
    }
    const all = visible([one.data, list.data]);
    for (const s of SECRETS) expect(all).not.toContain(s);
  });

  it("leaves thousands of candidates even when the region code is guessed right", async () => {
    // What the grid worker knows: first and last character, the birth year, the gender (17th digit parity), the region.
    let candidates = 0;
    for (let day = new Date("1975-01-01T00:00:00Z"); day.getUTCFullYear() === 1975; day = new Date(day.getTime() + 86_400_000)) {
      const birth = day.toISOString().slice(0, 10).replace(/-/g, "");
      for (let seq = 0; seq < 1000; seq++) {
        if (seq % 2 === 0) continue; // male: odd 17th digit
        const body = `440703${birth}${String(seq).padStart(3, "0")}`;
        if (checkChar(body) === ID[17]) candidates++;
      }
    }
    expect(candidates).toBeGreaterThan(10_000);
  });

  it("cannot search by ID number, birth digits or phone", async () => {
    for (const search of [ID, ID.slice(6, 14), ID.slice(-6), PHONE, PHONE.slice(-4)]) {
      const r = await kit.gql(`query($c: ID!, $s: String) { residents(communityId: $c, search: $s) { totalCount } }`, { c: w.A.community.gid, s: search }, grid);
      expect(r.data.residents.totalCount).toBe(0);
    }
  });

  it("an auditor reading the audit log sees no birth date and no ID digits in the snapshots", async () => {
    const input = { note: "核对", registration: "RESIDENT" };
    expect((await kit.mutate("updateResident", { id: target.gid, input }, w.A.admin)).data.updateResident.__typename).toBe("MutationUpdateResidentSuccess");
    const r = await kit.gql(`query($t: String!) { auditEntries(targetId: $t) { edges { node { action before after } } } }`, { t: target.id }, auditor);
    expect(r.data.auditEntries.edges.length).toBeGreaterThan(0);
    const all = visible(r.data);
    expect(all).toContain("1975-**-**");
    for (const s of SECRETS) expect(all).not.toContain(s);
  });
});

describe("what a grid worker can try", () => {
  it("setting an ID number is refused alike for the real number and for any other candidate, and changes nothing", async () => {
    const other = makeIdNumber(BIRTH, "440703");
    const answers = [];
    for (const candidate of [ID, other, ID.toLowerCase()]) {
      answers.push(await kit.refused("updateResident", { id: scratch.gid, input: { idNumber: candidate } }, grid, "FORBIDDEN", "input.idNumber"));
      answers.push(await kit.refused("createResident", { input: { communityId: w.A.community.gid, name: "探测", idNumber: candidate } }, grid, "FORBIDDEN", "input.idNumber"));
    }
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
    // Clearing an ID number is changing it too.
    await kit.refused("updateResident", { id: target.gid, input: { idNumber: null } }, grid, "FORBIDDEN", "input.idNumber");
  });

  it("the rest of the resident stays editable without the ID number", async () => {
    const r = await kit.mutate("updateResident", { id: scratch.gid, input: { name: "草稿居民二", phone: "13900001111" } }, grid);
    expect(r.data.updateResident.data).toMatchObject({ name: "草稿居民二", phone: "139****1111", birthDate: null });
  });
});

describe("the duplicate answer (for those who may set ID numbers)", () => {
  it("names no one, reads like any other duplicate, changes nothing and is audited", async () => {
    const second = await kit.seed.resident(w.A.community.id, { name: "另一位", idNumber: makeIdNumber("19990909") });
    const residents = await kit.prisma.resident.findMany({ orderBy: { id: "asc" } });
    const before = await duplicates();
    const onCreate = userError(await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "探测", idNumber: ID } }, w.A.admin), "createResident");
    const onUpdate = userError(await kit.mutate("updateResident", { id: scratch.gid, input: { idNumber: ID } }, w.A.admin), "updateResident");
    const ofSecond = userError(await kit.mutate("updateResident", { id: scratch.gid, input: { idNumber: second.idNumber } }, w.A.admin), "updateResident");
    for (const e of [onCreate, onUpdate, ofSecond]) {
      expect(e).toMatchObject({ code: "CONFLICT", field: "input.idNumber", issues: [{ code: "CONFLICT", field: "input.idNumber" }] });
      for (const s of [target.name, target.gid, target.id, second.name, second.gid, second.id]) expect(JSON.stringify(e)).not.toContain(s);
    }
    // Whose number it is makes no difference to the answer.
    expect(onUpdate).toEqual(ofSecond);
    expect(onCreate).toEqual(onUpdate);
    expect(await kit.prisma.resident.findMany({ orderBy: { id: "asc" } })).toEqual(residents);

    expect(await duplicates()).toBe(before + 3);
    const rows = await kit.prisma.auditEntry.findMany({ where: { action: "resident:idNumberDuplicate" }, orderBy: { id: "asc" } });
    expect(rows.slice(-3).map((a) => [a.targetId, a.actorAccountId, a.communityId])).toEqual([
      [target.id, w.A.admin.id, w.A.community.id],
      [target.id, w.A.admin.id, w.A.community.id],
      [second.id, w.A.admin.id, w.A.community.id],
    ]);
    expect(JSON.stringify(rows)).not.toContain(ID);
  });
});
