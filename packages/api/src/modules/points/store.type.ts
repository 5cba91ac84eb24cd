// The points store (积分超市) in the contract: rewards, redemptions, and "my redemptions" for apps.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId, toGlobalId } from "../../shared/ids.js";
import { actingOrNobody, actingResident, actorKind } from "../../shared/actor.js";
import { ownAccounts } from "./access.js";
import { RedemptionStatusEnum, RedemptionStepEnum, RewardKindEnum, RewardStepEnum } from "./enums.type.js";
import { redemptionAction, redemptionSteps, rewardAction, rewardSteps } from "./store.rules.js";

builder.prismaNode("Reward", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "积分超市 item (goods, services, 洗车券, 早餐券 …): redeem it with redeemReward for cost × quantity points while the stock lasts.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "points:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: RewardKindEnum }),
    description: t.exposeString("description", { nullable: true }),
    sponsor: t.exposeString("sponsor", { nullable: true, description: "Who provides it, e.g. a shop taking part in 创文." }),
    cost: t.exposeInt("cost", { description: "Points per item." }),
    stock: t.exposeInt("stock", { description: "Items left; never below zero." }),
    active: t.exposeBoolean("active", { description: "false: 已下架, cannot be redeemed." }),
    allowedSteps: t.field({
      type: [RewardStepEnum],
      description:
        "The steps the viewer may take now: REDEEM while on offer and in stock (staff at the counter with store:fulfil, an app acting for a resident with store:redeem); DEACTIVATE or ACTIVATE (updateReward active), EDIT (updateReward) and RESTOCK (adjustRewardStock) with store:manage.",
      select: { active: true, stock: true, communityId: true },
      resolve: (r, _a, ctx) => {
        const actor = actorKind(ctx);
        const steps = rewardSteps(r).filter((s) => rewardAction(s, actor) !== null);
        return heldSteps(ctx, r.communityId, steps, (s) => rewardAction(s, actor)!);
      },
    }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** The code is shown to the resident (their app) and to the clerk who made the redemption for them; other staff fulfil with the code the resident shows. */
const seesCode = (ctx: Context, r: { residentId: string | null; createdByAccountId: string | null }) =>
  (r.residentId !== null && r.residentId === actingResident(ctx)) ||
  (ctx.actor.kind === "account" && r.createdByAccountId === ctx.actor.accountId);

builder.prismaNode("Redemption", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "兑换: an order in the points store. Points and stock were debited once (idempotencyKey); PENDING until a clerk fulfils it (核销) with the resident's code, or cancelled with a refund.",
  findUnique: async (id, ctx) => ({ id, community: communityScope(ctx, "points:read"), account: await ownAccounts(ctx) }),
  fields: (t) => ({
    reward: t.relation("reward"),
    rewardName: t.exposeString("rewardName", { description: "The reward's name when redeemed." }),
    quantity: t.exposeInt("quantity"),
    unitCost: t.exposeInt("unitCost"),
    totalCost: t.exposeInt("totalCost", { description: "Points debited: unitCost × quantity." }),
    idempotencyKey: t.exposeString("idempotencyKey", { description: "The client's key: the same key again returns this redemption and debits nothing." }),
    code: t.string({
      nullable: true,
      description: "核销码 (8 characters) the resident shows at the counter: for the resident's app and the clerk who redeemed for them; null for others.",
      select: { code: true, residentId: true, createdByAccountId: true },
      resolve: (r, _a, ctx) => (seesCode(ctx, r) ? r.code : null),
    }),
    status: t.expose("status", { type: RedemptionStatusEnum }),
    account: t.relation("account"),
    residentId: t.id({ nullable: true, description: "The resident who redeemed.", select: { residentId: true }, resolve: (r) => (r.residentId ? toGlobalId("Resident", r.residentId) : null) }),
    debitEntry: t.prismaField({
      type: "PointsEntry",
      nullable: true,
      select: { debitEntryId: true },
      resolve: (q, r, _a, ctx) => (r.debitEntryId ? ctx.prisma.pointsEntry.findUnique({ ...q, where: { id: r.debitEntryId } }) : null),
    }),
    refundEntry: t.prismaField({
      type: "PointsEntry",
      nullable: true,
      select: { refundEntryId: true },
      resolve: (q, r, _a, ctx) => (r.refundEntryId ? ctx.prisma.pointsEntry.findUnique({ ...q, where: { id: r.refundEntryId } }) : null),
    }),
    fulfilledAt: t.expose("fulfilledAt", { type: "DateTime", nullable: true }),
    fulfilledByName: t.exposeString("fulfilledByName", { nullable: true }),
    cancelledAt: t.expose("cancelledAt", { type: "DateTime", nullable: true }),
    cancelReason: t.exposeString("cancelReason", { nullable: true }),
    allowedSteps: t.field({
      type: [RedemptionStepEnum],
      description: "The steps the viewer may take now: PENDING allows both; staff need store:fulfil; an app acting for the resident cancels its own with store:redeem and never fulfils.",
      select: { status: true, residentId: true, communityId: true },
      resolve: (r, _a, ctx) => {
        const acting = actingResident(ctx);
        if (acting && r.residentId !== acting) return [];
        const actor = actorKind(ctx);
        const steps = redemptionSteps(r.status).filter((s) => redemptionAction(s, actor) !== null);
        return heldSteps(ctx, r.communityId, steps, (s) => redemptionAction(s, actor)!);
      },
    }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

function rewardWhere(ctx: Context, args: { communityId: string; includeInactive?: boolean | null; inStockOnly?: boolean | null }): Prisma.RewardWhereInput {
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "points:read"),
    ...(args.includeInactive ? {} : { active: true }),
    ...(args.inStockOnly ? { stock: { gt: 0 } } : {}),
  };
}

type Status = "PENDING" | "FULFILLED" | "CANCELLED";
async function redemptionWhere(ctx: Context, args: { communityId: string; statuses?: Status[] | null; rewardId?: string | null; accountId?: string | null }): Promise<Prisma.RedemptionWhereInput> {
  const rewardId = parseOptionalId("rewardId", args.rewardId, "Reward");
  const accountId = parseOptionalId("accountId", args.accountId, "PointsAccount");
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "points:read"),
    account: await ownAccounts(ctx),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(rewardId ? { rewardId } : {}),
    ...(accountId ? { accountId } : {}),
  };
}

const myWhere = (ctx: Context, statuses: Status[] | null | undefined): Prisma.RedemptionWhereInput => ({
  residentId: actingOrNobody(ctx),
  community: communityScope(ctx, "points:read"),
  ...(statuses?.length ? { status: { in: statuses } } : {}),
});

builder.queryFields((t) => ({
  pointsRewards: t.prismaConnection({
    type: "Reward",
    cursor: "id",
    description: "The community's points store: rewards on offer (all, with includeInactive), in creation order. Needs points:read (residents' apps too).",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      includeInactive: t.arg.boolean({ required: false, defaultValue: false }),
      inStockOnly: t.arg.boolean({ required: false, defaultValue: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.reward.count({ where: rewardWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.reward.findMany({ ...query, where: rewardWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  pointsRedemptions: t.prismaConnection({
    type: "Redemption",
    cursor: "id",
    description: "A community's redemptions, newest first (the clerk's list: statuses [PENDING]). An app acting for a resident sees only its own. Needs points:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      statuses: t.arg({ type: [RedemptionStatusEnum], required: false }),
      rewardId: t.arg.id({ required: false }),
      accountId: t.arg.id({ required: false }),
    },
    totalCount: async (_p, args, ctx) => ctx.prisma.redemption.count({ where: await redemptionWhere(ctx, args) }),
    resolve: async (query, _r, args, ctx) => ctx.prisma.redemption.findMany({ ...query, where: await redemptionWhere(ctx, args), orderBy: { id: "desc" } }),
  }),
  myRedemptions: t.prismaConnection({
    type: "Redemption",
    cursor: "id",
    description: "For residents' apps: the redemptions of the resident the API client acts for, newest first, with their codes. Empty for any other viewer. Needs points:read.",
    authScopes: { loggedIn: true },
    args: { statuses: t.arg({ type: [RedemptionStatusEnum], required: false }) },
    totalCount: (_p, args, ctx) => ctx.prisma.redemption.count({ where: myWhere(ctx, args.statuses) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.redemption.findMany({ ...query, where: myWhere(ctx, args.statuses), orderBy: { id: "desc" } }),
  }),
}));
