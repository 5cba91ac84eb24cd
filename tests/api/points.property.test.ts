// Property-based (fast-check): random sequences of awards, reversals, redemptions (some retried with
// the same key), fulfilments and cancellations, run through the services on a real database, agree
// with a simple model and keep the invariants: every balance is the sum of its entries (and of its
// monthly aggregates), no balance or stock goes below zero, every redemption is debited exactly once
// and a cancelled one refunded exactly once.
import { approvePointsClaim, postPointsClaim, submitPointsClaim } from "@gongzhi/api/src/modules/points/claim.service.js";
import { checkPoints } from "@gongzhi/api/src/modules/points/check.js";
import { reversePointsEntry } from "@gongzhi/api/src/modules/points/reverse.service.js";
import { cancelRedemption, fulfilRedemption, redeemReward } from "@gongzhi/api/src/modules/points/store.service.js";
import { loadGrants, type Context } from "@gongzhi/api/src/shared/context.js";
import { UserError } from "@gongzhi/api/src/shared/errors.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type TestKit } from "./testkit.js";

let kit: TestKit;
let street: { id: string; path: string };
beforeAll(async () => {
  kit = await createTestKit();
  street = (await kit.seed.place()).street;
});
afterAll(async () => {
  await kit?.close();
});

const AWARDS = [5, 10, 20, 35] as const;
const COST = 15;
const STOCK = 4;
const RESIDENTS = 3;

type Cmd =
  | { kind: "award"; who: number; value: (typeof AWARDS)[number] }
  | { kind: "reverse"; pick: number }
  | { kind: "redeem"; who: number; qty: number; retry: boolean }
  | { kind: "fulfil"; pick: number }
  | { kind: "cancel"; pick: number };

const cmd: fc.Arbitrary<Cmd> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("award" as const), who: fc.nat({ max: RESIDENTS - 1 }), value: fc.constantFrom(...AWARDS) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("reverse" as const), pick: fc.nat({ max: 30 }) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("redeem" as const), who: fc.nat({ max: RESIDENTS - 1 }), qty: fc.integer({ min: 1, max: 3 }), retry: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("fulfil" as const), pick: fc.nat({ max: 30 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("cancel" as const), pick: fc.nat({ max: 30 }) }) },
);

/** A fresh community with an admin's context, residents, one rule per award value and one reward. */
async function arena() {
  const c = await kit.seed.community(street);
  const admin = await kit.seed.account("ADMIN", c);
  const ctx: Context = {
    prisma: kit.prisma,
    actor: { kind: "account", accountId: admin.id, sessionId: "property", grants: await loadGrants(kit.prisma, admin.id) },
    setCookies: [],
    cache: { communityPaths: new Map() },
    now: () => new Date(),
    ip: "test",
  };
  await kit.prisma.pointsSettings.create({ data: { communityId: c.id, publicityExemptMax: 1000 } });
  const rules = new Map<number, string>();
  for (const p of AWARDS) rules.set(p, toGlobalId("PointsRule", (await kit.prisma.pointsRule.create({ data: { communityId: c.id, name: `奖励${p}`, category: "OTHER", kind: "PER_OCCURRENCE", points: p } })).id));
  const residents = [];
  for (let i = 0; i < RESIDENTS; i++) residents.push(await kit.seed.resident(c.id, { name: `居民${i}` }));
  const reward = await kit.prisma.reward.create({ data: { communityId: c.id, name: "积分商品", kind: "GOODS", cost: COST, stock: STOCK } });
  return { c, ctx, rules, residents, rewardGid: toGlobalId("Reward", reward.id), rewardId: reward.id };
}

/** Runs `fn`; true when it went through, false when refused with a UserError (anything else fails the test). */
async function attempt(fn: () => Promise<unknown>): Promise<boolean> {
  try {
    await fn();
    return true;
  } catch (e) {
    if (e instanceof UserError) return false;
    throw e;
  }
}

