// The complex (rooms, windows, clerks), the district template catalog and a community's catalog
// (adoption, overrides, own items), Excel import/export, and the holiday calendar, through yoga.fetch.
import { CHINA_HOLIDAYS_2026 } from "@gongzhi/api/src/modules/service-complex/holidays.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExcelJS, serviceKit, serviceWorld, type ServiceWorld } from "./service-kit.js";
import { createTestKit, dbId, gqlError, userError, type As, type TestAccount, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: ServiceWorld;
let sk: ReturnType<typeof serviceKit>;
let districtAdmin: TestAccount;

beforeAll(async () => {
  kit = await createTestKit();
  w = await serviceWorld(kit);
  sk = serviceKit(kit);
  districtAdmin = await kit.seed.account("ADMIN", w.district);
});
afterAll(async () => {
  await kit?.close();
});

const CATALOG = `query($c: ID!, $q: String, $cat: ServiceItemCategory, $online: Boolean, $all: Boolean) {
  serviceCatalog(communityId: $c, search: $q, category: $cat, onlineAllowed: $online, includeInactive: $all, first: 100) {
    totalCount edges { node { id name timeLimitDays materials onlineAllowed active isOwn overriddenFields template { id } } } } }`;
const stepsOf = async (id: string, as: As) => {
  const r = await kit.gql(`query($id: ID!) { node(id: $id) { ... on ServiceRoom { room: allowedSteps } ... on ServiceWindow { win: allowedSteps } ... on ServiceItem { item: allowedSteps } ... on CommunityServiceItem { entry: allowedSteps } } }`, { id }, as);
  expect(r.errors).toBeUndefined();
  const n = r.data.node;
  return n.room ?? n.win ?? n.item ?? n.entry;
};
const catalog = async (vars: Record<string, unknown> = {}, as: As = w.staffA) => {
  const r = await kit.gql(CATALOG, { c: w.A.community.gid, ...vars }, as);
  expect(r.errors).toBeUndefined();
  return r.data.serviceCatalog.edges.map((e: { node: any }) => e.node) as any[];
};

describe("the complex, its rooms, windows and clerks", () => {
  it("sets up a complex once, with structured opening hours, rooms and windows", async () => {
    const community = await kit.seed.community(w.streetA);
    const admin = await kit.seed.account("ADMIN", community);
    const hours = [
      { weekday: 2, opens: "14:00", closes: "17:30" },
      { weekday: 1, opens: "08:30", closes: "12:00" },
    ];
    const c = await sk.ok("createServiceComplex", { input: { communityId: community.gid, name: "新村党群服务中心", address: "新村大道1号", openingHours: hours } }, admin);
    expect(c.openingHours).toEqual([hours[1], hours[0]]);
    await sk.refused("createServiceComplex", { input: { communityId: community.gid, name: "第二个", address: "x" } }, admin, "DUPLICATE", "input.communityId");
    await sk.refused("updateServiceComplex", { id: c.id, input: { openingHours: [{ weekday: 1, opens: "12:00", closes: "08:00" }] } }, admin, "INVALID", "input.openingHours.0.closes");
    await sk.refused("updateServiceComplex", { id: c.id, input: { openingHours: [{ weekday: 8, opens: "08:00", closes: "12:00" }] } }, admin, "INVALID", "input.openingHours.0.weekday");
    const overlapping = [hours[1], { weekday: 1, opens: "11:00", closes: "13:00" }];
    await sk.refused("updateServiceComplex", { id: c.id, input: { openingHours: overlapping } }, admin, "INVALID", "input.openingHours.1.opens");
    const u = await sk.ok("updateServiceComplex", { id: c.id, input: { hoursNote: "法定节假日休息，调休上班日照常开放" } }, admin);
    expect(u.hoursNote).toBe("法定节假日休息，调休上班日照常开放");

    const room = await sk.ok("createServiceRoom", { input: { complexId: c.id, name: "议事厅", kind: "DELIBERATION", capacity: 40, bookableByResidents: true } }, admin);
    await sk.refused("createServiceRoom", { input: { complexId: c.id, name: "议事厅", kind: "MEETING", capacity: 10 } }, admin, "DUPLICATE", "input.name");
    await sk.refused("createServiceRoom", { input: { complexId: c.id, name: "小室", kind: "MEETING", capacity: 0 } }, admin, "INVALID", "input.capacity");
    const win = await sk.ok("createServiceWindow", { input: { complexId: c.id, name: "帮办代办窗口", kind: "PROXY_SERVICE", number: "5" } }, admin);
    expect(await stepsOf(room.id, admin)).toEqual(["EDIT", "DEACTIVATE"]);
    expect(await sk.ok("updateServiceRoom", { id: room.id, input: { active: false } }, admin)).toMatchObject({ active: false, allowedSteps: ["EDIT", "ACTIVATE"] });
    expect((await sk.ok("updateServiceWindow", { id: win.id, input: { name: "代办窗口" } }, admin)).name).toBe("代办窗口");

    const q = await kit.gql(
      `query($c: ID!) { serviceComplex(communityId: $c) { id rooms { id } all: rooms(includeInactive: true) { id } windows { id name kind number } community { serviceComplex { id } } } }`,
      { c: community.gid },
      admin,
    );
    expect(q.data.serviceComplex).toEqual({ id: c.id, rooms: [], all: [{ id: room.id }], windows: [{ id: win.id, name: "代办窗口", kind: "PROXY_SERVICE", number: "5" }], community: { serviceComplex: { id: c.id } } });
    expect(await kit.auditCount({ communityId: community.id, action: "service:manage" })).toBe(6);
  });

  it("staffs a window with clerks who can handle tickets", async () => {
    const win = w.sA.windows.party.gid;
    const r = await sk.ok("setServiceWindowClerks", { id: win, accountIds: [w.staffA.gid, w.A.admin.gid] }, w.A.admin);
    expect(r.clerks.map((c: { id: string }) => c.id).sort()).toEqual([w.staffA.gid, w.A.admin.gid].sort());
    expect(r.clerkNames).toHaveLength(2);
    const grid = await kit.seed.account("GRID_WORKER", w.A.community);
    await sk.refused("setServiceWindowClerks", { id: win, accountIds: [w.staffA.gid, grid.gid] }, w.A.admin, "INVALID", "accountIds.1");
    await sk.refused("setServiceWindowClerks", { id: win, accountIds: [w.staffB.gid] }, w.A.admin, "INVALID", "accountIds.0");
    const mine = await kit.gql(`query($id: ID!) { node(id: $id) { ... on ServiceWindow { viewerIsClerk } } }`, { id: win }, w.staffA);
    expect(mine.data.node.viewerIsClerk).toBe(true);
    // A grid worker reads the complex but cannot change it.
    await sk.refused("updateServiceWindow", { id: win, input: { name: "改名" } }, grid, "FORBIDDEN", "id");
    expect(await stepsOf(win, grid)).toEqual([]);
    await sk.refused("setServiceWindowClerks", { id: win, accountIds: [w.staffA.gid] }, grid, "FORBIDDEN", "id");
    expect(await stepsOf(win, w.staffA)).toEqual(["EDIT", "DEACTIVATE", "SET_CLERKS"]);
  });
});

describe("the district template and a community's catalog", () => {
  it("the district keeps its template; community admins cannot", async () => {
    const input = { districtId: w.district.gid, code: "T09", name: "高龄津贴申领", category: "BASIC", windowKind: "CIVIL_AFFAIRS", materials: ["身份证", "银行卡"], timeLimitDays: 10, onlineAllowed: true };
    await sk.refused("createServiceItem", { input }, w.A.admin, "FORBIDDEN", "input.districtId");
    await sk.refused("createServiceItem", { input: { ...input, timeLimitDays: -1 } }, districtAdmin, "INVALID", "input.timeLimitDays");
    await sk.refused("createServiceItem", { input: { ...input, name: "居住证明开具" } }, districtAdmin, "DUPLICATE", "input.name");
    await sk.refused("createServiceItem", { input: { ...input, districtId: w.streetA.gid } }, districtAdmin, "INVALID", "input.districtId");
    const item = await sk.ok("createServiceItem", { input }, districtAdmin);
    const list = await kit.gql(`query($d: ID!) { districtServiceItems(districtId: $d) { totalCount edges { node { id name adoptionCount } } } }`, { d: w.district.gid }, w.A.admin);
    expect(list.data.districtServiceItems.totalCount).toBe(4);

    // A community adopts it; adopting again changes nothing; another district's item is not found.
    const adopted = await sk.ok("adoptServiceItems", { input: { communityId: w.A.community.gid, itemIds: [item.id] } }, w.staffA);
    expect(adopted).toEqual([{ id: expect.any(String), name: "高龄津贴申领", template: { id: item.id } }]);
    const audits = await kit.auditCount();
    expect(await sk.ok("adoptServiceItems", { input: { communityId: w.A.community.gid, itemIds: [item.id] } }, w.staffA)).toEqual(adopted);
    expect(await kit.auditCount()).toBe(audits);
    const other = await kit.seed.district();
    const foreign = await kit.prisma.serviceItem.create({ data: { regionId: other.id, name: "外区事项", category: "BASIC", windowKind: "GENERAL", timeLimitDays: 1 } });
    await sk.refused("adoptServiceItems", { input: { communityId: w.A.community.gid, itemIds: [item.id, toGlobalId("ServiceItem", foreign.id)] } }, w.staffA, "NOT_FOUND", "input.itemIds.1");

    // The district changes the time limit: the community follows until it overrides.
    await sk.ok("updateServiceItem", { id: item.id, input: { timeLimitDays: 7 } }, districtAdmin);
    expect((await catalog({ q: "高龄" }))[0]).toMatchObject({ timeLimitDays: 7, overriddenFields: [] });
    const over = await sk.ok("updateCommunityServiceItem", { id: adopted[0].id, input: { timeLimitDays: 3, materials: ["身份证"] } }, w.staffA);
    expect(over).toMatchObject({ timeLimitDays: 3, materials: ["身份证"], overriddenFields: ["timeLimitDays", "materials"] });
    await sk.ok("updateServiceItem", { id: item.id, input: { timeLimitDays: 6 } }, districtAdmin);
    expect((await catalog({ q: "高龄" }))[0].timeLimitDays).toBe(3);
    const back = await sk.ok("updateCommunityServiceItem", { id: adopted[0].id, input: { timeLimitDays: null, materials: ["身份证", "银行卡"] } }, w.staffA);
    expect(back).toMatchObject({ timeLimitDays: 6, overriddenFields: [] });
    // The district withdraws it: it leaves the catalog (managers still see it with includeInactive).
    expect(await stepsOf(item.id, districtAdmin)).toEqual(["EDIT", "DEACTIVATE"]);
    expect(await stepsOf(item.id, w.A.admin)).toEqual([]);
    expect(await stepsOf(adopted[0].id, w.staffA)).toEqual(["EDIT", "DEACTIVATE"]);
    expect((await sk.ok("updateServiceItem", { id: item.id, input: { active: false } }, districtAdmin)).allowedSteps).toEqual(["EDIT", "ACTIVATE"]);
    expect(await catalog({ q: "高龄" })).toEqual([]);
    // The community may still switch its entry off, but not back on while the district's item is withdrawn.
    expect((await sk.ok("updateCommunityServiceItem", { id: adopted[0].id, input: { active: false } }, w.staffA)).allowedSteps).toEqual(["EDIT"]);
    await sk.ok("updateServiceItem", { id: item.id, input: { active: true } }, districtAdmin);
    expect(await stepsOf(adopted[0].id, w.staffA)).toEqual(["EDIT", "ACTIVATE"]);
    await sk.ok("updateServiceItem", { id: item.id, input: { active: false } }, districtAdmin);
    expect((await catalog({ q: "高龄", all: true }))[0].active).toBe(false);
  });

  it("a community adds its own items; names stay unique in the catalog; filters apply to the values in force", async () => {
    const own = await sk.ok("createCommunityServiceItem", { input: { communityId: w.A.community.gid, name: "街长制问题反映登记", category: "CONVENIENCE", windowKind: "COMPREHENSIVE_GOVERNANCE", timeLimitDays: 2, onlineAllowed: true } }, w.staffA);
    expect(own.isOwn).toBe(true);
    expect(await stepsOf(own.id, w.staffA)).toEqual(["EDIT", "DEACTIVATE"]);
    expect(await stepsOf(own.id, await kit.seed.account("AUDITOR", w.A.community))).toEqual([]);
    await sk.refused("createCommunityServiceItem", { input: { communityId: w.A.community.gid, name: "居住证明开具", category: "BASIC", windowKind: "GENERAL", timeLimitDays: 1 } }, w.staffA, "DUPLICATE", "input.name");
    await sk.refused("updateCommunityServiceItem", { id: own.id, input: { name: "老年人优待证办理" } }, w.staffA, "DUPLICATE", "input.name");
    await sk.refused("updateCommunityServiceItem", { id: own.id, input: { timeLimitDays: 400 } }, w.staffA, "INVALID", "input.timeLimitDays");
    expect((await catalog({ cat: "CONVENIENCE" })).map((i) => i.name).sort()).toEqual(["老年人优待证办理", "街长制问题反映登记"].sort());
    expect((await catalog({ online: true })).map((i) => i.name)).toContain("街长制问题反映登记");
    expect((await catalog({ online: true })).map((i) => i.name)).not.toContain("最低生活保障申请受理");
    // Residents' apps browse the catalog too.
    const app = await catalog({ q: "街长" }, w.appFor(w.A.resident.gid));
    expect(app.map((i) => i.id)).toEqual([own.id]);
  });
});

async function workbook(rows: (string | number)[][]) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("服务事项");
  ws.addRow(["编码", "事项名称", "类别", "办理窗口", "所需材料（每行一项）", "承诺时限（工作日）", "可网上办理", "可代办", "说明", "状态"]);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
}

