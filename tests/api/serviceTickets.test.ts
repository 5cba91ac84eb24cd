// Tickets (办件) through yoga.fetch: the resident's journey through an app, the state machine and
// its refusals, closed tickets, due dates on the district's calendar, the clerk's queue, roles,
// tenancy, audit, and the monthly report that counts it all.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExcelJS, S, serviceKit, serviceWorld, type ServiceWorld } from "./service-kit.js";
import { createTestKit, dbId, gqlError, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: ServiceWorld;
let sk: ReturnType<typeof serviceKit>;
let resident: { id: string; gid: string };

beforeAll(async () => {
  kit = await createTestKit();
  w = await serviceWorld(kit);
  sk = serviceKit(kit);
  resident = w.A.resident;
});
afterAll(async () => {
  await kit?.close();
});

const chinaToday = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
const plusDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const windowTicket = (item = w.sA.items.T01, as = w.staffA) =>
  sk.ok("createServiceTicket", { input: { itemId: item, applicantName: "陈大文", applicantPhone: "13912345678", content: "开具居住证明" } }, as);
const TICKET_Q = `query($id: ID!) { node(id: $id) { ... on ServiceTicket { id status number applicantPhone dueState overdue isClosed rating allowedSteps assigneeName item { name template { name } } window { name } events { kind fromStatus toStatus note actorName } } } }`;

describe("the resident's journey", () => {
  it("app submits online → clerk accepts → returns for a document → app resubmits → clerk completes → app rates; the history has every step", async () => {
    const app = w.appFor(resident.gid);
    const t = await sk.ok("createServiceTicket", { input: { itemId: w.sA.items.T01, content: "孩子入学需要居住证明" } }, app);
    expect(t).toMatchObject({ status: "SUBMITTED", channel: "ONLINE", resident: { id: resident.gid }, window: { id: w.sA.windows.party.gid }, itemName: "居住证明开具" });
    expect(t.number).toMatch(/^\d{8}-\d{4}$/);
    // allowedSteps is the viewer's: the clerk may handle it; the app acting for the resident may take none of these.
    expect((await kit.gql(TICKET_Q, { id: t.id }, w.staffA)).data.node.allowedSteps).toEqual(["ACCEPT", "RETURN", "TRANSFER", "REJECT", "ASSIGN"]);
    expect(t.allowedSteps).toEqual([]);

    expect((await sk.ok("acceptServiceTicket", { id: t.id }, w.staffA)).status).toBe("ACCEPTED");
    const returned = await sk.ok("returnServiceTicket", { id: t.id, input: { materials: ["户口簿原件"], note: "请补交户口簿" } }, w.staffA);
    expect(returned).toMatchObject({ status: "RETURNED", returnedMaterials: ["户口簿原件"], allowedSteps: ["RESUBMIT", "REJECT", "ASSIGN"] });
    expect((await kit.gql(TICKET_Q, { id: t.id }, app)).data.node.allowedSteps).toEqual(["RESUBMIT"]);
    // The app cannot complete or accept it: only resubmit (and later rate).
    await sk.refused("acceptServiceTicket", { id: t.id }, app, "FORBIDDEN", null);
    expect((await sk.ok("resubmitServiceTicket", { id: t.id, input: { note: "已上传户口簿" } }, app)).status).toBe("SUBMITTED");
    await sk.ok("acceptServiceTicket", { id: t.id }, w.staffA);
    await sk.refused("rateServiceTicket", { id: t.id, input: { rating: 5 } }, app, "CONFLICT", "id");
    const done = await sk.ok("completeServiceTicket", { id: t.id, input: { resultNote: "证明已开具" } }, w.staffA);
    expect(done.status).toBe("COMPLETED");
    expect(done.closedAt).toBeTruthy();
    expect(done.allowedSteps).toEqual([]);
    expect((await kit.gql(TICKET_Q, { id: t.id }, app)).data.node.allowedSteps).toEqual(["RATE"]);
    const rated = await sk.ok("rateServiceTicket", { id: t.id, input: { rating: 5, comment: "办事很快" } }, app);
    expect(rated).toMatchObject({ rating: 5, ratingComment: "办事很快", allowedSteps: [] });

    const r = await kit.gql(TICKET_Q, { id: t.id }, w.staffA);
    expect(r.data.node.events.map((e: { kind: string }) => e.kind)).toEqual(["SUBMIT", "ACCEPT", "RETURN", "RESUBMIT", "ACCEPT", "COMPLETE", "RATE"]);
    expect(r.data.node.events[2]).toMatchObject({ fromStatus: "ACCEPTED", toStatus: "RETURNED", note: "缺少材料：户口簿原件；请补交户口簿" });
    expect(r.data.node.events[0].actorName).toContain(w.A.resident.name);
    expect(r.data.node).toMatchObject({ dueState: "CLOSED_ON_TIME", item: { name: "居住证明开具", template: { name: "居住证明开具" } }, window: { name: "党群服务窗口" } });
    expect(r.data.node.assigneeName).toContain("测试");

    // My tickets, for the app: this one is there.
    const mine = await kit.gql(`{ myServiceTickets { totalCount edges { node { id status rating } } } }`, {}, app);
    expect(mine.data.myServiceTickets.edges).toContainEqual({ node: { id: t.id, status: "COMPLETED", rating: 5 } });

    // The monthly report counts it.
    const month = chinaToday().slice(0, 7);
    const rep = await kit.gql(`query($n: ID!, $m: String!) { serviceReport(nodeId: $n, month: $m) { submitted closed closedOnTime onTimeRate averageRating ratingCount byItem { itemName submitted } byChannel { channel count } } }`, { n: w.A.community.gid, m: month }, w.A.admin);
    expect(rep.errors).toBeUndefined();
    expect(rep.data.serviceReport).toMatchObject({ closed: 1, closedOnTime: 1, onTimeRate: 1, averageRating: 5, ratingCount: 1 });
    expect(rep.data.serviceReport.byItem).toContainEqual({ itemName: "居住证明开具", submitted: 1 });
    expect(rep.data.serviceReport.byChannel).toContainEqual({ channel: "ONLINE", count: 1 });
  });
});

describe("the state machine through the API", () => {
  it("refuses steps out of order with CONFLICT, and nothing changes", async () => {
    const t = await windowTicket();
    await sk.refused("completeServiceTicket", { id: t.id }, w.staffA, "CONFLICT", "id");
    await sk.refused("resubmitServiceTicket", { id: t.id }, w.staffA, "CONFLICT", "id");
    await sk.refused("recordServiceTicketTransferReply", { id: t.id, input: { reply: "已处理" } }, w.staffA, "CONFLICT", "id");
    await sk.ok("acceptServiceTicket", { id: t.id }, w.staffA);
    await sk.refused("acceptServiceTicket", { id: t.id }, w.staffA, "CONFLICT", "id");
  });

  it("a closed ticket cannot change except for its one rating", async () => {
    const rejected = await windowTicket();
    await sk.ok("rejectServiceTicket", { id: rejected.id, input: { reason: "不属于本社区办理范围" } }, w.staffA);
    const transferred = await windowTicket();
    await sk.ok("transferServiceTicket", { id: transferred.id, input: { department: "区人社局" } }, w.staffA);
    // Open while waiting for the reply: it can still be assigned, not yet rated.
    await sk.refused("rateServiceTicket", { id: transferred.id, input: { rating: 4 } }, w.A.admin, "CONFLICT", "id");
    const replied = await sk.ok("recordServiceTicketTransferReply", { id: transferred.id, input: { reply: "已由区人社局办结" } }, w.staffA);
    // The clerk cannot rate (ticket:rate); an admin records a rating given in person.
    expect(replied).toMatchObject({ status: "TRANSFERRED", transferReply: "已由区人社局办结", allowedSteps: [] });
    expect((await kit.gql(TICKET_Q, { id: transferred.id }, w.A.admin)).data.node).toMatchObject({ status: "TRANSFERRED", isClosed: true, allowedSteps: ["RATE"] });
    expect(replied.closedAt).toBeTruthy();
    for (const t of [rejected, transferred]) {
      await sk.refused("acceptServiceTicket", { id: t.id }, w.staffA, "CONFLICT", "id");
      await sk.refused("completeServiceTicket", { id: t.id }, w.staffA, "CONFLICT", "id");
      await sk.refused("returnServiceTicket", { id: t.id, input: { materials: ["身份证"] } }, w.staffA, "CONFLICT", "id");
      await sk.refused("rejectServiceTicket", { id: t.id, input: { reason: "再次拒绝" } }, w.staffA, "CONFLICT", "id");
      await sk.refused("assignServiceTicket", { id: t.id, input: { assigneeId: w.staffA.gid } }, w.staffA, "CONFLICT", "id");
      await sk.refused("transferServiceTicket", { id: t.id, input: { department: "区民政局" } }, w.staffA, "CONFLICT", "id");
      // An admin records the rating the resident gave at the window; a second rating is refused.
      expect((await sk.ok("rateServiceTicket", { id: t.id, input: { rating: 3 } }, w.A.admin)).rating).toBe(3);
      await sk.refused("rateServiceTicket", { id: t.id, input: { rating: 5 } }, w.A.admin, "CONFLICT", "id");
    }
  });

  it("bad input is a typed error and changes nothing", async () => {
    const t = await windowTicket();
    await sk.refused("rejectServiceTicket", { id: t.id, input: { reason: "   " } }, w.staffA, "REQUIRED", "input.reason");
    await sk.refused("returnServiceTicket", { id: t.id, input: { materials: [] } }, w.staffA, "INVALID", "input.materials");
    await sk.refused("transferServiceTicket", { id: t.id, input: { department: "" } }, w.staffA, "REQUIRED", "input.department");
    await sk.ok("acceptServiceTicket", { id: t.id }, w.staffA);
    await sk.ok("completeServiceTicket", { id: t.id }, w.staffA);
    for (const rating of [0, 6]) await sk.refused("rateServiceTicket", { id: t.id, input: { rating } }, w.A.admin, "INVALID", "input.rating");
    const unknownItem = toGlobalId("CommunityServiceItem", crypto.randomUUID());
    await sk.refused("createServiceTicket", { input: { itemId: unknownItem, applicantName: "张三" } }, w.staffA, "NOT_FOUND", "input.itemId");
    await sk.refused("createServiceTicket", { input: { itemId: "garbage", applicantName: "张三" } }, w.staffA, "INVALID", "input.itemId");
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T01 } }, w.staffA, "REQUIRED", "input.applicantName");
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T01, applicantName: "张三", applicantPhone: "12345" } }, w.staffA, "INVALID", "input.applicantPhone");
    // Channels: clerks cannot claim ONLINE; T02 is not online; T03 cannot be done by proxy; PROXY names the resident.
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T01, applicantName: "张三", channel: "ONLINE" } }, w.staffA, "INVALID", "input.channel");
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T02 } }, w.appFor(resident.gid), "INVALID", "input.itemId");
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T03, channel: "PROXY", residentId: resident.gid } }, w.staffA, "INVALID", "input.channel");
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T01, channel: "PROXY", applicantName: "张三" } }, w.staffA, "REQUIRED", "input.residentId");
    // An app must act for a resident.
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T01 } }, w.app, "REQUIRED", "x-act-as-resident");
    // A withdrawn item cannot be requested.
    const own = await sk.ok("createCommunityServiceItem", { input: { communityId: w.A.community.gid, name: "临时事项", category: "CONVENIENCE", windowKind: "GENERAL", timeLimitDays: 1 } }, w.staffA);
    await sk.ok("updateCommunityServiceItem", { id: own.id, input: { active: false } }, w.staffA);
    await sk.refused("createServiceTicket", { input: { itemId: own.id, applicantName: "张三" } }, w.staffA, "INVALID", "input.itemId");
  });

  it("every change writes its event and its audit row in the same transaction", async () => {
    const before = await kit.auditCount({ targetType: "ServiceTicket" });
    const t = await windowTicket();
    await sk.ok("acceptServiceTicket", { id: t.id }, w.staffA);
    await sk.ok("completeServiceTicket", { id: t.id }, w.staffA);
    const audits = await kit.prisma.auditEntry.findMany({ where: { targetType: "ServiceTicket", targetId: dbId(t.id) }, orderBy: { id: "asc" } });
    expect(audits.map((a) => a.action)).toEqual(["ticket:create", "ticket:handle", "ticket:handle"]);
    expect(audits[1]!.before).toMatchObject({ status: "SUBMITTED", applicantPhone: "139****5678" });
    expect(audits[1]!.after).toMatchObject({ status: "ACCEPTED" });
    expect(await kit.auditCount({ targetType: "ServiceTicket" })).toBe(before + 3);
    expect(await kit.prisma.serviceTicketEvent.count({ where: { ticketId: dbId(t.id) } })).toBe(3);
  });

  it("two clerks accepting at once: one wins, the other gets CONFLICT", async () => {
    const t = await windowTicket();
    const other = await kit.seed.account("STAFF", w.A.community);
    const results = await Promise.all([sk.run("acceptServiceTicket", { id: t.id }, w.staffA), sk.run("acceptServiceTicket", { id: t.id }, other)]);
    const kinds = results.map((r) => r.data.acceptServiceTicket.__typename).sort();
    expect(kinds).toEqual(["MutationAcceptServiceTicketSuccess", "UserError"]);
    expect(await kit.prisma.serviceTicketEvent.count({ where: { ticketId: dbId(t.id), kind: "ACCEPT" } })).toBe(1);
  });
});

