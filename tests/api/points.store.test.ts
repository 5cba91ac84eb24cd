// The points store (积分超市) through the API: rewards and stock, redemption exactly once per
// idempotency key, bad input refused naming the field, fulfilment by code, cancellation with a
// refund; and many redemptions at once (20 parallel requests through yoga.fetch): exactly the
// right ones succeed, nothing goes below zero, and the ledger sums to the balances.
import { checkPoints } from "@gongzhi/api/src/modules/points/check.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, type As, type TestKit } from "./testkit.js";
import { dbIdOf, V, volunteering, type VolunteerWorld, type VolunteeringKit } from "./volunteering-kit.js";

let kit: TestKit;
let v: VolunteeringKit;
let w: VolunteerWorld;

beforeAll(async () => {
  kit = await createTestKit();
  v = volunteering(kit);
  w = await v.world();
});
afterAll(async () => {
  await kit?.close();
});

const A = () => w.A.admin;
let keys = 0;
const key = () => `key-${Date.now().toString(36)}-${keys++}`;
const reward = (name: string, cost: number, stock: number) => v.ok("createReward", { input: { communityId: w.A.community.gid, name, kind: "GOODS", cost, stock } }, w.staffA);
const redeem = (as: As, rewardId: string, quantity = 1, idempotencyKey: string | null = key()) => v.run("redeemReward", { input: { rewardId, quantity, idempotencyKey } }, as);

const rewardSteps = async (id: string, as: As) => (await kit.gql(`query($id: ID!) { node(id: $id) { ... on Reward { allowedSteps } } }`, { id }, as)).data.node.allowedSteps;

describe("rewards", () => {
  it("staff stock the store; the stock never goes below zero; apps see what is on offer", async () => {
    await v.refused("createReward", { input: { communityId: w.A.community.gid, name: "零分", kind: "GOODS", cost: 0 } }, w.staffA, "INVALID", "input.cost");
    await v.refused("createReward", { input: { communityId: w.A.community.gid, name: "负库存", kind: "GOODS", cost: 5, stock: -1 } }, w.staffA, "INVALID", "input.stock");
    await v.refused("createReward", { input: { communityId: w.A.community.gid, name: "洗车券", kind: "VOUCHER", cost: 5 } }, w.staffA, "DUPLICATE", "input.name");
    const r = await reward("早餐券", 8, 3);
    expect((await v.ok("adjustRewardStock", { id: r.id, input: { delta: 10, reason: "商铺捐赠入库" } }, w.staffA)).stock).toBe(13);
    await v.refused("adjustRewardStock", { id: r.id, input: { delta: -14, reason: "出库" } }, w.staffA, "INVALID", "input.delta");
    await v.refused("adjustRewardStock", { id: r.id, input: { delta: 0, reason: "无" } }, w.staffA, "INVALID", "input.delta");
    // allowedSteps follows the reward's state and the viewer's grants: staff redeem, withdraw, edit and restock, an app acting for a resident redeems only, an auditor nothing.
    expect(await rewardSteps(r.id, w.staffA)).toEqual(["REDEEM", "DEACTIVATE", "EDIT", "RESTOCK"]);
    expect(await rewardSteps(r.id, await kit.seed.account("AUDITOR", w.A.community))).toEqual([]);
    expect(await rewardSteps(r.id, w.appFor(w.A.resident.gid))).toEqual(["REDEEM"]);
    const off = await v.ok("updateReward", { id: r.id, input: { active: false } }, w.staffA);
    expect(off.active).toBe(false);
    expect(await rewardSteps(r.id, w.staffA)).toEqual(["ACTIVATE", "EDIT", "RESTOCK"]);
    expect(await rewardSteps(r.id, w.appFor(w.A.resident.gid))).toEqual([]);
    expect((await v.ok("updateReward", { id: r.id, input: { description: "每份含包子两个" } }, w.staffA)).active).toBe(false);
    const store = await kit.gql(`query($c: ID!) { pointsRewards(communityId: $c) { edges { node { name cost stock } } } }`, { c: w.A.community.gid }, w.appFor(w.A.resident.gid));
    expect(store.data.pointsRewards.edges.map((e: any) => e.node.name)).toEqual(["洗车券"]);
    await v.ok("updateReward", { id: r.id, input: { active: true } }, w.staffA);
    // Out of stock: no REDEEM.
    await v.ok("adjustRewardStock", { id: r.id, input: { delta: -13, reason: "全部出库" } }, w.staffA);
    expect(await rewardSteps(r.id, w.staffA)).toEqual(["DEACTIVATE", "EDIT", "RESTOCK"]);
    await v.ok("adjustRewardStock", { id: r.id, input: { delta: 13, reason: "重新入库" } }, w.staffA);
  });
});

