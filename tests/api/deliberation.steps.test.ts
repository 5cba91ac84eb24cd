// allowedSteps through the API: each row answers the steps its state allows AND the viewer's grants
// hold (roles × states), and the mutations refuse what allowedSteps leaves out.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type As, type TestKit } from "./testkit.js";
import { dbIdOf, deliberation, gidOf, hoursFrom } from "./deliberation.kit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
type World = Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let w: World;
let grid: As;
let auditor: As;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 2 });
  grid = await kit.seed.account("GRID_WORKER", w.community);
  auditor = await kit.seed.account("AUDITOR", w.community);
});
afterAll(async () => {
  await kit?.close();
});

const TYPES = ["Topic", "Meeting", "AgendaItem", "Vote", "Resolution", "Escalation", "CharterVersion", "Notice", "NoticeObjection"];
// One alias per type: the step enums differ, so the fields may not share a response name.
const STEPS = `query Steps($id: ID!) { node(id: $id) { ${TYPES.map((t) => `... on ${t} { ${t}: allowedSteps }`).join(" ")} } }`;
async function steps(id: string, as: As): Promise<string[]> {
  const r = await kit.gql<{ node: Record<string, string[]> | null }>(STEPS, { id }, as);
  expect(r.errors).toBeUndefined();
  const found = Object.values(r.data!.node!);
  expect(found).toHaveLength(1);
  return found[0]!;
}
const itemOf = async (topicId: string) => gidOf("AgendaItem", (await kit.prisma.agendaItem.findFirstOrThrow({ where: { topicId: dbIdOf(topicId), removedAt: null } })).id);

describe("Topic.allowedSteps", () => {
  it("a resident's topic waiting for co-signatures: declined but not accepted; apps co-sign for other residents only", async () => {
    const topic = await d.ok("proposeTopic", { input: { communityId: w.community.gid, title: "垃圾分类点", description: "新增垃圾分类投放点。", category: "ENVIRONMENT" } }, w.asResident(10));
    expect(await steps(topic.id, w.admin)).toEqual(["DECLINE"]);
    expect(await steps(topic.id, w.staff)).toEqual(["DECLINE"]);
    expect(await steps(topic.id, grid)).toEqual([]);
    expect(await steps(topic.id, auditor)).toEqual([]);
    expect(await steps(topic.id, w.asResident(11))).toEqual(["COSIGN"]);
    expect(await steps(topic.id, w.asResident(10))).toEqual([]);
    // Left out, refused.
    await d.refused("acceptTopic", { id: topic.id }, w.admin, "CONFLICT", "id");
    await d.refused("acceptTopic", { id: topic.id }, grid, "FORBIDDEN", "id");
    await d.refused("cosignTopic", { id: topic.id }, w.asResident(10), "CONFLICT", "id");
    await d.refused("cosignTopic", { id: topic.id }, w.admin, "FORBIDDEN", null);

    await d.ok("cosignTopic", { id: topic.id }, w.asResident(11));
    await d.ok("cosignTopic", { id: topic.id }, w.asResident(12));
    expect(await steps(topic.id, w.staff)).toEqual(["ACCEPT", "DECLINE"]);
    await d.ok("acceptTopic", { id: topic.id }, w.staff);
    expect(await steps(topic.id, w.admin)).toEqual(["SCHEDULE", "INVITE_STAKEHOLDER", "PUBLISH_PROPOSAL"]);
    expect(await steps(topic.id, grid)).toEqual([]);
    expect(await steps(topic.id, w.asResident(13))).toEqual([]);
    await d.refused("acceptTopic", { id: topic.id }, w.admin, "CONFLICT", "id");
    await d.refused("cosignTopic", { id: topic.id }, w.asResident(13), "CONFLICT", "id");
    await d.refused("publishTopicStage", { input: { topicId: topic.id, stage: "DELIBERATION" } }, w.admin, "CONFLICT", "input.stage");
    await d.refused("escalateTopic", { input: { topicId: topic.id, addressedTo: "街道办", text: "建议" } }, w.admin, "CONFLICT", "input.topicId");
  });

  it("a SCHEDULED topic is no longer reviewed (acceptTopic used to take it off its agenda without the agenda knowing)", async () => {
    const topic = await d.acceptedTopic(w, "村道硬化");
    const meeting = await d.ok(
      "scheduleMeeting",
      { input: { committeeId: w.committee.id, title: "议事会", startsAt: hoursFrom(48), endsAt: hoursFrom(50), mode: "IN_PERSON", place: "议事厅", topicIds: [topic.id] } },
      w.admin,
    );
    expect(await steps(topic.id, w.admin)).toEqual(["INVITE_STAKEHOLDER", "PUBLISH_PROPOSAL"]);
    // topics(allowedStep:) lists what the same rule and the viewer's grant allow.
    const schedulable = async (as: As) =>
      (await kit.gql(`query($c: ID!) { topics(communityId: $c, allowedStep: SCHEDULE, first: 100) { edges { node { id allowedSteps } } } }`, { c: w.community.gid }, as)).data.topics.edges.map((e: { node: { id: string; allowedSteps: string[] } }) => e.node);
    const listed = await schedulable(w.admin);
    expect(listed.map((n: { id: string }) => n.id)).not.toContain(topic.id);
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.every((n: { allowedSteps: string[] }) => n.allowedSteps.includes("SCHEDULE"))).toBe(true);
    const all = (await kit.gql(`query($c: ID!) { topics(communityId: $c, first: 100) { edges { node { id allowedSteps } } } }`, { c: w.community.gid }, w.admin)).data.topics.edges;
    expect(listed.length).toBe(all.filter((e: { node: { allowedSteps: string[] } }) => e.node.allowedSteps.includes("SCHEDULE")).length);
    expect(await schedulable(grid)).toEqual([]);
    const e = await d.refused("acceptTopic", { id: topic.id }, w.admin, "CONFLICT", "id");
    expect(e.message).toContain("SCHEDULED topic cannot become ACCEPTED");
    await d.refused("declineTopic", { id: topic.id, input: { clauseId: w.mustNot.id, reason: "不议" } }, w.admin, "CONFLICT", "id");
    await d.refused("addAgendaItem", { input: { meetingId: meeting.id, topicId: topic.id } }, w.admin, "CONFLICT", "input.topicId");
  });
});

