// 积分超市: rewards with a cost and a stock; a redemption debits the points and the stock in one
// transaction, exactly once per (account, idempotency key): the account's row is locked first, so a
// retried or double-clicked request finds the first redemption and returns it. Then the reward's row
// is locked; neither the balance nor the stock ever goes below zero. A clerk fulfils (核销) it by its
// short code; cancelling it refunds the points with a REFUND entry and restores the stock.
import { randomBytes } from "node:crypto";
import type { Redemption } from "../../generated/prisma/client.js";
import { audit, command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { actingResidentOf, actorKind, actorName, notForResidentApps } from "../../shared/actor.js";
import { conflict, invalid, loadFor, parseInput, type Tx } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { redemptionAction, redemptionStepRefusal, rewardWithdrawn } from "./store.rules.js";
import { accountFor, findAccount, insertEntry, lockAccount, ownerOfResident } from "./ledger.service.js";
import { redemptionRefusal } from "./ledger.rules.js";
import { monthOf } from "./period.rules.js";
import { cancelInput, fulfilInput, redeemInput, rewardInput, rewardUpdate, stockInput } from "./points.validation.js";

const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"; // no 0/O, 1/I: read aloud at a counter

/** A random 8-character 核销码 (32⁸ ≈ 10¹² codes). */
export const newRedemptionCode = () => [...randomBytes(8)].map((b) => CODE_ALPHABET[b % 32]).join("");

export function createReward(ctx: Context, input: { communityId: string } & Record<string, unknown>) {
  const { communityId, ...rest } = input;
  return createOwned(ctx, {
    action: "store:manage",
    targetType: "Reward",
    communityId,
    schema: rewardInput,
    input: rest,
    create: (tx, d, cid) => tx.reward.create({ data: { ...d, communityId: cid } }),
  });
}

export function updateReward(ctx: Context, id: string, input: unknown) {
  return updateOwned(ctx, {
    action: "store:manage",
    targetType: "Reward",
    id,
    schema: rewardUpdate,
    input,
    load: (db, rid) => db.reward.findUnique({ where: { id: rid } }),
    update: (tx, d, rid) => tx.reward.update({ where: { id: rid }, data: d }),
  });
}

/** 入库/出库: add to (or take from) the stock with a reason; never below zero. */
export async function adjustRewardStock(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(stockInput, input);
  const reward = await loadFor(ctx, "store:manage", "id", "兑换物品", () => ctx.prisma.reward.findUnique({ where: { id: parseId("id", rawId, "Reward") } }));
  return command(ctx, async (tx) => {
    await lockRow(tx, "Reward", reward.id);
    const before = await tx.reward.findUniqueOrThrow({ where: { id: reward.id } });
    if (before.stock + d.delta < 0) throw invalid(`库存只有${before.stock}件，不能减少${-d.delta}件 (the stock would go below zero)`, "input.delta");
    const after = await tx.reward.update({ where: { id: reward.id }, data: { stock: { increment: d.delta } } });
    await audit(tx, ctx, { action: "store:manage", communityId: reward.communityId, targetType: "Reward", targetId: reward.id, before: { stock: before.stock }, after: { stock: after.stock, delta: d.delta, reason: d.reason } });
    return after;
  });
}

/** The resident a redemption is for: the one an app acts for, or the one a clerk names (of the community, or serving in it). */
async function redeemer(ctx: Context, communityId: string, residentId: string | null | undefined): Promise<string> {
  const acting = actingResidentOf(ctx, "积分兑换");
  if (acting && residentId && residentId !== acting) throw forbidden("input.residentId", "只能为本人兑换 (only for the resident the app acts for)");
  const id = acting ?? residentId;
  const field = acting ? "input.rewardId" : "input.residentId";
  if (!id) throw new UserError("REQUIRED", "请指明兑换的居民 (residentId)", "input.residentId");
  const r = await ctx.prisma.resident.findUnique({ where: { id }, select: { communityId: true, volunteers: { where: { communityId }, select: { id: true } } } });
  if (!r || (r.communityId !== communityId && r.volunteers.length === 0)) throw notFound(field, acting ? "本社区兑换物品" : "居民");
  return id;
}

/** The first redemption with this key: returned again when the request is the same, CONFLICT when the key was used for another. */
function replay(existing: Redemption, rewardId: string, quantity: number): Redemption {
  if (existing.rewardId !== rewardId || existing.quantity !== quantity) {
    throw conflict("该幂等键已用于另一笔兑换 (idempotencyKey was used for a different redemption)", "input.idempotencyKey");
  }
  return existing;
}

export async function redeemReward(ctx: Context, input: unknown): Promise<Redemption> {
  const d = parseInput(redeemInput, input);
  const reward = await ctx.prisma.reward.findUnique({ where: { id: d.rewardId } });
  if (!reward) throw notFound("input.rewardId", "兑换物品");
  const client = actorKind(ctx) !== "staff";
  await assertCan(ctx, client ? "store:redeem" : "store:fulfil", reward.communityId, "input.rewardId", "兑换物品");
  const residentId = await redeemer(ctx, reward.communityId, d.residentId);
  const owner = await ownerOfResident(ctx.prisma, reward.communityId, residentId);
  const known = await findAccount(ctx.prisma, reward.communityId, owner);
  const first = known && (await ctx.prisma.redemption.findUnique({ where: { accountId_idempotencyKey: { accountId: known.id, idempotencyKey: d.idempotencyKey } } }));
  if (first) return replay(first, reward.id, d.quantity);
  const withdrawn = rewardWithdrawn(reward);
  if (withdrawn) throw conflict(withdrawn, "input.rewardId");

  const run = (tx: Tx) => redeemInTx(tx, ctx, { rewardId: reward.id, communityId: reward.communityId, quantity: d.quantity, key: d.idempotencyKey, residentId, owner });
  for (let attempt = 0; ; attempt++) {
    try {
      return await command(ctx, run);
    } catch (e) {
      // Two codes alike (about one in 10¹² per pair): draw another.
      if ((e as { code?: string }).code === "P2002" && attempt < 3) continue;
      throw e;
    }
  }
}

async function redeemInTx(
  tx: Tx,
  ctx: Context,
  r: { rewardId: string; communityId: string; quantity: number; key: string; residentId: string; owner: Awaited<ReturnType<typeof ownerOfResident>> },
): Promise<Redemption> {
  const account = await lockAccount(tx, (await accountFor(tx, r.communityId, r.owner)).id);
  // Under the account's lock: a concurrent request with the same key has committed or not started.
  const first = await tx.redemption.findUnique({ where: { accountId_idempotencyKey: { accountId: account.id, idempotencyKey: r.key } } });
  if (first) return replay(first, r.rewardId, r.quantity);
  await lockRow(tx, "Reward", r.rewardId);
  const reward = await tx.reward.findUniqueOrThrow({ where: { id: r.rewardId } });
  const withdrawn = rewardWithdrawn(reward);
  if (withdrawn) throw conflict(withdrawn, "input.rewardId");
  const refusal = redemptionRefusal(account.balance, reward.stock, reward.cost, r.quantity);
  if (refusal) throw conflict(refusal.message, refusal.field);
  const total = reward.cost * r.quantity;
  const a = ctx.actor;
  const redemption = await tx.redemption.create({
    data: {
      communityId: r.communityId,
      accountId: account.id,
      rewardId: reward.id,
      rewardName: reward.name,
      quantity: r.quantity,
      unitCost: reward.cost,
      totalCost: total,
      idempotencyKey: r.key,
      code: newRedemptionCode(),
      residentId: r.residentId,
      createdByAccountId: a.kind === "account" ? a.accountId : null,
      createdByClientId: a.kind === "client" ? a.clientId : null,
      createdAt: ctx.now(),
    },
  });
  await tx.reward.update({ where: { id: reward.id }, data: { stock: { decrement: r.quantity } } });
  const entry = await insertEntry(tx, ctx, {
    account,
    delta: -total,
    kind: "REDEMPTION",
    month: monthOf(ctx.now()),
    sourceType: "Redemption",
    sourceId: redemption.id,
    residentId: r.residentId,
    note: `兑换${reward.name}×${r.quantity}`,
  });
  const after = await tx.redemption.update({ where: { id: redemption.id }, data: { debitEntryId: entry.id } });
  await audit(tx, ctx, { action: actorKind(ctx) !== "staff" ? "store:redeem" : "store:fulfil", communityId: r.communityId, targetType: "Redemption", targetId: after.id, after });
  return after;
}

/** 核销: the clerk enters the code the resident shows; PENDING → FULFILLED. */
export async function fulfilRedemption(ctx: Context, input: unknown) {
  const d = parseInput(fulfilInput, input);
  await assertCan(ctx, "store:fulfil", d.communityId, "input.communityId");
  notForResidentApps(ctx, "input.code", "核销");
  const found = await ctx.prisma.redemption.findUnique({ where: { communityId_code: { communityId: d.communityId, code: d.code } } });
  if (!found) throw notFound("input.code", "兑换码");
  const by = await actorName(ctx);
  return command(ctx, async (tx) => {
    await lockRow(tx, "Redemption", found.id);
    const before = await tx.redemption.findUniqueOrThrow({ where: { id: found.id } });
    const refusal = redemptionStepRefusal(before.status, "FULFIL");
    if (refusal) throw conflict(refusal, "input.code");
    const after = await tx.redemption.update({
      where: { id: found.id },
      data: { status: "FULFILLED", fulfilledAt: ctx.now(), fulfilledByName: by, fulfilledByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null },
    });
    await audit(tx, ctx, { action: "store:fulfil", communityId: found.communityId, targetType: "Redemption", targetId: found.id, before, after });
    return after;
  });
}

/** Cancel a PENDING redemption: refund the points (a REFUND entry reversing the debit) and restore the stock. */
export async function cancelRedemption(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(cancelInput, input);
  const id = parseId("id", rawId, "Redemption");
  const found = await ctx.prisma.redemption.findUnique({ where: { id } });
  if (!found) throw notFound("id", "兑换");
  if (actorKind(ctx) !== "staff") {
    const acting = actingResidentOf(ctx, "取消兑换");
    if (found.residentId !== acting) throw notFound("id", "兑换");
  }
  await assertCan(ctx, redemptionAction("CANCEL", actorKind(ctx) !== "staff" ? "resident" : "staff")!, found.communityId, "id", "兑换");
  return command(ctx, async (tx) => {
    const account = await lockAccount(tx, found.accountId);
    await lockRow(tx, "Reward", found.rewardId);
    const before = await tx.redemption.findUniqueOrThrow({ where: { id } });
    const refusal = redemptionStepRefusal(before.status, "CANCEL");
    if (refusal) throw conflict(refusal);
    const debit = await tx.pointsEntry.findUniqueOrThrow({ where: { id: before.debitEntryId! } });
    const refund = await insertEntry(tx, ctx, {
      account,
      delta: before.totalCost,
      kind: "REFUND",
      month: debit.month,
      sourceType: "Redemption",
      sourceId: before.id,
      residentId: before.residentId,
      note: d.reason ? `取消兑换${before.rewardName}：${d.reason}` : `取消兑换${before.rewardName}`,
      reverses: { id: debit.id, kind: "REDEMPTION" },
    });
    await tx.reward.update({ where: { id: before.rewardId }, data: { stock: { increment: before.quantity } } });
    const after = await tx.redemption.update({ where: { id }, data: { status: "CANCELLED", cancelledAt: ctx.now(), cancelReason: d.reason ?? null, refundEntryId: refund.id } });
    await audit(tx, ctx, { action: actorKind(ctx) !== "staff" ? "store:redeem" : "store:fulfil", communityId: before.communityId, targetType: "Redemption", targetId: id, before, after });
    return after;
  });
}
