// One answer for "outside your reach": 直冲村's admin calls every query and mutation that takes an
// ID with an id of another community's row (江翠社区 and others of the demo district) and with a
// random id of the same type that names nothing. Both answers must be the same NOT_FOUND (same
// code, field and message, typed or GraphQL error alike), and a mutation must change nothing.
import { seedDemoIfEmpty } from "@gongzhi/api/src/seed/demo.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { hashToken, newToken } from "@gongzhi/api/src/shared/tokens.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type As, type TestKit } from "../api/testkit.js";
import { answerOf, codeOf, fieldOf, documentOf, learnTypes, NODE_TYPES, operations, pathName, variablesWith } from "./notfound.kit.js";

let kit: TestKit;
let admin: As;
/** A resident of 直冲村 signed in on the resident side (issue #14): the RESIDENT actor. */
let resident: As;
/** Typename → a global id of a row 直冲村's admin reaches / of a row in another community. */
const own = new Map<string, string>();
const foreign = new Map<string, string>();
/** Typename → the database id of the foreign row, to check it is left unchanged. */
const foreignDb = new Map<string, string>();

type Model = { findFirst(args: unknown): Promise<{ id: string } | null>; findUnique(args: unknown): Promise<unknown> };
const model = (type: string) => (kit.prisma as unknown as Record<string, Model | undefined>)[type[0]!.toLowerCase() + type.slice(1)];
/** A row as text for comparing before and after (BigInt money columns included). */
const rowJson = (row: unknown) => JSON.stringify(row, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v));