describe("due dates on the district's calendar", () => {
  it("skips holidays and counts a make-up working day", async () => {
    const today = chinaToday();
    // The next ten days are holidays except day 7, a make-up working day: a 1-day item is due on day 7.
    const days = Array.from({ length: 10 }, (_, i) => plusDays(today, i + 1));
    await kit.prisma.holidayCalendarDay.createMany({
      data: days.map((d, i) => ({ regionId: w.district.id, date: new Date(`${d}T00:00:00Z`), isWorkday: i === 6, name: i === 6 ? "调休上班" : "测试假期" })),
    });
    try {
      const t = await windowTicket();
      expect(t.dueDate).toBe(plusDays(today, 7));
      expect(t.dueAt).toBe(new Date(Date.parse(`${plusDays(today, 8)}T00:00:00Z`) - 8 * 3_600_000 - 1).toISOString());
      const item = await kit.gql(`query($id: ID!) { node(id: $id) { ... on CommunityServiceItem { expectedDueDate timeLimitDays } } }`, { id: w.sA.items.T01 }, w.staffA);
      expect(item.data.node).toEqual({ expectedDueDate: plusDays(today, 7), timeLimitDays: 1 });
      const cal = await kit.gql(`query($n: ID!, $y: Int!) { holidayCalendar(nodeId: $n, year: $y) { date isWorkday } }`, { n: w.A.community.gid, y: Number(days[6]!.slice(0, 4)) }, w.staffA);
      expect(cal.data.holidayCalendar).toContainEqual({ date: days[6], isWorkday: true });
    } finally {
      await kit.prisma.holidayCalendarDay.deleteMany({ where: { regionId: w.district.id } });
    }
  });
});

