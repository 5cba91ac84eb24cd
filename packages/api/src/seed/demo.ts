// The demo district: 江海区 with its 3 streets and 63 villages/communities (figures from the source
// reports), grids, households, synthetic residents, party and social organizations, and one demo
// account per role. Deterministic (seeded PRNG; only the uuids differ between runs) and written in
// one transaction, so a failure leaves nothing half-written.
import type { Prisma, PrismaClient } from "../generated/prisma/client.js";
import { hashPassword } from "../modules/accounts/password.js";
import { MODULE_SEEDS } from "./modules.js";
import { pad, People, REFERENCE_YEAR, Rng } from "./people.js";
import {
  BRANCH_NAMES_RURAL,
  BRANCH_NAMES_URBAN,
  BRANCH_NAMES_ZHICHONG,
  COMMUNITIES,
  type CommunityDef,
  DISTRICT,
  GRID_NUMERALS,
  RESIDENT_NOTES,
  RURAL_AREAS,
  SOCIAL_ORGS,
  STREETS,
  type StreetKey,
  URBAN_AREAS,
  type SocialOrgTemplate,
} from "./names.js";

export interface DemoAccount {
  username: string;
  password: string;
  displayName: string;
  role: string;
  /** The region or community the role is granted on, e.g. "江海区" or "直冲村". */
  scope: string;
}

/** The one password of every demo account. */
export const DEMO_PASSWORD = "Gongzhi@2026";

type Tx = Prisma.TransactionClient;
type Role = "ADMIN" | "STAFF" | "GRID_WORKER" | "AUDITOR" | "OVERSEER";

/** The demo accounts and where their grant sits: a region name or a community name. */
const ACCOUNTS: readonly { username: string; displayName: string; role: Role; region?: string; community?: string }[] = [
  { username: "district_admin", displayName: "江海区 管理员 (演示)", role: "ADMIN", region: "江海区" },
  { username: "street_admin", displayName: "外海街道 管理员 (演示)", role: "ADMIN", region: "外海街道" },
  { username: "street_overseer", displayName: "礼乐街道 督导 (演示)", role: "OVERSEER", region: "礼乐街道" },
  { username: "zhichong_admin", displayName: "直冲村 书记 (演示)", role: "ADMIN", community: "直冲村" },
  { username: "zhichong_staff", displayName: "直冲村 工作人员 (演示)", role: "STAFF", community: "直冲村" },
  { username: "zhichong_grid", displayName: "直冲村 网格员 (演示)", role: "GRID_WORKER", community: "直冲村" },
  { username: "zhichong_auditor", displayName: "直冲村 居务监督委员会 (演示)", role: "AUDITOR", community: "直冲村" },
  { username: "jiangcui_admin", displayName: "江翠社区 书记 (演示)", role: "ADMIN", community: "江翠社区" },
];

/** Communities that get many residents, so lists page. */
const BIG_COMMUNITIES = new Set(["直冲村", "江翠社区"]);
const BIG_MIN_RESIDENTS = 80;

// ---------------------------------------------------------------------------------------------
// Building the rows

interface Built {
  regions: Prisma.RegionCreateManyInput[];
  communities: Prisma.CommunityCreateManyInput[];
  grids: Prisma.GridCreateManyInput[];
  households: Prisma.HouseholdCreateManyInput[];
  residents: Prisma.ResidentCreateManyInput[];
  partyOrganizations: Prisma.PartyOrganizationCreateManyInput[];
  socialOrganizations: Prisma.SocialOrganizationCreateManyInput[];
  regionIdByName: Map<string, string>;
  communityIdByName: Map<string, string>;
}

const uuid = () => crypto.randomUUID();

function buildDistrict(seed = 20261122): Built {
  const rng = new Rng(seed);
  const people = new People(rng);
  const out: Built = {
    regions: [],
    communities: [],
    grids: [],
    households: [],
    residents: [],
    partyOrganizations: [],
    socialOrganizations: [],
    regionIdByName: new Map(),
    communityIdByName: new Map(),
  };

  const districtId = uuid();
  const districtPath = `/${districtId}/`;
  out.regions.push({ id: districtId, kind: "DISTRICT", name: DISTRICT.name, code: DISTRICT.code, parentId: null, path: districtPath });
  out.regionIdByName.set(DISTRICT.name, districtId);

  const streetById = new Map<StreetKey, { id: string; path: string; name: string; serial: number }>();
  for (const s of STREETS) {
    const id = uuid();
    const path = `${districtPath}${id}/`;
    out.regions.push({ id, kind: "STREET", name: s.name, code: `${DISTRICT.code}-${s.key}`, parentId: districtId, path });
    out.regionIdByName.set(s.name, id);
    streetById.set(s.key, { id, path, name: s.name, serial: 0 });
  }

  for (const def of COMMUNITIES) {
    const street = streetById.get(def.street);
    if (!street) throw new Error(`unknown street ${def.street}`);
    street.serial += 1;
    buildCommunity(out, rng, people, def, street);
  }
  assignSignInPhones(out);
  return out;
}

