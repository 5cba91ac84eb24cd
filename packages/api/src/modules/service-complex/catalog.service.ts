// The service item catalog (公共服务事项清单): a district's template items, and each community's
// catalog of adopted template items (with optional overrides) and its own items.
import type { Prisma } from "../../db.js";
import type { ServiceItem } from "../../generated/prisma/client.js";
import { assertCan, canAtPath, type Action } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromPrisma, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { districtIdOf } from "./district.js";
import { type Db, loadFor, parseInput, type Tx } from "../../shared/service.js";
import { adoptedItemUpdate, adoptInput, itemInput, itemUpdate, type ItemData } from "./service.validation.js";

export type CatalogRow = Prisma.CommunityServiceItemGetPayload<{ include: { templateItem: true } }>;

/** The overridable values, on a catalog entry and on its template. */
const VALUES = { code: true, name: true, category: true, windowKind: true, materials: true, timeLimitDays: true, onlineAllowed: true, proxyAllowed: true, description: true, active: true } as const;
/** The columns effective() and overriddenFields() read: the entry's values and its template's (a field's select in select mode). */
export const effectiveSelect = { ...VALUES, templateItemId: true, materialsOverridden: true, templateItem: { select: VALUES } } as const satisfies Prisma.CommunityServiceItemSelect;
type EffectiveRow = Prisma.CommunityServiceItemGetPayload<{ select: typeof effectiveSelect }>;

/** A catalog entry's values in force: the community's override, else the template's. */
export function effective(ci: EffectiveRow) {
  const t = ci.templateItem;
  return {
    code: ci.code ?? t?.code ?? null,
    name: ci.name ?? t?.name ?? "",
    category: ci.category ?? t?.category ?? "BASIC",
    windowKind: ci.windowKind ?? t?.windowKind ?? "GENERAL",
    materials: ci.materialsOverridden || !t ? ci.materials : t.materials,
    timeLimitDays: ci.timeLimitDays ?? t?.timeLimitDays ?? 0,
    onlineAllowed: ci.onlineAllowed ?? t?.onlineAllowed ?? false,
    proxyAllowed: ci.proxyAllowed ?? t?.proxyAllowed ?? false,
    description: ci.description ?? t?.description ?? null,
    active: ci.active && (t ? t.active : true),
  };
}
export type EffectiveItem = ReturnType<typeof effective>;

/** The fields where an adopted entry differs from its template (empty for own items). */
export function overriddenFields(ci: EffectiveRow): string[] {
  if (!ci.templateItem) return [];
  const fields = (["code", "name", "category", "windowKind", "timeLimitDays", "onlineAllowed", "proxyAllowed", "description"] as const).filter((f) => ci[f] !== null);
  return ci.materialsOverridden ? [...fields, "materials"] : fields;
}

/** A district region the viewer can see (a grant at, above or below it); else NOT_FOUND on `field` (as an unknown `what`: the row loaded through it). */
export async function loadDistrict(ctx: Context, field: string, regionId: string, what = "区") {
  const region = await ctx.prisma.region.findUnique({ where: { id: regionId } });
  const a = ctx.actor;
  const visible = region && a.kind === "account" && a.grants.some((g) => g.path.startsWith(region.path) || region.path.startsWith(g.path));
  if (!region || !visible) throw notFound(field, what);
  if (region.kind !== "DISTRICT") throw new UserError("INVALID", "服务事项模板属于区/县 (the template belongs to a district)", field);
  return region;
}

function assertTemplateManager(ctx: Context, path: string, field: string) {
  if (!canAtPath(ctx, "catalog:manageTemplate", path)) throw forbidden(field);
}

export async function createServiceItem(ctx: Context, input: { districtId: string }) {
  const regionId = parseId("input.districtId", input.districtId, "Region");
  const data = parseInput(itemInput, input);
  const district = await loadDistrict(ctx, "input.districtId", regionId);
  assertTemplateManager(ctx, district.path, "input.districtId");
  return command(ctx, async (tx) => {
    const row = await tx.serviceItem.create({ data: { ...data, regionId } }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "catalog:manageTemplate", communityId: null, regionId, targetType: "ServiceItem", targetId: row.id, after: row });
    return row;
  });
}

export async function updateServiceItem(ctx: Context, rawId: string, input: unknown) {
  const id = parseId("id", rawId, "ServiceItem");
  const data = parseInput(itemUpdate, input);
  const item = await ctx.prisma.serviceItem.findUnique({ where: { id } });
  if (!item) throw notFound("id", "服务事项");
  const district = await loadDistrict(ctx, "id", item.regionId, "服务事项");
  assertTemplateManager(ctx, district.path, "id");
  return command(ctx, async (tx) => {
    const before = await tx.serviceItem.findUniqueOrThrow({ where: { id } });
    const after = await tx.serviceItem.update({ where: { id }, data }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "catalog:manageTemplate", communityId: null, regionId: item.regionId, targetType: "ServiceItem", targetId: id, before, after });
    return after;
  });
}

/** Names in force in a community's catalog, by entry id. */
async function catalogNames(db: Db, communityId: string) {
  const rows = await db.communityServiceItem.findMany({ where: { communityId }, select: { id: true, name: true, templateItem: { select: { name: true } } } });
  return new Map(rows.map((r) => [r.id, r.name ?? r.templateItem?.name ?? ""]));
}

export async function assertNameFree(db: Db, communityId: string, name: string, field: string, exceptId?: string) {
  for (const [id, n] of await catalogNames(db, communityId)) {
    if (id !== exceptId && n === name) throw new UserError("DUPLICATE", `本社区服务事项清单中已有“${name}” (already in the catalog)`, field);
  }
}