describe("the holiday calendar query", () => {
  it("answers a year outside 2000–2100 with INVALID on year, not an internal error", async () => {
    for (const y of [1, 1999, 2101, -5]) {
      const r = await kit.gql(`query($n: ID!, $y: Int!) { holidayCalendar(nodeId: $n, year: $y) { date } }`, { n: w.A.community.gid, y }, w.staffA);
      expect(r.data).toBeNull();
      expect(r.errors?.[0]?.extensions).toMatchObject({ code: "INVALID", field: "year" });
    }
  });
});

describe("the clerk's queue", () => {
  it("filters by window, status, mine, overdue and due soon", async () => {
    const a = await windowTicket(w.sA.items.T02); // civil affairs window, 5 days
    const b = await windowTicket(w.sA.items.T03); // general window
    await sk.ok("acceptServiceTicket", { id: b.id }, w.staffA);
    // Make a overdue and b due today.
    await kit.prisma.serviceTicket.update({ where: { id: dbId(a.id) }, data: { dueAt: new Date(Date.now() - 3_600_000) } });
    await kit.prisma.serviceTicket.update({ where: { id: dbId(b.id) }, data: { dueAt: new Date(Date.now() + 3_600_000) } });
    const q = async (args: string) => {
      const r = await kit.gql(`{ serviceTickets(communityId: "${w.A.community.gid}", ${args}) { totalCount edges { node { id } } } }`, {}, w.staffA);
      expect(r.errors).toBeUndefined();
      return r.data.serviceTickets.edges.map((e: { node: { id: string } }) => e.node.id) as string[];
    };
    expect(await q(`windowId: "${w.sA.windows.civil.gid}"`)).toContain(a.id);
    expect(await q(`windowId: "${w.sA.windows.civil.gid}"`)).not.toContain(b.id);
    expect(await q(`overdue: true`)).toEqual([a.id]);
    expect(await q(`dueSoon: true`)).toContain(b.id);
    expect(await q(`dueSoon: true`)).not.toContain(a.id);
    expect(await q(`mine: true, statuses: [ACCEPTED]`)).toContain(b.id);
    expect(await q(`mine: true`)).not.toContain(a.id);
    const state = await kit.gql(TICKET_Q, { id: a.id }, w.staffA);
    expect(state.data.node).toMatchObject({ overdue: true, dueState: "OVERDUE", applicantPhone: "139****5678" });
    // The admin holds resident:viewPii: the full number, and the reveal is audited.
    const full = await kit.gql(TICKET_Q, { id: a.id }, w.A.admin);
    expect(full.data.node.applicantPhone).toBe("13912345678");
    expect(await kit.auditCount({ action: "resident:viewPii", targetType: "ServiceTicket", targetId: dbId(a.id) })).toBe(1);
    const win = await kit.gql(`query($id: ID!) { node(id: $id) { ... on ServiceWindow { openTicketCount } } }`, { id: w.sA.windows.civil.gid }, w.staffA);
    expect(win.data.node.openTicketCount).toBeGreaterThanOrEqual(1);
  });

  it("assigns to a clerk who can handle tickets, and refuses others", async () => {
    const t = await windowTicket();
    const grid = await kit.seed.account("GRID_WORKER", w.A.community);
    await sk.refused("assignServiceTicket", { id: t.id, input: { assigneeId: grid.gid } }, w.A.admin, "INVALID", "input.assigneeId");
    await sk.refused("assignServiceTicket", { id: t.id, input: { assigneeId: w.staffB.gid } }, w.A.admin, "INVALID", "input.assigneeId");
    await sk.refused("assignServiceTicket", { id: t.id, input: { windowId: w.sB.windows.party.gid } }, w.A.admin, "NOT_FOUND", "input.windowId");
    const r = await sk.ok("assignServiceTicket", { id: t.id, input: { assigneeId: w.staffA.gid, windowId: w.sA.windows.general.gid } }, w.A.admin);
    expect(r).toMatchObject({ assignee: { id: w.staffA.gid }, window: { id: w.sA.windows.general.gid }, status: "SUBMITTED" });
  });
});

