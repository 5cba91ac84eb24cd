// 冲正: a mistaken award or deduction is undone by a REVERSAL entry of the opposite amount that names
// the original (reversesId, unique: at most once). The original is never changed.
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { actorName, notForResidentApps } from "../../shared/actor.js";
import { conflict, loadFor, parseInput } from "../../shared/service.js";
import { insertEntry, lockAccount } from "./ledger.service.js";
import { reversalRefusal, type EntryKind } from "./ledger.rules.js";
import { reasonInput } from "./points.validation.js";

export async function reversePointsEntry(ctx: Context, rawId: string, input: unknown) {
  const d = parseInput(reasonInput, input);
  const original = await loadFor(ctx, "points:reverse", "id", "积分记录", () => ctx.prisma.pointsEntry.findUnique({ where: { id: parseId("id", rawId, "PointsEntry") } }));
  notForResidentApps(ctx, "id", "冲正");
  const by = await actorName(ctx);
  try {
    return await command(ctx, async (tx) => {
      const account = await lockAccount(tx, original.accountId);
      const reversed = (await tx.pointsEntry.count({ where: { reversesId: original.id } })) > 0;
      const refusal = reversalRefusal(original as { kind: EntryKind; delta: number }, reversed, account.balance);
      if (refusal) throw conflict(refusal);
      const entry = await insertEntry(tx, ctx, {
        account,
        delta: -original.delta,
        kind: "REVERSAL",
        month: original.month,
        ruleId: original.ruleId,
        sourceType: "PointsEntry",
        sourceId: original.id,
        residentId: original.residentId,
        note: d.reason,
        reverses: { id: original.id, kind: original.kind },
        approvedBy: { accountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null, name: by },
      });
      await audit(tx, ctx, { action: "points:reverse", communityId: original.communityId, targetType: "PointsEntry", targetId: entry.id, before: original, after: entry });
      return entry;
    });
  } catch (e) {
    // The unique reversesId is the last word when two reversals race.
    if ((e as { code?: string }).code === "P2002") throw conflict("该记录已冲正，不能重复冲正 (already reversed)");
    throw e;
  }
}
