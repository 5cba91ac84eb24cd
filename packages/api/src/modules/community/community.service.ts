import type { CommunityKind, RegionKind } from "../../generated/prisma/enums.js";
import { parseInput } from "../../shared/service.js";
import { assertCan, assertCanAtRegion, seesRegion } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { fromPrisma, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { communityInput, communityUpdate, regionInput } from "./community.validation.js";

export async function createStreet(ctx: Context, input: { districtId: string; name: string; code?: string | null }) {
  const parentId = parseId("input.districtId", input.districtId, "Region");
  const data = parseInput(regionInput, input);
  const parent = await ctx.prisma.region.findUnique({ where: { id: parentId } });
  if (!parent || !seesRegion(ctx, parent.path)) throw notFound("input.districtId", "区");
  if (parent.kind !== "DISTRICT") throw new UserError("INVALID", "街道只能建在区/县之下 (a street belongs to a district)", "input.districtId");
  assertCanAtRegion(ctx, "region:manage", parent.path, "input.districtId", "区");
  return command(ctx, async (tx) => {
    const kind: RegionKind = "STREET";
    const created = await tx.region.create({ data: { kind, name: data.name, code: data.code ?? null, parentId, path: `${parent.path}pending/` } }).catch((e) => fromPrisma(e));
    const region = await tx.region.update({ where: { id: created.id }, data: { path: `${parent.path}${created.id}/` } });
    await audit(tx, ctx, { action: "region:manage", communityId: null, regionId: parentId, targetType: "Region", targetId: region.id, after: region });
    return region;
  });
}

export async function createCommunity(ctx: Context, input: { streetId: string }) {
  const regionId = parseId("input.streetId", input.streetId, "Region");
  const data = parseInput(communityInput, input);
  const street = await ctx.prisma.region.findUnique({ where: { id: regionId } });
  if (!street || !seesRegion(ctx, street.path)) throw notFound("input.streetId", "街道");
  if (street.kind !== "STREET") throw new UserError("INVALID", "社区只能建在街道/乡镇之下 (a community belongs to a street)", "input.streetId");
  assertCanAtRegion(ctx, "region:manage", street.path, "input.streetId", "街道");
  return command(ctx, async (tx) => {
    const kind: CommunityKind = data.kind;
    const created = await tx.community
      .create({ data: { ...data, kind, regionId, path: `${street.path}pending-${crypto.randomUUID()}/` } })
      .catch((e) => fromPrisma(e));
    const community = await tx.community.update({ where: { id: created.id }, data: { path: `${street.path}${created.id}/` } });
    await audit(tx, ctx, { action: "region:manage", communityId: community.id, targetType: "Community", targetId: community.id, after: community });
    return community;
  });
}

export async function updateCommunity(ctx: Context, id: string, input: unknown) {
  const communityId = parseId("id", id, "Community");
  const data = parseInput(communityUpdate, input);
  await assertCan(ctx, "community:update", communityId, "id");
  return command(ctx, async (tx) => {
    const before = await tx.community.findUniqueOrThrow({ where: { id: communityId } });
    const after = await tx.community.update({ where: { id: communityId }, data: data }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "community:update", communityId, targetType: "Community", targetId: communityId, before, after });
    return after;
  });
}
