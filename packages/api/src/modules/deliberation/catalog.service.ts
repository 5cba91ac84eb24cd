// 协商事项目录 ("六议六不议"): the clauses of what must and what may not be deliberated. A clause is
// never deleted (declined topics cite it); it can be retired.
import type { Context } from "../../shared/context.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { clauseInput, clauseUpdate } from "./deliberation.validation.js";

export const addConsultationClause = (ctx: Context, input: { communityId: string }) =>
  createOwned(ctx, {
    action: "committee:manage",
    targetType: "ConsultationClause",
    communityId: input.communityId,
    schema: clauseInput,
    input,
    create: (tx, data, communityId) => tx.consultationClause.create({ data: { ...data, communityId } }),
  });

export const updateConsultationClause = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "committee:manage",
    targetType: "ConsultationClause",
    id,
    schema: clauseUpdate,
    input,
    load: (db, clauseId) => db.consultationClause.findUnique({ where: { id: clauseId } }),
    update: async (tx, { retired, ...data }, clauseId) => {
      const current = await tx.consultationClause.findUniqueOrThrow({ where: { id: clauseId }, select: { retiredAt: true } });
      const retiredAt = retired === undefined ? undefined : retired ? (current.retiredAt ?? ctx.now()) : null;
      return tx.consultationClause.update({ where: { id: clauseId }, data: { ...data, retiredAt } });
    },
  });
