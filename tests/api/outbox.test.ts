// The outbox (issue #12): a command writes one domain event per audit row, in the same transaction
// as its change; a refused or failed command writes none. The delivery worker hands every event to
// each subscriber in commit order and records the delivery; a failing subscriber is retried with
// backoff and holds up no other. On PGlite (default) and PostgreSQL (TEST_DATABASE_URL).
import type { Context } from "@gongzhi/api/src/shared/context.js";
import { audit, command } from "@gongzhi/api/src/shared/audit.js";
import { subscribe, type OutboxMessage, type Subscriber } from "@gongzhi/api/src/shared/outbox/subscribers.js";
import { startOutboxWorker } from "@gongzhi/api/src/shared/outbox/worker.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, dbId, makeIdNumber, PASSWORD, success, userError, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: Awaited<ReturnType<TestKit["seed"]["tenants"]>>;

beforeAll(async () => {
  kit = await createTestKit();
  w = await kit.seed.tenants();
});
afterAll(async () => {
  await kit?.close();
});

const nobody = (prisma: TestKit["prisma"]) => ({ prisma, actor: { kind: "anonymous" } }) as unknown as Context;

/** The audit rows and outbox events a step wrote (PII reveals of its response aside). */
async function written(step: () => Promise<unknown>) {
  const seenA = new Set((await kit.prisma.auditEntry.findMany({ select: { id: true } })).map((a) => a.id));
  const seenE = new Set((await kit.prisma.outboxEvent.findMany({ select: { id: true } })).map((e) => e.id));
  const result = await step();
  const audits = (await kit.prisma.auditEntry.findMany({ orderBy: { id: "asc" } })).filter((a) => !seenA.has(a.id) && a.action !== "resident:viewPii");
  const events = (await kit.prisma.outboxEvent.findMany({ orderBy: { id: "asc" } })).filter((e) => !seenE.has(e.id));
  return { result, audits, events };
}

