// Meetings, agenda, minutes, resolutions and escalations through the API: the meeting's state
// machine, the agenda returning topics to where they were, no resolution without a passed vote or
// a quorate meeting, forward-only implementation, and the street's reply. Refusals change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type TestKit } from "./testkit.js";
import { dayFrom, dbIdOf, deliberation, gidOf, hoursFrom } from "./deliberation.kit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
type World = Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let w: World;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 0 });
});
afterAll(async () => {
  await kit?.close();
});

const itemOf = async (topicId: string) => gidOf("AgendaItem", (await kit.prisma.agendaItem.findFirstOrThrow({ where: { topicId: dbIdOf(topicId), removedAt: null } })).id);
const statusOf = async (topicId: string) => (await kit.prisma.topic.findUniqueOrThrow({ where: { id: dbIdOf(topicId) } })).status;
const later = (title = "议事会") => ({ committeeId: w.committee.id, title, startsAt: hoursFrom(48), endsAt: hoursFrom(50), mode: "IN_PERSON", place: "议事厅" });

describe("meetings", () => {
  it("scheduling checks time order and place", async () => {
    await d.refused("scheduleMeeting", { input: { ...later(), endsAt: hoursFrom(47) } }, w.admin, "INVALID", "input.endsAt");
    await d.refused("scheduleMeeting", { input: { ...later(), place: null } }, w.admin, "REQUIRED", "input.place");
    await d.refused("scheduleMeeting", { input: { ...later(), title: "" } }, w.admin, "REQUIRED", "input.title");
    const online = await d.ok("scheduleMeeting", { input: { ...later("线上协商会"), mode: "ONLINE", place: null, onlineUrl: "https://meeting.example.cn/r/123" } }, w.admin);
    await d.refused("updateMeeting", { id: online.id, input: { mode: "IN_PERSON" } }, w.admin, "REQUIRED", "input.place");
    expect((await d.ok("updateMeeting", { id: online.id, input: { mode: "IN_PERSON", place: "村委会二楼" } }, w.admin)).place).toBe("村委会二楼");
  });

  it("SCHEDULED → IN_PROGRESS → CLOSED in order; minutes during or after; no close with a vote open", async () => {
    const topic = await d.acceptedTopic(w, "路灯");
    const meeting = await d.ok("scheduleMeeting", { input: { ...later(), topicIds: [topic.id] } }, w.admin);
    await d.refused("closeMeeting", { id: meeting.id }, w.admin, "CONFLICT", "id");
    await d.refused("recordMinutes", { id: meeting.id, minutes: "纪要" }, w.admin, "CONFLICT", "id");
    await d.ok("recordAttendance", { meetingId: meeting.id, entries: w.members.map((m) => ({ attendeeId: m.id, status: "PRESENT" })) }, w.admin);
    await d.ok("startMeeting", { id: meeting.id }, w.admin);
    await d.refused("startMeeting", { id: meeting.id }, w.admin, "CONFLICT", "id");
    await d.refused("updateMeeting", { id: meeting.id, input: { title: "改名" } }, w.admin, "CONFLICT", "id");
    await d.refused("cancelMeeting", { id: meeting.id, input: { reason: "改期" } }, w.admin, "CONFLICT", "id");
    await d.refused("recordMinutes", { id: meeting.id, minutes: " " }, w.admin, "REQUIRED", "minutes");
    await d.ok("recordMinutes", { id: meeting.id, minutes: "会议记录（初稿）" }, w.admin);
    const vote = await d.ok("openVote", { input: { agendaItemId: await itemOf(topic.id) } }, w.admin);
    const e = await d.refused("closeMeeting", { id: meeting.id }, w.admin, "CONFLICT", "id");
    expect(e.message).toContain("close the open vote first");
    await d.ok("closeVote", { id: vote.id }, w.admin);
    const closed = await d.ok("closeMeeting", { id: meeting.id, input: { minutes: "会议记录（定稿）" } }, w.admin);
    expect(closed).toMatchObject({ status: "CLOSED", minutes: "会议记录（定稿）" });
    await d.refused("recordAttendance", { meetingId: meeting.id, entries: [{ attendeeId: w.members[0]!.id, status: "ABSENT" }] }, w.admin, "CONFLICT", "meetingId");
    await d.refused("addAgendaItem", { input: { meetingId: meeting.id, topicId: (await d.acceptedTopic(w, "晚到的议题")).id } }, w.admin, "CONFLICT", "input.meetingId");
  });

  it("the agenda: reorder, remove (the topic returns), cancel (all return); a topic sits on one agenda at a time", async () => {
    const t1 = await d.acceptedTopic(w, "议题一");
    const t2 = await d.acceptedTopic(w, "议题二");
    const meeting = await d.ok("scheduleMeeting", { input: { ...later(), topicIds: [t1.id, t2.id] } }, w.admin);
    const [i1, i2] = meeting.agenda.map((a: { id: string }) => a.id);
    const other = await d.ok("scheduleMeeting", { input: later("另一次会议") }, w.admin);
    await d.refused("addAgendaItem", { input: { meetingId: other.id, topicId: t1.id } }, w.admin, "CONFLICT", "input.topicId");
    await d.refused("reorderAgenda", { meetingId: meeting.id, itemIds: [i2] }, w.admin, "INVALID", "itemIds");
    const reordered = await d.ok("reorderAgenda", { meetingId: meeting.id, itemIds: [i2, i1] }, w.admin);
    expect(reordered.agenda.map((a: { topic: { id: string } }) => a.topic.id)).toEqual([t2.id, t1.id]);
    const removed = await d.ok("removeAgendaItem", { id: i1 }, w.admin);
    expect(removed.agenda).toHaveLength(1);
    expect(await statusOf(t1.id)).toBe("ACCEPTED");
    await d.refused("removeAgendaItem", { id: i1 }, w.admin, "CONFLICT", "id");
    await d.refused("cancelMeeting", { id: meeting.id, input: { reason: "" } }, w.admin, "REQUIRED", "input.reason");
    const cancelled = await d.ok("cancelMeeting", { id: meeting.id, input: { reason: "台风预警，会议改期" } }, w.admin);
    expect(cancelled).toMatchObject({ status: "CANCELLED", cancelReason: "台风预警，会议改期" });
    expect(await statusOf(t2.id)).toBe("ACCEPTED");
  });

  it("a topic is deliberated over several meetings: closing a meeting without a vote marks it DELIBERATED, the next meeting schedules it again", async () => {
    const topic = await d.acceptedTopic(w, "多次协商的议题");
    const first = await d.meetingInProgress(w, [topic.id], 6);
    await d.ok("closeMeeting", { id: first.id }, w.admin);
    expect(await statusOf(topic.id)).toBe("DELIBERATED");
    const second = await d.meetingInProgress(w, [topic.id], 6);
    expect(second.agenda[0].topic.status).toBe("SCHEDULED");
    await d.ok("removeAgendaItem", { id: second.agenda[0].id }, w.admin);
    expect(await statusOf(topic.id)).toBe("DELIBERATED");
  });
});