/** Adopt district template items into a community's catalog; adopting again re-activates. */
export async function adoptServiceItems(ctx: Context, input: { communityId: string; itemIds: string[] }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const { itemIds } = parseInput(adoptInput, input);
  await assertCan(ctx, "service:manage", communityId, "input.communityId");
  const community = await ctx.prisma.community.findUniqueOrThrow({ where: { id: communityId }, select: { path: true } });
  const items = await ctx.prisma.serviceItem.findMany({ where: { id: { in: itemIds } } });
  const names = await catalogNames(ctx.prisma, communityId);
  const existing = await ctx.prisma.communityServiceItem.findMany({ where: { communityId, templateItemId: { in: itemIds } } });
  itemIds.forEach((itemId, i) => {
    const item = items.find((x) => x.id === itemId);
    if (!item || item.regionId !== districtIdOf(community.path)) throw notFound(`input.itemIds.${i}`, "区服务事项");
    if (!item.active) throw new UserError("INVALID", `“${item.name}”已被区停用，不能引入 (the template item is inactive)`, `input.itemIds.${i}`);
    const own = existing.find((e) => e.templateItemId === itemId);
    if (!own && [...names.values()].includes(item.name)) throw new UserError("DUPLICATE", `本社区清单中已有“${item.name}” (already in the catalog)`, `input.itemIds.${i}`);
  });
  return command(ctx, async (tx) => {
    const out: string[] = [];
    for (const itemId of [...new Set(itemIds)]) {
      const had = existing.find((e) => e.templateItemId === itemId);
      if (had?.active) {
        out.push(had.id);
        continue;
      }
      const row = had
        ? await tx.communityServiceItem.update({ where: { id: had.id }, data: { active: true } })
        : await tx.communityServiceItem.create({ data: { communityId, templateItemId: itemId } });
      await audit(tx, ctx, { action: "service:manage", communityId, targetType: "CommunityServiceItem", targetId: row.id, before: had ?? undefined, after: row });
      out.push(row.id);
    }
    return out;
  });
}

export async function createCommunityServiceItem(ctx: Context, input: { communityId: string }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const data = parseInput(itemInput, input);
  await assertCan(ctx, "service:manage", communityId, "input.communityId");
  return command(ctx, async (tx) => {
    await assertNameFree(tx, communityId, data.name, "input.name");
    const row = await tx.communityServiceItem.create({ data: ownItemData(communityId, data) });
    await audit(tx, ctx, { action: "service:manage", communityId, targetType: "CommunityServiceItem", targetId: row.id, after: row });
    return row;
  });
}

export const ownItemData = (communityId: string, d: ItemData): Prisma.CommunityServiceItemUncheckedCreateInput => ({
  communityId,
  templateItemId: null,
  code: d.code ?? null,
  name: d.name,
  category: d.category,
  windowKind: d.windowKind,
  materials: d.materials,
  materialsOverridden: true,
  timeLimitDays: d.timeLimitDays,
  onlineAllowed: d.onlineAllowed,
  proxyAllowed: d.proxyAllowed,
  description: d.description ?? null,
});

/**
 * The columns that make an adopted entry show `want`: a value equal to the template's clears the
 * override (the template applies again), a different one overrides it.
 */
export function overrideData(t: ServiceItem, want: Partial<ItemData>): Prisma.CommunityServiceItemUncheckedUpdateInput {
  const out: Prisma.CommunityServiceItemUncheckedUpdateInput = {};
  const scalar = ["code", "name", "category", "windowKind", "timeLimitDays", "onlineAllowed", "proxyAllowed", "description"] as const;
  for (const f of scalar) {
    if (want[f] === undefined) continue;
    (out as Record<string, unknown>)[f] = want[f] === null || want[f] === t[f] ? null : want[f];
  }
  if (want.materials !== undefined) {
    const same = want.materials === null || JSON.stringify(want.materials) === JSON.stringify(t.materials);
    out.materials = same ? [] : want.materials;
    out.materialsOverridden = !same;
  }
  return out;
}

export async function updateCommunityServiceItem(ctx: Context, rawId: string, input: unknown) {
  const id = parseId("id", rawId, "CommunityServiceItem");
  const existing = await loadFor(ctx, "service:manage", "id", "服务事项", () => ctx.prisma.communityServiceItem.findUnique({ where: { id }, include: { templateItem: true } }));
  const action: Action = "service:manage";
  let data: Prisma.CommunityServiceItemUncheckedUpdateInput;
  if (existing.templateItem) {
    const d = parseInput(adoptedItemUpdate, input);
    const { active, ...fields } = d;
    data = { ...overrideData(existing.templateItem, fields as Partial<ItemData>), ...(active !== undefined ? { active } : {}) };
  } else {
    const d = parseInput(itemUpdate, input);
    data = { ...d, ...(d.materials ? { materialsOverridden: true } : {}) };
  }
  return command(ctx, async (tx) => {
    const before = await tx.communityServiceItem.findUniqueOrThrow({ where: { id }, include: { templateItem: true } });
    const after = await tx.communityServiceItem.update({ where: { id }, data, include: { templateItem: true } });
    const name = effective(after).name;
    if (name !== effective(before).name) await assertNameFree(tx, existing.communityId, name, "input.name", id);
    await audit(tx, ctx, { action, communityId: existing.communityId, targetType: "CommunityServiceItem", targetId: id, before: strip(before), after: strip(after) });
    return after;
  });
}

const strip = ({ templateItem: _t, ...row }: CatalogRow) => row;

/** Load a community's catalog entries (with their templates) in id order. */
export const loadCatalog = (db: Db | Tx, communityId: string) =>
  db.communityServiceItem.findMany({ where: { communityId }, include: { templateItem: true }, orderBy: { id: "asc" } });
