// The outbox under concurrent writers (PostgreSQL only: PGlite has one connection, so its
// transactions never overlap). Transactions commit out of the order they wrote their events in;
// the position is commit order, so a delivery worker reading "position > cursor" while they run
// skips nothing. Two workers (as two API processes would) share one subscriber through its
// lease: each event is delivered once, in order. NOTIFY wakes a worker for a commit made
// elsewhere.
import { openDatabase, type Database } from "@gongzhi/api/src/db.js";
import { audit, command } from "@gongzhi/api/src/shared/audit.js";
import type { Context } from "@gongzhi/api/src/shared/context.js";
import type { OutboxMessage, Subscriber } from "@gongzhi/api/src/shared/outbox/subscribers.js";
import { startOutboxWorker } from "@gongzhi/api/src/shared/outbox/worker.js";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase, pgUrl } from "./template.js";

let db: Database;
let target: string;
let drop: () => Promise<void>;
let ctx: Context;

beforeAll(async () => {
  if (!pgUrl) return;
  ({ target, drop } = await freshDatabase());
  db = openDatabase(target);
  ctx = { prisma: db.prisma, actor: { kind: "anonymous" } } as unknown as Context;
});
afterAll(async () => {
  await db?.close();
  await drop?.();
});

const event = (tx: Parameters<Parameters<typeof command>[1]>[0], subjectId: string) =>
  audit(tx, ctx, { action: "grid:manage", communityId: null, targetType: "Grid", targetId: subjectId, after: { subjectId } });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!pgUrl)("concurrent writers (PostgreSQL)", () => {
  it("an event whose transaction commits after a later-written one is still delivered", async () => {
    const got: OutboxMessage[] = [];
    const sub: Subscriber = { name: "t.late", from: "now", handler: (e) => void got.push(e) };
    const worker = startOutboxWorker(db.prisma, { subscribers: () => [sub], pollMs: 20 });
    try {
      await worker.idle();
      let release!: () => void;
      const gate = new Promise<void>((r) => (release = r));
      let written!: () => void;
      const firstWrote = new Promise<void>((r) => (written = r));
      // T1 writes its event first and stays open.
      const t1 = command(ctx, async (tx) => {
        await event(tx, "t1");
        written();
        await gate;
      });
      await firstWrote;
      // T2 writes after it and commits first.
      await command(ctx, (tx) => event(tx, "t2"));
      await worker.idle();
      expect(got.map((e) => e.subjectId)).toEqual(["t2"]);
      release();
      await t1;
      await worker.idle();
      expect(got.map((e) => e.subjectId)).toEqual(["t2", "t1"]);
      // Written in one order (ids are time-ordered UUIDv7), committed and delivered in the other:
      // a cursor over an insert-time number would have passed t1 before it committed.
      expect(got[1]!.id < got[0]!.id).toBe(true);
      expect(got[1]!.position).toBe(got[0]!.position + 1n);
    } finally {
      await worker.stop();
    }
  });

  it("many writers committing in random order, two workers delivering as they go: every event once, in position order", async () => {
    const got: OutboxMessage[] = [];
    const byWorker = [0, 0];
    const subscriberOf = (i: number): Subscriber => ({
      name: "t.race",
      from: "now",
      handler: async (e) => {
        got.push(e);
        byWorker[i]!++;
        if (Math.random() < 0.2) await sleep(1);
      },
    });
    const workers = [0, 1].map((i) => startOutboxWorker(db.prisma, { owner: `worker-${i}`, subscribers: () => [subscriberOf(i)], pollMs: 5, batchSize: 5 }));
    const WRITERS = 6;
    const TXS = 12;
    const before = (await db.prisma.outboxEvent.aggregate({ _max: { position: true } }))._max.position ?? 0n;
    try {
      await Promise.all(workers.map((w) => w.idle()));
      await Promise.all(
        Array.from({ length: WRITERS }, async (_, w) => {
          for (let t = 0; t < TXS; t++) {
            await command(ctx, async (tx) => {
              const n = 1 + ((w + t) % 3);
              for (let k = 0; k < n; k++) {
                await event(tx, `w${w}-t${t}-${k}`);
                await sleep(Math.random() * 4);
              }
            });
          }
        }),
      );
      await Promise.all(workers.map((w) => w.idle()));
    } finally {
      await Promise.all(workers.map((w) => w.stop()));
    }
    const events = await db.prisma.outboxEvent.findMany({ where: { position: { gt: before } }, orderBy: { position: "asc" } });
    expect(events.length).toBe(WRITERS * 24); // each writer: 12 transactions of 1, 2 and 3 events in turn
    expect(events.map((e) => e.position)).toEqual(events.map((_, i) => before + BigInt(i + 1)));
    const delivered = got.filter((e) => e.position > before);
    expect(delivered.map((e) => e.id)).toEqual(events.map((e) => e.id));
    const records = await db.prisma.outboxDelivery.findMany({ where: { subscriber: "t.race", position: { gt: before } } });
    expect(records).toHaveLength(events.length);
    for (const r of records) expect(r.attempts).toBe(1);
  });

  it("a slow handler keeps its lease: another worker does not take the subscriber over meanwhile", async () => {
    const last = (await db.prisma.outboxEvent.aggregate({ _max: { position: true } }))._max.position ?? 0n;
    await command(ctx, (tx) => event(tx, "slow-0"));
    await db.prisma.outboxSubscriber.create({ data: { name: "t.slow", position: last } });
    const seen: string[] = [];
    const worker = (owner: string, ms: number) =>
      startOutboxWorker(db.prisma, {
        owner,
        leaseMs: 2000,
        pollMs: 50,
        subscribers: () => [{ name: "t.slow", from: "now", handler: async (e) => {
            seen.push(`${owner}:${e.subjectId}`);
            await new Promise((r) => setTimeout(r, ms));
          } }],
      });
    const slow = worker("slow", 5000); // two and a half leases' length
    await expect.poll(() => seen.length, { interval: 10 }).toBe(1);
    const other = worker("other", 0);
    try {
      await Promise.all([slow.idle(), other.idle()]);
    } finally {
      await Promise.all([slow.stop(), other.stop()]);
    }
    expect(seen).toEqual(["slow:slow-0"]);
  });

  it("a commit made in another process wakes the worker through NOTIFY (no poll needed)", async () => {
    const got: OutboxMessage[] = [];
    const worker = startOutboxWorker(db.prisma, { subscribers: () => [{ name: "t.notify", from: "now", handler: (e) => void got.push(e) }], pollMs: 600_000, listenUrl: target });
    const other = new pg.Client({ connectionString: target });
    await other.connect();
    try {
      await worker.idle();
      await sleep(300); // LISTEN is in place
      // Another process's command: an audit row and its event in one transaction, not through this process's command().
      await other.query("BEGIN");
      const { rows } = await other.query<{ id: string }>(
        `INSERT INTO "AuditEntry" ("id", "action", "targetType", "targetId") VALUES (gen_random_uuid(), 'grid:manage', 'Grid', 'elsewhere') RETURNING "id"`,
      );
      await other.query(
        `INSERT INTO "OutboxEvent" ("id", "type", "subjectType", "subjectId", "action", "auditEntryId") VALUES (gen_random_uuid(), 'grid:updated', 'Grid', 'elsewhere', 'grid:manage', $1)`,
        [rows[0]!.id],
      );
      await other.query("COMMIT");
      await expect.poll(() => got.map((e) => e.subjectId), { timeout: 5000, interval: 20 }).toEqual(["elsewhere"]);
    } finally {
      await other.end();
      await worker.stop();
    }
  });
});
