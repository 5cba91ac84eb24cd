// The points system's enums in the contract.
import { builder } from "../../builder.js";
import { toggleStepValues } from "../../shared/steps.js";

export const PointsAccountModeEnum = builder.enumType("PointsAccountMode", {
  description: "Whether a community keeps points per person or per household.",
  values: {
    PERSON: { description: "按人计分: each resident has an account" },
    HOUSEHOLD: { description: "按户计分: a household's members share its account (residents without a household of the community keep their own)" },
  },
});

export const PointsRuleCategoryEnum = builder.enumType("PointsRuleCategory", {
  values: {
    VOLUNTEER: { description: "志愿服务: pays verified hours or an activity" },
    VILLAGE_RULE: { description: "村规民约: an article (环境卫生, 邻里和睦, 移风易俗 …), awards or deductions" },
    PARTY_POST: { description: "党员责任岗" },
    OTHER: { description: "其他" },
  },
});

export const PointsRuleKindEnum = builder.enumType("PointsRuleKind", {
  values: {
    PER_HOUR: { description: "points per verified hour, prorated by the minute and rounded down" },
    PER_ACTIVITY: { description: "points once per activity with verified time" },
    PER_OCCURRENCE: { description: "points per approved claim (申报): awards, or deductions when negative" },
  },
});

export const PointsPeriodKindEnum = builder.enumType("PointsPeriodKind", {
  description: "A calendar period in China time.",
  values: { MONTH: { description: "月" }, QUARTER: { description: "季度" }, YEAR: { description: "年" } },
});

export const PointsAccountKindEnum = builder.enumType("PointsAccountKind", {
  values: { PERSON: { description: "a resident's account" }, HOUSEHOLD: { description: "a household's account" } },
});

export const PointsEntryKindEnum = builder.enumType("PointsEntryKind", {
  values: {
    AWARD: { description: "加分: verified hours or an approved claim" },
    DEDUCTION: { description: "扣分: a village-rule deduction" },
    REDEMPTION: { description: "兑换 in the points store (negative)" },
    REFUND: { description: "取消兑换退还 (reverses a REDEMPTION)" },
    REVERSAL: { description: "冲正: undoes an AWARD or a DEDUCTION (reverses names it)" },
  },
});

export const PointsEntryStepEnum = builder.enumType("PointsEntryStep", {
  description: "A step a ledger entry allows now (see PointsEntry.allowedSteps).",
  values: { REVERSE: { description: "reversePointsEntry (冲正): an AWARD or DEDUCTION not yet reversed, when the balance covers it; needs points:reverse" } },
});

export const PointsRuleStepEnum = builder.enumType("PointsRuleStep", {
  description: "A step a points rule allows now (see PointsRule.allowedSteps).",
  values: toggleStepValues("updatePointsRule", "points:configure"),
});

export const PointsClaimStatusEnum = builder.enumType("PointsClaimStatus", {
  description: "申报 → 审核 → 公示 → 入账: SUBMITTED → APPROVED → PUBLICIZED → POSTED, or REJECTED. Exempt small claims go APPROVED → POSTED.",
  values: {
    SUBMITTED: { description: "已申报, waiting for review" },
    APPROVED: { description: "审核通过: publicize it (or post it when exempt)" },
    PUBLICIZED: { description: "公示中: see notice; post it once the notice is FINAL" },
    POSTED: { description: "已入账: see entry (none when the rule's cap was reached)" },
    REJECTED: { description: "审核不通过 (see reviewNote)" },
  },
});

export const PointsClaimStepEnum = builder.enumType("PointsClaimStep", {
  description: "A step a claim allows now (see PointsClaim.allowedSteps).",
  values: ["APPROVE", "REJECT", "PUBLISH", "POST"] as const,
});

export const RewardKindEnum = builder.enumType("RewardKind", {
  values: { GOODS: { description: "实物" }, SERVICE: { description: "服务" }, VOUCHER: { description: "券: 洗车券, 早餐券 …" } },
});

export const RewardStepEnum = builder.enumType("RewardStep", {
  description: "A step a reward allows now (see Reward.allowedSteps).",
  values: {
    REDEEM: { description: "redeemReward: on offer and in stock; staff at the counter with store:fulfil, an app acting for a resident with store:redeem" },
    ACTIVATE: { description: "updateReward with active: true (上架): store:manage" },
    DEACTIVATE: { description: "updateReward with active: false (下架): store:manage" },
    EDIT: { description: "updateReward (name, kind, cost …): store:manage" },
    RESTOCK: { description: "adjustRewardStock (入库/出库): store:manage" },
  },
});

export const RedemptionStatusEnum = builder.enumType("RedemptionStatus", {
  values: {
    PENDING: { description: "待核销: points and stock are debited; the resident shows the code at the counter" },
    FULFILLED: { description: "已核销" },
    CANCELLED: { description: "已取消: the points were refunded and the stock restored" },
  },
});

export const RankingNodeKindEnum = builder.enumType("PointsRankingNodeKind", { values: ["COMMUNITY", "STREET", "DISTRICT"] as const });

export const RedemptionStepEnum = builder.enumType("RedemptionStep", {
  description: "A step a redemption allows now (see Redemption.allowedSteps).",
  values: {
    FULFIL: { description: "fulfilRedemption (核销) with the resident's code: staff with store:fulfil" },
    CANCEL: { description: "cancelRedemption, refunding the points: staff with store:fulfil, or the resident's app with store:redeem" },
  },
});
