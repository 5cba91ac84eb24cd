// Shared setup for the service-complex integration tests (tests/api/service*.test.ts): two tenants
// with a complex each (windows, rooms), a small district template adopted by every community, a
// clerk, and a residents' app acting for A's resident. Documents for every service mutation.
import { createRequire } from "node:module";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { expect } from "vitest";
import { mutationDoc, userError, type As, type TestKit } from "./testkit.js";

const input = (field: string, type: string, select: string) => mutationDoc(field, `$input: ${type}!`, "input: $input", select);
const idInput = (field: string, type: string, select: string, optional = false) =>
  mutationDoc(field, `$id: ID!, $input: ${type}${optional ? "" : "!"}`, "id: $id, input: $input", select);
const TICKET = "id number status channel dueDate dueAt closedAt rating returnedMaterials transferDepartment transferReply rejectReason itemName window { id } resident { id } allowedSteps";

/** One document per service-complex mutation. */
export const S = {
  createServiceComplex: input("createServiceComplex", "CreateServiceComplexInput", "id name openingHours { weekday opens closes }"),
  updateServiceComplex: idInput("updateServiceComplex", "UpdateServiceComplexInput", "id name hoursNote openingHours { weekday opens closes }"),
  createServiceRoom: input("createServiceRoom", "CreateServiceRoomInput", "id name capacity bookableByResidents"),
  updateServiceRoom: idInput("updateServiceRoom", "UpdateServiceRoomInput", "id name active allowedSteps"),
  createServiceWindow: input("createServiceWindow", "CreateServiceWindowInput", "id name kind"),
  updateServiceWindow: idInput("updateServiceWindow", "UpdateServiceWindowInput", "id name active allowedSteps"),
  setServiceWindowClerks: mutationDoc("setServiceWindowClerks", "$id: ID!, $accountIds: [ID!]!", "id: $id, accountIds: $accountIds", "id clerkNames clerks { id }"),
  createServiceItem: input("createServiceItem", "CreateServiceItemInput", "id name timeLimitDays"),
  updateServiceItem: idInput("updateServiceItem", "UpdateServiceItemInput", "id name timeLimitDays active allowedSteps"),
  adoptServiceItems: input("adoptServiceItems", "AdoptServiceItemsInput", "id name template { id }"),
  createCommunityServiceItem: input("createCommunityServiceItem", "CreateCommunityServiceItemInput", "id name isOwn"),
  updateCommunityServiceItem: idInput("updateCommunityServiceItem", "UpdateCommunityServiceItemInput", "id name timeLimitDays materials overriddenFields active allowedSteps"),
  importServiceCatalog: input("importServiceCatalog", "ImportServiceCatalogInput", "created updated unchanged"),
  setHolidayCalendar: input("setHolidayCalendar", "SetHolidayCalendarInput", "date isWorkday name"),
  createServiceTicket: input("createServiceTicket", "CreateServiceTicketInput", TICKET),
  acceptServiceTicket: idInput("acceptServiceTicket", "ServiceTicketNoteInput", TICKET, true),
  returnServiceTicket: idInput("returnServiceTicket", "ReturnServiceTicketInput", TICKET),
  resubmitServiceTicket: idInput("resubmitServiceTicket", "ServiceTicketNoteInput", TICKET, true),
  transferServiceTicket: idInput("transferServiceTicket", "TransferServiceTicketInput", TICKET),
  recordServiceTicketTransferReply: idInput("recordServiceTicketTransferReply", "ServiceTicketTransferReplyInput", TICKET),
  completeServiceTicket: idInput("completeServiceTicket", "CompleteServiceTicketInput", TICKET, true),
  rejectServiceTicket: idInput("rejectServiceTicket", "RejectServiceTicketInput", TICKET),
  assignServiceTicket: idInput("assignServiceTicket", "AssignServiceTicketInput", `${TICKET} assignee { id } assigneeName`),
  rateServiceTicket: idInput("rateServiceTicket", "RateServiceTicketInput", `${TICKET} ratingComment`),
  createRoomBooking: input("createRoomBooking", "CreateRoomBookingInput", "id startsAt endsAt status bookerName purpose room { id }"),
  cancelRoomBooking: idInput("cancelRoomBooking", "CancelRoomBookingInput", "id status cancelledAt", true),
  recordServiceVisit: input("recordServiceVisit", "RecordServiceVisitInput", "id status answer"),
  answerServiceVisit: idInput("answerServiceVisit", "AnswerServiceVisitInput", "id status answer"),
  closeServiceVisit: idInput("closeServiceVisit", "CloseServiceVisitInput", "id status closedAt", true),
  turnServiceVisitIntoTopic: idInput("turnServiceVisitIntoTopic", "TurnServiceVisitIntoTopicInput", "id status answer deliberationTopic { id title description category source status proposerName }"),
} as const;
export type ServiceMutation = keyof typeof S;

/** exceljs is the API's dependency: load it from there to read and write workbooks in tests. */
export const ExcelJS = createRequire(new URL("../../packages/api/package.json", import.meta.url))("exceljs") as { Workbook: new () => any };

export const TEMPLATE = [
  { code: "T01", name: "居住证明开具", category: "BASIC", windowKind: "PARTY_SERVICE", materials: ["身份证", "户口簿"], timeLimitDays: 1, onlineAllowed: true, proxyAllowed: true },
  { code: "T02", name: "最低生活保障申请受理", category: "BASIC", windowKind: "CIVIL_AFFAIRS", materials: ["申请书", "身份证", "家庭收入证明"], timeLimitDays: 5, onlineAllowed: false, proxyAllowed: true },
  { code: "T03", name: "老年人优待证办理", category: "CONVENIENCE", windowKind: "GENERAL", materials: ["身份证", "一寸照片"], timeLimitDays: 3, onlineAllowed: true, proxyAllowed: false },
] as const;

