// Mutations for the catalog (and its Excel export query): thin, they call the services.
import { builder, type InputFields } from "../../builder.js";
import { exportServiceCatalog, importServiceCatalog, type CatalogImportResult } from "./catalog.import.js";
import { adoptServiceItems, createCommunityServiceItem, createServiceItem, updateCommunityServiceItem, updateServiceItem } from "./catalog.service.js";

import { ExcelFileRef } from "../../shared/excel.type.js";
import { ServiceItemCategoryEnum, ServiceWindowKindEnum } from "./enums.type.js";
import { reload } from "../../shared/reload.js";

const itemFields = (t: InputFields, required: boolean) => ({
  code: t.string({ required: false, description: "Item code (编码); unique in a district's template." }),
  name: t.string({ required }),
  category: t.field({ type: ServiceItemCategoryEnum, required }),
  windowKind: t.field({ type: ServiceWindowKindEnum, required, description: "The kind of window that handles it." }),
  materials: t.stringList({ required: false, description: "Required materials (所需材料), one per entry." }),
  timeLimitDays: t.int({ required, description: "承诺时限 in working days (0 = 即办)." }),
  onlineAllowed: t.boolean({ required: false, description: "Residents may submit it online (default false)." }),
  proxyAllowed: t.boolean({ required: false, description: "It may be done by proxy, 代办 (default false)." }),
  description: t.string({ required: false }),
});
const active = (t: InputFields) => t.boolean({ required: false, description: "false withdraws the item from the catalog (tickets keep it)." });
const CreateServiceItemInput = builder.inputType("CreateServiceItemInput", {
  fields: (t) => ({ districtId: t.id({ description: "The district (区) whose template gets the item." }), ...itemFields(t, true) }),
});
const UpdateServiceItemInput = builder.inputType("UpdateServiceItemInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({ ...itemFields(t, false), active: active(t) }),
});
const CreateCommunityServiceItemInput = builder.inputType("CreateCommunityServiceItemInput", {
  fields: (t) => ({ communityId: t.id({ description: "The community whose catalog gets the item." }), ...itemFields(t, true) }),
});
const UpdateCommunityServiceItemInput = builder.inputType("UpdateCommunityServiceItemInput", {
  description:
    "Fields left out are not changed. For an adopted template item a value overrides the template, and null (or the template's own value) removes the override.",
  fields: (t) => ({ ...itemFields(t, false), active: active(t) }),
});

const AdoptServiceItemsInput = builder.inputType("AdoptServiceItemsInput", {
  fields: (t) => ({
    communityId: t.id(),
    itemIds: t.idList({ description: "District template items (ServiceItem) of the community's district." }),
  }),
});

const ImportServiceCatalogInput = builder.inputType("ImportServiceCatalogInput", {
  fields: (t) => ({
    nodeId: t.id({ description: "A Community (imports into its catalog: rows match items by name; new names become own items) or a district Region (its template)." }),
    contentBase64: t.string({
      description:
        "The .xlsx workbook, base64. First sheet, header row 1: 编码, 事项名称*, 类别* (基本公共服务/增益性服务/便民服务), 办理窗口* (党群服务/民政救助/…), 所需材料 (one per line), 承诺时限（工作日）* (a number or 即办), 可网上办理 (是/否), 可代办 (是/否), 说明, 状态 (启用/停用). The format serviceCatalogExcel exports.",
    }),
  }),
});

const CatalogImportResultRef = builder.objectRef<CatalogImportResult>("ServiceCatalogImportResult").implement({
  description: "What an import changed. It applied all rows or none.",
  fields: (t) => ({
    created: t.exposeInt("created"),
    updated: t.exposeInt("updated"),
    unchanged: t.exposeInt("unchanged"),
  }),
});

builder.mutationFields((t) => ({
  createServiceItem: t.prismaField({
    type: "ServiceItem",
    description: "Add an item to a district's template catalog. Needs catalog:manageTemplate on the district.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateServiceItemInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "serviceItem", query, createServiceItem(ctx, input)),
  }),
  updateServiceItem: t.prismaField({
    type: "ServiceItem",
    description: "Change a template item; communities that adopted it follow, except where they override. Needs catalog:manageTemplate on the district.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateServiceItemInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "serviceItem", query, updateServiceItem(ctx, id, input)),
  }),
  adoptServiceItems: t.prismaField({
    type: ["CommunityServiceItem"],
    description: "Adopt district template items into a community's catalog (adopting one again re-activates it). Returns the entries. Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AdoptServiceItemsInput }) },
    resolve: async (query, _r, { input }, ctx) => {
      const ids = await adoptServiceItems(ctx, { communityId: String(input.communityId), itemIds: input.itemIds.map(String) });
      const rows = await ctx.prisma.communityServiceItem.findMany({ ...query, where: { id: { in: ids } } });
      return ids.map((id) => rows.find((r) => r.id === id)!);
    },
  }),
  createCommunityServiceItem: t.prismaField({
    type: "CommunityServiceItem",
    description: "Add the community's own item to its catalog. Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateCommunityServiceItemInput }) },
    resolve: async (query, _r, { input }, ctx) => reload(ctx, "communityServiceItem", query, await createCommunityServiceItem(ctx, input)),
  }),
  updateCommunityServiceItem: t.prismaField({
    type: "CommunityServiceItem",
    description: "Change a catalog entry (override an adopted item's fields), or withdraw it (active: false). Needs service:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateCommunityServiceItemInput }) },
    resolve: async (query, _r, { id, input }, ctx) => reload(ctx, "communityServiceItem", query, await updateCommunityServiceItem(ctx, id, input)),
  }),
  importServiceCatalog: t.field({
    type: CatalogImportResultRef,
    description:
      "Import a catalog from Excel. Every row is validated first (errors name file.row.<n>.<field>, n the spreadsheet row); then all rows apply in one transaction with one audit row, or none do. Needs service:manage in the community, or catalog:manageTemplate on the district.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: ImportServiceCatalogInput }) },
    resolve: (_r, { input }, ctx) => importServiceCatalog(ctx, { nodeId: String(input.nodeId), contentBase64: input.contentBase64 }),
  }),
}));

builder.queryFields((t) => ({
  serviceCatalogExcel: t.field({
    type: ExcelFileRef,
    description: "A community's catalog (withdrawn items included) or a district's template as an Excel workbook, in the format importServiceCatalog reads.",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id({ description: "A Community or a district Region." }) },
    resolve: (_r, args, ctx) => exportServiceCatalog(ctx, String(args.nodeId)),
  }),
}));
