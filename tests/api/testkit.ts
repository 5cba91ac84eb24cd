// The API integration testkit: a fresh database per test file, a seed builder for the places and
// people of a test, accounts signed in by session cookie, API clients by bearer token, and
// GraphQL requests through yoga.fetch (no network).
import { openDatabase, type Database } from "@gongzhi/api/src/db.js";
import type { Role } from "@gongzhi/api/src/generated/prisma/enums.js";
import { hashPassword } from "@gongzhi/api/src/modules/accounts/password.js";
import { createGraphQLServer } from "@gongzhi/api/src/server.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { hashToken, newToken } from "@gongzhi/api/src/shared/tokens.js";
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

export async function createTestKit() {
  const { target, drop } = await freshDatabase();
  const db: Database = openDatabase(target);
  const prisma = db.prisma;
  const yoga = createGraphQLServer(prisma);
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
    async resident(communityId: string, data: Partial<{ name: string; phone: string; idNumber: string; householdId: string; gridId: string }> = {}) {
      const r = await prisma.resident.create({ data: { communityId, name: data.name ?? `居民${uniq()}`, ...data } });
      return { ...r, gid: toGlobalId("Resident", r.id) };
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

  return {
    prisma,
    yoga,
    gql,
    seed,
    kind: db.kind,
    async close() {
      await db.close();
      await drop();
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
