// Excel import and export of a catalog: a community's (adopted + own items) or a district's template.
// An import matches rows to items by name, validates every row first, then applies all rows in one
// transaction with one audit row; a single bad row refuses the whole file.
import { assertCan, canAtPath, communityScope } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromPrisma, notFound } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { effective, loadCatalog, loadDistrict, overrideData, ownItemData } from "./catalog.service.js";
import { catalogWorkbook, readCatalogWorkbook, type CatalogSheetRow, type ParsedCatalogRow } from "./catalog.excel.js";
import { toExcelFile } from "../../shared/excel.js";

export interface CatalogImportResult {
  created: number;
  updated: number;
  unchanged: number;
}

type Target = { kind: "community"; id: string; name: string } | { kind: "district"; id: string; name: string; path: string };

/** A Community or district Region global id; the viewer must see it. */
async function target(ctx: Context, field: string, nodeId: string): Promise<Target> {
  const community = (() => {
    try {
      return parseId(field, nodeId, "Community");
    } catch {
      return null;
    }
  })();
  if (community) {
    const c = await ctx.prisma.community.findFirst({ where: { id: community, AND: [communityScope(ctx, "service:read")] }, select: { id: true, name: true } });
    if (!c) throw notFound(field, "社区");
    return { kind: "community", id: c.id, name: c.name };
  }
  const regionId = parseId(field, nodeId, "Community", "Region");
  const d = await loadDistrict(ctx, field, regionId);
  return { kind: "district", id: d.id, name: d.name, path: d.path };
}

type Comparable = Omit<CatalogSheetRow, "source" | "code" | "description"> & { code?: string | null; description?: string | null };
const comparable = (r: Comparable) =>
  JSON.stringify([r.code ?? null, r.name, r.category, r.windowKind, r.materials, r.timeLimitDays, r.onlineAllowed, r.proxyAllowed, r.description ?? null, r.active]);

export async function exportServiceCatalog(ctx: Context, nodeId: string) {
  const t = await target(ctx, "nodeId", nodeId);
  let rows: CatalogSheetRow[];
  if (t.kind === "community") {
    rows = (await loadCatalog(ctx.prisma, t.id)).map((ci) => ({ ...effective(ci), source: ci.templateItem ? "区模板" : "本社区" }));
  } else {
    rows = (await ctx.prisma.serviceItem.findMany({ where: { regionId: t.id }, orderBy: { id: "asc" } })).map((i) => ({ ...i, source: "区模板" }));
  }
  const buffer = await catalogWorkbook(`${t.name}公共服务事项清单`, rows);
  return toExcelFile(`服务事项清单-${t.name}.xlsx`, buffer);
}

export async function importServiceCatalog(ctx: Context, input: { nodeId: string; contentBase64: string }): Promise<CatalogImportResult> {
  const t = await target(ctx, "input.nodeId", input.nodeId);
  if (t.kind === "community") await assertCan(ctx, "service:manage", t.id, "input.nodeId");
  else if (!canAtPath(ctx, "catalog:manageTemplate", t.path)) throw forbidden("input.nodeId");
  const rows = await readCatalogWorkbook(input.contentBase64);
  return t.kind === "community" ? importIntoCommunity(ctx, t.id, rows) : importIntoDistrict(ctx, t.id, rows);
}

async function importIntoCommunity(ctx: Context, communityId: string, rows: ParsedCatalogRow[]): Promise<CatalogImportResult> {
  return command(ctx, async (tx) => {
    const catalog = await loadCatalog(tx, communityId);
    const byName = new Map(catalog.map((ci) => [effective(ci).name, ci]));
    const result = { created: [] as string[], updated: [] as string[], unchanged: 0 };
    for (const { data } of rows) {
      const existing = byName.get(data.name);
      if (!existing) {
        const row = await tx.communityServiceItem.create({ data: { ...ownItemData(communityId, data), active: data.active } });
        result.created.push(row.id);
        continue;
      }
      if (comparable(effective(existing)) === comparable(data)) {
        result.unchanged += 1;
        continue;
      }
      const { active, ...fields } = data;
      const update = existing.templateItem
        ? { ...overrideData(existing.templateItem, fields), active }
        : { ...ownItemData(communityId, fields), active };
      await tx.communityServiceItem.update({ where: { id: existing.id }, data: update });
      result.updated.push(existing.id);
    }
    await audit(tx, ctx, {
      action: "service:manage",
      communityId,
      targetType: "ServiceCatalogImport",
      targetId: communityId,
      after: { rows: rows.length, created: result.created, updated: result.updated, unchanged: result.unchanged },
    });
    return { created: result.created.length, updated: result.updated.length, unchanged: result.unchanged };
  });
}

async function importIntoDistrict(ctx: Context, regionId: string, rows: ParsedCatalogRow[]): Promise<CatalogImportResult> {
  return command(ctx, async (tx) => {
    const items = await tx.serviceItem.findMany({ where: { regionId } });
    const byName = new Map(items.map((i) => [i.name, i]));
    const result = { created: [] as string[], updated: [] as string[], unchanged: 0 };
    for (const { rowNumber, data } of rows) {
      const existing = byName.get(data.name);
      const rowError = (e: unknown) => fromPrisma(e, (column) => `file.row.${rowNumber}.${column}`);
      if (!existing) {
        result.created.push((await tx.serviceItem.create({ data: { ...data, regionId } }).catch(rowError)).id);
      } else if (comparable(existing) === comparable(data)) {
        result.unchanged += 1;
      } else {
        await tx.serviceItem.update({ where: { id: existing.id }, data }).catch(rowError);
        result.updated.push(existing.id);
      }
    }
    await audit(tx, ctx, {
      action: "catalog:manageTemplate",
      communityId: null,
      regionId,
      targetType: "ServiceCatalogImport",
      targetId: regionId,
      after: { rows: rows.length, created: result.created, updated: result.updated, unchanged: result.unchanged },
    });
    return { created: result.created.length, updated: result.updated.length, unchanged: result.unchanged };
  });
}
