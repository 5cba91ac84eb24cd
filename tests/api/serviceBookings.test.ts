// Room bookings (no double booking, even when requested at the same moment) and the visit and
// feedback ledger, through yoga.fetch.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceKit, serviceWorld, type ServiceWorld } from "./service-kit.js";
import { createTestKit, dbId, gqlError, type TestKit } from "./testkit.js";

let kit: TestKit;
let w: ServiceWorld;
let sk: ReturnType<typeof serviceKit>;

beforeAll(async () => {
  kit = await createTestKit();
  w = await serviceWorld(kit);
  sk = serviceKit(kit);
});
afterAll(async () => {
  await kit?.close();
});

const HOUR = 3_600_000;
/** A whole hour `days` days from now, plus `hours`. */
const at = (days: number, hours = 0) => new Date(Math.ceil(Date.now() / HOUR) * HOUR + days * 24 * HOUR + hours * HOUR).toISOString();
const book = (roomId: string, startsAt: string, endsAt: string, extra: Record<string, unknown> = {}) => ({ input: { roomId, startsAt, endsAt, purpose: "楼长例会", ...extra } });
const CAL = `query($c: ID!, $r: ID, $from: DateTime!, $to: DateTime!, $all: Boolean) { roomBookings(communityId: $c, roomId: $r, from: $from, to: $to, includeCancelled: $all) { totalCount edges { node { id startsAt endsAt status bookerName purpose isMine } } } }`;

