// The API integration testkit: a fresh database per test file, a seed builder for the places and
// people of a test, accounts signed in by session cookie, API clients by bearer token, and
// GraphQL requests through yoga.fetch (no network).
import { openDatabase, type Database } from "@gongzhi/api/src/db.js";
import { Prisma } from "@gongzhi/api/src/generated/prisma/client.js";
import { AUDIT_ONLY } from "@gongzhi/api/src/shared/outbox/event.js";
import type { Role } from "@gongzhi/api/src/generated/prisma/enums.js";
import { hashPassword } from "@gongzhi/api/src/modules/accounts/password.js";
import { createGraphQLServer } from "@gongzhi/api/src/server.js";
import { AuthCache, listenForAuthChanges } from "@gongzhi/api/src/shared/authCache.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { hashToken, newToken } from "@gongzhi/api/src/shared/tokens.js";
import { expect } from "vitest";
import { freshDatabase } from "./template.js";

export const PASSWORD = "Test@12345";
let passwordHash: Promise<string> | undefined;

export interface As {
  headers: Record<string, string>;
}
export interface TestAccount extends As {
  id: string;
  gid: string;
  username: string;
}
type Node = { id: string; path: string; kind: "region" | "community" };

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  status: number;
  headers: Headers;
}

export async function createTestKit(options: { onStatement?: (sql: string) => void; authCache?: boolean } = {}) {
  const { target, drop } = await freshDatabase();
  const db: Database = openDatabase(target, options);
  const prisma = db.prisma;
  // With the production server's session cache and its LISTEN connection (shared/authCache.ts).
  const authCache = options.authCache ? new AuthCache() : undefined;
  const authListener = authCache ? listenForAuthChanges(authCache, db.pglite ? { pglite: db.pglite } : { url: target }) : undefined;
  await authListener?.ready;
  const yoga = createGraphQLServer(prisma, { authCache });
  let n = 0;
  const uniq = () => `${Date.now().toString(36)}${(n++).toString(36)}`;

  async function gql<T = any>(query: string, variables: Record<string, unknown> = {}, as?: As, extraHeaders: Record<string, string> = {}): Promise<GqlResult<T>> {
    const res = await yoga.fetch("http://test/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...(as?.headers ?? {}), ...extraHeaders },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: GqlResult["errors"] };
    return { ...body, status: res.status, headers: res.headers };
  }

  const seed = {
    async district(name = `测试区${uniq()}`) {
      const id = crypto.randomUUID();
      const r = await prisma.region.create({ data: { id, kind: "DISTRICT", name, path: `/${id}/` } });
      return { ...r, gid: toGlobalId("Region", r.id), kind: "region" as const, regionKind: r.kind };
    },
    async street(district: { id: string; path: string }, name = `测试街道${uniq()}`) {
      const id = crypto.randomUUID();
      const r = await prisma.region.create({ data: { id, kind: "STREET", name, parentId: district.id, path: `${district.path}${id}/` } });
      return { ...r, gid: toGlobalId("Region", r.id), kind: "region" as const, regionKind: r.kind };
    },
    async community(street: { id: string; path: string }, name = `测试社区${uniq()}`, kind: "URBAN" | "RURAL" = "URBAN") {
      const id = crypto.randomUUID();
      const c = await prisma.community.create({ data: { id, name, kind, regionId: street.id, path: `${street.path}${id}/` } });
      return { ...c, gid: toGlobalId("Community", c.id), communityKind: c.kind, kind: "community" as const };
    },
    /** A district → street → community chain. */
    async place(kind: "URBAN" | "RURAL" = "RURAL") {
      const district = await seed.district();
      const street = await seed.street(district);
      const community = await seed.community(street, undefined, kind);
      return { district, street, community };
    },
    async grid(communityId: string, name = `第${uniq()}网格`) {
      const g = await prisma.grid.create({ data: { communityId, name } });
      return { ...g, gid: toGlobalId("Grid", g.id) };
    },
    async household(communityId: string, address = `测试路${uniq()}号`, gridId?: string) {
      const h = await prisma.household.create({ data: { communityId, address, gridId: gridId ?? null } });
      return { ...h, gid: toGlobalId("Household", h.id) };
    },
    async resident(
      communityId: string,
      data: Partial<{ name: string; phone: string; idNumber: string; householdId: string; gridId: string; isPartyMember: boolean; registration: "REGISTERED" | "RESIDENT" }> = {},
    ) {
      const r = await prisma.resident.create({ data: { communityId, name: data.name ?? `居民${uniq()}`, ...data } });
      return { ...r, gid: toGlobalId("Resident", r.id) };
    },
    async socialOrganization(communityId: string, name = `社会组织${uniq()}`) {
      const o = await prisma.socialOrganization.create({ data: { communityId, name, category: "MUTUAL_AID", contactPhone: "13800138000" } });
      return { ...o, gid: toGlobalId("SocialOrganization", o.id) };
    },
    async partyOrganization(communityId: string, name = `党支部${uniq()}`) {
      const o = await prisma.partyOrganization.create({ data: { communityId, name, kind: "BRANCH" } });
      return { ...o, gid: toGlobalId("PartyOrganization", o.id) };
    },
    /** A community with one of everything: a grid, a household in it, a resident with PII, organizations, an ADMIN. */
    async filledCommunity(street: { id: string; path: string }) {
      const community = await seed.community(street);
      const grid = await seed.grid(community.id);
      const household = await seed.household(community.id, undefined, grid.id);
      const resident = await seed.resident(community.id, { phone: nextPhone(), idNumber: makeIdNumber(), householdId: household.id, gridId: grid.id });
      const socialOrganization = await seed.socialOrganization(community.id);
      const partyOrganization = await seed.partyOrganization(community.id);
      const admin = await seed.account("ADMIN", community);
      return { community, grid, household, resident, socialOrganization, partyOrganization, admin };
    },
    /**
     * Two tenants for isolation tests: one district, street SA holding communities A and A2, street
     * SB holding B. A and B are filled; each has an ADMIN.
     */
    async tenants() {
      const district = await seed.district();
      const streetA = await seed.street(district);
      const streetB = await seed.street(district);
      const A = await seed.filledCommunity(streetA);
      const A2 = await seed.filledCommunity(streetA);
      const B = await seed.filledCommunity(streetB);
      return { district, streetA, streetB, A, A2, B };
    },
    /** An account holding `role` on `node`, signed in (a session cookie in .headers). */
    async account(role: Role, node: Node | Node[], username = `user_${uniq()}`): Promise<TestAccount> {
      passwordHash ??= hashPassword(PASSWORD);
      const account = await prisma.account.create({ data: { username, displayName: `测试${username}`, passwordHash: await passwordHash } });
      for (const nd of Array.isArray(node) ? node : [node]) {
        await prisma.grant.create({
          data: { accountId: account.id, role, regionId: nd.kind === "region" ? nd.id : null, communityId: nd.kind === "community" ? nd.id : null },
        });
      }
      const token = newToken("gzs");
      await prisma.session.create({ data: { accountId: account.id, tokenHash: hashToken(token), expiresAt: new Date(Date.now() + 86_400_000) } });
      return { id: account.id, gid: toGlobalId("Account", account.id), username, headers: { cookie: `gz_session=${token}` } };
    },
    /** An API client with a bearer token, scoped to communities and actions. */
    async apiClient(communityIds: string[], actions: string[], createdById: string) {
      const token = newToken("gzc");
      const client = await prisma.apiClient.create({
        data: { name: `app_${uniq()}`, tokenHash: hashToken(token), tokenPrefix: token.slice(0, 10), actions, createdById, communities: { create: communityIds.map((communityId) => ({ communityId })) } },
      });
      return { ...client, gid: toGlobalId("ApiClient", client.id), token, headers: { authorization: `Bearer ${token}` } as Record<string, string> };
    },
  };

  /** Run one of the standard mutation documents in `M`. */
  const mutate = (field: MutationName, variables: Record<string, unknown>, as?: As, headers: Record<string, string> = {}) => gql(M[field], variables, as, headers);

  /** Every row of every table, in a stable order: compare before/after to prove nothing changed. */
  async function dump() {
    const byId = { orderBy: { id: "asc" as const } };
    return {
      region: await prisma.region.findMany(byId),
      community: await prisma.community.findMany(byId),
      grid: await prisma.grid.findMany(byId),
      household: await prisma.household.findMany(byId),
      resident: await prisma.resident.findMany(byId),
      socialOrganization: await prisma.socialOrganization.findMany(byId),
      partyOrganization: await prisma.partyOrganization.findMany(byId),
      account: await prisma.account.findMany(byId),
      grant: await prisma.grant.findMany(byId),
      session: await prisma.session.findMany(byId),
      apiClient: await prisma.apiClient.findMany(byId),
      apiClientCommunity: await prisma.apiClientCommunity.findMany({ orderBy: [{ apiClientId: "asc" }, { communityId: "asc" }] }),
      auditEntry: await prisma.auditEntry.findMany(byId),
      // position is a bigint (JSON.stringify cannot write one).
      outboxEvent: (await prisma.outboxEvent.findMany(byId)).map((e) => ({ ...e, position: e.position?.toString() ?? null })),
    };
  }

  /** How many audit rows match `where` (all of them by default). */
  const auditCount = (where: Record<string, unknown> = {}) => prisma.auditEntry.count({ where });

  /**
   * The mutation is refused with a typed UserError (`code` on `field`) and the database is exactly
   * as it was: no row changed, no audit row written. Returns the error.
   */
  async function refused(field: MutationName, variables: Record<string, unknown>, as: As | undefined, code: string, errField: string | null) {
    const before = await dump();
    const err = userError(await mutate(field, variables, as), field);
    expect({ code: err.code, field: err.field }, err.message).toEqual({ code, field: errField });
    expect(err.issues[0]).toMatchObject({ code, field: errField });
    expect(await dump()).toEqual(before);
    return err;
  }

  /** Every audit row of a command has exactly one outbox event, written with it (shared/outbox); none for audit-only records. */
  async function assertOutboxComplete() {
    const missing = await prisma.$queryRaw<{ id: string; action: string }[]>`SELECT a."id", a."action" FROM "AuditEntry" a
      WHERE a."action" <> 'resident:viewPii' AND a."action" NOT IN (${Prisma.join(Object.keys(AUDIT_ONLY))})
        AND NOT EXISTS (SELECT 1 FROM "OutboxEvent" e WHERE e."auditEntryId" = a."id")`;
    expect(missing, "audit rows without their outbox event").toEqual([]);
    const extra = await prisma.outboxEvent.count({ where: { auditEntry: { action: { in: ["resident:viewPii", ...Object.keys(AUDIT_ONLY)] } } } });
    expect(extra, "outbox events of audit-only records").toBe(0);
  }

  return {
    prisma,
    yoga,
    authCache,
    authListener,
    gql,
    mutate,
    refused,
    dump,
    auditCount,
    assertOutboxComplete,
    seed,
    kind: db.kind,
    async close() {
      try {
        await assertOutboxComplete();
      } finally {
        await authListener?.stop();
        await db.close();
        await drop();
      }
    },
  };
}

export type TestKit = Awaited<ReturnType<typeof createTestKit>>;

/** Expect a mutation result to be a UserError; returns it. */
export function userError(result: GqlResult, field: string) {
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  const payload = result.data?.[field];
  if (payload?.__typename !== "UserError") throw new Error(`expected UserError, got ${JSON.stringify(payload)}`);
  return payload as { code: string; field: string | null; message: string; issues: { field: string | null; code: string; message: string }[] };
}

/** Expect a mutation result to be a success; returns its data. */
export function success<T = any>(result: GqlResult, field: string): T {
  if (result.errors) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
  const payload = result.data?.[field];
  if (!payload || payload.__typename === "UserError") throw new Error(`expected success, got ${JSON.stringify(payload)}`);
  return payload.data as T;
}

export const ERR = `... on UserError { code field message issues { field code message } }`;

/** A mutation document: the success's `data { select }` and the UserError fields. */
export function mutationDoc(field: string, vars: string, args: string, select = "id") {
  const cap = field[0]!.toUpperCase() + field.slice(1);
  return `mutation(${vars}) { ${field}(${args}) { __typename ... on Mutation${cap}Success { data { ${select} } } ${ERR} } }`;
}
const withInput = (field: string, type: string, select?: string) => mutationDoc(field, `$input: ${type}!`, "input: $input", select);
const withIdInput = (field: string, type: string, select?: string) => mutationDoc(field, `$id: ID!, $input: ${type}!`, "id: $id, input: $input", select);
const RESIDENT = "id name phone idNumber maskedPhone maskedIdNumber birthDate grid { id } household { id } community { id }";

/** One standard document per mutation: variables are `input`, `id` (+ `input`), or the mutation's own arguments. */
export const M = {
  createStreet: withInput("createStreet", "CreateStreetInput", "id name kind"),
  createCommunity: withInput("createCommunity", "CreateCommunityInput", "id name kind"),
  updateCommunity: withIdInput("updateCommunity", "UpdateCommunityInput", "id name address"),
  createGrid: withInput("createGrid", "CreateGridInput", "id name"),
  updateGrid: withIdInput("updateGrid", "UpdateGridInput", "id name"),
  createHousehold: withInput("createHousehold", "CreateHouseholdInput", "id address grid { id }"),
  updateHousehold: withIdInput("updateHousehold", "UpdateHouseholdInput", "id address grid { id }"),
  createResident: withInput("createResident", "CreateResidentInput", RESIDENT),
  updateResident: withIdInput("updateResident", "UpdateResidentInput", RESIDENT),
  createSocialOrganization: withInput("createSocialOrganization", "CreateSocialOrganizationInput", "id name"),
  updateSocialOrganization: withIdInput("updateSocialOrganization", "UpdateSocialOrganizationInput", "id name"),
  createPartyOrganization: withInput("createPartyOrganization", "CreatePartyOrganizationInput", "id name"),
  updatePartyOrganization: withIdInput("updatePartyOrganization", "UpdatePartyOrganizationInput", "id name"),
  createAccount: withInput("createAccount", "CreateAccountInput", "id username grants { id role }"),
  updateAccount: withIdInput("updateAccount", "UpdateAccountInput", "id displayName disabled"),
  resetAccountPassword: mutationDoc("resetAccountPassword", "$id: ID!, $newPassword: String!", "id: $id, newPassword: $newPassword"),
  grantRole: withInput("grantRole", "GrantRoleInput", "id role nodeName"),
  revokeGrant: mutationDoc("revokeGrant", "$id: ID!", "id: $id", "id grants { id role }"),
  registerApiClient: withInput("registerApiClient", "RegisterApiClientInput", "token apiClient { id name tokenPrefix actions lastUsedAt revokedAt communities { id } }"),
  revokeApiClient: mutationDoc("revokeApiClient", "$id: ID!", "id: $id", "id revokedAt"),
  signIn: withInput("signIn", "SignInInput", "id username"),
  changeMyPassword: mutationDoc("changeMyPassword", "$currentPassword: String!, $newPassword: String!", "currentPassword: $currentPassword, newPassword: $newPassword"),
  signOut: "mutation { signOut }",
} as const;
export type MutationName = keyof typeof M;

/** The root fields of the served schema (introspection through yoga.fetch), for coverage checks. */
export async function rootFields(kit: { gql: TestKit["gql"] }) {
  const r = await kit.gql<{ __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } } }>(
    `{ __schema { queryType { fields { name } } mutationType { fields { name } } } }`,
  );
  return { query: r.data!.__schema.queryType.fields.map((f) => f.name).sort(), mutation: r.data!.__schema.mutationType.fields.map((f) => f.name).sort() };
}

/** A valid 18-character 身份证号 (GB 11643-1999 check digit) for a birth date YYYYMMDD. */
let idSeq = 0;
export function makeIdNumber(birth = "19800101", area = "440703"): string {
  const body = `${area}${birth}${String(100 + (idSeq++ % 900)).padStart(3, "0")}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = weights.reduce((s, w, i) => s + w * Number(body[i]), 0);
  return body + "10X98765432"[sum % 11]!;
}
/** The same ID number with a wrong check character. */
export const breakCheckDigit = (id: string) => id.slice(0, 17) + (id[17] === "0" ? "1" : "0");
let phoneSeq = 0;
export const nextPhone = () => `139${String(10_000_000 + phoneSeq++).padStart(8, "0")}`;

/** The database id inside a global id. */
export const dbId = (gid: string) => Buffer.from(gid, "base64").toString("utf8").split(":")[1]!;

/** The first error of a GraphQL response that failed outside typed results. */
export function gqlError(result: GqlResult) {
  const e = result.errors?.[0];
  if (!e) throw new Error(`expected a GraphQL error, got ${JSON.stringify(result.data)}`);
  return { message: e.message, code: e.extensions?.code as string | undefined, field: e.extensions?.field as string | undefined };
}
