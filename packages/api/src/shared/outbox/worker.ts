// The outbox's delivery worker, one per API process. For each registered subscriber it hands over
// the events after the subscriber's cursor, in position (commit) order, and after each one records
// the delivery and moves the cursor in one short transaction: an event is acknowledged only after
// its handler returned, so a process killed mid-delivery loses nothing (the next run redelivers
// from the cursor: at least once). A handler that throws is retried with exponential backoff and
// holds up only its own subscriber (later events wait: order is kept).
//
// Several processes on one PostgreSQL database (WORKERS > 1) all run a worker; a lease on the
// subscriber's row (lockedBy, lockedUntil: one atomic UPDATE) lets one of them deliver for a
// subscriber at a time, and a killed holder's lease lapses after `leaseMs`. PGlite has one process
// (`exclusive`): leases left by a killed predecessor are taken over at start.
//
// No transaction is held while a handler runs: PGlite has one connection, and a handler calling a
// webhook must not hold up the API's requests.
//
// Wake-ups: `command()` nudges this process's worker after each commit; the position trigger sends
// NOTIFY gongzhi_outbox at commit, which a worker on PostgreSQL LISTENs to (commits in the other
// processes); and a poll every `pollMs` catches anything else (an idle poll is one indexed read per
// subscriber).
//
// Why not a queue library: the maintained Node job queues (pg-boss, graphile-worker, BullMQ) run
// jobs in parallel without an order per consumer, keep their own schema outside our migrations,
// and need node-postgres (or Redis): none runs on PGlite, the default database. What is left here
// is a cursor per subscriber (a few SQL statements) and a one-line backoff.
import os from "node:os";
import pg from "pg";
import type { Db } from "../../db.js";
import { onOutboxCommitted, subscribers as registered, type OutboxMessage, type Subscriber } from "./subscribers.js";

export interface OutboxWorkerOptions {
  /** This process's name on the leases it holds (default host:pid:random). */
  owner?: string;
  /** The only process using the database (PGlite): leases left behind by a killed process are taken over at start. */
  exclusive?: boolean;
  /** Check for undelivered events this often even without a wake-up (ms). */
  pollMs?: number;
  /** A lease lasts this long and is renewed every third of it while this process delivers; a killed holder's lapses after it (ms). */
  leaseMs?: number;
  /** Events read per query. */
  batchSize?: number;
  /** Backoff after a failed delivery: baseMs, doubled per failure of the same event, at most maxMs. */
  retry?: { baseMs?: number; maxMs?: number };
  /** A PostgreSQL URL to LISTEN on for commits in other processes. */
  listenUrl?: string;
  /** The subscribers to deliver to (default: those registered with subscribe()). */
  subscribers?: () => Subscriber[];
  /** Failures (a handler's, or the database's) are reported here as well as recorded. */
  onError?: (subscriber: string, error: unknown) => void;
}

export interface OutboxWorker {
  /** Deliver now (coalesced with a delivery already running). */
  wake(): void;
  /** Resolves once every subscriber has no due event left (for tests and scripts). */
  idle(): Promise<void>;
  /** Stop: no new deliveries, wait for the ones running, release this process's leases. */
  stop(): Promise<void>;
}

/** Delay before the next attempt after `failures` consecutive failures of one event: base·2^(n−1), ±20 % jitter, at most max. */
export function retryDelay(failures: number, baseMs = 1000, maxMs = 300_000, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(failures - 1, 30)));
  return Math.round(Math.min(maxMs, exp * (0.8 + 0.4 * random())));
}

/** Short text of an error for the delivery record. */
export const errorText = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e)).slice(0, 2000);

type EventRow = Awaited<ReturnType<Db["outboxEvent"]["findMany"]>>[number];

export const toMessage = (e: EventRow): OutboxMessage => ({
  id: e.id,
  position: e.position!,
  type: e.type,
  subjectType: e.subjectType,
  subjectId: e.subjectId,
  communityId: e.communityId,
  regionId: e.regionId,
  action: e.action,
  actor: { accountId: e.actorAccountId, apiClientId: e.apiClientId, actingResidentId: e.actingResidentId },
  payload: e.payload,
  occurredAt: e.occurredAt,
});