describe("writing events", () => {
  it("a mutation writes one event per audit row, with the row's subject, community, action and actor", async () => {
    const { result, audits, events } = await written(() => kit.mutate("createGrid", { input: { communityId: w.A.community.gid, name: "第七网格" } }, w.A.admin));
    const grid = success(result as never, "createGrid");
    expect(audits).toHaveLength(1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      type: "grid:created",
      subjectType: "Grid",
      subjectId: dbId(grid.id),
      communityId: w.A.community.id,
      regionId: null,
      action: "grid:manage",
      auditEntryId: audits[0]!.id,
      actorAccountId: audits[0]!.actorAccountId,
      apiClientId: null,
      actingResidentId: null,
      payload: { name: "第七网格", communityId: w.A.community.id },
    });
    // Positions are assigned at commit: never null outside the writing transaction.
    expect(typeof events[0]!.position).toBe("bigint");
    const update = await written(() => kit.mutate("updateGrid", { id: grid.id, input: { name: "第八网格" } }, w.A.admin));
    expect(update.events).toMatchObject([{ type: "grid:updated", subjectId: dbId(grid.id), payload: { name: "第八网格" } }]);
    expect(update.events[0]!.position! > events[0]!.position!).toBe(true);
  });

  it("the payload is the audit row's masked snapshot: no secrets, PII masked", async () => {
    const idNumber = makeIdNumber("19750301");
    const { events } = await written(async () =>
      success(await kit.mutate("createResident", { input: { communityId: w.A.community.gid, name: "王五", phone: "13812345678", idNumber } }, w.A.admin), "createResident"),
    );
    expect(events).toHaveLength(1);
    const text = JSON.stringify(events[0]!.payload);
    expect(text).not.toContain("13812345678");
    expect(text).not.toContain(idNumber);
    expect(events[0]!.payload).toMatchObject({ name: "王五", phone: "138****5678" });

    const client = await written(async () =>
      success(await kit.mutate("registerApiClient", { input: { name: "居民小程序", communityIds: [w.A.community.gid], actions: ["topic:propose"] } }, w.A.admin), "registerApiClient"),
    );
    expect(client.events).toHaveLength(1);
    expect(JSON.stringify(client.events[0]!.payload)).not.toMatch(/tokenHash|gz_[A-Za-z0-9_-]{20,}/);
    const token = (client.result as { token: string }).token;
    expect(JSON.stringify(client.events[0]!.payload)).not.toContain(token);
  });

  it("sign-in and sign-out are audited but are no domain events", async () => {
    const account = await kit.seed.account("STAFF", w.A.community);
    const signIn = await written(() => kit.mutate("signIn", { input: { username: account.username, password: PASSWORD } }));
    expect(signIn.audits.map((a) => a.action)).toEqual(["account:signIn"]);
    expect(signIn.events).toEqual([]);
    const cookie = (signIn.result as { headers: Headers }).headers.get("set-cookie")!.split(";")[0]!;
    const signOut = await written(() => kit.mutate("signOut", {}, { headers: { cookie } }));
    expect(signOut.audits.map((a) => a.action)).toEqual(["account:signOut"]);
    expect(signOut.events).toEqual([]);
  });

  it("a refused mutation writes no event", async () => {
    const { result, audits, events } = await written(() => kit.mutate("createGrid", { input: { communityId: w.A.community.gid, name: "" } }, w.A.admin));
    expect(userError(result as never, "createGrid").field).toBe("input.name");
    expect(audits).toEqual([]);
    expect(events).toEqual([]);
    // Another community's admin: NOT_FOUND, nothing written either (every refusal through kit.refused() checks this too).
    const foreign = await written(() => kit.mutate("updateGrid", { id: w.A.grid.gid, input: { name: "越权" } }, w.B.admin));
    expect(userError(foreign.result as never, "updateGrid").code).toBe("NOT_FOUND");
    expect(foreign.audits).toEqual([]);
    expect(foreign.events).toEqual([]);
  });

  it("a command that fails after its audit row rolls back the row and the event with its change", async () => {
    const before = await kit.prisma.outboxEvent.count();
    const auditsBefore = await kit.prisma.auditEntry.count();
    const ctx = nobody(kit.prisma);
    await expect(
      command(ctx, async (tx) => {
        const g = await tx.grid.create({ data: { communityId: w.A.community.id, name: "回滚网格" } });
        await audit(tx, ctx, { action: "grid:manage", communityId: w.A.community.id, targetType: "Grid", targetId: g.id, after: g });
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await kit.prisma.outboxEvent.count()).toBe(before);
    expect(await kit.prisma.auditEntry.count()).toBe(auditsBefore);
    expect(await kit.prisma.grid.count({ where: { name: "回滚网格" } })).toBe(0);
  });

  it("when the event cannot be written, the change and its audit row are not either (one transaction)", async () => {
    await kit.prisma.$executeRawUnsafe(`CREATE FUNCTION test_refuse_event() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'no events today'; END $$`);
    await kit.prisma.$executeRawUnsafe(`CREATE TRIGGER test_refuse_event BEFORE INSERT ON "OutboxEvent" FOR EACH ROW EXECUTE FUNCTION test_refuse_event()`);
    try {
      const before = await kit.dump();
      const r = await kit.mutate("createGrid", { input: { communityId: w.A.community.gid, name: "无事件网格" } }, w.A.admin);
      expect(r.errors?.[0]?.message).toBeDefined();
      expect(await kit.dump()).toEqual(before);
    } finally {
      await kit.prisma.$executeRawUnsafe(`DROP TRIGGER test_refuse_event ON "OutboxEvent"`);
      await kit.prisma.$executeRawUnsafe(`DROP FUNCTION test_refuse_event()`);
    }
  });

  it("positions are 1, 2, 3, … in commit order with no gaps", async () => {
    const rows = await kit.prisma.outboxEvent.findMany({ orderBy: { position: "asc" }, select: { position: true } });
    expect(rows.map((r) => Number(r.position))).toEqual(rows.map((_, i) => i + 1));
  });
});

describe("delivering events", () => {
  /** Commit `n` events (one per transaction) through audit(), as a command would. */
  async function emit(n: number, label: string) {
    const ctx = nobody(kit.prisma);
    for (let i = 0; i < n; i++) {
      await command(ctx, (tx) => audit(tx, ctx, { action: "grid:manage", communityId: w.B.community.id, targetType: "Grid", targetId: `${label}-${i}`, after: { label, i } }));
    }
  }
  const sub = (name: string, handler: Subscriber["handler"]): Subscriber => ({ name, handler, from: "start" });

  it("hands every event to each subscriber in position order and records each delivery", async () => {
    await emit(5, "a");
    const got: OutboxMessage[] = [];
    const worker = startOutboxWorker(kit.prisma, { subscribers: () => [sub("t.order", (e) => void got.push(e))], pollMs: 50 });
    try {
      await worker.idle();
      await emit(3, "b"); // committed while the worker runs: command() wakes it
      await worker.idle();
    } finally {
      await worker.stop();
    }
    const all = await kit.prisma.outboxEvent.findMany({ orderBy: { position: "asc" } });
    expect(got.map((e) => e.id)).toEqual(all.map((e) => e.id));
    expect(got.at(-1)).toMatchObject({ type: "grid:created", subjectId: "b-2", payload: { label: "b", i: 2 }, communityId: w.B.community.id, action: "grid:manage" });
    const deliveries = await kit.prisma.outboxDelivery.findMany({ where: { subscriber: "t.order" }, orderBy: { position: "asc" } });
    expect(deliveries.map((d) => d.eventId)).toEqual(all.map((e) => e.id));
    for (const d of deliveries) expect(d).toMatchObject({ attempts: 1, lastError: null, deliveredAt: expect.any(Date) });
    expect(await kit.prisma.outboxSubscriber.findUniqueOrThrow({ where: { name: "t.order" } })).toMatchObject({ position: all.at(-1)!.position, lockedBy: null, retryAt: null });
  });

  it("a failing subscriber is retried with backoff, keeps its order, and holds up no other", async () => {
    const last = await kit.prisma.outboxEvent.aggregate({ _max: { position: true } });
    await emit(3, "c");
    const failing = await kit.prisma.outboxEvent.findFirstOrThrow({ where: { subjectId: "c-1" } });
    let failures = 0;
    const flaky: string[] = [];
    const steady: string[] = [];
    // "now" for a new subscriber: after the last event committed before its first run.
    await kit.prisma.outboxSubscriber.createMany({ data: [{ name: "t.flaky", position: last._max.position! }, { name: "t.steady", position: last._max.position! }] });
    const worker = startOutboxWorker(kit.prisma, {
      pollMs: 20,
      retry: { baseMs: 50, maxMs: 200 },
      onError: () => undefined,
      subscribers: () => [
        { name: "t.flaky", from: "now", handler: (e) => {
            if (e.id === failing.id && failures < 3) {
              failures++;
              throw new Error(`refused ${failures}`);
            }
            flaky.push(e.subjectId);
          } },
        { name: "t.steady", from: "now", handler: (e) => void steady.push(e.subjectId) },
      ],
    });
    try {
      const t0 = Date.now();
      await expect.poll(() => steady.length, { timeout: 10_000 }).toBe(3);
      // The steady one got everything while the flaky one was still stuck on c-1.
      expect(flaky).toEqual(["c-0"]);
      await expect.poll(() => flaky.length, { timeout: 10_000 }).toBe(3);
      // Three failures: 50, 100 and 200 ms (±20 %) apart.
      expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
    } finally {
      await worker.stop();
    }
    expect(flaky).toEqual(["c-0", "c-1", "c-2"]);
    expect(steady).toEqual(["c-0", "c-1", "c-2"]);
    const record = await kit.prisma.outboxDelivery.findUniqueOrThrow({ where: { subscriber_eventId: { subscriber: "t.flaky", eventId: failing.id } } });
    expect(record).toMatchObject({ attempts: 4, lastError: null, deliveredAt: expect.any(Date) });
  });

  it("subscribe() registers a subscriber by a stable name, once", () => {
    const off = subscribe("t.registry", () => undefined);
    expect(() => subscribe("t.registry", () => undefined)).toThrow(/already registered/);
    expect(() => subscribe("Bad Name", () => undefined)).toThrow(/name/);
    off();
    subscribe("t.registry", () => undefined)();
  });
});