export const CLIENT_ACTIONS = ["service:read", "ticket:read", "ticket:create", "ticket:rate", "room:book", "resident:actAs"];

const withGids = <K extends string>(type: string, rows: Record<K, { id: string }>) =>
  Object.fromEntries(Object.entries<{ id: string }>(rows).map(([k, v]) => [k, { id: v.id, gid: toGlobalId(type, v.id) }])) as Record<K, { id: string; gid: string }>;

type Place = { id: string; gid: string; path: string; kind: "community" };

export async function serviceWorld(kit: TestKit) {
  const w = await kit.seed.tenants();
  const templateIds: string[] = [];
  for (const t of TEMPLATE) templateIds.push((await kit.prisma.serviceItem.create({ data: { ...t, materials: [...t.materials], regionId: w.district.id } })).id);
  async function complexOf(c: Place) {
    const complex = await kit.prisma.serviceComplex.create({
      data: { communityId: c.id, name: "党群服务中心", address: "幸福路1号", openingHours: [{ weekday: 1, opens: "08:30", closes: "17:30" }] },
    });
    const window = async (name: string, kind: string, number: string) =>
      kit.prisma.serviceWindow.create({ data: { communityId: c.id, complexId: complex.id, name, kind: kind as "GENERAL", number } });
    const windows = {
      party: await window("党群服务窗口", "PARTY_SERVICE", "1"),
      civil: await window("民政救助窗口", "CIVIL_AFFAIRS", "2"),
      general: await window("综合受理窗口", "GENERAL", "3"),
    };
    const room = async (name: string, bookableByResidents: boolean) =>
      kit.prisma.serviceRoom.create({ data: { communityId: c.id, complexId: complex.id, name, kind: "MEETING", capacity: 20, bookableByResidents } });
    const rooms = { meeting: await room("会议室", false), activity: await room("活动室", true) };
    const items: Record<string, string> = {};
    for (const [i, templateItemId] of templateIds.entries()) {
      const ci = await kit.prisma.communityServiceItem.create({ data: { communityId: c.id, templateItemId } });
      items[TEMPLATE[i]!.code] = toGlobalId("CommunityServiceItem", ci.id);
    }
    return {
      complex: { ...complex, gid: toGlobalId("ServiceComplex", complex.id) },
      windows: withGids("ServiceWindow", windows),
      rooms: withGids("ServiceRoom", rooms),
      items: items as Record<(typeof TEMPLATE)[number]["code"], string>,
    };
  }
  const sA = await complexOf(w.A.community);
  const sA2 = await complexOf(w.A2.community);
  const sB = await complexOf(w.B.community);
  const staffA = await kit.seed.account("STAFF", w.A.community);
  const staffB = await kit.seed.account("STAFF", w.B.community);
  const app = await kit.seed.apiClient([w.A.community.id], CLIENT_ACTIONS, w.A.admin.id);
  // The first request records lastUsedAt; later refusals then compare the database equal.
  await kit.gql(`{ viewer { kind } }`, {}, app);
  const appFor = (residentGid: string): As => ({ headers: { ...app.headers, "x-act-as-resident": residentGid } });
  return { ...w, sA, sA2, sB, staffA, staffB, app, appFor, templateIds: templateIds.map((id) => toGlobalId("ServiceItem", id)) };
}
export type ServiceWorld = Awaited<ReturnType<typeof serviceWorld>>;

export function serviceKit(kit: TestKit) {
  const run = (m: ServiceMutation, vars: Record<string, unknown>, as?: As) => kit.gql(S[m], vars, as);
  /** Expect success; returns data. */
  async function ok<T = any>(m: ServiceMutation, vars: Record<string, unknown>, as?: As): Promise<T> {
    const r = await run(m, vars, as);
    if (r.errors) throw new Error(`${m}: ${JSON.stringify(r.errors)}`);
    const p = r.data[m];
    if (p.__typename === "UserError") throw new Error(`${m}: ${JSON.stringify(p)}`);
    return p.data as T;
  }
  /** Every table of this module plus the audit log, to prove a refusal changed nothing. */
  async function dump() {
    const byId = { orderBy: { id: "asc" as const } };
    const p = kit.prisma;
    return {
      base: await kit.dump(),
      complex: await p.serviceComplex.findMany(byId),
      rooms: await p.serviceRoom.findMany(byId),
      windows: await p.serviceWindow.findMany(byId),
      clerks: await p.serviceWindowClerk.findMany({ orderBy: [{ windowId: "asc" }, { accountId: "asc" }] }),
      items: await p.serviceItem.findMany(byId),
      catalog: await p.communityServiceItem.findMany(byId),
      holidays: await p.holidayCalendarDay.findMany(byId),
      tickets: await p.serviceTicket.findMany(byId),
      topics: await p.topic.findMany(byId),
      topicEvents: await p.topicEvent.findMany(byId),
      events: await p.serviceTicketEvent.findMany(byId),
      bookings: await p.roomBooking.findMany(byId),
      visits: await p.serviceVisit.findMany(byId),
    };
  }
  /** Refused with `code` on `field`, and nothing changed anywhere. */
  async function refused(m: ServiceMutation, vars: Record<string, unknown>, as: As | undefined, code: string, field: string | null) {
    const before = await dump();
    const err = userError(await run(m, vars, as), m);
    expect({ code: err.code, field: err.field }, err.message).toEqual({ code, field });
    expect(await dump()).toEqual(before);
    return err;
  }
  return { run, ok, refused, dump };
}
