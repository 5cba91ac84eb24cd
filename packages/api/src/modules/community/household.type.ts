import { builder } from "../../builder.js";
import { communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId } from "../../shared/ids.js";

export const HouseholdNode = builder.prismaNode("Household", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "户: a household at an address. Points may be kept per household.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "household:read") }),
  fields: (t) => ({
    address: t.exposeString("address"),
    community: t.relation("community"),
    grid: t.relation("grid", { nullable: true }),
    members: t.relation("members", { query: { orderBy: { id: "asc" } } }),
    memberCount: t.relationCount("members"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  households: t.prismaConnection({
    type: "Household",
    cursor: "id",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      gridId: t.arg.id({ required: false }),
      search: t.arg.string({ required: false, description: "Part of the address." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.household.count({ where: householdWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.household.findMany({ ...query, where: householdWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));

function householdWhere(ctx: Context, args: { communityId: string; gridId?: string | null; search?: string | null }) {
  const communityId = parseId("communityId", args.communityId, "Community");
  const gridId = parseOptionalId("gridId", args.gridId, "Grid");
  return {
    communityId,
    community: communityScope(ctx, "household:read"),
    ...(gridId ? { gridId } : {}),
    ...(args.search ? { address: { contains: args.search } } : {}),
  };
}
