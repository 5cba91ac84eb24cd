// The session cache of an API process (issue #13: auth without a statement on every request).
// A signed-in request's actor (account and grants) is read from the database once and kept here,
// keyed by the session token's hash. What could make a kept actor wrong is announced by the
// database itself: triggers on Session, Grant, Account (disabled) and the region/community paths
// send NOTIFY gongzhi_auth at commit (migration 20261206231500_auth_notify), whoever writes, and
// every process LISTENs (startAuthCache). So sign-out, disable, revoke and grant changes made in
// one process reach the others' caches as soon as PostgreSQL delivers the notification.
//
// The cache is only used while its listener is connected: until then, and whenever the connection
// drops, every request reads the database as without a cache, and everything kept is dropped.
// A read that a notification overtakes is not kept (a generation counter), so a request that read
// the old grants just before a revoke committed cannot put them back after the notification.
// Entries also expire after MAX_AGE_MS and at the session's own expiry. Misses (no such session)
// are never kept: a new session needs no notification.
import type { EmbeddedDb } from "../pglite-thread.js";
import pg from "pg";
import type { Actor, Context } from "./context.js";

export const AUTH_CHANNEL = "gongzhi_auth";
const MAX_ENTRIES = 10_000;
const MAX_AGE_MS = 60_000;

export type AccountActor = Extract<Actor, { kind: "account" }>;
interface Entry {
  actor: AccountActor;
  expiresAt: number;
  keptUntil: number;
}

export class AuthCache {
  readonly #entries = new Map<string, Entry>();
  readonly #waiters = new Map<string, Set<() => void>>();
  readonly #served = new WeakSet<AccountActor>();
  #generation = 0;
  #live = false;

  /** Whether the listener is connected (only then is anything kept or served). */
  get live(): boolean {
    return this.#live;
  }

  /** Taken before reading the database; pass it to set() so an overtaken read is not kept. */
  generation(): number {
    return this.#generation;
  }

  get(tokenHash: string, now: Date): AccountActor | undefined {
    if (!this.#live) return undefined;
    const e = this.#entries.get(tokenHash);
    if (!e) return undefined;
    const t = now.getTime();
    if (e.expiresAt <= t || e.keptUntil <= t) {
      this.#entries.delete(tokenHash);
      return undefined;
    }
    this.#served.add(e.actor);
    return e.actor;
  }

  set(tokenHash: string, actor: AccountActor, expiresAt: Date, generation: number, now: Date): void {
    if (!this.#live || generation !== this.#generation) return;
    if (this.#entries.size >= MAX_ENTRIES) {
      // The oldest kept entry goes (a Map iterates in insertion order).
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
    this.#entries.set(tokenHash, { actor, expiresAt: expiresAt.getTime(), keptUntil: now.getTime() + MAX_AGE_MS });
  }

  /** A notification's payload: an account's id (its sessions go), or "*" (everything goes). */
  invalidate(payload: string): void {
    const all = this.#drop(payload);
    for (const [key, waiters] of this.#waiters) {
      if (!all && key !== payload) continue;
      for (const w of waiters) w();
      this.#waiters.delete(key);
    }
  }

  /**
   * Called inside a transaction that changes an account's sessions or grants (before it commits):
   * resolves once the database's notification of it came back to this process, so the command can
   * answer after every listening process was told (see command() in audit.ts), or after
   * `timeoutMs` (listener down: then no process serves from its cache). Also drops the account's
   * entries here at once.
   */
  expect(accountId: string, timeoutMs = 2000): Promise<void> {
    this.#drop(accountId);
    if (!this.#live) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const set = this.#waiters.get(accountId) ?? new Set();
      this.#waiters.set(accountId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      timer.unref();
      set.add(done);
    });
  }

  #drop(payload: string): boolean {
    this.#generation++;
    const all = payload === "*" || payload === "";
    if (all) this.#entries.clear();
    else for (const [k, e] of this.#entries) if (e.actor.accountId === payload) this.#entries.delete(k);
    return all;
  }

  /** The listener connected (true) or was lost (false); either way nothing kept so far is trusted. */
  setLive(live: boolean): void {
    this.#generation++;
    this.#entries.clear();
    this.#live = live;
  }

  /** Whether `actor` was served from this cache (not read from the database for the request). */
  isKept(actor: AccountActor): boolean {
    return this.#served.has(actor);
  }

  get size(): number {
    return this.#entries.size;
  }
}

/**
 * A command's transaction changes `accountId`'s sessions, grants or standing: the command answers
 * only once every process's cache was told (command() in audit.ts awaits ctx.authChanges).
 */
export function authChanged(ctx: Context, accountId: string): void {
  if (ctx.authCache) (ctx.authChanges ??= []).push(ctx.authCache.expect(accountId));
}

export interface AuthListener {
  /** Resolves once the listener first connected (or failed to). */
  ready: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Keep `cache` in step with the database: LISTEN gongzhi_auth on a connection of its own
 * (PostgreSQL; reconnects with a growing backoff, the cache is off while it is down) or on the
 * embedded PGlite itself (single process: delivered when the writing transaction commits).
 */
export function listenForAuthChanges(
  cache: AuthCache,
  target: { url: string } | { pglite: Pick<EmbeddedDb, "listen"> },
  report: (e: unknown) => void = (e) => console.error("[auth cache] listener:", e),
): AuthListener {
  if ("pglite" in target) {
    let unlisten: (() => Promise<void>) | null = null;
    const ready = target.pglite
      .listen(AUTH_CHANNEL, (payload) => cache.invalidate(payload))
      .then((u) => {
        unlisten = u;
        cache.setLive(true);
      })
      .catch(report);
    return {
      ready,
      async stop() {
        cache.setLive(false);
        await ready;
        await unlisten?.().catch(() => undefined);
      },
    };
  }
  let stopping = false;
  let client: pg.Client | null = null;
  let backoff = 500;
  let retry: NodeJS.Timeout | null = null;
  let first: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (first = resolve));
  const connect = () => {
    if (stopping) return;
    const c = new pg.Client({ connectionString: target.url });
    client = c;
    const lost = (e?: unknown) => {
      if (client !== c) return;
      client = null;
      cache.setLive(false);
      c.end().catch(() => undefined);
      first();
      if (stopping) return;
      if (e) report(e);
      retry = setTimeout(connect, backoff);
      retry.unref();
      backoff = Math.min(backoff * 2, 10_000);
    };
    c.on("error", lost);
    c.on("end", () => lost());
    c.on("notification", (n) => cache.invalidate(n.payload ?? "*"));
    c.connect()
      .then(() => c.query(`LISTEN ${AUTH_CHANNEL}`))
      .then(() => {
        if (client !== c) return;
        backoff = 500;
        cache.setLive(true);
        first();
      })
      .catch(lost);
  };
  connect();
  return {
    ready,
    async stop() {
      stopping = true;
      if (retry) clearTimeout(retry);
      cache.setLive(false);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
