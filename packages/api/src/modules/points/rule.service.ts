// The community's points settings (per person or per household, publicity of small awards) and
// its rules (积分规则: per hour, per activity, per village-rule article, with caps).
import { audit, command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { conflict, invalid, parseInput } from "../../shared/service.js";
import { DEFAULT_SETTINGS } from "./ledger.service.js";
import { ruleInput, ruleProblem, ruleUpdate, settingsInput } from "./points.validation.js";

export async function updatePointsSettings(ctx: Context, input: { communityId: string } & Record<string, unknown>) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const d = parseInput(settingsInput, { accountMode: input.accountMode ?? undefined, publicityExemptMax: input.publicityExemptMax, noticePeriodDays: input.noticePeriodDays ?? undefined });
  await assertCan(ctx, "points:configure", communityId, "input.communityId");
  return command(ctx, async (tx) => {
    const before = await tx.pointsSettings.findUnique({ where: { communityId } });
    const mode = before?.accountMode ?? DEFAULT_SETTINGS.accountMode;
    if (d.accountMode && d.accountMode !== mode && (await tx.pointsEntry.count({ where: { communityId }, take: 1 })) > 0) {
      throw conflict("已有积分记录，不能更改计分方式（按人/按户） (the community's ledger has entries)", "input.accountMode");
    }
    const data = {
      ...(d.accountMode ? { accountMode: d.accountMode } : {}),
      ...(d.publicityExemptMax !== undefined ? { publicityExemptMax: d.publicityExemptMax } : {}),
      ...(d.noticePeriodDays ? { noticePeriodDays: d.noticePeriodDays } : {}),
    };
    const after = await tx.pointsSettings.upsert({ where: { communityId }, create: { communityId, ...data }, update: data });
    await audit(tx, ctx, { action: "points:configure", communityId, targetType: "PointsSettings", targetId: after.id, before, after });
    return after;
  });
}

export function createPointsRule(ctx: Context, input: { communityId: string } & Record<string, unknown>) {
  const { communityId, ...rest } = input;
  return createOwned(ctx, {
    action: "points:configure",
    targetType: "PointsRule",
    communityId,
    schema: ruleInput,
    input: rest,
    check: async (d) => {
      const p = ruleProblem(d);
      if (p) throw invalid(p.message, p.field);
    },
    create: (tx, d, cid) => tx.pointsRule.create({ data: { ...d, capPeriod: d.capPeriod ?? null, capPoints: d.capPoints ?? null, communityId: cid } }),
  });
}

export async function updatePointsRule(ctx: Context, id: string, input: unknown) {
  return updateOwned(ctx, {
    action: "points:configure",
    targetType: "PointsRule",
    id,
    schema: ruleUpdate,
    input,
    load: (db, rid) => db.pointsRule.findUnique({ where: { id: rid } }),
    check: async (d) => {
      const current = await ctx.prisma.pointsRule.findUniqueOrThrow({ where: { id: parseId("id", id, "PointsRule") } });
      const merged = { ...current, ...Object.fromEntries(Object.entries(d).filter(([, v]) => v !== undefined)) } as typeof current;
      const p = ruleProblem(merged);
      if (p) throw invalid(p.message, p.field);
      // A rule that has paid points keeps its kind and sign: the ledger refers to it.
      if ((d.kind && d.kind !== current.kind) || (d.points !== undefined && Math.sign(d.points) !== Math.sign(current.points))) {
        if ((await ctx.prisma.pointsEntry.count({ where: { ruleId: current.id }, take: 1 })) > 0) {
          throw conflict("该规则已有积分记录，不能更改类型或加减方向（请停用后新建） (the rule has entries)", d.kind ? "input.kind" : "input.points");
        }
      }
    },
    update: (tx, d, rid) => tx.pointsRule.update({ where: { id: rid }, data: d }),
  });
}
