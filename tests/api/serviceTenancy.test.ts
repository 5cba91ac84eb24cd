// Tenancy for the service complex (ARCHITECTURE rule 7): a viewer holding roles only in community A
// (and an app acting for A's resident) neither reads nor changes anything of community B or of
// another district, through every service-complex root field. The suite fails when a new
// service-complex Query or Mutation field appears that it does not cover.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S, serviceKit, serviceWorld, type ServiceMutation, type ServiceWorld } from "./service-kit.js";
import { createTestKit, gqlError, rootFields, type As, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: ServiceWorld;
let sk: ReturnType<typeof serviceKit>;
let other: { district: { id: string; gid: string }; item: string; admin: As };
let b: { ticket: string; booking: string; visit: string; ownItem: string };

const MINE = /service|room|holiday/i;

beforeAll(async () => {
  kit = await createTestKit();
  w = await serviceWorld(kit);
  sk = serviceKit(kit);
  const district = await kit.seed.district();
  const item = await kit.prisma.serviceItem.create({ data: { regionId: district.id, name: "外区事项", category: "BASIC", windowKind: "GENERAL", timeLimitDays: 1 } });
  other = { district, item: toGlobalId("ServiceItem", item.id), admin: await kit.seed.account("ADMIN", district) };
  const ticket = await sk.ok("createServiceTicket", { input: { itemId: w.sB.items.T01, applicantName: "乙社区居民" } }, w.staffB);
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 86_400_000);
  const booking = await sk.ok("createRoomBooking", { input: { roomId: w.sB.rooms.meeting.gid, startsAt: start.toISOString(), endsAt: new Date(start.getTime() + 3_600_000).toISOString(), purpose: "例会" } }, w.staffB);
  const visit = await sk.ok("recordServiceVisit", { input: { communityId: w.B.community.gid, kind: "VISIT", channel: "PHONE", visitorName: "乙", topic: "咨询", content: "咨询事项" } }, w.staffB);
  const ownItem = await sk.ok("createCommunityServiceItem", { input: { communityId: w.B.community.gid, name: "乙社区自有事项", category: "CONVENIENCE", windowKind: "GENERAL", timeLimitDays: 1 } }, w.staffB);
  b = { ticket: ticket.id, booking: booking.id, visit: visit.id, ownItem: ownItem.id };
});
afterAll(async () => {
  await kit?.close();
});

const A = () => w.A.admin;
const app = () => w.appFor(w.A.resident.gid);
const empty = { totalCount: 0, edges: [] };
async function conn(q: string, vars: Record<string, unknown>, as: As) {
  const r = await kit.gql(q, vars, as);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data)[0];
}
const soon = () => new Date(Date.now() + 86_400_000).toISOString();
const soonPlusHour = () => new Date(Date.now() + 86_400_000 + 3_600_000).toISOString();
const later = () => new Date(Date.now() + 10 * 86_400_000).toISOString();