describe("Excel import and export", () => {
  it("exports the catalog and imports an edited copy: all rows apply together with one audit row", async () => {
    const a2Staff = await kit.seed.account("STAFF", w.A2.community);
    const x = await kit.gql(`query($n: ID!) { serviceCatalogExcel(nodeId: $n) { filename mimeType contentBase64 size } }`, { n: w.A2.community.gid }, a2Staff);
    expect(x.errors).toBeUndefined();
    expect(x.data.serviceCatalogExcel.filename).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(x.data.serviceCatalogExcel.contentBase64, "base64"));
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).text).toBe("事项名称");
    expect(ws.rowCount).toBe(4);
    const names = [2, 3, 4].map((r) => ws.getRow(r).getCell(2).text);
    expect(names.sort()).toEqual(["居住证明开具", "最低生活保障申请受理", "老年人优待证办理"].sort());
    // Edit: the first row's time limit changes, one new own item is added.
    ws.getRow(2).getCell(6).value = 9;
    ws.addRow(["", "村史馆参观预约", "便民服务", "党群服务", "身份证", "即办", "是", "否", "", "启用"]);
    const edited = Buffer.from(await wb.xlsx.writeBuffer()).toString("base64");
    const audits = await kit.auditCount({ communityId: w.A2.community.id });
    const r = await sk.ok("importServiceCatalog", { input: { nodeId: w.A2.community.gid, contentBase64: edited } }, a2Staff);
    expect(r).toEqual({ created: 1, updated: 1, unchanged: 2 });
    expect(await kit.auditCount({ communityId: w.A2.community.id })).toBe(audits + 1);
    const entries = await kit.prisma.communityServiceItem.findMany({ where: { communityId: w.A2.community.id }, include: { templateItem: true } });
    const edited1 = entries.find((e) => (e.name ?? e.templateItem?.name) === names.find((n) => n === ws.getRow(2).getCell(2).text));
    expect(edited1?.timeLimitDays).toBe(9); // an override of the template item
    expect(entries.find((e) => e.name === "村史馆参观预约")).toMatchObject({ templateItemId: null, timeLimitDays: 0, onlineAllowed: true, materials: ["身份证"] });
  });

  it("a malformed file is refused row by row, naming each cell, and nothing changes", async () => {
    const bad = await workbook([
      ["", "好事项", "基本公共服务", "党群服务", "身份证", 3, "是", "否", "", ""],
      ["", "", "基本公共服务", "党群服务", "", 3, "", "", "", ""],
      ["", "坏类别", "特殊服务", "党群服务", "", 3, "", "", "", ""],
      ["", "负时限", "便民服务", "民政救助", "", -2, "", "", "", ""],
      ["", "好事项", "便民服务", "民政救助", "", 1, "也许", "", "", ""],
    ]);
    const err = await sk.refused("importServiceCatalog", { input: { nodeId: w.A.community.gid, contentBase64: bad } }, w.A.admin, "REQUIRED", "file.row.3.name");
    expect(err.issues.map((i: { field: string | null; code: string }) => [i.field, i.code])).toEqual([
      ["file.row.3.name", "REQUIRED"],
      ["file.row.4.category", "INVALID"],
      ["file.row.5.timeLimitDays", "INVALID"],
      ["file.row.6.onlineAllowed", "INVALID"],
      ["file.row.6.name", "DUPLICATE"],
    ]);
    await sk.refused("importServiceCatalog", { input: { nodeId: w.A.community.gid, contentBase64: Buffer.from("not excel").toString("base64") } }, w.A.admin, "INVALID", "input.contentBase64");
    const noHeader = await workbook([]);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("x").addRow(["名字", "时间"]);
    await sk.refused("importServiceCatalog", { input: { nodeId: w.A.community.gid, contentBase64: Buffer.from(await wb.xlsx.writeBuffer()).toString("base64") } }, w.A.admin, "INVALID", "file.header");
    await sk.refused("importServiceCatalog", { input: { nodeId: w.A.community.gid, contentBase64: noHeader } }, w.A.admin, "INVALID", "input.contentBase64");
  });

  it("imports into the district template only for its managers", async () => {
    const file = await workbook([["D01", "残疾人两项补贴申请", "基本公共服务", "民政救助", "残疾人证\n身份证", 15, "否", "是", "", "启用"]]);
    await sk.refused("importServiceCatalog", { input: { nodeId: w.district.gid, contentBase64: file } }, w.A.admin, "FORBIDDEN", "input.nodeId");
    await sk.refused("importServiceCatalog", { input: { nodeId: w.B.community.gid, contentBase64: file } }, w.A.admin, "NOT_FOUND", "input.nodeId");
    expect(await sk.ok("importServiceCatalog", { input: { nodeId: w.district.gid, contentBase64: file } }, districtAdmin)).toEqual({ created: 1, updated: 0, unchanged: 0 });
    const item = await kit.prisma.serviceItem.findFirstOrThrow({ where: { regionId: w.district.id, name: "残疾人两项补贴申请" } });
    expect(item).toMatchObject({ code: "D01", materials: ["残疾人证", "身份证"], timeLimitDays: 15, proxyAllowed: true, onlineAllowed: false });
    const x = await kit.gql(`query($n: ID!) { serviceCatalogExcel(nodeId: $n) { size } }`, { n: w.district.gid }, districtAdmin);
    expect(x.data.serviceCatalogExcel.size).toBeGreaterThan(1000);
  });
});

