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
