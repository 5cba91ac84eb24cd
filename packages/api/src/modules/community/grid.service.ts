import type { Context } from "../../shared/context.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { gridInput, gridUpdate } from "./community.validation.js";

export const createGrid = (ctx: Context, input: { communityId: string }) =>
  createOwned(ctx, {
    action: "grid:manage",
    targetType: "Grid",
    communityId: input.communityId,
    schema: gridInput,
    input,
    create: (tx, data, communityId) => tx.grid.create({ data: { ...data, communityId } }),
  });

export const updateGrid = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "grid:manage",
    targetType: "Grid",
    id,
    schema: gridUpdate,
    input,
    load: (db, gridId) => db.grid.findUnique({ where: { id: gridId } }),
    update: (tx, data, gridId) => tx.grid.update({ where: { id: gridId }, data }),
  });