/**
 * Residents to try the resident side with (issue #14; README "居民登录（开发环境）"): their phone
 * numbers are fixed, so the development message provider's codes can be asked for them. Numbers
 * 139000000xx are outside the generated range (1380000xxxx).
 */
export const DEMO_SIGN_IN_PHONES: Readonly<Record<string, readonly string[]>> = {
  直冲村: ["13900000001", "13900000002", "13900000003"],
  英南村: ["13900000011", "13900000012", "13900000013"],
};

/** The first adults of each named community (in generation order) get the fixed numbers. */
function assignSignInPhones(out: Built) {
  for (const [name, phones] of Object.entries(DEMO_SIGN_IN_PHONES)) {
    const communityId = out.communityIdByName.get(name);
    const adults = out.residents.filter((r) => r.communityId === communityId && REFERENCE_YEAR - 1 - (r.birthDate as Date).getUTCFullYear() >= 18);
    if (adults.length < phones.length) throw new Error(`${name}: too few adults for the sign-in demo`);
    phones.forEach((phone, i) => (adults[i]!.phone = phone));
  }
}

function buildCommunity(
  out: Built,
  rng: Rng,
  people: People,
  def: CommunityDef,
  street: { id: string; path: string; name: string; serial: number },
) {
  const id = uuid();
  const code = `${DISTRICT.code}-${def.street}-${pad(street.serial, 3)}`;
  const rural = def.kind === "RURAL";
  const big = BIG_COMMUNITIES.has(def.name);
  out.communityIdByName.set(def.name, id);
  out.communities.push({
    id,
    regionId: street.id,
    path: `${street.path}${id}/`,
    name: def.name,
    kind: def.kind,
    code,
    address: `广东省江门市${DISTRICT.name}${street.name}${def.name}${rural ? "村民委员会" : "居民委员会"}`,
  });

  // Party organizations: a 党委 or 党总支, with 1–3 党支部 under it.
  const topId = uuid();
  const hasCommittee = def.featured || (!rural && rng.chance(0.5)) || rng.chance(0.2);
  out.partyOrganizations.push({
    id: topId,
    communityId: id,
    name: `${def.name}${hasCommittee ? "党委" : "党总支"}`,
    kind: hasCommittee ? "COMMITTEE" : "GENERAL_BRANCH",
    parentId: null,
    secretaryName: people.fullName(rng.chance(0.7) ? "MALE" : "FEMALE"),
  });
  const branchNames = def.name === "直冲村" ? BRANCH_NAMES_ZHICHONG : rural ? BRANCH_NAMES_RURAL : BRANCH_NAMES_URBAN;
  const branchCount = big ? 3 : rng.int(1, 3);
  const branchIds: string[] = [];
  for (const branchName of branchNames.slice(0, branchCount)) {
    const branchId = uuid();
    branchIds.push(branchId);
    out.partyOrganizations.push({
      id: branchId,
      communityId: id,
      name: `${def.name}${branchName}`,
      kind: "BRANCH",
      parentId: topId,
      secretaryName: people.fullName(rng.chance(0.6) ? "MALE" : "FEMALE"),
    });
  }

  // Social organizations: 2–5 in the communities the seeds name, 0–2 elsewhere.
  const orgCount = big ? 5 : def.featured ? rng.int(2, 5) : rng.int(0, 2);
  const templates: SocialOrgTemplate[] = rural
    ? rng.shuffle(SOCIAL_ORGS)
    : rng.shuffle(SOCIAL_ORGS.filter((t) => t.name !== "醒狮队" && t.name !== "山歌队")).concat(SOCIAL_ORGS.filter((t) => t.name === "山歌队"));
  if (def.name === "直冲村") templates.unshift(...SOCIAL_ORGS.filter((t) => t.name === "山歌队"));
  const orgNames = new Set<string>();
  for (const t of templates) {
    if (orgNames.size >= orgCount) break;
    if (orgNames.has(t.name)) continue;
    orgNames.add(t.name);
    out.socialOrganizations.push({
      id: uuid(),
      communityId: id,
      name: `${def.name}${t.name}`,
      category: t.category,
      registeredOn: new Date(Date.UTC(rng.int(2016, 2024), rng.int(0, 11), rng.int(1, 28))),
      contactName: people.fullName(rng.chance(0.5) ? "MALE" : "FEMALE"),
      contactPhone: people.contactPhone(),
      description: t.description,
    });
  }

  // Grids: 3–8, each covering one lane (村) or estate (社区).
  const gridCount = big ? 8 : rng.int(3, 8);
  const areas = rng.shuffle(rural ? RURAL_AREAS : URBAN_AREAS).slice(0, gridCount);
  const grids = areas.map((area, i) => {
    const gridId = uuid();
    out.grids.push({
      id: gridId,
      communityId: id,
      name: `第${GRID_NUMERALS[i]}网格`,
      code: `${code}-G${pad(i + 1, 2)}`,
      description: rural ? `${area}一带` : `${area}片区`,
    });
    return { id: gridId, area, nextNo: 1 };
  });

  // Households and residents.
  const residentsBefore = out.residents.length;
  const householdTarget = big ? Number.POSITIVE_INFINITY : rng.int(2, 3);
  const registeredShare = rural ? 0.85 : 0.6;
  let households = 0;
  while (households < householdTarget) {
    if (big && out.residents.length - residentsBefore >= BIG_MIN_RESIDENTS) break;
    households += 1;
    const grid = rng.pick(grids);
    const address = rural
      ? `${grid.area}${grid.nextNo++}号`
      : `${grid.area}${rng.int(1, 12)}栋${rng.int(1, 18)}${pad(grid.nextNo++, 2)}房`;
    const householdId = uuid();
    out.households.push({ id: householdId, communityId: id, gridId: grid.id, address: `${def.name}${address}` });
    const registration = rng.chance(registeredShare) ? "REGISTERED" : "RESIDENT";
    const size = rng.weighted([
      [1, 15],
      [2, 25],
      [3, 30],
      [4, 20],
      [5, 10],
    ] as const);
    addHousehold(out, rng, people, { communityId: id, householdId, gridId: grid.id, registration, size, branchIds });
  }
  ensureFlags(out.residents.slice(residentsBefore), rng, branchIds, big);
}

