// Mutations for the points settings and rules: thin, they call rule.service.
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { PointsAccountModeEnum, PointsPeriodKindEnum, PointsRuleCategoryEnum, PointsRuleKindEnum } from "./enums.type.js";
import { settingsOf } from "./ledger.service.js";
import { PointsSettingsRef } from "./rule.type.js";
import { createPointsRule, updatePointsSettings, updatePointsRule } from "./rule.service.js";

const UpdatePointsSettingsInput = builder.inputType("UpdatePointsSettingsInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({
    communityId: t.id(),
    accountMode: t.field({ type: PointsAccountModeEnum, required: false, description: "PERSON or HOUSEHOLD; only while the community's ledger has no entries." }),
    publicityExemptMax: t.int({ required: false, description: "Claims of at most this many points skip the notice (null: publicize every claim)." }),
    noticePeriodDays: t.int({ required: false, description: "Objection period of claim notices, 1–90 days." }),
  }),
});

const ruleFields = {
  code: { required: false, description: '条款编号, e.g. "3.2".' },
  article: { required: false, description: "村规民约 article, e.g. 环境卫生, 邻里和睦, 移风易俗." },
  points: { description: "Per hour (PER_HOUR), per activity (PER_ACTIVITY) or per occurrence (PER_OCCURRENCE, negative for a deduction); not 0." },
  capPoints: { required: false, description: "At most this many points per account and capPeriod from this rule; give with capPeriod." },
} as const;

const CreatePointsRuleInput = builder.inputType("CreatePointsRuleInput", {
  fields: (t) => ({
    communityId: t.id(),
    code: t.string(ruleFields.code),
    name: t.string({ description: "Unique in the community." }),
    category: t.field({ type: PointsRuleCategoryEnum }),
    kind: t.field({ type: PointsRuleKindEnum }),
    article: t.string(ruleFields.article),
    points: t.int(ruleFields.points),
    capPeriod: t.field({ type: PointsPeriodKindEnum, required: false }),
    capPoints: t.int(ruleFields.capPoints),
    description: t.string({ required: false }),
  }),
});
const UpdatePointsRuleInput = builder.inputType("UpdatePointsRuleInput", {
  description: "Fields left out are not changed. A rule with entries keeps its kind and the sign of its points: retire it (active: false) and create another.",
  fields: (t) => ({
    code: t.string(ruleFields.code),
    name: t.string({ required: false }),
    category: t.field({ type: PointsRuleCategoryEnum, required: false }),
    kind: t.field({ type: PointsRuleKindEnum, required: false }),
    article: t.string(ruleFields.article),
    points: t.int({ ...ruleFields.points, required: false }),
    capPeriod: t.field({ type: PointsPeriodKindEnum, required: false }),
    capPoints: t.int(ruleFields.capPoints),
    description: t.string({ required: false }),
    active: t.boolean({ required: false }),
  }),
});

builder.mutationFields((t) => ({
  updatePointsSettings: t.field({
    type: PointsSettingsRef,
    description: "Set the community's points settings (按人/按户, publicity of small claims, notice period). Needs points:configure.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: UpdatePointsSettingsInput }) },
    resolve: async (_r, { input }, ctx) => {
      const row = await updatePointsSettings(ctx, { ...input, communityId: String(input.communityId) });
      return { communityId: row.communityId, ...(await settingsOf(ctx.prisma, row.communityId)) };
    },
  }),
  createPointsRule: t.prismaField({
    type: "PointsRule",
    description: "Add a points rule (积分规则): a village-rule article, a volunteer rate, a party post. Needs points:configure.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreatePointsRuleInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "pointsRule", q, createPointsRule(ctx, { ...input, communityId: String(input.communityId) })),
  }),
  updatePointsRule: t.prismaField({
    type: "PointsRule",
    description: "Change a rule, or retire it (active: false). Entries already posted keep their points. Needs points:configure.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdatePointsRuleInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "pointsRule", q, updatePointsRule(ctx, String(id), input)),
  }),
}));