describe("Meeting, AgendaItem and Vote allowedSteps", () => {
  it("follow the meeting through its states; viewers without meeting:manage get none", async () => {
    const topic = await d.acceptedTopic(w, "停车位划线");
    const meeting = await d.ok(
      "scheduleMeeting",
      { input: { committeeId: w.committee.id, title: "月度议事会", startsAt: hoursFrom(-1), endsAt: hoursFrom(1), mode: "IN_PERSON", place: "议事厅", topicIds: [topic.id] } },
      w.admin,
    );
    const item = await itemOf(topic.id);
    expect(await steps(meeting.id, w.admin)).toEqual(["UPDATE", "START", "CANCEL", "EDIT_AGENDA", "RECORD_ATTENDANCE"]);
    expect(await steps(meeting.id, grid)).toEqual([]);
    expect(await steps(meeting.id, auditor)).toEqual([]);
    expect(await steps(item, w.staff)).toEqual(["REMOVE"]);
    await d.refused("closeMeeting", { id: meeting.id }, w.admin, "CONFLICT", "id");
    await d.refused("recordMinutes", { id: meeting.id, minutes: "纪要" }, w.admin, "CONFLICT", "id");
    await d.refused("openVote", { input: { agendaItemId: item } }, w.admin, "CONFLICT", "input.agendaItemId");
    await d.refused("startMeeting", { id: meeting.id }, grid, "FORBIDDEN", "id");

    await d.ok("recordAttendance", { meetingId: meeting.id, entries: w.members.map((m) => ({ attendeeId: m.id, status: "PRESENT" })) }, w.admin);
    await d.ok("startMeeting", { id: meeting.id }, w.admin);
    expect(await steps(meeting.id, w.admin)).toEqual(["CLOSE", "EDIT_AGENDA", "RECORD_ATTENDANCE", "RECORD_MINUTES", "OPEN_VOTE"]);
    expect(await steps(item, w.admin)).toEqual(["REMOVE", "OPEN_VOTE"]);
    await d.refused("cancelMeeting", { id: meeting.id, input: { reason: "改期" } }, w.admin, "CONFLICT", "id");

    const vote = await d.ok("openVote", { input: { agendaItemId: item } }, w.admin);
    expect(await steps(meeting.id, w.admin)).toEqual(["EDIT_AGENDA", "RECORD_ATTENDANCE", "RECORD_MINUTES", "OPEN_VOTE"]);
    expect(await steps(item, w.admin)).toEqual([]);
    expect(await steps(vote.id, w.admin)).toEqual(["CAST", "CLOSE"]);
    expect(await steps(vote.id, auditor)).toEqual([]);
    expect(await steps(vote.id, w.asResident(0))).toEqual(["CAST"]);
    await d.refused("closeMeeting", { id: meeting.id }, w.admin, "CONFLICT", "id");
    await d.refused("removeAgendaItem", { id: item }, w.admin, "CONFLICT", "id");
    await d.refused("openVote", { input: { agendaItemId: item } }, w.admin, "CONFLICT", "input.agendaItemId");
    await d.refused("closeVote", { id: vote.id }, w.asResident(0), "NOT_FOUND", "id");

    for (const m of w.members) await d.ok("castBallot", { input: { voteId: vote.id, voterId: m.id, choice: "FOR" } }, w.admin);
    await d.ok("closeVote", { id: vote.id }, w.admin);
    expect(await steps(vote.id, w.admin)).toEqual([]);
    await d.refused("castBallot", { input: { voteId: vote.id, voterId: w.members[0]!.id, choice: "AGAINST" } }, w.admin, "CONFLICT", "input.voteId");
    await d.refused("closeVote", { id: vote.id }, w.admin, "CONFLICT", "id");
    await d.ok("closeMeeting", { id: meeting.id }, w.admin);
    expect(await steps(meeting.id, w.admin)).toEqual(["RECORD_MINUTES"]);
    expect(await steps(topic.id, w.admin)).toEqual(["SCHEDULE", "INVITE_STAKEHOLDER", "RESOLVE", "ESCALATE", "PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION"]);
    expect(await steps(topic.id, grid)).toEqual([]);

    const resolution = await d.ok("createResolution", { input: { topicId: topic.id, voteId: vote.id, text: "划定车位", ownerName: "村委会" } }, w.admin);
    expect(await steps(resolution.id, w.admin)).toEqual(["UPDATE", "START", "COMPLETE"]);
    expect(await steps(resolution.id, auditor)).toEqual([]);
    await d.ok("addResolutionUpdate", { input: { resolutionId: resolution.id, note: "完成", status: "DONE" } }, w.admin);
    expect(await steps(resolution.id, w.admin)).toEqual([]);
    await d.refused("addResolutionUpdate", { input: { resolutionId: resolution.id, note: "再次" } }, w.admin, "CONFLICT", "input.resolutionId");
  });
});

