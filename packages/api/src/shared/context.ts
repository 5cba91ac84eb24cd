// The request context: who is asking (an account by session cookie, an API client by bearer
// token, optionally acting for a resident, a resident by their own session cookie, or nobody) and
// their grants, loaded once per request.
import { parseCookie } from "cookie";
import type { Db } from "../db.js";
import type { AuthCache } from "./authCache.js";
import type { Role } from "../generated/prisma/enums.js";
import { UserError } from "./errors.js";
import { parseId } from "./ids.js";
import { hashToken } from "./tokens.js";

export const SESSION_COOKIE = "gz_session";
/** The resident side's session cookie: its own name, so a staff session and a resident session never stand for each other. */
export const RESIDENT_COOKIE = "gz_resident";
export const ACT_AS_HEADER = "x-act-as-resident";

export interface GrantInfo {
  id: string;
  role: Role;
  /** Materialized path of the granted node (region or community). */
  path: string;
  regionId: string | null;
  communityId: string | null;
}

export type Actor =
  | { kind: "anonymous" }
  | { kind: "account"; accountId: string; sessionId: string; grants: GrantInfo[] }
  | {
      kind: "client";
      clientId: string;
      actions: Set<string>;
      communityIds: Set<string>;
      /** The resident the client acts for (X-Act-As-Resident), checked to live in the client's communities. */
      actingResidentId: string | null;
    }
  | {
      /** A resident signed in on the resident side (one-time code or sign-in card): acts for themselves, in their community. */
      kind: "resident";
      residentId: string;
      sessionId: string;
      communityId: string;
    };

export interface Context {
  prisma: Db;
  actor: Actor;
  /** Set-Cookie header values to send with the response. */
  setCookies: string[];
  cache: { communityPaths: Map<string, string | null> };
  now: () => Date;
  /** The client's network address as the HTTP layer determined it (for per-address limits). */
  ip: string;
  /** The process's session cache, when it has one (shared/authCache.ts). */
  authCache?: AuthCache;
  /** The actor came from the session cache (a mutation reads it again: yoga.ts). */
  actorFromCache?: boolean;
  /** Notifications of auth changes the current command waits for after its commit (authChanged()). */
  authChanges?: Promise<void>[];
}

/** The request's cookies; a malformed percent-escape is kept as it is (never throws). */
export function parseCookies(header: string | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(parseCookie(header ?? ""))) if (v !== undefined) out[k] = v;
  return out;
}

/** The columns of a grant the actor carries (nested in the session's query: one statement with relation joins). */
const grantSelect = { id: true, role: true, regionId: true, communityId: true, region: { select: { path: true } }, community: { select: { path: true } } } as const;
type GrantRow = { id: string; role: Role; regionId: string | null; communityId: string | null; region: { path: string } | null; community: { path: string } | null };

const toGrantInfo = (g: GrantRow): GrantInfo => ({
  id: g.id,
  role: g.role,
  regionId: g.regionId,
  communityId: g.communityId,
  path: g.region?.path ?? g.community?.path ?? "/nowhere/",
});

export async function loadGrants(prisma: Db, accountId: string): Promise<GrantInfo[]> {
  return (await prisma.grant.findMany({ where: { accountId }, select: grantSelect })).map(toGrantInfo);
}

