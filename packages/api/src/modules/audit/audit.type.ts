// 小微权力监督: auditors read every change, who made it and when, before and after.
import { builder } from "../../builder.js";
import { communityScope, regionActionScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parseOptionalId } from "../../shared/ids.js";

// A plain object, not a Node: audit rows are reached only through auditEntries, which checks audit:read.
builder.prismaObject("AuditEntry", {
  select: { id: true },
  description: "One change (or one reveal of personal data), written in the same transaction as the change.",
  fields: (t) => ({
    id: t.exposeID("id"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    action: t.exposeString("action", { description: "The action from the authorization list, e.g. resident:update, resident:viewPii." }),
    targetType: t.exposeString("targetType"),
    targetId: t.exposeString("targetId", { description: "The database id of the target (not a global id)." }),
    before: t.expose("before", { type: "JSON", nullable: true }),
    after: t.expose("after", { type: "JSON", nullable: true }),
    actorName: t.string({
      nullable: true,
      description: "Who made the change: an account's display name, or an API client's name.",
      select: { actorAccountId: true, apiClientId: true },
      resolve: async (e, _a, ctx) => {
        if (e.actorAccountId) return (await ctx.prisma.account.findUnique({ where: { id: e.actorAccountId }, select: { displayName: true } }))?.displayName ?? null;
        if (e.apiClientId) return (await ctx.prisma.apiClient.findUnique({ where: { id: e.apiClientId }, select: { name: true } }))?.name ?? null;
        return null;
      },
    }),
    actorAccountId: t.exposeString("actorAccountId", { nullable: true }),
    apiClientId: t.exposeString("apiClientId", { nullable: true }),
    actingResidentId: t.exposeString("actingResidentId", { nullable: true, description: "The resident an API client acted for." }),
    communityId: t.exposeString("communityId", { nullable: true, description: "The community the change belongs to (a database id, not a global id); null for region-level and account-level changes." }),
    regionId: t.exposeString("regionId", { nullable: true, description: "For a region-level change: the street or district it belongs to (a database id, not a global id); null otherwise." }),
  }),
});

async function auditCommunityIds(ctx: Context, communityId: string | null | undefined) {
  const rows = await ctx.prisma.community.findMany({
    where: { AND: [communityScope(ctx, "audit:read"), communityId ? { id: communityId } : {}] },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Streets and districts where the viewer holds audit:read, within `under` when given. */
async function auditRegionIds(ctx: Context, under: string | null | undefined) {
  const root = under ? await ctx.prisma.region.findUnique({ where: { id: under }, select: { path: true } }) : null;
  if (under && !root) return [];
  const rows = await ctx.prisma.region.findMany({ where: { AND: [regionActionScope(ctx, "audit:read"), root ? { path: { startsWith: root.path } } : {}] }, select: { id: true } });
  return rows.map((r) => r.id);
}

builder.queryFields((t) => ({
  auditEntries: t.prismaConnection({
    type: "AuditEntry",
    cursor: "id",
    description:
      "The audit log, newest first: changes in the communities where the viewer holds audit:read, and region-level changes (service item template, holiday calendar, new streets, roles granted there, alliance units) of the streets and districts where it does. Give communityId for one community's changes, or regionId for the region-level changes of a street or district; not both.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id({ required: false }),
      regionId: t.arg.id({ required: false, description: "A Region (street or district): only the region-level changes made there and, for a district, at its streets; not the changes inside its communities." }),
      action: t.arg.string({ required: false }),
      targetType: t.arg.string({ required: false }),
      targetId: t.arg.string({ required: false }),
      since: t.arg({ type: "DateTime", required: false }),
      until: t.arg({ type: "DateTime", required: false }),
    },
    resolve: async (query, _root, args, ctx) => {
      const communityId = parseOptionalId("communityId", args.communityId, "Community");
      const regionId = parseOptionalId("regionId", args.regionId, "Region");
      if (communityId && regionId) throw new UserError("INVALID", "communityId 与 regionId 只能给一个 (give one of communityId and regionId)", "regionId");
      const communityIds = regionId ? [] : await auditCommunityIds(ctx, communityId);
      const regionIds = communityId ? [] : await auditRegionIds(ctx, regionId);
      return ctx.prisma.auditEntry.findMany({
        ...query,
        where: {
          OR: [{ communityId: { in: communityIds } }, { regionId: { in: regionIds } }],
          ...(args.action ? { action: args.action } : {}),
          ...(args.targetType ? { targetType: args.targetType } : {}),
          ...(args.targetId ? { targetId: args.targetId } : {}),
          ...(args.since || args.until ? { createdAt: { ...(args.since ? { gte: args.since } : {}), ...(args.until ? { lt: args.until } : {}) } } : {}),
        },
        orderBy: { id: "desc" },
      });
    },
  }),
}));
