import { builder } from "../../builder.js";
import { communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";

export const GridNode = builder.prismaNode("Grid", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "网格: a part of a community served by grid workers.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "grid:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    code: t.exposeString("code", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    community: t.relation("community"),
    householdCount: t.relationCount("households"),
    residentCount: t.relationCount("residents"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.queryFields((t) => ({
  grids: t.prismaConnection({
    type: "Grid",
    cursor: "id",
    description: "The grids of a community.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id(), search: t.arg.string({ required: false }) },
    totalCount: (_p, args, ctx) => ctx.prisma.grid.count({ where: gridWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.grid.findMany({ ...query, where: gridWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));

function gridWhere(ctx: Context, args: { communityId: string; search?: string | null }) {
  const communityId = parseId("communityId", args.communityId, "Community");
  return { communityId, community: communityScope(ctx, "grid:read"), ...(args.search ? { name: { contains: args.search } } : {}) };
}