describe("room bookings", () => {
  it("books a room, refuses an overlapping slot, and allows the adjacent one", async () => {
    const room = w.sA.rooms.meeting.gid;
    const b = await sk.ok("createRoomBooking", book(room, at(1, 0), at(1, 2), { attendees: 12 }), w.staffA);
    expect(b).toMatchObject({ status: "CONFIRMED", room: { id: room }, bookerName: expect.stringContaining("测试") });
    const err = await sk.refused("createRoomBooking", book(room, at(1, 1), at(1, 3)), w.staffA, "CONFLICT", "input.startsAt");
    expect(err.message).toContain("已被预约");
    await sk.refused("createRoomBooking", book(room, at(1, -1), at(1, 5)), w.staffA, "CONFLICT", "input.startsAt");
    const next = await sk.ok("createRoomBooking", book(room, at(1, 2), at(1, 3)), w.staffA);
    expect(next.startsAt).toBe(at(1, 2));
    // Another room at the same time is free.
    await sk.ok("createRoomBooking", book(w.sA.rooms.activity.gid, at(1, 0), at(1, 2)), w.staffA);

    const cal = await kit.gql(CAL, { c: w.A.community.gid, r: room, from: at(1, -2), to: at(1, 6) }, w.staffA);
    expect(cal.data.roomBookings.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([b.id, next.id]);
    expect(await kit.auditCount({ action: "room:book", targetId: dbId(b.id) })).toBe(1);
  });

  it("refuses bad input with typed errors, and nothing changes", async () => {
    const room = w.sA.rooms.meeting.gid;
    await sk.refused("createRoomBooking", book(room, at(2, 3), at(2, 1)), w.staffA, "INVALID", "input.endsAt");
    await sk.refused("createRoomBooking", book(room, at(2, 1), at(2, 1)), w.staffA, "INVALID", "input.endsAt");
    await sk.refused("createRoomBooking", book(room, at(2, 0), at(2, 13)), w.staffA, "INVALID", "input.endsAt");
    await sk.refused("createRoomBooking", book(room, at(-2, 0), at(-2, 1)), w.staffA, "INVALID", "input.startsAt");
    await sk.refused("createRoomBooking", book(room, at(2, 0), at(2, 1), { attendees: 21 }), w.staffA, "INVALID", "input.attendees");
    await sk.refused("createRoomBooking", book(room, at(2, 0), at(2, 1), { purpose: "" }), w.staffA, "REQUIRED", "input.purpose");
    await sk.refused("createRoomBooking", book(toGlobalId("ServiceRoom", crypto.randomUUID()), at(2, 0), at(2, 1)), w.staffA, "NOT_FOUND", "input.roomId");
    const off = await kit.prisma.serviceRoom.create({ data: { communityId: w.A.community.id, complexId: w.sA.complex.id, name: "停用室", kind: "OTHER", capacity: 5, active: false } });
    await sk.refused("createRoomBooking", book(toGlobalId("ServiceRoom", off.id), at(2, 0), at(2, 1)), w.staffA, "CONFLICT", "input.roomId");
    const cal = await kit.gql(CAL, { c: w.A.community.gid, from: at(2, 0), to: at(1, 0) }, w.staffA);
    expect(gqlError(cal)).toMatchObject({ code: "INVALID", field: "to" });
  });

  it("residents book rooms open to them through an app, see only their own bookings' details, and cancel only their own", async () => {
    const app = w.appFor(w.A.resident.gid);
    await sk.refused("createRoomBooking", book(w.sA.rooms.meeting.gid, at(3, 0), at(3, 1)), app, "FORBIDDEN", "input.roomId");
    const mine = await sk.ok("createRoomBooking", book(w.sA.rooms.activity.gid, at(3, 0), at(3, 2), { purpose: "亲子阅读" }), app);
    expect(mine.bookerName).toBe(w.A.resident.name);
    const staffs = await sk.ok("createRoomBooking", book(w.sA.rooms.activity.gid, at(3, 2), at(3, 3), { purpose: "党员学习" }), w.staffA);
    const cal = await kit.gql(CAL, { c: w.A.community.gid, r: w.sA.rooms.activity.gid, from: at(3, 0), to: at(3, 4) }, app);
    const nodes = cal.data.roomBookings.edges.map((e: { node: unknown }) => e.node);
    expect(nodes).toContainEqual(expect.objectContaining({ id: mine.id, purpose: "亲子阅读", isMine: true }));
    expect(nodes).toContainEqual(expect.objectContaining({ id: staffs.id, purpose: null, bookerName: null, isMine: false }));
    await sk.refused("cancelRoomBooking", { id: staffs.id }, app, "NOT_FOUND", "id");
    expect((await sk.ok("cancelRoomBooking", { id: mine.id, input: { reason: "改期" } }, app)).status).toBe("CANCELLED");
    await sk.refused("cancelRoomBooking", { id: mine.id }, app, "CONFLICT", "id");
    // The slot is free again; cancelled bookings show only when asked for.
    await sk.ok("createRoomBooking", book(w.sA.rooms.activity.gid, at(3, 0), at(3, 1)), w.staffA);
    const all = await kit.gql(CAL, { c: w.A.community.gid, r: w.sA.rooms.activity.gid, from: at(3, 0), to: at(3, 4), all: true }, w.staffA);
    expect(all.data.roomBookings.totalCount).toBe(3);
  });

  it("ten simultaneous requests for overlapping slots of one room: exactly one succeeds, the others get CONFLICT", async () => {
    const room = w.sA.rooms.meeting.gid;
    const staff = await Promise.all(Array.from({ length: 3 }, () => kit.seed.account("STAFF", w.A.community)));
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => sk.run("createRoomBooking", book(room, at(5, i % 3), at(5, 3 + (i % 2)), { purpose: `并发预约${i}` }), staff[i % 3])),
    );
    const kinds = results.map((r) => {
      expect(r.errors).toBeUndefined();
      return r.data.createRoomBooking.__typename === "UserError" ? r.data.createRoomBooking.code : "OK";
    });
    expect(kinds.filter((k) => k === "OK")).toHaveLength(1);
    expect(kinds.filter((k) => k === "CONFLICT")).toHaveLength(9);
    const rows = await kit.prisma.roomBooking.findMany({ where: { roomId: dbId(room), status: "CONFIRMED", startsAt: { gte: new Date(at(5, -1)) } } });
    expect(rows).toHaveLength(1);
    expect(await kit.auditCount({ action: "room:book", targetId: rows[0]!.id })).toBe(1);
  });

  it("tenancy: A's viewers neither see nor book nor cancel B's rooms", async () => {
    const bBooking = await sk.ok("createRoomBooking", book(w.sB.rooms.meeting.gid, at(6, 0), at(6, 1)), w.staffB);
    await sk.refused("createRoomBooking", book(w.sB.rooms.meeting.gid, at(6, 2), at(6, 3)), w.A.admin, "NOT_FOUND", "input.roomId");
    await sk.refused("cancelRoomBooking", { id: bBooking.id }, w.A.admin, "NOT_FOUND", "id");
    await sk.refused("createRoomBooking", book(w.sB.rooms.activity.gid, at(6, 2), at(6, 3)), w.appFor(w.A.resident.gid), "NOT_FOUND", "input.roomId");
    const cal = await kit.gql(CAL, { c: w.B.community.gid, from: at(6, 0), to: at(6, 4) }, w.A.admin);
    expect(cal.data.roomBookings).toEqual({ totalCount: 0, edges: [] });
    const node = await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: bBooking.id }, w.A.admin);
    expect(node.data.node).toBeNull();
    // An auditor may look at the calendar but not book.
    const auditor = await kit.seed.account("AUDITOR", w.A.community);
    await sk.refused("createRoomBooking", book(w.sA.rooms.meeting.gid, at(6, 0), at(6, 1)), auditor, "FORBIDDEN", "input.roomId");
  });
});