describe("redemption", () => {
  it("bad input is refused naming the field, and nothing changes", async () => {
    const me = w.appFor(w.residentsA[1]!.gid);
    await v.grant(w.A.community, A(), w.residentsA[1]!.gid, 50);
    const rid = w.a.reward.id;
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: 0, idempotencyKey: key() } }, me, "INVALID", "input.quantity");
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: -2, idempotencyKey: key() } }, me, "INVALID", "input.quantity");
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: 1 } }, me, "REQUIRED", "input.idempotencyKey");
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: 1, idempotencyKey: null } }, me, "REQUIRED", "input.idempotencyKey");
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: 1, idempotencyKey: "有空格 的键" } }, me, "INVALID", "input.idempotencyKey");
    await v.refused("redeemReward", { input: { rewardId: "UmV3YXJkOjAxOTAwMDAwLTAwMDAtNzAwMC04MDAwLTAwMDAwMDAwMDAwMA==", quantity: 1, idempotencyKey: key() } }, me, "NOT_FOUND", "input.rewardId");
    await v.refused("redeemReward", { input: { rewardId: "bm9wZQ==", quantity: 1, idempotencyKey: key() } }, me, "INVALID", "input.rewardId");
    await v.refused("redeemReward", { input: { rewardId: w.b.reward.id, quantity: 1, idempotencyKey: key() } }, me, "NOT_FOUND", "input.rewardId");
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: 3, idempotencyKey: key() } }, me, "CONFLICT", "input.quantity"); // 60 points > 50
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: 1, idempotencyKey: key() } }, w.app, "REQUIRED", "x-act-as-resident");
    await v.refused("redeemReward", { input: { rewardId: rid, quantity: 1, idempotencyKey: key() } }, w.staffA, "REQUIRED", "input.residentId");
  });

  it("the same request twice debits once and returns the first redemption; a key reused for another request is refused", async () => {
    const rid = w.residentsA[2]!.gid;
    const me = w.appFor(rid);
    await v.grant(w.A.community, A(), rid, 60);
    const k = key();
    const first = (await redeem(me, w.a.reward.id, 2, k)).data.redeemReward.data;
    expect(first).toMatchObject({ status: "PENDING", quantity: 2, totalCost: 40, account: { balance: 20 }, debitEntry: { delta: -40 } });
    expect(first.code).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    const again = (await redeem(me, w.a.reward.id, 2, k)).data.redeemReward.data;
    expect(again).toEqual(first);
    expect(await kit.prisma.pointsEntry.count({ where: { kind: "REDEMPTION", sourceId: dbIdOf(first.id) } })).toBe(1);
    await v.refused("redeemReward", { input: { rewardId: w.a.reward.id, quantity: 1, idempotencyKey: k } }, me, "CONFLICT", "input.idempotencyKey");
    const mine = await kit.gql(`{ myRedemptions { totalCount edges { node { id code status } } } myPointsAccounts { balance redemptions { totalCount } } }`, {}, me);
    expect(mine.data.myRedemptions.edges[0].node).toEqual({ id: first.id, code: first.code, status: "PENDING" });
    expect(mine.data.myPointsAccounts).toEqual([{ balance: 20, redemptions: { totalCount: 1 } }]);
  });

  it("a clerk fulfils by the code the resident shows (case and hyphens ignored), once; staff do not see codes they did not make", async () => {
    const rid = w.residentsA[0]!.gid;
    await v.grant(w.A.community, A(), rid, 20);
    const r = (await redeem(w.appFor(rid), w.a.reward.id)).data.redeemReward.data;
    const seen = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Redemption { code } } }`, { id: r.id }, w.staffA);
    expect(seen.data.node.code).toBeNull();
    await v.refused("fulfilRedemption", { input: { communityId: w.A.community.gid, code: "ZZZZ2222" } }, w.staffA, "NOT_FOUND", "input.code");
    await v.refused("fulfilRedemption", { input: { communityId: w.B.community.gid, code: r.code } }, w.staffA, "NOT_FOUND", "input.communityId");
    const typed = `${r.code.slice(0, 4).toLowerCase()}-${r.code.slice(4)}`;
    const done = await v.ok("fulfilRedemption", { input: { communityId: w.A.community.gid, code: typed } }, w.staffA);
    expect(done).toMatchObject({ id: r.id, status: "FULFILLED" });
    expect(done.fulfilledByName).toBeTruthy();
    await v.refused("fulfilRedemption", { input: { communityId: w.A.community.gid, code: r.code } }, w.staffA, "CONFLICT", "input.code");
    await v.refused("cancelRedemption", { id: r.id }, w.staffA, "CONFLICT", "id");
  });

  it("cancelling refunds the points with an entry reversing the debit and restores the stock, once", async () => {
    const rid = w.residentsA[0]!.gid;
    await v.grant(w.A.community, A(), rid, 20);
    const stock = (await kit.prisma.reward.findUniqueOrThrow({ where: { id: dbIdOf(w.a.reward.id) } })).stock;
    const before = await v.balanceOf(rid, w.A.community.id);
    const r = (await redeem(w.appFor(rid), w.a.reward.id)).data.redeemReward.data;
    expect(r.reward.stock).toBe(stock - 1);
    await v.refused("cancelRedemption", { id: r.id }, w.appFor(w.residentsA[1]!.gid), "NOT_FOUND", "id");
    const c = await v.ok("cancelRedemption", { id: r.id, input: { reason: "不需要了" } }, w.appFor(rid));
    expect(c).toMatchObject({ status: "CANCELLED", refundEntry: { delta: 20 }, account: { balance: before }, reward: { stock } });
    const refund = await kit.prisma.pointsEntry.findUniqueOrThrow({ where: { id: dbIdOf(c.refundEntry.id) } });
    expect(refund).toMatchObject({ kind: "REFUND", reversesId: dbIdOf(c.debitEntry.id) });
    await v.refused("cancelRedemption", { id: r.id }, w.appFor(rid), "CONFLICT", "id");
    // Staff redeem for a resident at the counter, and see that code.
    const counter = await v.ok("redeemReward", { input: { rewardId: w.a.reward.id, quantity: 1, idempotencyKey: key(), residentId: rid } }, w.staffA);
    expect(counter.code).toMatch(/^[2-9A-Z]{8}$/);
    await v.ok("cancelRedemption", { id: counter.id }, w.staffA);
  });
});

describe("many requests at once", () => {
  /** Send the same mutation document with each variables object at once, through yoga.fetch. */
  const parallel = (list: { vars: Record<string, unknown>; as: As }[]) => Promise.all(list.map((x) => kit.gql(V.redeemReward, x.vars, x.as)));
  const outcome = (r: { data?: any; errors?: unknown }) => (r.errors ? "error" : r.data.redeemReward.__typename === "UserError" ? `${r.data.redeemReward.code}:${r.data.redeemReward.field}` : "ok");

  it("the last item in stock goes to exactly one of 20 residents asking at once", async () => {
    const last = await reward("限量纪念品", 10, 1);
    const residents = [];
    for (let i = 0; i < 20; i++) {
      const r = await kit.seed.resident(w.A.community.id, { name: `抢购${i}` });
      await v.grant(w.A.community, A(), r.gid, 10);
      residents.push(r);
    }
    const results = await parallel(residents.map((r) => ({ vars: { input: { rewardId: last.id, quantity: 1, idempotencyKey: key() } }, as: w.appFor(r.gid) })));
    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "CONFLICT:input.quantity")).toHaveLength(19);
    expect((await kit.prisma.reward.findUniqueOrThrow({ where: { id: dbIdOf(last.id) } })).stock).toBe(0);
    expect(await kit.prisma.redemption.count({ where: { rewardId: dbIdOf(last.id) } })).toBe(1);
    const balances = await kit.prisma.pointsAccount.findMany({ where: { residentId: { in: residents.map((r) => r.id) } } });
    expect(balances.map((b) => b.balance).sort()).toEqual([0, ...Array(19).fill(10)]);
  });

  it("20 redemptions against a balance that covers 10: exactly 10 succeed, never below zero", async () => {
    const r = await kit.seed.resident(w.A.community.id, { name: "余额有限" });
    await v.grant(w.A.community, A(), r.gid, 100);
    const plenty = await reward("饮用水", 10, 100);
    const results = await parallel(Array.from({ length: 20 }, () => ({ vars: { input: { rewardId: plenty.id, quantity: 1, idempotencyKey: key() } }, as: w.appFor(r.gid) })));
    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(10);
    expect(outcomes.filter((o) => o === "CONFLICT:input.quantity")).toHaveLength(10);
    const account = await kit.prisma.pointsAccount.findFirstOrThrow({ where: { residentId: r.id } });
    expect(account.balance).toBe(0);
    expect((await kit.prisma.reward.findUniqueOrThrow({ where: { id: dbIdOf(plenty.id) } })).stock).toBe(90);
  });

  it("the same key sent 20 times at once makes one redemption and one debit", async () => {
    const r = await kit.seed.resident(w.A.community.id, { name: "连点" });
    await v.grant(w.A.community, A(), r.gid, 50);
    const k = key();
    const results = await parallel(Array.from({ length: 20 }, () => ({ vars: { input: { rewardId: w.a.reward.id, quantity: 2, idempotencyKey: k } }, as: w.appFor(r.gid) })));
    expect(results.map(outcome)).toEqual(Array(20).fill("ok"));
    expect(new Set(results.map((x) => x.data.redeemReward.data.id)).size).toBe(1);
    expect(await kit.prisma.redemption.count({ where: { idempotencyKey: k } })).toBe(1);
    expect((await kit.prisma.pointsAccount.findFirstOrThrow({ where: { residentId: r.id } })).balance).toBe(10);
  });

  it("after it all, every balance is the sum of its entries and nothing is negative", async () => {
    const report = await checkPoints(kit.prisma);
    expect(report.differences).toEqual([]);
    expect(await kit.prisma.reward.count({ where: { stock: { lt: 0 } } })).toBe(0);
    const sums = await kit.prisma.pointsEntry.groupBy({ by: ["accountId"], _sum: { delta: true } });
    const accounts = await kit.prisma.pointsAccount.findMany();
    for (const a of accounts) expect(a.balance).toBe(sums.find((s) => s.accountId === a.id)?._sum.delta ?? 0);
    expect(accounts.filter((a) => a.balance < 0)).toEqual([]);
    expect(gqlError(await kit.gql(`{ pointsRedemptions(communityId: "nope") { totalCount } }`, {}, w.staffA))).toMatchObject({ code: "INVALID" });
  });
});