async function signInAs(username: string): Promise<As> {
  const account = await kit.prisma.account.findUniqueOrThrow({ where: { username } });
  const token = newToken("gzs");
  await kit.prisma.session.create({ data: { accountId: account.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
  return { headers: { cookie: `gz_session=${token}` } };
}

beforeAll(async () => {
  kit = await createTestKit();
  await seedDemoIfEmpty(kit.prisma);
  const p = kit.prisma;
  const zhichong = await p.community.findFirstOrThrow({ where: { name: "直冲村" } });
  const jiangcui = await p.community.findFirstOrThrow({ where: { name: "江翠社区" } });
  admin = await signInAs("zhichong_admin");
  const villager = await p.resident.findFirstOrThrow({ where: { communityId: zhichong.id, phone: { not: null } }, orderBy: { id: "asc" } });
  const residentToken = newToken("gzr");
  await p.residentSession.create({ data: { residentId: villager.id, communityId: zhichong.id, tokenHash: hashToken(residentToken), method: "CODE", expiresAt: new Date(Date.now() + 86_400_000) } });
  resident = { headers: { cookie: `gz_resident=${residentToken}` } };
  const set = (m: Map<string, string>, type: string, id: string | undefined) => id && m.set(type, toGlobalId(type, id));
  for (const type of NODE_TYPES) {
    const m = model(type);
    if (!m || ["Account", "Community", "Region", "ApiClient", "ServiceItem"].includes(type)) continue;
    set(own, type, (await m.findFirst({ where: { communityId: zhichong.id } }))?.id);
    const f = (await m.findFirst({ where: { communityId: jiangcui.id } })) ?? (await m.findFirst({ where: { communityId: { notIn: [zhichong.id] } } }));
    set(foreign, type, f?.id);
  }
  set(own, "Account", (await p.account.findUniqueOrThrow({ where: { username: "zhichong_staff" } })).id);
  set(foreign, "Account", (await p.account.findUniqueOrThrow({ where: { username: "jiangcui_admin" } })).id);
  set(own, "Community", zhichong.id);
  set(foreign, "Community", jiangcui.id);
  const ownStreet = zhichong.regionId;
  set(own, "Region", ownStreet);
  set(foreign, "Region", (await p.region.findFirstOrThrow({ where: { kind: "STREET", id: { not: ownStreet } } })).id);
  const creator = (await p.account.findUniqueOrThrow({ where: { username: "district_admin" } })).id;
  set(own, "ApiClient", (await kit.seed.apiClient([zhichong.id], ["resident:actAs"], creator)).id);
  set(foreign, "ApiClient", (await kit.seed.apiClient([jiangcui.id], ["resident:actAs"], creator)).id);
  const districtId = zhichong.path.split("/").filter(Boolean)[0]!;
  set(own, "ServiceItem", (await p.serviceItem.findFirst({ where: { regionId: districtId } }))?.id);
  const otherDistrict = await kit.seed.district();
  set(foreign, "ServiceItem", (await p.serviceItem.create({ data: { regionId: otherDistrict.id, name: "别区事项", category: "BASIC", windowKind: "GENERAL", timeLimitDays: 1 } })).id);
  for (const [type, gid] of foreign) foreignDb.set(type, Buffer.from(gid, "base64").toString("utf8").split(":")[1]!);
}, 300_000);

afterAll(async () => {
  await kit?.close();
});

/**
 * public* queries serve published rows to anyone (signed in or not): those rows are meant to be
 * seen. Residents' sign-in (requestResidentCode, signInResident) names any community, the one on the
 * poster a resident scanned: every community is open to it, as to the public pages.
 */
const RESIDENT_SIGN_IN = new Set(["requestResidentCode", "signInResident"]);
const ops = operations().filter((op) => !op.name.startsWith("public") && !RESIDENT_SIGN_IN.has(op.name));

/** Every operation that takes an ID, called by `viewer` with another community's id and with a random one. */
async function walk(viewer: As) {
  const mismatches: string[] = [];
  const leaks: string[] = [];
  const unresolved: string[] = [];
  let compared = 0;
  for (const op of ops) {
    const doc = documentOf(op);
    const types = await learnTypes(kit, admin, op, own, doc);
    for (const path of op.idPaths) {
      const type = types.get(pathName(path));
      const foreignId = type && foreign.get(type);
      if (!type || !foreignId) {
        unresolved.push(`${op.name} ${pathName(path)} ${type ?? "?"}`);
        continue;
      }
      const m = model(type);
      const rowBefore = m ? await m.findUnique({ where: { id: foreignDb.get(type) } }) : null;
      const auditsBefore = await kit.auditCount();
      const a = answerOf(op, await kit.gql(doc, variablesWith(op, types, own, path, foreignId), viewer));
      const b = answerOf(op, await kit.gql(doc, variablesWith(op, types, own, path, toGlobalId(type, crypto.randomUUID())), viewer));
      compared++;
      const where = `${op.kind} ${op.name} ${pathName(path)} (${type})`;
      if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${where}: foreign ${JSON.stringify(a)} ≠ random ${JSON.stringify(b)}`);
      else if (codeOf(a) === "FORBIDDEN" && fieldOf(a) === pathName(path)) mismatches.push(`${where}: FORBIDDEN for both`);
      if (op.kind === "mutation") {
        if (codeOf(a) === null) leaks.push(`${where}: succeeded with another community's id`);
        if ((await kit.auditCount()) !== auditsBefore) leaks.push(`${where}: wrote an audit row`);
        if (m && rowJson(await m.findUnique({ where: { id: foreignDb.get(type) } })) !== rowJson(rowBefore)) leaks.push(`${where}: changed the row`);
      }
    }
  }
  return { mismatches, leaks, unresolved, compared };
}

describe("an id outside the viewer's reach answers exactly like an id that names nothing", () => {
  it("the schema has the operations this test walks (about 200 take an ID)", () => {
    expect(ops.length).toBeGreaterThan(150);
    expect(foreign.size).toBeGreaterThan(50);
  });

  it("every query and mutation answers another community's id and a random id alike, NOT_FOUND, and changes nothing", async () => {
    const { mismatches, leaks, unresolved, compared } = await walk(admin);
    if (process.env.NOTFOUND_DEBUG) console.log(JSON.stringify({ compared, unresolved }, null, 1));
    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(130); // 135 on the demo data; list filters (communityId etc.) are not reached yet: their type is not learnt
  }, 600_000);

  it("a signed-in resident (the RESIDENT actor) gets the same one answer for another community's rows, and changes nothing", async () => {
    // The resident holds few actions, and those in 直冲村 only: every id of 江翠社区 and every random
    // id answer alike, whether the operation is one a resident may take or staff work.
    const { mismatches, leaks, compared } = await walk(resident);
    expect(leaks).toEqual([]);
    expect(mismatches).toEqual([]);
    expect(compared).toBeGreaterThan(20);
  }, 600_000);
});
