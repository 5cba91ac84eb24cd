// Points settings and rules (积分规则) in the contract.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import { settingsOf, type PointsSettingsView } from "./ledger.service.js";
import { allowedStepsFor } from "../../shared/steps.js";
import { PointsAccountModeEnum, PointsPeriodKindEnum, PointsRuleCategoryEnum, PointsRuleKindEnum, PointsRuleStepEnum } from "./enums.type.js";
import { POINTS_RULE_STEPS } from "./rule.rules.js";

export interface SettingsRow extends PointsSettingsView {
  communityId: string;
}

export const PointsSettingsRef = builder.objectRef<SettingsRow>("PointsSettings").implement({
  description: "A community's points settings (the defaults until changed with updatePointsSettings).",
  fields: (t) => ({
    communityId: t.id({ resolve: (s) => toGlobalId("Community", s.communityId) }),
    accountMode: t.expose("accountMode", {
      type: PointsAccountModeEnum,
      description: "PERSON or HOUSEHOLD. Fixed once the community's ledger has entries.",
    }),
    publicityExemptMax: t.exposeInt("publicityExemptMax", {
      nullable: true,
      description: "Claims of at most this many points (either sign) are posted right after approval, without a notice. null: every claim is publicized.",
    }),
    noticePeriodDays: t.exposeInt("noticePeriodDays", { description: "The objection period of claim notices (default 7 days)." }),
  }),
});

builder.prismaNode("PointsRule", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "积分规则: what earns or costs points. PER_HOUR and PER_ACTIVITY rules pay volunteer activities when hours are approved; PER_OCCURRENCE rules (村规民约 articles) are used by claims, negative for deductions. A cap limits what one account gets (or loses) from the rule per period.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "points:read") }),
  fields: (t) => ({
    code: t.exposeString("code", { nullable: true, description: '条款编号, e.g. "3.2".' }),
    name: t.exposeString("name"),
    category: t.expose("category", { type: PointsRuleCategoryEnum }),
    kind: t.expose("kind", { type: PointsRuleKindEnum }),
    article: t.exposeString("article", { nullable: true, description: "村规民约 article, e.g. 环境卫生." }),
    points: t.exposeInt("points", { description: "Per hour, per activity or per occurrence; negative: a deduction (扣分)." }),
    capPeriod: t.expose("capPeriod", { type: PointsPeriodKindEnum, nullable: true }),
    capPoints: t.exposeInt("capPoints", { nullable: true, description: "At most this many points per account and capPeriod from this rule (absolute); awards beyond it are cut." }),
    description: t.exposeString("description", { nullable: true }),
    active: t.exposeBoolean("active", { description: "false: 停用; no new claims or activities use it." }),
    allowedSteps: t.field({
      type: [PointsRuleStepEnum],
      description: "The steps the viewer may take now (updatePointsRule, with points:configure): EDIT, and DEACTIVATE while active or ACTIVATE while not.",
      select: { active: true, communityId: true },
      resolve: (r, _a, ctx) => allowedStepsFor(ctx, r.communityId, POINTS_RULE_STEPS, r),
    }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

type Category = "VOLUNTEER" | "VILLAGE_RULE" | "PARTY_POST" | "OTHER";
function ruleWhere(ctx: Context, args: { communityId: string; category?: Category | null; includeInactive?: boolean | null }): Prisma.PointsRuleWhereInput {
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "points:read"),
    ...(args.category ? { category: args.category } : {}),
    ...(args.includeInactive ? {} : { active: true }),
  };
}

builder.queryFields((t) => ({
  pointsSettings: t.field({
    type: PointsSettingsRef,
    nullable: true,
    description: "The community's points settings; null when the viewer may not read points there. Needs points:read.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id() },
    resolve: async (_r, args, ctx) => {
      const communityId = parseId("communityId", String(args.communityId), "Community");
      if (!(await can(ctx, "points:read", communityId))) return null;
      return { communityId, ...(await settingsOf(ctx.prisma, communityId)) };
    },
  }),
  pointsRules: t.prismaConnection({
    type: "PointsRule",
    cursor: "id",
    description: "A community's points rules (active ones unless includeInactive), in creation order. Needs points:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      category: t.arg({ type: PointsRuleCategoryEnum, required: false }),
      includeInactive: t.arg.boolean({ required: false, defaultValue: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.pointsRule.count({ where: ruleWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.pointsRule.findMany({ ...query, where: ruleWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