interface HouseholdCtx {
  communityId: string;
  householdId: string;
  gridId: string;
  registration: "REGISTERED" | "RESIDENT";
  size: number;
  branchIds: string[];
}

function addHousehold(out: Built, rng: Rng, people: People, h: HouseholdCtx) {
  const surname = people.surname();
  const headGender = rng.chance(0.75) ? "MALE" : "FEMALE";
  const headAge = h.size === 1 ? rng.int(25, 88) : rng.int(32, 75);
  const members: { name: string; gender: "MALE" | "FEMALE"; age: number }[] = [];
  members.push({ name: people.fullName(headGender, surname), gender: headGender, age: headAge });
  if (h.size >= 2) {
    const gender = headGender === "MALE" ? "FEMALE" : "MALE";
    members.push({ name: people.fullName(gender), gender, age: Math.max(22, headAge + rng.int(-5, 4)) });
  }
  const children = Math.max(0, h.size - 2 - (h.size === 5 ? 1 : 0));
  for (let i = 0; i < children; i++) {
    const gender = rng.chance(0.5) ? "MALE" : "FEMALE";
    members.push({ name: people.fullName(gender, surname), gender, age: Math.max(1, headAge - rng.int(22, 36)) });
  }
  if (h.size === 5) {
    const gender = rng.chance(0.6) ? "FEMALE" : "MALE";
    members.push({ name: people.fullName(gender, surname), gender, age: Math.min(96, headAge + rng.int(22, 30)) });
  }

  for (const m of members) {
    const birthDate = people.birthDate(m.age);
    const adult = m.age >= 18;
    const isPartyMember = adult && rng.chance(m.age >= 50 ? 0.16 : 0.1);
    out.residents.push({
      id: uuid(),
      communityId: h.communityId,
      householdId: h.householdId,
      gridId: h.gridId,
      name: m.name,
      gender: m.gender,
      birthDate,
      phone: m.age >= 16 && rng.chance(0.9) ? people.phone() : null,
      idNumber: people.idNumber(birthDate, m.gender),
      registration: h.registration,
      isPartyMember,
      partyOrganizationId: isPartyMember ? rng.pick(h.branchIds) : null,
      isNotable: m.age >= 40 && rng.chance(0.03),
      isDeputy: m.age >= 30 && rng.chance(0.015),
      isRetiredCadre: m.age >= 60 && rng.chance(0.08),
      note: m.age >= 70 && h.size === 1 ? RESIDENT_NOTES[0] : rng.chance(0.03) ? rng.pick(RESIDENT_NOTES.slice(1)) : null,
    });
  }
}

