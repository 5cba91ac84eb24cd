import { builder } from "../../builder.js";
import { ACTION_NAMES, canAtPath, communityScope, regionScope } from "../../shared/authz.js";
import { ActionEnum } from "../../shared/authz.type.js";

export const RegionKindEnum = builder.enumType("RegionKind", {
  values: { DISTRICT: { description: "区/县" }, STREET: { description: "街道/乡镇" } },
});

export const RegionNode = builder.prismaNode("Region", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "A node of the administrative tree above communities: a district (区) or a street (街道).",
  findUnique: (id, ctx) => ({ id, AND: [regionScope(ctx)] }),
  fields: (t) => ({
    kind: t.expose("kind", { type: RegionKindEnum }),
    name: t.exposeString("name"),
    code: t.exposeString("code", { nullable: true }),
    parent: t.relation("parent", { nullable: true }),
    viewerActions: t.field({
      type: [ActionEnum],
      description: "The actions (e.g. AUDIT_READ, CATALOG_MANAGE_TEMPLATE) the viewer holds on this street or district itself (grants here or above).",
      select: { path: true },
      resolve: (r, _args, ctx) => ACTION_NAMES.filter((a) => canAtPath(ctx, a, r.path)),
    }),
    children: t.relation("children", {
      description: "Streets of a district, as far as the viewer reaches.",
      query: (_args, ctx) => ({ where: regionScope(ctx), orderBy: { name: "asc" } }),
    }),
    communities: t.relatedConnection("communities", {
      cursor: "id",
      description: "Communities directly under this street that the viewer may read.",
      query: (_args, ctx) => ({ where: communityScope(ctx, "community:read"), orderBy: { id: "asc" } }),
    }),
  }),
});

builder.queryFields((t) => ({
  regions: t.prismaField({
    type: ["Region"],
    description: "Districts and streets the viewer reaches (or that lie above a community it reaches).",
    authScopes: { loggedIn: true },
    args: { kind: t.arg({ type: RegionKindEnum, required: false }) },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.region.findMany({ ...query, where: { AND: [regionScope(ctx), args.kind ? { kind: args.kind } : {}] }, orderBy: [{ kind: "asc" }, { name: "asc" }] }),
  }),
}));