describe("roles and residents' apps", () => {
  it("a grid worker opens proxy tickets but cannot handle them; an auditor reads but cannot open", async () => {
    const grid = await kit.seed.account("GRID_WORKER", w.A.community);
    const auditor = await kit.seed.account("AUDITOR", w.A.community);
    const overseer = await kit.seed.account("OVERSEER", w.A.community);
    const t = await sk.ok("createServiceTicket", { input: { itemId: w.sA.items.T02, channel: "PROXY", residentId: resident.gid } }, grid);
    expect(t).toMatchObject({ channel: "PROXY", resident: { id: resident.gid }, window: { id: w.sA.windows.civil.gid } });
    await sk.refused("acceptServiceTicket", { id: t.id }, grid, "FORBIDDEN", "id");
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T01, applicantName: "李四" } }, auditor, "FORBIDDEN", "input.itemId");
    const read = await kit.gql(TICKET_Q, { id: t.id }, auditor);
    expect(read.data.node.id).toBe(t.id);
    // An overseer reads reports, not tickets.
    expect((await kit.gql(TICKET_Q, { id: t.id }, overseer)).data.node).toBeNull();
    await sk.refused("rateServiceTicket", { id: t.id, input: { rating: 4 } }, w.staffA, "FORBIDDEN", "id");
  });

  it("an app acting for one resident neither sees nor rates another's tickets", async () => {
    const other = await kit.seed.resident(w.A.community.id);
    const mine = await sk.ok("createServiceTicket", { input: { itemId: w.sA.items.T01 } }, w.appFor(resident.gid));
    const theirs = await sk.ok("createServiceTicket", { input: { itemId: w.sA.items.T01 } }, w.appFor(other.gid));
    await sk.refused("createServiceTicket", { input: { itemId: w.sA.items.T01, residentId: other.gid } }, w.appFor(resident.gid), "FORBIDDEN", "input.residentId");
    const list = await kit.gql(`query($c: ID!) { serviceTickets(communityId: $c, first: 100) { edges { node { id } } } myServiceTickets(first: 100) { edges { node { id } } } }`, { c: w.A.community.gid }, w.appFor(resident.gid));
    const ids = (c: { edges: { node: { id: string } }[] }) => c.edges.map((e) => e.node.id);
    expect(ids(list.data.serviceTickets)).toContain(mine.id);
    expect(ids(list.data.serviceTickets)).not.toContain(theirs.id);
    expect(ids(list.data.myServiceTickets)).not.toContain(theirs.id);
    expect((await kit.gql(TICKET_Q, { id: theirs.id }, w.appFor(resident.gid))).data.node).toBeNull();
    await sk.ok("acceptServiceTicket", { id: theirs.id }, w.staffA);
    await sk.ok("completeServiceTicket", { id: theirs.id }, w.staffA);
    await sk.refused("rateServiceTicket", { id: theirs.id, input: { rating: 1 } }, w.appFor(resident.gid), "NOT_FOUND", "id");
    // Staff see "my tickets" as empty: it is for apps acting for a resident.
    expect((await kit.gql(`{ myServiceTickets { totalCount } }`, {}, w.staffA)).data.myServiceTickets.totalCount).toBe(0);
  });
});