/** The big communities show every kind of flag: at least a few party members, a 乡贤, a deputy, a retired cadre. */
function ensureFlags(residents: Prisma.ResidentCreateManyInput[], rng: Rng, branchIds: string[], big: boolean) {
  if (!big) return;
  const ageOf = (r: Prisma.ResidentCreateManyInput) => REFERENCE_YEAR - 1 - (r.birthDate as Date).getUTCFullYear();
  const adults = residents.filter((r) => ageOf(r) >= 40);
  const ensure = (pred: (r: Prisma.ResidentCreateManyInput) => boolean, min: number, set: (r: Prisma.ResidentCreateManyInput) => void, pool = adults) => {
    let have = residents.filter(pred).length;
    for (const r of rng.shuffle(pool)) {
      if (have >= min) break;
      if (pred(r)) continue;
      set(r);
      have += 1;
    }
  };
  ensure((r) => r.isPartyMember === true, 8, (r) => {
    r.isPartyMember = true;
    r.partyOrganizationId = rng.pick(branchIds);
  });
  ensure((r) => r.isNotable === true, 2, (r) => (r.isNotable = true));
  ensure((r) => r.isDeputy === true, 1, (r) => (r.isDeputy = true));
  ensure((r) => r.isRetiredCadre === true, 2, (r) => (r.isRetiredCadre = true), adults.filter((r) => ageOf(r) >= 60));
}

// ---------------------------------------------------------------------------------------------
// Writing

const BATCH = 1000;

async function insertMany<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

async function writeDemo(tx: Tx, passwordHash: string): Promise<DemoAccount[]> {
  const built = buildDistrict();
  await tx.region.createMany({ data: built.regions });
  await insertMany(built.communities, (data) => tx.community.createMany({ data }));
  await insertMany(built.grids, (data) => tx.grid.createMany({ data }));
  // Branches point at their 党委/党总支: parents first.
  const tops = built.partyOrganizations.filter((p) => !p.parentId);
  const branches = built.partyOrganizations.filter((p) => p.parentId);
  await insertMany(tops, (data) => tx.partyOrganization.createMany({ data }));
  await insertMany(branches, (data) => tx.partyOrganization.createMany({ data }));
  await insertMany(built.socialOrganizations, (data) => tx.socialOrganization.createMany({ data }));
  await insertMany(built.households, (data) => tx.household.createMany({ data }));
  await insertMany(built.residents, (data) => tx.resident.createMany({ data }));

  const accounts: Prisma.AccountCreateManyInput[] = [];
  const grants: Prisma.GrantCreateManyInput[] = [];
  const result: DemoAccount[] = [];
  for (const a of ACCOUNTS) {
    const accountId = uuid();
    const regionId = a.region ? built.regionIdByName.get(a.region) : undefined;
    const communityId = a.community ? built.communityIdByName.get(a.community) : undefined;
    if (!regionId && !communityId) throw new Error(`demo account ${a.username}: unknown scope`);
    accounts.push({ id: accountId, username: a.username, displayName: a.displayName, passwordHash });
    grants.push({ accountId, role: a.role, regionId: regionId ?? null, communityId: communityId ?? null });
    result.push({ username: a.username, password: DEMO_PASSWORD, displayName: a.displayName, role: a.role, scope: (a.region ?? a.community) as string });
  }
  await tx.account.createMany({ data: accounts });
  await tx.grant.createMany({ data: grants });
  for (const seedModule of MODULE_SEEDS) await seedModule(tx, new Date());
  return result;
}

const TX_OPTIONS = { timeout: 120_000, maxWait: 30_000 } as const;

/** Seeds the demo district when the database has no Region yet; returns the accounts to print, or null when it did nothing. */
export async function seedDemoIfEmpty(prisma: PrismaClient): Promise<DemoAccount[] | null> {
  if ((await prisma.region.count()) > 0) return null;
  const passwordHash = await hashPassword(DEMO_PASSWORD); // once: argon2 is slow on purpose
  return prisma.$transaction(async (tx) => {
    // Checked again inside the transaction: another process may have seeded meanwhile.
    if ((await tx.region.count()) > 0) return null;
    return writeDemo(tx, passwordHash);
  }, TX_OPTIONS);
}

/** Seeds the demo district unconditionally (fails on a unique conflict if it is already there). */
export async function seedDemo(prisma: PrismaClient): Promise<DemoAccount[]> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return prisma.$transaction((tx) => writeDemo(tx, passwordHash), TX_OPTIONS);
}
