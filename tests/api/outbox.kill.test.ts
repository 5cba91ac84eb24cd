// The outbox loses nothing when its worker dies mid-delivery (issue #12): a worker in a child
// process receives some events, hangs on one before acknowledging it, and is killed with SIGKILL;
// more events are committed; a new worker delivers the rest. Every event reaches the subscriber
// at least once, each run delivers in position order with no gaps, the unacknowledged event is
// delivered again, and the delivery records are complete. PGlite (the directory survives the
// kill) and PostgreSQL (TEST_DATABASE_URL; the dead worker's lease lapses).
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { openDatabase } from "@gongzhi/api/src/db.js";
import { audit, command } from "@gongzhi/api/src/shared/audit.js";
import type { Context } from "@gongzhi/api/src/shared/context.js";
import { afterAll, expect, it } from "vitest";
import { freshDatabase, repoRoot } from "./template.js";

const child = path.join(import.meta.dirname, "outbox.child.ts");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-outbox-kill-"));
const log = path.join(tmp, "delivered.jsonl");
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** Commit `n` events in transactions of up to `per` events, through audit() as commands do. */
async function emit(target: string, label: string, n: number, per: number) {
  const db = openDatabase(target);
  try {
    const ctx = { prisma: db.prisma, actor: { kind: "anonymous" } } as unknown as Context;
    for (let i = 0; i < n; i += per) {
      await command(ctx, async (tx) => {
        for (let j = i; j < Math.min(n, i + per); j++) {
          await audit(tx, ctx, { action: "grid:manage", communityId: null, targetType: "Grid", targetId: `${label}-${j}`, after: { j } });
        }
      });
    }
  } finally {
    await db.close();
  }
}

const run = (target: string, hangAt?: number): ChildProcess =>
  spawn(process.execPath, ["--import", "tsx", child, target, log, ...(hangAt === undefined ? [] : [String(hangAt)])], { cwd: repoRoot, stdio: ["ignore", "inherit", "inherit"] });
const exit = (p: ChildProcess) => new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((r) => p.once("exit", (code, signal) => r({ code, signal })));
type Line = { pid: number; id: string; position: number; subjectId: string };
const lines = (): Line[] => (fs.existsSync(log) ? fs.readFileSync(log, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Line) : []);

it("a worker killed mid-delivery loses nothing: the next one redelivers from the last acknowledged event", async () => {
  const { target, drop } = await freshDatabase();
  try {
    await emit(target, "first", 40, 3);
    const HANG = 23;
    const first = run(target, HANG);
    const firstExit = exit(first);
    await expect.poll(() => lines().some((l) => l.position === HANG), { timeout: 60_000, interval: 50 }).toBe(true);
    first.kill("SIGKILL");
    expect((await firstExit).signal).toBe("SIGKILL");
    const before = lines();

    await emit(target, "second", 15, 4); // committed while no worker runs
    const second = run(target);
    expect(await exit(second)).toEqual({ code: 0, signal: null });

    const db = openDatabase(target);
    try {
      const events = await db.prisma.outboxEvent.findMany({ orderBy: { position: "asc" } });
      expect(events).toHaveLength(55);
      expect(events.map((e) => Number(e.position))).toEqual(events.map((_, i) => i + 1));
      const all = lines();
      const [run1, run2] = [all.filter((l) => l.pid === first.pid), all.filter((l) => l.pid === second.pid)];
      expect(run1).toEqual(before);
      // Each run delivers in position order with no gaps: the first 1…HANG (HANG received, never
      // acknowledged), the second from the first unacknowledged event to the end.
      expect(run1.map((l) => l.position)).toEqual(Array.from({ length: HANG }, (_, i) => i + 1));
      expect(run2[0]!.position).toBe(HANG);
      expect(run2.map((l) => l.position)).toEqual(Array.from({ length: 55 - HANG + 1 }, (_, i) => HANG + i));
      // At least once: every event delivered, in order, ids matching.
      const delivered = new Map(all.map((l) => [l.position, l.id]));
      expect(events.map((e) => delivered.get(Number(e.position)))).toEqual(events.map((e) => e.id));
      // The delivery records: one per event, acknowledged; the cursor at the end, no lease left.
      const records = await db.prisma.outboxDelivery.findMany({ where: { subscriber: "kill-test" }, orderBy: { position: "asc" } });
      expect(records.map((r) => r.eventId)).toEqual(events.map((e) => e.id));
      for (const r of records) expect(r).toMatchObject({ attempts: 1, lastError: null, deliveredAt: expect.any(Date) });
      expect(await db.prisma.outboxSubscriber.findUniqueOrThrow({ where: { name: "kill-test" } })).toMatchObject({ position: 55n, lockedBy: null, retryAt: null });
    } finally {
      await db.close();
    }
  } finally {
    await drop();
  }
}, 180_000);
