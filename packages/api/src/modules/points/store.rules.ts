// A redemption's steps (核销 or cancel, both from PENDING), as pure functions, with the actions they
// take: staff fulfil and cancel with store:fulfil; an app acting for the resident cancels its own
// with store:redeem and never fulfils.
import type { ActorKind } from "../../shared/actor.js";
import type { Action } from "../../shared/authz.js";

export type RedemptionStatus = "PENDING" | "FULFILLED" | "CANCELLED";
export type RedemptionStep = "FULFIL" | "CANCEL";
export const REDEMPTION_STEPS: readonly RedemptionStep[] = ["FULFIL", "CANCEL"];

/** Why a redemption cannot take `step` (null: it can). */
export function redemptionStepRefusal(status: RedemptionStatus, step: RedemptionStep): string | null {
  if (status === "PENDING") return null;
  if (step === "FULFIL") return status === "FULFILLED" ? "该兑换已核销 (already fulfilled)" : "该兑换已取消 (cancelled)";
  return status === "FULFILLED" ? "已核销的兑换不能取消 (already fulfilled)" : "该兑换已取消 (already cancelled)";
}

/** The steps the redemption's state allows now (Redemption.allowedSteps keeps those the viewer may take). */
export const redemptionSteps = (status: RedemptionStatus): RedemptionStep[] => REDEMPTION_STEPS.filter((s) => redemptionStepRefusal(status, s) === null);

/** The action `step` takes for this actor; null when the actor never takes it (an app acting for a resident never fulfils, an app acting for nobody never cancels). */
export function redemptionAction(step: RedemptionStep, actor: ActorKind): Action | null {
  if (actor === "staff") return "store:fulfil";
  if (actor === "resident") return step === "CANCEL" ? "store:redeem" : null;
  return step === "FULFIL" ? "store:fulfil" : null;
}

// A reward's steps: redeem it (on offer and in stock), take it off the shelf (下架) or put it back (上架),
// change its fields, or restock it (入库/出库, on offer or not).
export type RewardStep = "REDEEM" | "ACTIVATE" | "DEACTIVATE" | "EDIT" | "RESTOCK";
export const REWARD_STEPS: readonly RewardStep[] = ["REDEEM", "ACTIVATE", "DEACTIVATE", "EDIT", "RESTOCK"];

/** Why a reward is not redeemed (null: it is on offer; redemptionRefusal weighs the stock against the quantity). */
export const rewardWithdrawn = (r: { active: boolean }): string | null => (r.active ? null : "该物品已下架 (the reward is withdrawn)");

/** Why a reward cannot take `step` now (null: it can). */
export function rewardRefusal(step: RewardStep, r: { active: boolean; stock: number }): string | null {
  switch (step) {
    case "REDEEM":
      return rewardWithdrawn(r) ?? (r.stock > 0 ? null : "库存不足 (out of stock)");
    case "ACTIVATE":
      return r.active ? "该物品已上架 (already on offer)" : null;
    case "DEACTIVATE":
      return r.active ? null : "该物品已下架 (already withdrawn)";
    case "EDIT":
    case "RESTOCK":
      return null;
  }
}

/** The steps the reward's state allows now (Reward.allowedSteps keeps those the viewer may take). */
export const rewardSteps = (r: { active: boolean; stock: number }): RewardStep[] => REWARD_STEPS.filter((s) => rewardRefusal(s, r) === null);

/** The action `step` takes for this actor (null: never): staff redeem at the counter with store:fulfil, an app acting for a resident with store:redeem; updateReward and adjustRewardStock need store:manage. */
export function rewardAction(step: RewardStep, actor: ActorKind): Action | null {
  if (step === "REDEEM") return actor === "staff" ? "store:fulfil" : actor === "resident" ? "store:redeem" : null;
  return "store:manage";
}