describe("the holiday calendar", () => {
  const days = CHINA_HOLIDAYS_2026.map((d) => ({ ...d }));
  it("a district admin sets the year's holidays and make-up working days; others read them", async () => {
    await sk.refused("setHolidayCalendar", { input: { districtId: w.district.gid, year: 2026, days } }, w.A.admin, "FORBIDDEN", "input.districtId");
    const weekdayWork = days.map((d) => (d.date === "2026-10-01" ? { ...d, isWorkday: true } : d));
    await sk.refused("setHolidayCalendar", { input: { districtId: w.district.gid, year: 2026, days: weekdayWork } }, districtAdmin, "INVALID", `input.days.${days.findIndex((d) => d.date === "2026-10-01")}.isWorkday`);
    await sk.refused("setHolidayCalendar", { input: { districtId: w.district.gid, year: 2026, days: [...days, { date: "2027-01-01", isWorkday: false, name: "元旦" }] } }, districtAdmin, "INVALID", `input.days.${days.length}.date`);
    await sk.refused("setHolidayCalendar", { input: { districtId: w.district.gid, year: 2026, days: [...days, days[0]] } }, districtAdmin, "DUPLICATE", `input.days.${days.length}.date`);
    const set = await sk.ok("setHolidayCalendar", { input: { districtId: w.district.gid, year: 2026, days } }, districtAdmin);
    expect(set).toHaveLength(days.length);
    const q = await kit.gql(`query($n: ID!) { holidayCalendar(nodeId: $n, year: 2026) { date isWorkday name } }`, { n: w.A.community.gid }, w.staffA);
    expect(q.data.holidayCalendar.filter((d: { isWorkday: boolean }) => d.isWorkday).map((d: { date: string }) => d.date)).toEqual(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]);
    expect(await kit.auditCount({ targetType: "HolidayCalendar", targetId: `${w.district.id}:2026` })).toBe(1);
    const other = await kit.seed.district();
    expect(gqlError(await kit.gql(`query($n: ID!) { holidayCalendar(nodeId: $n, year: 2026) { date } }`, { n: other.gid }, w.staffA))).toMatchObject({ code: "NOT_FOUND" });
    await kit.prisma.holidayCalendarDay.deleteMany({ where: { regionId: w.district.id } });
  });
});

it("userError helper finds refusals", async () => {
  const r = await sk.run("createServiceRoom", { input: { complexId: w.sB.complex.gid, name: "越权", kind: "MEETING", capacity: 5 } }, w.A.admin);
  expect(userError(r, "createServiceRoom").code).toBe("NOT_FOUND");
  expect(dbId(w.sB.complex.gid)).toBe(w.sB.complex.id);
});