/** Resolve the actor of a request. A bad bearer token or act-as header is an error, never anonymous. */
export async function resolveActor(prisma: Db, headers: Headers, now: Date, authCache?: AuthCache): Promise<Actor> {
  const auth = headers.get("authorization");
  if (auth) {
    const m = /^Bearer\s+(\S+)$/i.exec(auth);
    if (!m) throw new UserError("UNAUTHENTICATED", "Authorization 头应为 Bearer <token>", "Authorization");
    const client = await prisma.apiClient.findUnique({
      where: { tokenHash: hashToken(m[1]!) },
      select: { id: true, actions: true, revokedAt: true, lastUsedAt: true, communities: { select: { communityId: true } } },
    });
    if (!client || client.revokedAt) throw new UserError("UNAUTHENTICATED", "API 令牌无效或已吊销 (invalid or revoked token)", "Authorization");
    // Record last use, at most once a minute per client to spare the row.
    if (!client.lastUsedAt || now.getTime() - client.lastUsedAt.getTime() > 60_000) {
      await prisma.apiClient.update({ where: { id: client.id }, data: { lastUsedAt: now } });
    }
    const communityIds = new Set(client.communities.map((c) => c.communityId));
    const actions = new Set(client.actions);
    let actingResidentId: string | null = null;
    const actAs = headers.get(ACT_AS_HEADER);
    if (actAs) {
      if (!actions.has("resident:actAs")) {
        throw new UserError("FORBIDDEN", "此客户端没有代居民操作 (resident:actAs) 的权限", ACT_AS_HEADER);
      }
      const residentId = parseId(ACT_AS_HEADER, actAs, "Resident");
      const resident = await prisma.resident.findUnique({ where: { id: residentId }, select: { communityId: true } });
      if (!resident || !communityIds.has(resident.communityId)) {
        throw new UserError("NOT_FOUND", "居民不存在或不属于此客户端的社区", ACT_AS_HEADER);
      }
      actingResidentId = residentId;
    }
    return { kind: "client", clientId: client.id, actions, communityIds, actingResidentId };
  }
  const cookies = parseCookies(headers.get("cookie"));
  const token = cookies[SESSION_COOKIE];
  if (token) {
    // Session, account and grants in one statement (Prisma's relation joins); with the process's
    // session cache (authCache.ts, kept in step by the database's NOTIFY) none at all.
    const tokenHash = hashToken(token);
    const kept = authCache?.get(tokenHash, now);
    if (kept) return kept;
    const generation = authCache?.generation() ?? 0;
    const session = await prisma.session.findUnique({
      where: { tokenHash },
      select: { id: true, expiresAt: true, account: { select: { id: true, disabledAt: true, grants: { select: grantSelect } } } },
    });
    if (session && session.expiresAt > now && !session.account.disabledAt) {
      const actor = { kind: "account", accountId: session.account.id, sessionId: session.id, grants: session.account.grants.map(toGrantInfo) } as const;
      authCache?.set(tokenHash, actor, session.expiresAt, generation, now);
      return actor;
    }
  }
  // A resident's session: one statement, never cached (the cache and its triggers are for staff
  // sessions, whose grants can change under them; a resident session carries no grants).
  const residentToken = cookies[RESIDENT_COOKIE];
  if (residentToken) {
    const s = await prisma.residentSession.findUnique({ where: { tokenHash: hashToken(residentToken) }, select: { id: true, residentId: true, communityId: true, expiresAt: true } });
    if (s && s.expiresAt > now) return { kind: "resident", residentId: s.residentId, sessionId: s.id, communityId: s.communityId };
  }
  return { kind: "anonymous" };
}

export async function createContext(prisma: Db, headers: Headers, ip = "unknown", authCache?: AuthCache): Promise<Context> {
  const now = new Date();
  const actor = await resolveActor(prisma, headers, now, authCache);
  const actorFromCache = authCache !== undefined && actor.kind === "account" && authCache.isKept(actor);
  return { prisma, actor, setCookies: [], cache: { communityPaths: new Map() }, now: () => new Date(), ip, authCache, actorFromCache };
}

/**
 * A mutation never runs on a kept actor: it reads the session and grants again (one statement), so
 * nothing is changed on grants another process revoked a moment ago, before its notification
 * arrived here. Reads may use the kept actor until the notification arrives (milliseconds).
 */
export async function freshActorForChange(ctx: Context, headers: Headers): Promise<void> {
  if (!ctx.actorFromCache) return;
  ctx.actor = await resolveActor(ctx.prisma, headers, new Date());
  ctx.actorFromCache = false;
}
