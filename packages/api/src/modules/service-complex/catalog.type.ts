// The catalog in the contract: district template items (ServiceItem) and a community's catalog
// entries (CommunityServiceItem), with the lists residents' apps browse.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { communityScope, regionScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { effective, effectiveSelect, overriddenFields, type CatalogRow } from "./catalog.service.js";
import { districtIdOf, requestCalendar } from "./district.js";
import { CommunityServiceItemStepEnum, ServiceItemCategoryEnum, ServiceItemStepEnum, ServiceWindowKindEnum } from "./enums.type.js";
import { CATALOG_ENTRY_STEPS, TEMPLATE_ITEM_STEPS } from "./catalog.rules.js";
import { allowedStepsAt, allowedStepsFor } from "../../shared/steps.js";
import { dueFor } from "./workdays.js";
import { chinaDay } from "../../shared/chinaTime.js";

type Category = "BASIC" | "ENHANCED" | "CONVENIENCE";
type WindowKind = "PARTY_SERVICE" | "CIVIL_AFFAIRS" | "SOCIAL_SECURITY" | "FAMILY_PLANNING" | "COMPREHENSIVE_GOVERNANCE" | "MEDIATION" | "PROXY_SERVICE" | "GENERAL";

builder.prismaNode("ServiceItem", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "An item of a district's template catalog (区公共服务事项清单). Communities adopt it into their catalog (adoptServiceItems) and may override its fields there.",
  findUnique: (id, ctx) => ({ id, region: regionScope(ctx) }),
  fields: (t) => ({
    district: t.relation("region", { description: "The district (区) that owns the template." }),
    code: t.exposeString("code", { nullable: true, description: "The district's item code, unique in the district." }),
    name: t.exposeString("name"),
    category: t.expose("category", { type: ServiceItemCategoryEnum }),
    windowKind: t.expose("windowKind", { type: ServiceWindowKindEnum, description: "The kind of window that handles it by default." }),
    materials: t.exposeStringList("materials", { description: "Required materials (所需材料)." }),
    timeLimitDays: t.exposeInt("timeLimitDays", { description: "承诺时限 in working days; 0 = 即办 (the same working day)." }),
    onlineAllowed: t.exposeBoolean("onlineAllowed", { description: "Residents may submit it online through an app." }),
    proxyAllowed: t.exposeBoolean("proxyAllowed", { description: "It may be done by proxy (代办) for a resident who cannot come." }),
    description: t.exposeString("description", { nullable: true }),
    active: t.exposeBoolean("active", { description: "false: withdrawn by the district; it leaves every community's catalog." }),
    allowedSteps: t.field({
      type: [ServiceItemStepEnum],
      description: "The steps the viewer may take now (updateServiceItem, with catalog:manageTemplate on the district): EDIT, and DEACTIVATE while active or ACTIVATE while not.",
      select: { active: true, region: { select: { path: true } } },
      resolve: (item, _a, ctx) => allowedStepsAt(ctx, item.region.path, undefined, TEMPLATE_ITEM_STEPS, item),
    }),
    adoptionCount: t.relationCount("adoptions", { description: "How many communities adopted it." }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

const eff = <K extends keyof CatalogRow & keyof Prisma.ServiceItemWhereInput>(field: K, cond: unknown): Prisma.CommunityServiceItemWhereInput => ({
  OR: [{ [field]: cond }, { [field]: null, templateItem: { [field]: cond } }],
});

builder.prismaNode("CommunityServiceItem", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "An item of a community's service catalog (公共服务事项清单): a district template item the community adopted (template set; fields it did not override follow the template) or the community's own item (template null). Tickets are opened for these.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "service:read") }),
  fields: (t) => ({
    community: t.relation("community"),
    template: t.relation("templateItem", { nullable: true, description: "The district template item it adopts; null for the community's own item." }),
    isOwn: t.boolean({ description: "The community's own item (not from the district template).", select: { templateItemId: true }, resolve: (ci) => ci.templateItemId === null }),
    overriddenFields: t.stringList({ description: "Fields this community changed from the template (e.g. timeLimitDays).", select: effectiveSelect, resolve: (ci) => overriddenFields(ci) }),
    code: t.string({ nullable: true, select: effectiveSelect, resolve: (ci) => effective(ci).code }),
    name: t.string({ select: effectiveSelect, resolve: (ci) => effective(ci).name }),
    category: t.field({ type: ServiceItemCategoryEnum, select: effectiveSelect, resolve: (ci) => effective(ci).category }),
    windowKind: t.field({ type: ServiceWindowKindEnum, description: "The kind of window that handles it.", select: effectiveSelect, resolve: (ci) => effective(ci).windowKind }),
    materials: t.stringList({ description: "Required materials (所需材料).", select: effectiveSelect, resolve: (ci) => effective(ci).materials }),
    timeLimitDays: t.int({ description: "承诺时限 in working days; 0 = 即办.", select: effectiveSelect, resolve: (ci) => effective(ci).timeLimitDays }),
    onlineAllowed: t.boolean({ description: "Residents may submit it online (channel ONLINE).", select: effectiveSelect, resolve: (ci) => effective(ci).onlineAllowed }),
    proxyAllowed: t.boolean({ description: "It may be done by proxy (channel PROXY).", select: effectiveSelect, resolve: (ci) => effective(ci).proxyAllowed }),
    description: t.string({ nullable: true, select: effectiveSelect, resolve: (ci) => effective(ci).description }),
    active: t.boolean({ description: "In the catalog now (false: withdrawn by the community or by the district).", select: effectiveSelect, resolve: (ci) => effective(ci).active }),
    allowedSteps: t.field({
      type: [CommunityServiceItemStepEnum],
      description:
        "The steps the viewer may take now (updateCommunityServiceItem, with service:manage): EDIT; DEACTIVATE while the community's flag is on; ACTIVATE while it is off and the district's template item (if any) is in force.",
      select: { active: true, communityId: true, templateItem: { select: { active: true } } },
      resolve: (ci, _a, ctx) => allowedStepsFor(ctx, ci.communityId, CATALOG_ENTRY_STEPS, { active: ci.active, templateActive: ci.templateItem?.active ?? true }),
    }),
    expectedDueDate: t.field({
      type: "Date",
      description: "The promised day if submitted now: the time limit counted in working days, skipping weekends and the district's holidays.",
      select: { ...effectiveSelect, community: { select: { path: true } } },
      resolve: async (ci, _a, ctx) => {
        const now = ctx.now();
        const cal = await requestCalendar(ctx, districtIdOf(ci.community.path), chinaDay(now));
        return dueFor(now, effective(ci).timeLimitDays, cal).dueDate;
      },
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

interface CatalogArgs {
  communityId: string;
  search?: string | null;
  category?: Category | null;
  windowKind?: WindowKind | null;
  onlineAllowed?: boolean | null;
  includeInactive?: boolean | null;
}

export function catalogWhere(ctx: Context, args: CatalogArgs): Prisma.CommunityServiceItemWhereInput {
  const communityId = parseId("communityId", args.communityId, "Community");
  const search = args.search?.trim();
  return {
    communityId,
    community: communityScope(ctx, "service:read"),
    AND: [
      args.includeInactive ? {} : { active: true, OR: [{ templateItemId: null }, { templateItem: { active: true } }] },
      search ? { OR: [eff("name", { contains: search }), eff("code", { contains: search })] } : {},
      args.category ? eff("category", args.category) : {},
      args.windowKind ? eff("windowKind", args.windowKind) : {},
      typeof args.onlineAllowed === "boolean" ? eff("onlineAllowed", args.onlineAllowed) : {},
    ],
  };
}

function templateWhere(ctx: Context, args: Omit<CatalogArgs, "communityId" | "onlineAllowed"> & { districtId: string }): Prisma.ServiceItemWhereInput {
  const regionId = parseId("districtId", args.districtId, "Region");
  const search = args.search?.trim();
  return {
    regionId,
    region: regionScope(ctx),
    ...(args.includeInactive ? {} : { active: true }),
    ...(search ? { OR: [{ name: { contains: search } }, { code: { contains: search } }] } : {}),
    ...(args.category ? { category: args.category } : {}),
    ...(args.windowKind ? { windowKind: args.windowKind } : {}),
  };
}

builder.queryFields((t) => ({
  serviceCatalog: t.prismaConnection({
    type: "CommunityServiceItem",
    cursor: "id",
    description: "A community's service catalog (what residents can get done): the district's items by their code, then the community's own items by code. Filters combine with AND and apply to the values in force.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      search: t.arg.string({ required: false, description: "Part of the name or code." }),
      category: t.arg({ type: ServiceItemCategoryEnum, required: false }),
      windowKind: t.arg({ type: ServiceWindowKindEnum, required: false }),
      onlineAllowed: t.arg.boolean({ required: false, description: "true: only items residents can submit online." }),
      includeInactive: t.arg.boolean({ required: false, defaultValue: false, description: "Also withdrawn items (for catalog managers)." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.communityServiceItem.count({ where: catalogWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.communityServiceItem.findMany({ ...query, where: catalogWhere(ctx, args), orderBy: [{ templateItem: { code: "asc" } }, { code: "asc" }, { createdAt: "asc" }, { id: "asc" }] }),
  }),
  districtServiceItems: t.prismaConnection({
    type: "ServiceItem",
    cursor: "id",
    description: "A district's template catalog (the items communities adopt), oldest first. Visible to accounts holding a role in, above or below the district.",
    authScopes: { loggedIn: true },
    args: {
      districtId: t.arg.id(),
      search: t.arg.string({ required: false }),
      category: t.arg({ type: ServiceItemCategoryEnum, required: false }),
      windowKind: t.arg({ type: ServiceWindowKindEnum, required: false }),
      includeInactive: t.arg.boolean({ required: false, defaultValue: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.serviceItem.count({ where: templateWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.serviceItem.findMany({ ...query, where: templateWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));

const PublicServiceItemRef = builder.prismaObject("CommunityServiceItem", {
  select: { id: true },
  variant: "PublicServiceItem",
  description: "An item of the community's service guide (办事指南) as anyone may read it without signing in: the values in force.",
  fields: (t) => ({
    code: t.string({ nullable: true, select: effectiveSelect, resolve: (ci) => effective(ci).code }),
    name: t.string({ select: effectiveSelect, resolve: (ci) => effective(ci).name }),
    category: t.field({ type: ServiceItemCategoryEnum, select: effectiveSelect, resolve: (ci) => effective(ci).category as Category }),
    windowKind: t.field({ type: ServiceWindowKindEnum, description: "Where it is handled: the complex's windows of this kind.", select: effectiveSelect, resolve: (ci) => effective(ci).windowKind as WindowKind }),
    materials: t.stringList({ description: "材料: what to bring.", select: effectiveSelect, resolve: (ci) => effective(ci).materials }),
    timeLimitDays: t.int({ description: "承诺时限 in working days; 0 = 即办.", select: effectiveSelect, resolve: (ci) => effective(ci).timeLimitDays }),
    onlineAllowed: t.boolean({ select: effectiveSelect, resolve: (ci) => effective(ci).onlineAllowed }),
    proxyAllowed: t.boolean({ description: "帮办代办 possible.", select: effectiveSelect, resolve: (ci) => effective(ci).proxyAllowed }),
    description: t.string({ nullable: true, select: effectiveSelect, resolve: (ci) => effective(ci).description }),
  }),
});

builder.queryFields((t) => ({
  publicServiceItems: t.prismaField({
    type: [PublicServiceItemRef],
    description: "The community's service guide (办事指南): the items in force, as in serviceCatalog. Public: no sign-in needed.",
    args: { communityId: t.arg.id() },
    resolve: (query, _root, args, ctx) =>
      ctx.prisma.communityServiceItem.findMany({
        ...query,
        where: { communityId: parseId("communityId", args.communityId, "Community"), active: true, OR: [{ templateItemId: null }, { templateItem: { active: true } }] },
        orderBy: [{ templateItem: { code: "asc" } }, { code: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      }),
  }),
}));