describe("tenancy: A's viewers and B's tickets", () => {
  it("sees nothing of B and changes nothing of B", async () => {
    const b = await windowTicket(w.sB.items.T01, w.staffB);
    const A = w.A.admin;
    expect((await kit.gql(TICKET_Q, { id: b.id }, A)).data.node).toBeNull();
    const list = await kit.gql(`query($c: ID!) { serviceTickets(communityId: $c) { totalCount edges { node { id } } } }`, { c: w.B.community.gid }, A);
    expect(list.data.serviceTickets).toEqual({ totalCount: 0, edges: [] });
    await sk.refused("createServiceTicket", { input: { itemId: w.sB.items.T01, applicantName: "越权" } }, A, "NOT_FOUND", "input.itemId");
    for (const [m, input] of [
      ["acceptServiceTicket", undefined],
      ["returnServiceTicket", { materials: ["身份证"] }],
      ["resubmitServiceTicket", undefined],
      ["transferServiceTicket", { department: "区民政局" }],
      ["recordServiceTicketTransferReply", { reply: "x" }],
      ["completeServiceTicket", undefined],
      ["rejectServiceTicket", { reason: "越权" }],
      ["assignServiceTicket", { assigneeId: w.staffA.gid }],
      ["rateServiceTicket", { rating: 1 }],
    ] as const) {
      await sk.refused(m, { id: b.id, ...(input ? { input } : {}) }, A, "NOT_FOUND", "id");
    }
    // The app for A's resident cannot reach B either.
    await sk.refused("createServiceTicket", { input: { itemId: w.sB.items.T01 } }, w.appFor(resident.gid), "NOT_FOUND", "input.itemId");
    const rep = await kit.gql(`query($n: ID!) { serviceReport(nodeId: $n, month: "2026-11") { submitted } }`, { n: w.B.community.gid }, A);
    expect(gqlError(rep)).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
    const excel = await kit.gql(`query($n: ID!) { serviceReportExcel(nodeId: $n, month: "2026-11") { size } }`, { n: w.streetB.gid }, A);
    expect(gqlError(excel)).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
  });
});

