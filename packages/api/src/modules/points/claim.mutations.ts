// Mutations for claims (申报 → 审核 → 公示 → 入账), reversals (冲正) and publishing rankings: thin,
// they call the services.
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { approvePointsClaim, postPointsClaim, publishPointsClaims, rejectPointsClaim, submitPointsClaim } from "./claim.service.js";
import { PointsAccountKindEnum } from "./enums.type.js";
import { publishPointsRanking } from "./ranking.publish.js";
import { reversePointsEntry } from "./reverse.service.js";

const SubmitPointsClaimInput = builder.inputType("SubmitPointsClaimInput", {
  description: "Give residentId, or householdId when the community keeps points per household (a resident's claim goes to their household's account then).",
  fields: (t) => ({
    ruleId: t.id({ description: "An active PER_OCCURRENCE rule: its points (negative: a deduction) are claimed." }),
    residentId: t.id({ required: false, description: "A resident of the community, or a volunteer serving in it (双报到)." }),
    householdId: t.id({ required: false }),
    occurredOn: t.field({ type: "Date", description: "When it happened (not in the future); the entry counts in that month." }),
    reason: t.string({ description: "事由, e.g. 主动清理门前屋后卫生." }),
    evidence: t.string({ required: false, description: "佐证: a note or a link to photos." }),
  }),
});
const ReviewPointsClaimInput = builder.inputType("ReviewPointsClaimInput", { fields: (t) => ({ note: t.string({ required: false }) }) });
const ReasonInput = builder.inputType("PointsReasonInput", { fields: (t) => ({ reason: t.string({ description: "Why (required)." }) }) });
const PublishPointsClaimsInput = builder.inputType("PublishPointsClaimsInput", {
  fields: (t) => ({
    claimIds: t.idList({ description: "APPROVED claims of one community (or PUBLICIZED ones whose notice was withdrawn or had an objection upheld)." }),
    title: t.string({ required: false, description: "Default 【积分公示】<community>积分申报（N项）." }),
    periodDays: t.int({ required: false, description: "Objection period; default the community's noticePeriodDays." }),
  }),
});
const PublishPointsRankingInput = builder.inputType("PublishPointsRankingInput", {
  fields: (t) => ({
    communityId: t.id(),
    period: t.string({ description: "2026-11, 2026-Q4 or 2026." }),
    accountKind: t.field({ type: PointsAccountKindEnum, required: false }),
    first: t.int({ required: false, description: "Places per list (default 10, at most 100)." }),
    periodDays: t.int({ required: false, description: "Objection period (default 7 days)." }),
  }),
});

builder.mutationFields((t) => ({
  submitPointsClaim: t.prismaField({
    type: "PointsClaim",
    description: "申报 an award or deduction under a village-rule article (or another PER_OCCURRENCE rule). Needs points:claim.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: SubmitPointsClaimInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "pointsClaim", q, submitPointsClaim(ctx, input)),
  }),
  approvePointsClaim: t.prismaField({
    type: "PointsClaim",
    description: "审核通过: SUBMITTED → APPROVED. Then publicize it (publishPointsClaims), or post it at once when the community exempts claims this small. Needs points:approve.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: ReviewPointsClaimInput, required: false }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "pointsClaim", q, approvePointsClaim(ctx, String(id), input ?? {})),
  }),
  rejectPointsClaim: t.prismaField({
    type: "PointsClaim",
    description: "审核不通过 (also after an objection was upheld) → REJECTED with the reason. Not once posted: reverse the entry instead. Needs points:approve.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: ReasonInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "pointsClaim", q, rejectPointsClaim(ctx, String(id), input)),
  }),
  publishPointsClaims: t.prismaField({
    type: "Notice",
    description: "公示: publish approved claims of one community in one notice (the notices module keeps the period and objections); they become PUBLICIZED. Needs points:approve and notice:publish.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: PublishPointsClaimsInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "notice", q, publishPointsClaims(ctx, input)),
  }),
  postPointsClaim: t.prismaField({
    type: "PointsClaim",
    description:
      "入账: insert the claim's ledger entry (cut to what the rule's cap leaves; none when reached). Allowed once its notice is FINAL, or right after approval when exempt from publicity. Needs points:approve.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "pointsClaim", q, postPointsClaim(ctx, String(id))),
  }),
  reversePointsEntry: t.prismaField({
    type: "PointsEntry",
    description:
      "冲正: undo an AWARD or a DEDUCTION with a REVERSAL entry of the opposite amount (returned). An entry is reversed at most once; reversals, refunds and redemptions are not reversed (cancel the redemption instead); an award is not reversed below a zero balance. Needs points:reverse.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: ReasonInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "pointsEntry", q, reversePointsEntry(ctx, String(id), input)),
  }),
  publishPointsRanking: t.prismaField({
    type: "Notice",
    description: "Publish a community's ranking and red and black lists (红黑榜) for a period as a notice. Needs notice:publish and points:read.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: PublishPointsRankingInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "notice", q, publishPointsRanking(ctx, { ...input, communityId: String(input.communityId) })),
  }),
}));
