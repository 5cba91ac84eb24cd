// Residents: create and update through the owned-row path. The ID number is the one field that
// needs more than resident:create/update: only holders of resident:viewPii may set or change it
// (write implies read: otherwise "set it and see whether it is taken" rebuilds a masked number).
import { can } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { inCommunity } from "../../shared/service.js";
import { residentInput, residentUpdate } from "./resident.validation.js";

type Refs = { householdId?: string | null; gridId?: string | null; partyOrganizationId?: string | null; idNumber?: string | null };

const ID_FIELD = "input.idNumber";

/** Household, grid and party organization must be of the resident's own community; the ID number needs resident:viewPii. */
const checkRefs = (ctx: Context, touchesIdNumber: (data: Refs) => boolean) => async (data: Refs, communityId: string) => {
  if (touchesIdNumber(data) && !(await can(ctx, "resident:viewPii", communityId)))
    throw forbidden(ID_FIELD, "只有可查看完整身份证号的人员才能录入或修改身份证号 (only holders of resident:viewPii may set or change an ID number)");
  const p = ctx.prisma;
  if (data.householdId) await inCommunity("input.householdId", communityId, "户", () => p.household.findUnique({ where: { id: data.householdId! } }));
  if (data.gridId) await inCommunity("input.gridId", communityId, "网格", () => p.grid.findUnique({ where: { id: data.gridId! } }));
  if (data.partyOrganizationId)
    await inCommunity("input.partyOrganizationId", communityId, "党组织", () => p.partyOrganization.findUnique({ where: { id: data.partyOrganizationId! } }));
};

/** The answer to an ID number already registered in the community: it names no one. */
export const idNumberTaken = () =>
  new UserError("CONFLICT", "该身份证号无法登记，请核对后重试 (this ID number cannot be registered; check it)", ID_FIELD);

/**
 * A duplicate ID number hit (the unique constraint, inside the failed transaction): audited in a
 * write of its own, since the failed transaction is rolled back; then answered with idNumberTaken.
 * Only viewPii holders get this far, and the audit row lets the community see who probed whom.
 */
async function onDuplicate(ctx: Context, e: unknown, communityId: () => Promise<string | null>, idNumber: unknown, residentId: () => string | null): Promise<never> {
  if (!(e instanceof UserError) || e.code !== "DUPLICATE" || e.field !== ID_FIELD) throw e;
  const cid = await communityId();
  const rid = residentId();
  if (cid) {
    const value = typeof idNumber === "string" ? idNumber.trim().toUpperCase() : "";
    const holder = await ctx.prisma.resident.findFirst({ where: { communityId: cid, idNumber: value }, select: { id: true } });
    await command(ctx, (tx) =>
      audit(tx, ctx, {
        action: "resident:idNumberDuplicate",
        communityId: cid,
        targetType: "Resident",
        targetId: holder?.id ?? rid ?? cid,
        after: { attempted: rid ? "updateResident" : "createResident", residentId: rid },
      }),
    );
  }
  throw idNumberTaken();
}

export const createResident = (ctx: Context, input: { communityId: string; idNumber?: unknown }) =>
  createOwned(ctx, {
    action: "resident:create",
    targetType: "Resident",
    communityId: input.communityId,
    schema: residentInput,
    input,
    check: checkRefs(ctx, (d) => !!d.idNumber),
    create: (tx, data, communityId) => tx.resident.create({ data: { ...data, communityId } }),
  }).catch((e) => onDuplicate(ctx, e, async () => parseId("input.communityId", input.communityId, "Community"), input.idNumber, () => null));

export const updateResident = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "resident:update",
    targetType: "Resident",
    id,
    schema: residentUpdate,
    input,
    // Setting, changing and clearing it alike.
    check: checkRefs(ctx, (d) => d.idNumber !== undefined),
    load: (db, residentId) => db.resident.findUnique({ where: { id: residentId } }),
    update: (tx, data, residentId) => tx.resident.update({ where: { id: residentId }, data }),
  }).catch((e) => {
    const residentId = () => parseId("id", id, "Resident");
    const communityId = async () => (await ctx.prisma.resident.findUnique({ where: { id: residentId() }, select: { communityId: true } }))?.communityId ?? null;
    return onDuplicate(ctx, e, communityId, (input as { idNumber?: unknown } | null)?.idNumber, residentId);
  });