describe("the monthly report", () => {
  it("rolls up a street's communities where the viewer holds report:read, with Excel export", async () => {
    const a2 = await windowTicket(w.sA2.items.T03, await kit.seed.account("STAFF", w.A2.community));
    expect(a2.status).toBe("SUBMITTED");
    const overseer = await kit.seed.account("OVERSEER", w.streetA);
    const month = chinaToday().slice(0, 7);
    const q = `query($n: ID!, $m: String!) { serviceReport(nodeId: $n, month: $m) { nodeKind communityCount submitted byCommunity { communityId submitted } byStatus { status count } } }`;
    const r = await kit.gql(q, { n: w.streetA.gid, m: month }, overseer);
    expect(r.errors).toBeUndefined();
    const rep = r.data.serviceReport;
    expect(rep.nodeKind).toBe("STREET");
    expect(rep.communityCount).toBe(2);
    expect(rep.byCommunity.map((c: { communityId: string }) => c.communityId).sort()).toEqual([w.A.community.gid, w.A2.community.gid].sort());
    const total = await kit.prisma.serviceTicket.count({ where: { communityId: { in: [w.A.community.id, w.A2.community.id] } } });
    expect(rep.submitted).toBe(total);
    expect(rep.byStatus.reduce((s: number, x: { count: number }) => s + x.count, 0)).toBe(total);
    const x = await kit.gql(`query($n: ID!, $m: String!) { serviceReportExcel(nodeId: $n, month: $m) { filename mimeType contentBase64 size } }`, { n: w.streetA.gid, m: month }, overseer);
    expect(x.data.serviceReportExcel.mimeType).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const bytes = Buffer.from(x.data.serviceReportExcel.contentBase64, "base64");
    expect(bytes.length).toBe(x.data.serviceReportExcel.size);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    expect(wb.worksheets.map((s: { name: string }) => s.name)).toEqual(["概览", "按事项", "按社区"]);
    expect(wb.getWorksheet("概览")!.getRow(5).values).toContain(total);
    // Bad month, and a grid worker (no report:read) is refused.
    expect(gqlError(await kit.gql(q, { n: w.streetA.gid, m: "2026-13" }, overseer))).toMatchObject({ code: "INVALID", field: "month" });
    const grid = await kit.seed.account("GRID_WORKER", w.A.community);
    expect(gqlError(await kit.gql(q, { n: w.A.community.gid, m: month }, grid))).toMatchObject({ code: "NOT_FOUND" });
  });
});

it("documents exist for every service mutation", () => {
  expect(Object.keys(S).length).toBeGreaterThan(25);
});
