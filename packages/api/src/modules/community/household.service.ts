import type { Context } from "../../shared/context.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { inCommunity } from "../../shared/service.js";
import { householdInput, householdUpdate } from "./community.validation.js";

const checkGrid = (ctx: Context) => async (data: { gridId?: string | null }, communityId: string) => {
  if (data.gridId) await inCommunity("input.gridId", communityId, "网格", () => ctx.prisma.grid.findUnique({ where: { id: data.gridId! } }));
};

export const createHousehold = (ctx: Context, input: { communityId: string }) =>
  createOwned(ctx, {
    action: "household:manage",
    targetType: "Household",
    communityId: input.communityId,
    schema: householdInput,
    input,
    check: checkGrid(ctx),
    create: (tx, data, communityId) => tx.household.create({ data: { ...data, communityId } }),
  });

export const updateHousehold = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "household:manage",
    targetType: "Household",
    id,
    schema: householdUpdate,
    input,
    check: checkGrid(ctx),
    load: (db, householdId) => db.household.findUnique({ where: { id: householdId } }),
    update: (tx, data, householdId) => tx.household.update({ where: { id: householdId }, data }),
  });