describe("Escalation, CharterVersion, Notice and NoticeObjection allowedSteps", () => {
  it("answer each row's state and the viewer's grants", async () => {
    const topic = await d.acceptedTopic(w, "集体林地承包");
    const meeting = await d.meetingInProgress(w, [topic.id]);
    await d.ok("closeMeeting", { id: meeting.id }, w.admin);
    const escalation = await d.ok("escalateTopic", { input: { topicId: topic.id, addressedTo: "礼乐街道办事处", text: "建议统一规划" } }, w.admin);
    expect(await steps(escalation.id, w.staff)).toEqual(["REPLY"]);
    expect(await steps(escalation.id, grid)).toEqual([]);
    await d.ok("recordEscalationReply", { id: escalation.id, input: { replyText: "同意", repliedOn: "2026-01-05" } }, w.admin);
    expect(await steps(escalation.id, w.staff)).toEqual([]);
    await d.refused("recordEscalationReply", { id: escalation.id, input: { replyText: "再次", repliedOn: "2026-01-06" } }, w.admin, "CONFLICT", "id");

    expect(await steps(w.charter.id, w.admin)).toEqual(["PUBLISH"]);
    const draft = await d.ok("draftCharter", { input: { committeeId: w.committee.id, title: "章程（修订）", body: "第一条" } }, w.admin);
    expect(await steps(draft.id, w.admin)).toEqual(["UPDATE", "ADOPT", "PUBLISH"]);
    expect(await steps(draft.id, grid)).toEqual([]);
    await d.refused("updateCharterDraft", { id: w.charter.id, input: { title: "改" } }, w.admin, "CONFLICT", "id");

    const notice = await d.ok("publishNotice", { input: { communityId: w.community.gid, title: "通知", content: "内容" } }, w.staff);
    expect(await steps(notice.id, w.admin)).toEqual(["WITHDRAW", "OBJECT"]);
    expect(await steps(notice.id, w.asResident(3))).toEqual(["OBJECT"]);
    expect(await steps(notice.id, auditor)).toEqual([]);
    const objection = await d.ok("fileObjection", { input: { noticeId: notice.id, text: "有异议" } }, w.asResident(3));
    expect(await steps(objection.id, w.staff)).toEqual(["ANSWER"]);
    await d.ok("answerObjection", { id: objection.id, input: { decision: "DISMISSED", reason: "不成立" } }, w.staff);
    expect(await steps(objection.id, w.staff)).toEqual([]);
    await d.refused("answerObjection", { id: objection.id, input: { decision: "UPHELD", reason: "成立" } }, w.staff, "CONFLICT", "id");
    await d.ok("withdrawNotice", { id: notice.id, input: { reason: "撤回" } }, w.staff);
    expect(await steps(notice.id, w.admin)).toEqual([]);
    await d.refused("withdrawNotice", { id: notice.id, input: { reason: "再撤" } }, w.staff, "CONFLICT", "id");
    await d.refused("fileObjection", { input: { noticeId: notice.id, text: "迟到的异议" } }, w.asResident(4), "CONFLICT", "input.noticeId");
  });
});