const reads: Record<string, () => Promise<void>> = {
  // Public (no sign-in, the 公开栏's 办事指南): B's centre and catalog are the same for everyone; no clerks, no tickets.
  async publicServiceComplex() {
    const query = `query($c: ID!) { publicServiceComplex(communityId: $c) { name address windows { name kind } } }`;
    const anonymous = (await kit.gql(query, { c: w.B.community.gid })).data.publicServiceComplex;
    expect(anonymous?.name).toBeTruthy();
    for (const as of [A(), app()]) expect(await conn(query, { c: w.B.community.gid }, as)).toEqual(anonymous);
  },
  async publicServiceItems() {
    const query = `query($c: ID!) { publicServiceItems(communityId: $c) { name materials timeLimitDays } }`;
    const anonymous = (await kit.gql(query, { c: w.B.community.gid })).data.publicServiceItems;
    const active = await kit.prisma.communityServiceItem.count({ where: { communityId: w.B.community.id, active: true, OR: [{ templateItemId: null }, { templateItem: { active: true } }] } });
    expect(anonymous).toHaveLength(active);
    for (const as of [A(), app()]) expect(await conn(query, { c: w.B.community.gid }, as)).toEqual(anonymous);
  },
  async serviceComplex() {
    for (const as of [A(), app()]) expect(await conn(`query($c: ID!) { serviceComplex(communityId: $c) { id } }`, { c: w.B.community.gid }, as)).toBeNull();
    const mine = await conn(`query($c: ID!) { serviceComplex(communityId: $c) { id } }`, { c: w.A.community.gid }, A());
    expect(mine).toEqual({ id: w.sA.complex.gid });
  },
  async serviceCatalog() {
    for (const as of [A(), app()]) expect(await conn(`query($c: ID!) { serviceCatalog(communityId: $c) { totalCount edges { node { id } } } }`, { c: w.B.community.gid }, as)).toEqual(empty);
  },
  async districtServiceItems() {
    expect(await conn(`query($d: ID!) { districtServiceItems(districtId: $d) { totalCount edges { node { id } } } }`, { d: other.district.gid }, A())).toEqual(empty);
    expect(await conn(`query($d: ID!) { districtServiceItems(districtId: $d) { totalCount edges { node { id } } } }`, { d: w.district.gid }, app())).toEqual(empty);
  },
  async serviceCatalogExcel() {
    for (const n of [w.B.community.gid, other.district.gid]) {
      expect(gqlError(await kit.gql(`query($n: ID!) { serviceCatalogExcel(nodeId: $n) { size } }`, { n }, A()))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
    }
  },
  async serviceTickets() {
    for (const as of [A(), app()]) expect(await conn(`query($c: ID!) { serviceTickets(communityId: $c) { totalCount edges { node { id } } } }`, { c: w.B.community.gid }, as)).toEqual(empty);
  },
  async myServiceTickets() {
    const r = (await conn(`{ myServiceTickets(first: 100) { edges { node { id } } } }`, {}, app())) as { edges: { node: { id: string } }[] };
    expect(r.edges.map((e) => e.node.id)).not.toContain(b.ticket);
  },
  async roomBookings() {
    for (const as of [A(), app()]) {
      expect(await conn(`query($c: ID!, $f: DateTime!, $t: DateTime!) { roomBookings(communityId: $c, from: $f, to: $t) { totalCount edges { node { id } } } }`, { c: w.B.community.gid, f: new Date().toISOString(), t: later() }, as)).toEqual(empty);
    }
  },
  async serviceVisits() {
    expect(await conn(`query($c: ID!) { serviceVisits(communityId: $c) { totalCount edges { node { id } } } }`, { c: w.B.community.gid }, A())).toEqual(empty);
  },
  async holidayCalendar() {
    for (const n of [w.B.community.gid, other.district.gid]) {
      expect(gqlError(await kit.gql(`query($n: ID!) { holidayCalendar(nodeId: $n, year: 2026) { date } }`, { n }, A()))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
    }
  },
  async serviceReport() {
    for (const n of [w.B.community.gid, w.streetB.gid, other.district.gid]) {
      expect(gqlError(await kit.gql(`query($n: ID!) { serviceReport(nodeId: $n, month: "2026-11") { submitted } }`, { n }, A()))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });
    }
  },
  async serviceReportExcel() {
    expect(gqlError(await kit.gql(`query($n: ID!) { serviceReportExcel(nodeId: $n, month: "2026-11") { size } }`, { n: w.B.community.gid }, A()))).toMatchObject({ code: "NOT_FOUND" });
  },
};

const NOT_FOUND = "NOT_FOUND";
const writes: Record<ServiceMutation, () => Promise<unknown>> = {
  createServiceComplex: () => sk.refused("createServiceComplex", { input: { communityId: w.B.community.gid, name: "越权", address: "x" } }, A(), NOT_FOUND, "input.communityId"),
  updateServiceComplex: () => sk.refused("updateServiceComplex", { id: w.sB.complex.gid, input: { name: "越权" } }, A(), NOT_FOUND, "id"),
  createServiceRoom: () => sk.refused("createServiceRoom", { input: { complexId: w.sB.complex.gid, name: "越权", kind: "MEETING", capacity: 5 } }, A(), NOT_FOUND, "input.complexId"),
  updateServiceRoom: () => sk.refused("updateServiceRoom", { id: w.sB.rooms.meeting.gid, input: { active: false } }, A(), NOT_FOUND, "id"),
  createServiceWindow: () => sk.refused("createServiceWindow", { input: { complexId: w.sB.complex.gid, name: "越权", kind: "GENERAL" } }, A(), NOT_FOUND, "input.complexId"),
  updateServiceWindow: () => sk.refused("updateServiceWindow", { id: w.sB.windows.party.gid, input: { active: false } }, A(), NOT_FOUND, "id"),
  setServiceWindowClerks: () => sk.refused("setServiceWindowClerks", { id: w.sB.windows.party.gid, accountIds: [] }, A(), NOT_FOUND, "id"),
  createServiceItem: () =>
    sk.refused("createServiceItem", { input: { districtId: other.district.gid, name: "越权", category: "BASIC", windowKind: "GENERAL", timeLimitDays: 1 } }, A(), NOT_FOUND, "input.districtId"),
  updateServiceItem: () => sk.refused("updateServiceItem", { id: other.item, input: { timeLimitDays: 9 } }, A(), NOT_FOUND, "id"),
  adoptServiceItems: async () => {
    await sk.refused("adoptServiceItems", { input: { communityId: w.B.community.gid, itemIds: [w.templateIds[0]] } }, A(), NOT_FOUND, "input.communityId");
    await sk.refused("adoptServiceItems", { input: { communityId: w.A.community.gid, itemIds: [other.item] } }, A(), NOT_FOUND, "input.itemIds.0");
  },
  createCommunityServiceItem: () =>
    sk.refused("createCommunityServiceItem", { input: { communityId: w.B.community.gid, name: "越权", category: "BASIC", windowKind: "GENERAL", timeLimitDays: 1 } }, A(), NOT_FOUND, "input.communityId"),
  updateCommunityServiceItem: () => sk.refused("updateCommunityServiceItem", { id: b.ownItem, input: { active: false } }, A(), NOT_FOUND, "id"),
  importServiceCatalog: async () => {
    for (const nodeId of [w.B.community.gid, other.district.gid]) await sk.refused("importServiceCatalog", { input: { nodeId, contentBase64: "UEsDBA==" } }, A(), NOT_FOUND, "input.nodeId");
  },
  setHolidayCalendar: () => sk.refused("setHolidayCalendar", { input: { districtId: other.district.gid, year: 2026, days: [] } }, A(), NOT_FOUND, "input.districtId"),
  createServiceTicket: async () => {
    for (const as of [A(), app()]) await sk.refused("createServiceTicket", { input: { itemId: w.sB.items.T01, applicantName: "越权" } }, as, NOT_FOUND, "input.itemId");
  },
  acceptServiceTicket: () => sk.refused("acceptServiceTicket", { id: b.ticket }, A(), NOT_FOUND, "id"),
  returnServiceTicket: () => sk.refused("returnServiceTicket", { id: b.ticket, input: { materials: ["身份证"] } }, A(), NOT_FOUND, "id"),
  resubmitServiceTicket: async () => {
    for (const as of [A(), app()]) await sk.refused("resubmitServiceTicket", { id: b.ticket }, as, NOT_FOUND, "id");
  },
  transferServiceTicket: () => sk.refused("transferServiceTicket", { id: b.ticket, input: { department: "区民政局" } }, A(), NOT_FOUND, "id"),
  recordServiceTicketTransferReply: () => sk.refused("recordServiceTicketTransferReply", { id: b.ticket, input: { reply: "x" } }, A(), NOT_FOUND, "id"),
  completeServiceTicket: () => sk.refused("completeServiceTicket", { id: b.ticket }, A(), NOT_FOUND, "id"),
  rejectServiceTicket: () => sk.refused("rejectServiceTicket", { id: b.ticket, input: { reason: "越权" } }, A(), NOT_FOUND, "id"),
  assignServiceTicket: () => sk.refused("assignServiceTicket", { id: b.ticket, input: { assigneeId: w.staffA.gid } }, A(), NOT_FOUND, "id"),
  rateServiceTicket: async () => {
    for (const as of [A(), app()]) await sk.refused("rateServiceTicket", { id: b.ticket, input: { rating: 1 } }, as, NOT_FOUND, "id");
  },
  createRoomBooking: async () => {
    for (const as of [A(), app()]) await sk.refused("createRoomBooking", { input: { roomId: w.sB.rooms.activity.gid, startsAt: soon(), endsAt: soonPlusHour(), purpose: "越权" } }, as, NOT_FOUND, "input.roomId");
  },
  cancelRoomBooking: async () => {
    for (const as of [A(), app()]) await sk.refused("cancelRoomBooking", { id: b.booking }, as, NOT_FOUND, "id");
  },
  recordServiceVisit: () =>
    sk.refused("recordServiceVisit", { input: { communityId: w.B.community.gid, kind: "VISIT", channel: "PHONE", visitorName: "越权", topic: "x", content: "x" } }, A(), NOT_FOUND, "input.communityId"),
  answerServiceVisit: () => sk.refused("answerServiceVisit", { id: b.visit, input: { answer: "越权" } }, A(), NOT_FOUND, "id"),
  closeServiceVisit: () => sk.refused("closeServiceVisit", { id: b.visit }, A(), NOT_FOUND, "id"),
  turnServiceVisitIntoTopic: () => sk.refused("turnServiceVisitIntoTopic", { id: b.visit, input: { category: "OTHER" } }, A(), NOT_FOUND, "id"),
};

describe("tenancy of the service complex", () => {
  it("covers every service-complex Query and Mutation field of the schema", async () => {
    const fields = await rootFields(kit);
    expect(Object.keys(reads).sort()).toEqual(fields.query.filter((f) => MINE.test(f)));
    expect(Object.keys(writes).sort()).toEqual(fields.mutation.filter((f) => MINE.test(f)));
    expect(Object.keys(S).sort()).toEqual(Object.keys(writes).sort());
  });
  for (const [field, check] of Object.entries(reads)) it(`Query.${field} shows nothing of B`, check);
  for (const [field, check] of Object.entries(writes)) it(`Mutation.${field} changes nothing of B`, async () => void (await check()));

  it("node(id:) shows none of B's service rows", async () => {
    const pairs: [string, string][] = [
      [w.sA.complex.gid, w.sB.complex.gid],
      [w.sA.rooms.meeting.gid, w.sB.rooms.meeting.gid],
      [w.sA.windows.party.gid, w.sB.windows.party.gid],
      [w.sA.items.T01, w.sB.items.T01],
      [w.templateIds[0]!, other.item],
    ];
    for (const [own, theirs] of [...pairs, [w.sA.items.T02, b.ticket], [w.sA.items.T03, b.booking], [w.sA.items.T01, b.visit]] as [string, string][]) {
      const r = await kit.gql(`query($a: ID!, $b: ID!) { own: node(id: $a) { id } other: node(id: $b) { id } }`, { a: own, b: theirs }, A());
      expect(r.errors, theirs).toBeUndefined();
      expect(r.data, theirs).toEqual({ own: { id: own }, other: null });
    }
    const c = await kit.gql(`query($c: ID!) { node(id: $c) { ... on Community { serviceComplex { id } } } }`, { c: w.B.community.gid }, A());
    expect(c.data.node).toBeNull();
  });
});
