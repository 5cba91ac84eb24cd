// Mutations for the points store (积分超市): thin, they call store.service.
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { RewardKindEnum } from "./enums.type.js";
import { adjustRewardStock, cancelRedemption, createReward, fulfilRedemption, redeemReward, updateReward } from "./store.service.js";

const CreateRewardInput = builder.inputType("CreateRewardInput", {
  fields: (t) => ({
    communityId: t.id(),
    name: t.string({ description: "Unique in the community, e.g. 洗车券." }),
    kind: t.field({ type: RewardKindEnum }),
    description: t.string({ required: false }),
    sponsor: t.string({ required: false, description: "Who provides it." }),
    cost: t.int({ description: "Points per item, at least 1." }),
    stock: t.int({ required: false, description: "Items in stock (default 0); change it later with adjustRewardStock." }),
    active: t.boolean({ required: false, description: "On offer (default true)." }),
  }),
});
const UpdateRewardInput = builder.inputType("UpdateRewardInput", {
  description: "Fields left out are not changed. The stock changes only through adjustRewardStock; redemptions keep the cost they were made at.",
  fields: (t) => ({
    name: t.string({ required: false }),
    kind: t.field({ type: RewardKindEnum, required: false }),
    description: t.string({ required: false }),
    sponsor: t.string({ required: false }),
    cost: t.int({ required: false }),
    active: t.boolean({ required: false, description: "false: 下架." }),
  }),
});
const AdjustRewardStockInput = builder.inputType("AdjustRewardStockInput", {
  fields: (t) => ({ delta: t.int({ description: "Items added (入库) or taken out (出库, negative); the stock never goes below zero." }), reason: t.string() }),
});
const RedeemRewardInput = builder.inputType("RedeemRewardInput", {
  fields: (t) => ({
    rewardId: t.id(),
    quantity: t.int({ description: "At least 1, at most 100." }),
    idempotencyKey: t.string({
      required: false,
      description: "Required: a key the client makes once per redemption (e.g. a UUID) and sends again on a retry; the same key returns the first redemption and debits nothing more.",
    }),
    residentId: t.id({ required: false, description: "Staff redeeming at the counter: the resident (set automatically for apps acting for a resident)." }),
  }),
});
const FulfilRedemptionInput = builder.inputType("FulfilRedemptionInput", {
  fields: (t) => ({ communityId: t.id(), code: t.string({ description: "The 8-character code the resident shows (case and hyphens ignored)." }) }),
});
const CancelRedemptionInput = builder.inputType("CancelRedemptionInput", { fields: (t) => ({ reason: t.string({ required: false }) }) });

builder.mutationFields((t) => ({
  createReward: t.prismaField({
    type: "Reward",
    description: "Put a reward in the points store. Needs store:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateRewardInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "reward", q, createReward(ctx, { ...input, communityId: String(input.communityId) })),
  }),
  updateReward: t.prismaField({
    type: "Reward",
    description: "Change a reward, or take it off the shelf (active: false). Needs store:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateRewardInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "reward", q, updateReward(ctx, String(id), input)),
  }),
  adjustRewardStock: t.prismaField({
    type: "Reward",
    description: "入库/出库: add to or take from the stock, with a reason (audited). Needs store:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: AdjustRewardStockInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "reward", q, adjustRewardStock(ctx, String(id), input)),
  }),
  redeemReward: t.prismaField({
    type: "Redemption",
    description:
      "兑换: debit cost × quantity points and the stock in one transaction, exactly once per idempotencyKey (a retry returns the first redemption). Refused with CONFLICT when the balance or the stock does not cover it. Residents' apps (store:redeem, acting for the resident) or a clerk for a resident (store:fulfil).",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: RedeemRewardInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "redemption", q, redeemReward(ctx, input)),
  }),
  fulfilRedemption: t.prismaField({
    type: "Redemption",
    description: "核销: the clerk enters the code the resident shows; PENDING → FULFILLED. Needs store:fulfil.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: FulfilRedemptionInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "redemption", q, fulfilRedemption(ctx, input)),
  }),
  cancelRedemption: t.prismaField({
    type: "Redemption",
    description:
      "Cancel a PENDING redemption: the points come back (a REFUND entry reversing the debit) and the stock is restored. The resident's app (its own) or a clerk (store:fulfil).",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: CancelRedemptionInput, required: false }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "redemption", q, cancelRedemption(ctx, String(id), input ?? {})),
  }),
}));
