import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
const parseSelf = (id: string) => parseId("id", id, "PartyOrganization");
import { UserError } from "../../shared/errors.js";
import { createOwned, updateOwned } from "../../shared/owned.js";
import { inCommunity } from "../../shared/service.js";
import { partyOrganizationInput, partyOrganizationUpdate, socialOrganizationInput, socialOrganizationUpdate } from "./community.validation.js";

export const createSocialOrganization = (ctx: Context, input: { communityId: string }) =>
  createOwned(ctx, {
    action: "organization:manage",
    targetType: "SocialOrganization",
    communityId: input.communityId,
    schema: socialOrganizationInput,
    input,
    create: (tx, data, communityId) => tx.socialOrganization.create({ data: { ...data, communityId } }),
  });

export const updateSocialOrganization = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "organization:manage",
    targetType: "SocialOrganization",
    id,
    schema: socialOrganizationUpdate,
    input,
    load: (db, orgId) => db.socialOrganization.findUnique({ where: { id: orgId } }),
    update: (tx, data, orgId) => tx.socialOrganization.update({ where: { id: orgId }, data }),
  });

const checkParent = (ctx: Context, selfId?: string) => async (data: { parentId?: string | null }, communityId: string) => {
  if (!data.parentId) return;
  if (data.parentId === selfId) throw new UserError("INVALID", "上级党组织不能是自己 (cannot be its own parent)", "input.parentId");
  await inCommunity("input.parentId", communityId, "上级党组织", () => ctx.prisma.partyOrganization.findUnique({ where: { id: data.parentId! } }));
};

export const createPartyOrganization = (ctx: Context, input: { communityId: string }) =>
  createOwned(ctx, {
    action: "organization:manage",
    targetType: "PartyOrganization",
    communityId: input.communityId,
    schema: partyOrganizationInput,
    input,
    check: checkParent(ctx),
    create: (tx, data, communityId) => tx.partyOrganization.create({ data: { ...data, communityId } }),
  });

export const updatePartyOrganization = (ctx: Context, id: string, input: unknown) =>
  updateOwned(ctx, {
    action: "organization:manage",
    targetType: "PartyOrganization",
    id,
    schema: partyOrganizationUpdate,
    input,
    check: (data, communityId) => checkParent(ctx, parseSelf(id))(data, communityId),
    load: (db, orgId) => db.partyOrganization.findUnique({ where: { id: orgId } }),
    update: (tx, data, orgId) => tx.partyOrganization.update({ where: { id: orgId }, data }),
  });