export function startOutboxWorker(prisma: Db, options: OutboxWorkerOptions = {}): OutboxWorker {
  const owner = options.owner ?? `${os.hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 8)}`;
  const pollMs = options.pollMs ?? 1000;
  const leaseSeconds = (options.leaseMs ?? 60_000) / 1000;
  const batchSize = options.batchSize ?? 100;
  const baseMs = options.retry?.baseMs ?? 1000;
  const maxMs = options.retry?.maxMs ?? 300_000;
  const list = options.subscribers ?? registered;
  const report = options.onError ?? ((name: string, e: unknown) => console.error(`[outbox] ${name}: ${errorText(e)}`));

  let stopping = false;
  const known = new Set<string>();
  const running = new Map<string, Promise<void>>();
  const again = new Set<string>();
  const timers = new Set<NodeJS.Timeout>();
  // PGlite: leases a killed predecessor left behind are this process's to take (at the first run, so
  // a process with no subscriber touches nothing; retried at the next run if it fails).
  let ready: Promise<unknown> | null = null;
  const prepare = () =>
    (ready ??= options.exclusive
      ? prisma.$executeRaw`UPDATE "OutboxSubscriber" SET "lockedBy" = NULL, "lockedUntil" = NULL WHERE "lockedBy" IS NOT NULL`.catch((e: unknown) => {
          ready = null;
          throw e;
        })
      : Promise.resolve());

  /** The subscriber's row, created at its first run: its cursor at 0 ("start") or after the last committed event ("now"). */
  async function ensure(sub: Subscriber) {
    if (known.has(sub.name)) return;
    if (sub.from === "start") {
      await prisma.$executeRaw`INSERT INTO "OutboxSubscriber" ("name", "position", "updatedAt") VALUES (${sub.name}, 0, now()) ON CONFLICT ("name") DO NOTHING`;
    } else {
      await prisma.$executeRaw`INSERT INTO "OutboxSubscriber" ("name", "position", "updatedAt")
        SELECT ${sub.name}, COALESCE(MAX("position"), 0), now() FROM "OutboxEvent" ON CONFLICT ("name") DO NOTHING`;
    }
    known.add(sub.name);
  }

  /** Is an event due for the subscriber (one indexed read, so an idle poll writes nothing)? */
  async function due(name: string): Promise<boolean> {
    const rows = await prisma.$queryRaw<{ due: number }[]>`SELECT 1 AS "due" FROM "OutboxSubscriber" s
      WHERE s."name" = ${name} AND (s."retryAt" IS NULL OR s."retryAt" <= now())
        AND EXISTS (SELECT 1 FROM "OutboxEvent" e WHERE e."position" > s."position")`;
    return rows.length > 0;
  }

  /** Take (or renew) the lease: the cursor, or null when another live process holds it or a retry is not due. */
  async function claim(name: string): Promise<bigint | null> {
    const rows = await prisma.$queryRaw<{ position: bigint }[]>`UPDATE "OutboxSubscriber"
      SET "lockedBy" = ${owner}, "lockedUntil" = now() + make_interval(secs => ${leaseSeconds}::float8), "updatedAt" = now()
      WHERE "name" = ${name} AND ("lockedBy" IS NULL OR "lockedBy" = ${owner} OR "lockedUntil" < now())
        AND ("retryAt" IS NULL OR "retryAt" <= now())
      RETURNING "position"`;
    return rows[0] ? BigInt(rows[0].position) : null;
  }

  /** Extend the lease this process holds. */
  const renew = (name: string) =>
    prisma.$executeRaw`UPDATE "OutboxSubscriber" SET "lockedUntil" = now() + make_interval(secs => ${leaseSeconds}::float8) WHERE "name" = ${name} AND "lockedBy" = ${owner}`;

  const release = (name: string) =>
    prisma.$executeRaw`UPDATE "OutboxSubscriber" SET "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = now() WHERE "name" = ${name} AND "lockedBy" = ${owner}`;

  /** Acknowledge: the cursor moves to the event and its delivery is recorded, together; false when the lease was lost. */
  const ack = (name: string, e: EventRow) =>
    prisma.$transaction(async (tx) => {
      const moved = await tx.$executeRaw`UPDATE "OutboxSubscriber"
        SET "position" = ${e.position}, "retryAt" = NULL, "lockedUntil" = now() + make_interval(secs => ${leaseSeconds}::float8), "updatedAt" = now()
        WHERE "name" = ${name} AND "lockedBy" = ${owner} AND "position" < ${e.position}`;
      if (moved === 0) return false;
      await tx.$executeRaw`INSERT INTO "OutboxDelivery" ("subscriber", "eventId", "position", "attempts", "lastAttemptAt", "deliveredAt")
        VALUES (${name}, ${e.id}::uuid, ${e.position}, 1, now(), now())
        ON CONFLICT ("subscriber", "eventId") DO UPDATE SET "attempts" = "OutboxDelivery"."attempts" + 1, "lastAttemptAt" = now(), "deliveredAt" = now(), "lastError" = NULL`;
      return true;
    });

  /** A failed attempt: recorded, and the subscriber waits (backoff) before the event is tried again. */
  async function fail(name: string, e: EventRow, error: unknown): Promise<number> {
    const text = errorText(error);
    return prisma.$transaction(async (tx) => {
      const [row] = await tx.$queryRaw<{ attempts: number }[]>`INSERT INTO "OutboxDelivery" ("subscriber", "eventId", "position", "attempts", "lastAttemptAt", "lastError")
        VALUES (${name}, ${e.id}::uuid, ${e.position}, 1, now(), ${text})
        ON CONFLICT ("subscriber", "eventId") DO UPDATE SET "attempts" = "OutboxDelivery"."attempts" + 1, "lastAttemptAt" = now(), "lastError" = ${text}
        RETURNING "attempts"`;
      const delay = retryDelay(row!.attempts, baseMs, maxMs);
      await tx.$executeRaw`UPDATE "OutboxSubscriber"
        SET "retryAt" = now() + make_interval(secs => ${delay / 1000}::float8), "lockedBy" = NULL, "lockedUntil" = NULL, "updatedAt" = now()
        WHERE "name" = ${name} AND "lockedBy" = ${owner}`;
      return delay;
    });
  }

  /** Deliver everything due to one subscriber. */
  async function drain(sub: Subscriber) {
    await prepare();
    await ensure(sub);
    if (!(await due(sub.name))) return;
    const claimed = await claim(sub.name);
    if (claimed === null) return;
    let cursor: bigint = claimed;
    // Renewed every third of the lease while this drain runs (a slow handler: a webhook waiting on
    // its timeout), so no other process takes the subscriber over meanwhile.
    const beat = setInterval(() => void renew(sub.name).catch(() => undefined), (leaseSeconds * 1000) / 3);
    beat.unref();
    try {
      while (!stopping) {
        const events: EventRow[] = await prisma.outboxEvent.findMany({ where: { position: { gt: cursor } }, orderBy: { position: "asc" }, take: batchSize });
        if (events.length === 0) return;
        for (const e of events) {
          if (stopping) return;
          try {
            await sub.handler(toMessage(e));
          } catch (error) {
            report(sub.name, error);
            const delay = await fail(sub.name, e, error);
            later(delay);
            return;
          }
          if (!(await ack(sub.name, e))) return; // the lease lapsed and another process took over
          cursor = e.position!;
        }
      }
    } finally {
      clearInterval(beat);
      await release(sub.name).catch(() => undefined);
    }
  }

  function run(sub: Subscriber) {
    if (stopping) return;
    if (running.has(sub.name)) {
      again.add(sub.name);
      return;
    }
    const p = drain(sub)
      .catch((e: unknown) => report(sub.name, e))
      .finally(() => {
        running.delete(sub.name);
        if (again.delete(sub.name)) run(sub);
      });
    running.set(sub.name, p);
  }

  const wake = () => {
    const subs = list();
    if (subs.length > 0) listen();
    for (const sub of subs) run(sub);
  };

  function later(ms: number) {
    if (stopping) return;
    const t = setTimeout(() => {
      timers.delete(t);
      wake();
    }, ms + 10);
    t.unref();
    timers.add(t);
  }

  const poll = setInterval(wake, pollMs);
  poll.unref();
  const unhook = onOutboxCommitted(wake);

  // PostgreSQL: commits in other processes wake this one (NOTIFY from the position trigger). The
  // connection is opened once a subscriber is registered (none is, today: no connection at all).
  let listener: pg.Client | null = null;
  let listenAfter = 0;
  function listen() {
    if (!options.listenUrl || stopping || listener || Date.now() < listenAfter) return;
    const client = new pg.Client({ connectionString: options.listenUrl });
    const lost = (e?: unknown) => {
      if (listener !== client) return;
      listener = null;
      listenAfter = Date.now() + 5000; // the poll retries after this
      client.end().catch(() => undefined);
      if (e && !stopping) report("listen", e);
    };
    client.on("error", lost);
    client.on("end", () => lost());
    client.on("notification", wake);
    listener = client;
    client
      .connect()
      .then(() => client.query("LISTEN gongzhi_outbox"))
      .catch(lost);
  }
  wake();

  return {
    wake,
    async idle() {
      for (;;) {
        await Promise.all(running.values());
        if (running.size === 0) {
          const pending = await Promise.all(list().map(async (s) => (await prepare(), await ensure(s), due(s.name))));
          if (!pending.some(Boolean)) return;
          wake();
          if (running.size === 0) await new Promise((r) => setTimeout(r, 20));
        }
      }
    },
    async stop() {
      stopping = true;
      clearInterval(poll);
      for (const t of timers) clearTimeout(t);
      unhook();
      const l = listener;
      listener = null;
      await l?.end().catch(() => undefined);
      await Promise.all(running.values());
      await prisma.$executeRaw`UPDATE "OutboxSubscriber" SET "lockedBy" = NULL, "lockedUntil" = NULL WHERE "lockedBy" = ${owner}`.catch(() => undefined);
    },
  };
}