describe("resolutions", () => {
  it("rest on a passed vote or a quorate meeting, never on a rejected vote, a meeting without quorum, or nothing", async () => {
    const accepted = await d.acceptedTopic(w, "未协商的议题");
    await d.refused("createResolution", { input: { topicId: accepted.id, text: "决议", ownerName: "张三" } }, w.admin, "CONFLICT", "input.topicId");

    const topic = await d.acceptedTopic(w, "被否决后再议");
    const meeting = await d.meetingInProgress(w, [topic.id], 7);
    const vote = await d.ok("openVote", { input: { agendaItemId: await itemOf(topic.id) } }, w.admin);
    await d.ok("castBallot", { input: { voteId: vote.id, voterId: w.members[0]!.id, choice: "FOR" } }, w.admin);
    await d.ok("closeVote", { id: vote.id }, w.admin);
    const base = { topicId: topic.id, text: "按方案实施", ownerName: "村委会" };
    await d.refused("createResolution", { input: base }, w.admin, "REQUIRED", "input.voteId");
    const rejected = await d.refused("createResolution", { input: { ...base, voteId: vote.id } }, w.admin, "CONFLICT", "input.voteId");
    expect(rejected.message).toContain("did not pass");

    const thin = await d.meetingInProgress(w, [(await d.acceptedTopic(w, "出席不足")).id], 3);
    const thinTopic = thin.agenda[0].topic.id;
    await d.ok("closeMeeting", { id: thin.id }, w.admin);
    const noQuorum = await d.refused("createResolution", { input: { ...base, topicId: thinTopic, meetingId: thin.id } }, w.admin, "CONFLICT", "input.meetingId");
    expect(noQuorum.message).toContain("no quorum");

    // The quorate meeting that deliberated the topic can resolve it by consensus.
    await d.refused("createResolution", { input: { ...base, meetingId: meeting.id, text: "" } }, w.admin, "REQUIRED", "input.text");
    const r = await d.ok("createResolution", { input: { ...base, meetingId: meeting.id, dueOn: dayFrom(30) } }, w.admin);
    expect(r).toMatchObject({ status: "PLANNED", ownerName: "村委会", topic: { status: "RESOLVED" } });
  });

  it("implementation moves forward only; DONE takes no more updates; the topic is DONE when all its resolutions are", async () => {
    const topic = await d.acceptedTopic(w, "两项决议的议题");
    const meeting = await d.meetingInProgress(w, [topic.id], 7);
    const base = { topicId: topic.id, meetingId: meeting.id, ownerName: "村委会" };
    await d.ok("closeMeeting", { id: meeting.id }, w.admin);
    const r1 = await d.ok("createResolution", { input: { ...base, text: "第一项" } }, w.admin);
    const r2 = await d.ok("createResolution", { input: { ...base, text: "第二项" } }, w.admin);
    await d.ok("addResolutionUpdate", { input: { resolutionId: r1.id, status: "IN_PROGRESS", note: "已开工" } }, w.staff);
    await d.refused("addResolutionUpdate", { input: { resolutionId: r1.id, status: "PLANNED", note: "退回" } }, w.staff, "CONFLICT", "input.status");
    await d.refused("addResolutionUpdate", { input: { resolutionId: r1.id, note: "" } }, w.staff, "REQUIRED", "input.note");
    expect((await d.ok("addResolutionUpdate", { input: { resolutionId: r1.id, status: "DONE", note: "完成" } }, w.staff)).topic.status).toBe("RESOLVED");
    await d.refused("addResolutionUpdate", { input: { resolutionId: r1.id, note: "补充说明" } }, w.staff, "CONFLICT", "input.resolutionId");
    const last = await d.ok("addResolutionUpdate", { input: { resolutionId: r2.id, status: "DONE", note: "完成" } }, w.staff);
    expect(last.topic.status).toBe("DONE");
    const overdue = await kit.gql(`query($c: ID!) { resolutions(communityId: $c, status: [DONE], search: "第") { totalCount } }`, { c: w.community.gid }, w.admin);
    expect(overdue.data.resolutions.totalCount).toBe(2);
  });

  it("escalation: a deliberated topic goes to the street, its reply is recorded once, a resolution may follow", async () => {
    const topic = await d.acceptedTopic(w, "跨村道路修缮");
    const meeting = await d.meetingInProgress(w, [topic.id], 7);
    await d.refused("escalateTopic", { input: { topicId: topic.id, addressedTo: "礼乐街道办事处", text: "建议" } }, w.admin, "CONFLICT", "input.topicId");
    await d.ok("closeMeeting", { id: meeting.id }, w.admin);
    const esc = await d.ok("escalateTopic", { input: { topicId: topic.id, meetingId: meeting.id, addressedTo: "礼乐街道办事处", text: "该道路跨两村，建议街道统筹修缮。" } }, w.admin);
    expect(esc.topic.status).toBe("ESCALATED");
    await d.refused("recordEscalationReply", { id: esc.id, input: { replyText: "", repliedOn: dayFrom(0) } }, w.admin, "REQUIRED", "input.replyText");
    await d.ok("recordEscalationReply", { id: esc.id, input: { replyText: "已列入街道年度道路修缮计划。", repliedOn: dayFrom(0) } }, w.admin);
    await d.refused("recordEscalationReply", { id: esc.id, input: { replyText: "再次答复", repliedOn: dayFrom(0) } }, w.admin, "CONFLICT", "id");
    const r = await d.ok("createResolution", { input: { topicId: topic.id, meetingId: meeting.id, text: "配合街道施工，做好村民解释工作。", ownerName: "村委会" } }, w.admin);
    expect(r.topic.status).toBe("RESOLVED");
  });
});
