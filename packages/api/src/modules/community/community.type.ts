import { builder } from "../../builder.js";
import { ACTION_NAMES, canAtPath, communityScope } from "../../shared/authz.js";
import { ActionEnum } from "../../shared/authz.type.js";
import type { Context } from "../../shared/context.js";
import { parseOptionalId } from "../../shared/ids.js";

export const CommunityKindEnum = builder.enumType("CommunityKind", {
  values: { URBAN: { description: "城市社区" }, RURAL: { description: "村" } },
});

export const CommunityNode = builder.prismaNode("Community", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "The tenant: an urban community (社区) or a village (村). Every community-owned row belongs to one.",
  findUnique: (id, ctx) => ({ id, AND: [communityScope(ctx, "community:read")] }),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: CommunityKindEnum }),
    code: t.exposeString("code", { nullable: true }),
    address: t.exposeString("address", { nullable: true }),
    street: t.relation("region", { description: "The street (街道/乡镇) the community belongs to." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
    viewerActions: t.field({
      type: [ActionEnum],
      description: "The actions (e.g. RESIDENT_UPDATE, resident:update) the viewer may perform in this community.",
      select: { path: true, id: true },
      resolve: (c, _args, ctx) => ACTION_NAMES.filter((a) => canAtPath(ctx, a, c.path, c.id)),
    }),
    gridCount: t.relationCount("grids"),
    householdCount: t.relationCount("households"),
    residentCount: t.relationCount("residents"),
  }),
});

builder.queryFields((t) => ({
  communities: t.prismaConnection({
    type: "Community",
    cursor: "id",
    description: "Communities the viewer may read.",
    authScopes: { loggedIn: true },
    args: {
      search: t.arg.string({ required: false, description: "Part of the name or code." }),
      streetId: t.arg.id({ required: false, description: "Only communities of this street (or district)." }),
      kind: t.arg({ type: CommunityKindEnum, required: false }),
    },
    totalCount: async (_p, args, ctx) => ctx.prisma.community.count({ where: await communityWhere(ctx, args) }),
    resolve: async (query, _root, args, ctx) => ctx.prisma.community.findMany({ ...query, where: await communityWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));

async function communityWhere(ctx: Context, args: { streetId?: string | null; kind?: "URBAN" | "RURAL" | null; search?: string | null }) {
  const regionId = parseOptionalId("streetId", args.streetId, "Region");
  const region = regionId ? await ctx.prisma.region.findUnique({ where: { id: regionId }, select: { path: true } }) : null;
  return {
    AND: [
      communityScope(ctx, "community:read"),
      regionId ? { path: { startsWith: region?.path ?? "/none/" } } : {},
      args.kind ? { kind: args.kind } : {},
      args.search ? { OR: [{ name: { contains: args.search } }, { code: { contains: args.search } }] } : {},
    ],
  };
}