const VISITS = `query($c: ID!, $s: ServiceVisitStatus, $q: String) { serviceVisits(communityId: $c, status: $s, search: $q) { totalCount edges { node { id status topic answer resident { id } } } } }`;

describe("the visit and feedback ledger", () => {
  const entry = (extra: Record<string, unknown> = {}) => ({
    input: { communityId: w.A.community.gid, kind: "OPINION", channel: "IN_PERSON", visitorName: "王阿姨", topic: "小区路灯不亮", content: "3栋门口路灯坏了一周", ...extra },
  });

  it("records, answers and closes, in order", async () => {
    const v = await sk.ok("recordServiceVisit", entry({ residentId: w.A.resident.gid }), w.staffA);
    expect(v.status).toBe("OPEN");
    await sk.refused("closeServiceVisit", { id: v.id }, w.staffA, "CONFLICT", "id");
    await sk.refused("answerServiceVisit", { id: v.id, input: { answer: " " } }, w.staffA, "REQUIRED", "input.answer");
    expect(await sk.ok("answerServiceVisit", { id: v.id, input: { answer: "已联系物业，两日内修复" } }, w.staffA)).toMatchObject({ status: "ANSWERED" });
    await sk.refused("answerServiceVisit", { id: v.id, input: { answer: "再答一次" } }, w.staffA, "CONFLICT", "id");
    const closed = await sk.ok("closeServiceVisit", { id: v.id, input: { note: "已修复，居民满意" } }, w.staffA);
    expect(closed.status).toBe("CLOSED");
    await sk.refused("closeServiceVisit", { id: v.id }, w.staffA, "CONFLICT", "id");
    // Answered on the spot: recorded as ANSWERED.
    const quick = await sk.ok("recordServiceVisit", entry({ kind: "CONSULTATION", channel: "PHONE", topic: "社保缴费时间", answer: "每月1日至25日" }), w.staffA);
    expect(quick).toMatchObject({ status: "ANSWERED", answer: "每月1日至25日" });
    const list = await kit.gql(VISITS, { c: w.A.community.gid, s: "CLOSED", q: "路灯" }, w.staffA);
    expect(list.data.serviceVisits.edges).toEqual([{ node: { id: v.id, status: "CLOSED", topic: "小区路灯不亮", answer: "已联系物业，两日内修复", resident: { id: w.A.resident.gid } } }]);
    const audits = await kit.prisma.auditEntry.findMany({ where: { targetType: "ServiceVisit", targetId: dbId(v.id) } });
    expect(audits.map((a) => a.action)).toEqual(["visit:manage", "visit:manage", "visit:manage"]);
  });

  it("bad input, roles and tenancy", async () => {
    await sk.refused("recordServiceVisit", entry({ visitorName: "" }), w.staffA, "REQUIRED", "input.visitorName");
    await sk.refused("recordServiceVisit", entry({ visitedAt: at(3) }), w.staffA, "INVALID", "input.visitedAt");
    await sk.refused("recordServiceVisit", entry({ residentId: w.B.resident.gid }), w.staffA, "NOT_FOUND", "input.residentId");
    const auditor = await kit.seed.account("AUDITOR", w.A.community);
    const grid = await kit.seed.account("GRID_WORKER", w.A.community);
    await sk.refused("recordServiceVisit", entry(), auditor, "FORBIDDEN", "input.communityId");
    expect((await kit.gql(VISITS, { c: w.A.community.gid }, auditor)).data.serviceVisits.totalCount).toBeGreaterThan(0);
    expect((await kit.gql(VISITS, { c: w.A.community.gid }, grid)).data.serviceVisits).toEqual({ totalCount: 0, edges: [] });
    const b = await sk.ok("recordServiceVisit", { input: { ...entry().input, communityId: w.B.community.gid } }, w.staffB);
    await sk.refused("recordServiceVisit", { input: { ...entry().input, communityId: w.B.community.gid } }, w.A.admin, "NOT_FOUND", "input.communityId");
    await sk.refused("answerServiceVisit", { id: b.id, input: { answer: "越权" } }, w.A.admin, "NOT_FOUND", "id");
    await sk.refused("closeServiceVisit", { id: b.id }, w.A.admin, "NOT_FOUND", "id");
    expect((await kit.gql(VISITS, { c: w.B.community.gid }, w.A.admin)).data.serviceVisits).toEqual({ totalCount: 0, edges: [] });
    expect((await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: b.id }, w.A.admin)).data.node).toBeNull();
  });
  it("turns an opinion into a deliberation topic, once, in one transaction with its audit rows", async () => {
    const v = await sk.ok("recordServiceVisit", entry({ topic: "村口垃圾点太近", content: "垃圾收集点离住户太近，夏天有异味，希望挪到村口空地" }), w.staffA);
    // No deliberation committee yet: refused, and nothing changes.
    await sk.refused("turnServiceVisitIntoTopic", { id: v.id, input: { category: "ENVIRONMENT" } }, w.staffA, "CONFLICT", "id");
    await kit.prisma.committee.create({ data: { communityId: w.A.community.id, name: "议事委员会", cosignThreshold: 5 } });
    // Bad input and roles: typed errors, nothing changes.
    await sk.refused("turnServiceVisitIntoTopic", { id: v.id, input: { category: "ENVIRONMENT", title: "  " } }, w.staffA, "REQUIRED", "input.title");
    await sk.refused("turnServiceVisitIntoTopic", { id: v.id, input: { category: "ENVIRONMENT", title: "长".repeat(101) } }, w.staffA, "INVALID", "input.title");
    const auditor = await kit.seed.account("AUDITOR", w.A.community);
    await sk.refused("turnServiceVisitIntoTopic", { id: v.id, input: { category: "ENVIRONMENT" } }, auditor, "FORBIDDEN", "id");
    await sk.refused("turnServiceVisitIntoTopic", { id: v.id, input: { category: "ENVIRONMENT" } }, w.appFor(w.A.resident.gid), "NOT_FOUND", "id"); // the app may not read the ledger at all

    const turned = await sk.ok("turnServiceVisitIntoTopic", { id: v.id, input: { category: "ENVIRONMENT" } }, w.staffA);
    // A staff proposal (ready for review), titled and described from the entry; the entry is answered with the referral.
    expect(turned).toMatchObject({
      id: v.id,
      status: "ANSWERED",
      answer: "已转为议事委员会议题「村口垃圾点太近」",
      deliberationTopic: { title: "村口垃圾点太近", description: "垃圾收集点离住户太近，夏天有异味，希望挪到村口空地", category: "ENVIRONMENT", source: "STAFF", status: "SUBMITTED" },
    });
    const topicId = turned.deliberationTopic.id;
    const back = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Topic { readyForReview serviceVisit { id visitorName } } } }`, { id: topicId }, w.staffA);
    expect(back.data.node).toEqual({ readyForReview: true, serviceVisit: { id: v.id, visitorName: "王阿姨" } });
    // Once per entry.
    await sk.refused("turnServiceVisitIntoTopic", { id: v.id, input: { category: "OTHER", title: "再转一次" } }, w.staffA, "CONFLICT", "id");
    const audits = await kit.prisma.auditEntry.findMany({ where: { OR: [{ targetId: dbId(v.id) }, { targetId: dbId(topicId) }] }, orderBy: { id: "asc" } });
    expect(audits.map((a) => `${a.targetType}:${a.action}`)).toEqual(["ServiceVisit:visit:manage", "Topic:topic:propose", "ServiceVisit:visit:manage"]);

    // An answered entry keeps its own answer; title and description may be rewritten for the committee.
    const answered = await sk.ok("recordServiceVisit", entry({ kind: "COMPLAINT", topic: "广场舞噪音", answer: "已转告舞蹈队" }), w.staffA);
    const second = await sk.ok("turnServiceVisitIntoTopic", { id: answered.id, input: { category: "DISPUTES", title: "广场舞时间和音量约定", description: "协商广场舞的时段和音量" } }, w.staffA);
    expect(second).toMatchObject({ status: "ANSWERED", answer: "已转告舞蹈队", deliberationTopic: { title: "广场舞时间和音量约定", description: "协商广场舞的时段和音量", category: "DISPUTES" } });
    // The topic's way back to the ledger is only for those who may read the ledger.
    const grid = await kit.seed.account("GRID_WORKER", w.A.community);
    const hidden = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Topic { title serviceVisit { id } } } }`, { id: second.deliberationTopic.id }, grid);
    expect(hidden.data.node).toEqual({ title: "广场舞时间和音量约定", serviceVisit: null });
  });
});
