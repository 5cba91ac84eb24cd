import { builder } from "../../builder.js";
import { communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";

export const SocialOrganizationCategoryEnum = builder.enumType("SocialOrganizationCategory", {
  values: {
    LIFE_SERVICE: { description: "生活服务类" },
    CHARITY: { description: "公益慈善类" },
    MUTUAL_AID: { description: "居民互助类" },
    CULTURE_SPORTS: { description: "文体类" },
    OTHER: { description: "其他" },
  },
});
export const PartyOrganizationKindEnum = builder.enumType("PartyOrganizationKind", {
  values: { COMMITTEE: { description: "党委" }, GENERAL_BRANCH: { description: "党总支" }, BRANCH: { description: "党支部" } },
});

builder.prismaNode("SocialOrganization", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "社会组织: a registered (备案) community organization that can undertake projects.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "organization:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    category: t.expose("category", { type: SocialOrganizationCategoryEnum }),
    registeredOn: t.expose("registeredOn", { type: "Date", nullable: true, description: "备案日期" }),
    contactName: t.exposeString("contactName", { nullable: true }),
    contactPhone: t.exposeString("contactPhone", { nullable: true, description: "The organization's public contact number." }),
    description: t.exposeString("description", { nullable: true }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("PartyOrganization", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "党委/党总支/党支部 of a community.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "organization:read") }),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: PartyOrganizationKindEnum }),
    secretaryName: t.exposeString("secretaryName", { nullable: true }),
    parent: t.relation("parent", { nullable: true }),
    children: t.relation("children", { query: { orderBy: { name: "asc" } } }),
    memberCount: t.relationCount("members"),
    community: t.relation("community"),
  }),
});

builder.queryFields((t) => ({
  socialOrganizations: t.prismaConnection({
    type: "SocialOrganization",
    cursor: "id",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id(), category: t.arg({ type: SocialOrganizationCategoryEnum, required: false }), search: t.arg.string({ required: false }) },
    totalCount: (_p, args, ctx) => ctx.prisma.socialOrganization.count({ where: socialWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.socialOrganization.findMany({ ...query, where: socialWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  partyOrganizations: t.prismaConnection({
    type: "PartyOrganization",
    cursor: "id",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id() },
    totalCount: (_p, args, ctx) => ctx.prisma.partyOrganization.count({ where: partyWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.partyOrganization.findMany({ ...query, where: partyWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));

type Category = "LIFE_SERVICE" | "CHARITY" | "MUTUAL_AID" | "CULTURE_SPORTS" | "OTHER";
function socialWhere(ctx: Context, args: { communityId: string; category?: Category | null; search?: string | null }) {
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "organization:read"),
    ...(args.category ? { category: args.category } : {}),
    ...(args.search ? { name: { contains: args.search } } : {}),
  };
}

function partyWhere(ctx: Context, args: { communityId: string }) {
  return { communityId: parseId("communityId", args.communityId, "Community"), community: communityScope(ctx, "organization:read") };
}
