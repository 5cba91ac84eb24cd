import type { Context } from "../../shared/context.js";
import { assertInCommunity, createOwned, updateOwned } from "../../shared/owned.js";
import { residentInput, residentUpdate } from "./resident.validation.js";

type Refs = { householdId?: string | null; gridId?: string | null; partyOrganizationId?: string | null };

/** Household, grid and party organization must be of the resident's own community. */
const checkRefs = (ctx: Context) => async (data: Refs, communityId: string) => {
  const p = ctx.prisma;
  if (data.householdId) await assertInCommunity("input.householdId", communityId, () => p.household.findUnique({ where: { id: data.householdId! } }), "户");
  if (data.gridId) await assertInCommunity("input.gridId", communityId, () => p.grid.findUnique({ where: { id: data.gridId! } }), "网格");
  if (data.partyOrganizationId)
    await assertInCommunity("input.partyOrganizationId", communityId, () => p.partyOrganization.findUnique({ where: { id: data.partyOrganizationId! } }), "党组织");
};

export const createResident = (ctx: Context, input: { communityId: string }) =>
  createOwned(ctx, {
    action: "resident:create",
    targetType: "Resident",
    communityId: input.communityId,
    schema: residentInput,
    input,
    check: checkRefs(ctx),
    create: (tx, data, communityId) => tx.resident.create({ data: { ...data, communityId } }),
  });

export const updateResident = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "resident:update",
    targetType: "Resident",
    id,
    schema: residentUpdate,
    input,
    check: checkRefs(ctx),
    load: (db, residentId) => db.resident.findUnique({ where: { id: residentId } }),
    update: (tx, data, residentId) => tx.resident.update({ where: { id: residentId }, data }),
  });
