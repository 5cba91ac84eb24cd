// Sign-in throttling in the database, so every process sees the same counts. Before a password is
// checked, an attempt is reserved on two keys — the username (known or not: an unknown one is
// throttled alike, so answers never tell which usernames exist) and the client's address — each
// with one INSERT … ON CONFLICT DO UPDATE … RETURNING. PostgreSQL serializes those statements on
// the row, so of 100 concurrent attempts exactly as many are reserved as the limit allows; the
// others get no row back and are refused without a password check.
import type { Db } from "../../db.js";

/** After this many failures in a row an account waits, doubling each time, up to 15 minutes. */
export const FREE_ATTEMPTS = 5;
export const lockoutMs = (failures: number) => (failures < FREE_ATTEMPTS ? 0 : Math.min(15 * 60_000, 30_000 * 2 ** (failures - FREE_ATTEMPTS)));

interface Limit {
  /** Reserved attempts allowed in a window; the one that reaches it sets the lock. */
  limit: number;
  /** Counts older than this (from the window's first attempt) are forgotten once unlocked. */
  windowMs: number;
  /** The lock set on reaching the limit: baseMs, doubling with each attempt after it, up to maxMs. */
  baseMs: number;
  maxMs: number;
}

/** Per username: 5 attempts, then 30 s, 1 min, 2 min … up to 15 min between attempts; forgotten after an hour. */
export const USERNAME_LIMIT: Limit = { limit: FREE_ATTEMPTS, windowMs: 60 * 60_000, baseMs: 30_000, maxMs: 15 * 60_000 };
/** Per client address (many usernames from one place): 30 failed attempts in 10 minutes, then 10 minutes' wait. */
export const ADDRESS_LIMIT: Limit = { limit: 30, windowMs: 10 * 60_000, baseMs: 10 * 60_000, maxMs: 10 * 60_000 };

/** Usernames are at most 32 characters; longer input names no account and is keyed by its start. */
export const usernameKey = (username: string) => `user:${username.trim().toLowerCase().slice(0, 64)}`;
export const addressKey = (ip: string) => `ip:${ip}`;

/**
 * Reserve one attempt on `key`: true when it may go on to a password check (and is counted as a
 * failure until `reset` or `refund`), false while the key is locked.
 */
export async function reserve(db: Db, key: string, l: Limit, now: Date): Promise<boolean> {
  const windowStart = new Date(now.getTime() - l.windowMs);
  // The count this attempt makes: 1 in a new window, one more otherwise (SET sees the old row).
  const rows = await db.$queryRaw<{ failures: number }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "windowStartedAt", "lockedUntil")
    VALUES (${key}, 1, ${now}::timestamptz,
      CASE WHEN 1 >= ${l.limit}::int THEN ${now}::timestamptz + ${l.baseMs}::float8 * interval '1 millisecond' END)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."windowStartedAt" <= ${windowStart}::timestamptz THEN 1 ELSE t."failures" + 1 END,
      "windowStartedAt" = CASE WHEN t."windowStartedAt" <= ${windowStart}::timestamptz THEN ${now}::timestamptz ELSE t."windowStartedAt" END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN t."windowStartedAt" <= ${windowStart}::timestamptz THEN 1 ELSE t."failures" + 1 END) >= ${l.limit}::int
        THEN ${now}::timestamptz + LEAST(${l.maxMs}::float8,
          ${l.baseMs}::float8 * power(2::float8, (CASE WHEN t."windowStartedAt" <= ${windowStart}::timestamptz THEN 1 ELSE t."failures" + 1 END) - ${l.limit}::int))
          * interval '1 millisecond'
        END
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}::timestamptz
    RETURNING t."failures"`;
  return rows.length === 1;
}

/** Seconds until the key may be tried again (at least 1). */
export async function retryAfterSeconds(db: Db, key: string, now: Date): Promise<number> {
  const row = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  const ms = row?.lockedUntil ? row.lockedUntil.getTime() - now.getTime() : 1000;
  return Math.max(1, Math.ceil(ms / 1000));
}

/** Give back a reserved attempt that did not fail (the password was right, or another key refused it). */
export async function refund(db: Db, key: string) {
  await db.$executeRaw`UPDATE "SignInThrottle" SET "failures" = GREATEST("failures" - 1, 0) WHERE "key" = ${key}`;
}

/** A successful sign-in clears its username's count and lock; stale rows of other keys go too. */
export async function reset(db: Db, key: string, now: Date) {
  await db.signInThrottle.deleteMany({ where: { key } });
  const dayAgo = new Date(now.getTime() - 86_400_000);
  await db.signInThrottle.deleteMany({ where: { windowStartedAt: { lt: dayAgo }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
}