describe("the ledger under random sequences", () => {
  it("agrees with the model and keeps every invariant", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(cmd, { minLength: 1, maxLength: 25 }), async (cmds) => {
        const a = await arena();
        const model = { balance: Array(RESIDENTS).fill(0) as number[], stock: STOCK };
        const awards: { entryGid: string; who: number; value: number; reversed: boolean }[] = [];
        const redemptions: { gid: string; code: string; who: number; total: number; qty: number; key: string; status: "PENDING" | "FULFILLED" | "CANCELLED" }[] = [];
        let keys = 0;
        for (const c of cmds) {
          if (c.kind === "award") {
            const claim = await submitPointsClaim(a.ctx, { ruleId: a.rules.get(c.value), residentId: a.residents[c.who]!.gid, occurredOn: new Date().toISOString().slice(0, 10), reason: "随机奖励" });
            await approvePointsClaim(a.ctx, toGlobalId("PointsClaim", claim.id), {});
            const posted = await postPointsClaim(a.ctx, toGlobalId("PointsClaim", claim.id));
            awards.push({ entryGid: toGlobalId("PointsEntry", posted.entryId!), who: c.who, value: c.value, reversed: false });
            model.balance[c.who]! += c.value;
          } else if (c.kind === "reverse" && awards.length) {
            const target = awards[c.pick % awards.length]!;
            const expected = !target.reversed && model.balance[target.who]! >= target.value;
            expect(await attempt(() => reversePointsEntry(a.ctx, target.entryGid, { reason: "随机冲正" }))).toBe(expected);
            if (expected) {
              target.reversed = true;
              model.balance[target.who]! -= target.value;
            }
          } else if (c.kind === "redeem") {
            const previous = c.retry ? redemptions.filter((r) => r.who === c.who).at(-1) : undefined;
            const key = previous?.key ?? `prop-${keys++}`;
            const qty = previous?.qty ?? c.qty;
            const input = { rewardId: a.rewardGid, quantity: qty, idempotencyKey: key, residentId: a.residents[c.who]!.gid };
            if (previous) {
              // A retry returns the first redemption, whatever happened to it since, and debits nothing.
              const again = await redeemReward(a.ctx, input);
              expect(toGlobalId("Redemption", again.id)).toBe(previous.gid);
              continue;
            }
            const expected = model.balance[c.who]! >= COST * qty && model.stock >= qty;
            let made: Awaited<ReturnType<typeof redeemReward>> | null = null;
            expect(await attempt(async () => void (made = await redeemReward(a.ctx, input)))).toBe(expected);
            if (made) {
              const r = made as Awaited<ReturnType<typeof redeemReward>>;
              redemptions.push({ gid: toGlobalId("Redemption", r.id), code: r.code, who: c.who, total: COST * qty, qty, key, status: "PENDING" });
              model.balance[c.who]! -= COST * qty;
              model.stock -= qty;
            }
          } else if (c.kind === "fulfil" && redemptions.length) {
            const r = redemptions[c.pick % redemptions.length]!;
            expect(await attempt(() => fulfilRedemption(a.ctx, { communityId: a.c.gid, code: r.code }))).toBe(r.status === "PENDING");
            if (r.status === "PENDING") r.status = "FULFILLED";
          } else if (c.kind === "cancel" && redemptions.length) {
            const r = redemptions[c.pick % redemptions.length]!;
            expect(await attempt(() => cancelRedemption(a.ctx, r.gid, {}))).toBe(r.status === "PENDING");
            if (r.status === "PENDING") {
              r.status = "CANCELLED";
              model.balance[r.who]! += r.total;
              model.stock += r.qty;
            }
          }
        }
        // The database agrees with the model.
        for (const [i, res] of a.residents.entries()) {
          const account = await kit.prisma.pointsAccount.findFirst({ where: { communityId: a.c.id, residentId: res.id } });
          expect(account?.balance ?? 0).toBe(model.balance[i]);
          expect(account?.balance ?? 0).toBeGreaterThanOrEqual(0);
        }
        const reward = await kit.prisma.reward.findUniqueOrThrow({ where: { id: a.rewardId } });
        expect(reward.stock).toBe(model.stock);
        expect(reward.stock).toBeGreaterThanOrEqual(0);
        // Each redemption debited exactly once; each cancelled one refunded exactly once.
        const rows = await kit.prisma.redemption.findMany({ where: { communityId: a.c.id } });
        expect(rows).toHaveLength(redemptions.length);
        for (const r of rows) {
          const entries = await kit.prisma.pointsEntry.findMany({ where: { sourceType: "Redemption", sourceId: r.id } });
          expect(entries.filter((e) => e.kind === "REDEMPTION").map((e) => e.delta)).toEqual([-r.totalCost]);
          expect(entries.filter((e) => e.kind === "REFUND").map((e) => e.delta)).toEqual(r.status === "CANCELLED" ? [r.totalCost] : []);
        }
        // Every stored balance, total and monthly aggregate is the sum of its entries.
        expect((await checkPoints(kit.prisma)).differences).toEqual([]);
      }),
      { numRuns: 25, seed: 20261122, endOnFailure: true },
    );
  }, 600_000);
});
