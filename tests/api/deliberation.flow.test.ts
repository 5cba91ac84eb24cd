// The whole journey through the API: a resident's topic comes in through an app, is co-signed,
// accepted, scheduled, deliberated with quorum, voted, resolved, implemented and publicized at each
// stage ("三议三公开"); an objection is filed and answered and the notice becomes final.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type TestKit } from "./testkit.js";
import { dbIdOf, deliberation, dayFrom } from "./deliberation.kit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
let w: Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 3 });
});
afterAll(async () => {
  await kit?.close();
});

const TOPIC_Q = `query($id: ID!) { node(id: $id) { ... on Topic {
  status cosignCount cosignThreshold readyForReview proposerName source proposedByViewer viewerHasCosigned
  timeline { fromStatus toStatus note actorName createdAt }
  resolutions { id status updates { toStatus note } }
  notices { id stage status }
} } }`;

describe("a resident's topic from proposal to a final public resolution", () => {
  let topicId: string;
  let meetingId: string;
  let voteId: string;
  let resolutionId: string;

  it("a resident proposes through the app and co-signs bring it to review", async () => {
    const topic = await d.ok(
      "proposeTopic",
      {
        input: {
          communityId: w.community.gid,
          title: "农民公寓抽签分配方案",
          description: "房少人多，建议以抽签方式分配农民公寓，并事先公开抽签规则。",
          category: "LAND_HOUSING",
          attachments: [{ name: "方案初稿.pdf", url: "https://files.example.cn/topics/plan-v1.pdf" }],
        },
      },
      w.asResident(10),
    );
    topicId = topic.id;
    expect(topic).toMatchObject({ status: "SUBMITTED", readyForReview: false, source: "RESIDENT", proposerName: "村民11号", attachments: [{ name: "方案初稿.pdf" }] });
    expect(topic.timeline).toEqual([expect.objectContaining({ fromStatus: null, toStatus: "SUBMITTED", actorName: expect.stringContaining("村民11号") })]);

    // Not yet ready: accepting is refused and changes nothing.
    const e = await d.refused("acceptTopic", { id: topicId }, w.admin, "CONFLICT", "id");
    expect(e.message).toContain("0/3");

    for (const i of [11, 12]) expect((await d.ok("cosignTopic", { id: topicId }, w.asResident(i))).readyForReview).toBe(false);
    const third = await d.ok("cosignTopic", { id: topicId }, w.asResident(13));
    expect(third).toMatchObject({ cosignCount: 3, readyForReview: true, viewerHasCosigned: true });
    expect(third.timeline.at(-1)).toMatchObject({ fromStatus: "SUBMITTED", toStatus: "SUBMITTED", note: expect.stringContaining("联名达到3人") });

    const mine = await kit.gql(`query($c: ID!) { topics(communityId: $c, proposedByViewer: true) { totalCount edges { node { id proposedByViewer } } } }`, { c: w.community.gid }, w.asResident(10));
    expect(mine.data.topics).toEqual({ totalCount: 1, edges: [{ node: { id: topicId, proposedByViewer: true } }] });
  });

  it("staff accept it (two thirds required) and publish the proposal stage", async () => {
    const accepted = await d.ok("acceptTopic", { id: topicId, input: { note: "涉及全体村民利益，予以立项", voteThreshold: "TWO_THIRDS" } }, w.staff);
    expect(accepted).toMatchObject({ status: "ACCEPTED", voteThreshold: "TWO_THIRDS" });
    const notice = await d.ok("publishTopicStage", { input: { topicId, stage: "PROPOSAL" } }, w.staff);
    expect(notice).toMatchObject({ status: "PUBLISHED", stage: "PROPOSAL", subjectType: "Topic", subjectId: topicId, title: "【提议公示】农民公寓抽签分配方案" });
    expect(notice.content).toContain("联名居民：3人");
    expect(notice.content).toContain("涉及全体村民利益，予以立项");
  });

  it("a meeting puts it on the agenda, records attendance and shows the quorum", async () => {
    const meeting = await d.ok(
      "scheduleMeeting",
      { input: { committeeId: w.committee.id, title: "农民公寓分配方案议事会", startsAt: new Date(Date.now() - 3600_000).toISOString(), endsAt: new Date(Date.now() + 3600_000).toISOString(), mode: "IN_PERSON", place: "村委会议事厅", topicIds: [topicId] } },
      w.admin,
    );
    meetingId = meeting.id;
    expect(meeting.agenda).toEqual([{ id: expect.any(String), position: 1, topic: { id: topicId, status: "SCHEDULED" } }]);
    expect(meeting.quorum).toEqual({ sitting: 7, required: 4, present: 0, reached: false });

    const entries = w.members.map((m, i) => ({ attendeeId: m.id, status: i < 6 ? "PRESENT" : "EXCUSED" }));
    const recorded = await d.ok("recordAttendance", { meetingId, entries }, w.staff);
    expect(recorded.quorum).toEqual({ sitting: 7, required: 4, present: 6, reached: true });
    const started = await d.ok("startMeeting", { id: meetingId }, w.staff);
    expect(started.status).toBe("IN_PROGRESS");

    const sheet = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Meeting { attendance { attendeeId kind name seat role mayVote status } } } }`, { id: meetingId }, w.staff);
    expect(sheet.data.node.attendance).toHaveLength(7);
    expect(sheet.data.node.attendance[0]).toMatchObject({ kind: "MEMBER", seat: "PARTY_ORGANIZATION", role: "DIRECTOR", mayVote: true, status: "PRESENT" });
    expect(sheet.data.node.attendance[6]).toMatchObject({ status: "EXCUSED" });
  });

  it("votes with a live tally, a changed ballot, and closes PASSED at two thirds", async () => {
    const agendaItemId = (await kit.prisma.agendaItem.findFirstOrThrow({ where: { topicId: dbIdOf(topicId) } })).id;
    const vote = await d.ok("openVote", { input: { agendaItemId: Buffer.from(`AgendaItem:${agendaItemId}`).toString("base64"), question: "是否同意按抽签方式分配农民公寓" } }, w.staff);
    voteId = vote.id;
    expect(vote).toMatchObject({ status: "OPEN", threshold: "TWO_THIRDS", tally: { for: 0, cast: 0, present: 6, required: 4, quorumReached: true, projected: "REJECTED" } });

    const choices = ["FOR", "FOR", "FOR", "AGAINST", "ABSTAIN", "AGAINST"];
    for (const [i, choice] of choices.entries()) await d.ok("castBallot", { input: { voteId, voterId: w.members[i]!.id, choice } }, w.staff);
    const live = (await d.ok("castBallot", { input: { voteId, voterId: w.members[3]!.id, choice: "FOR" } }, w.staff)).vote; // changes, does not add
    expect(live.tally).toMatchObject({ for: 4, against: 1, abstain: 1, cast: 6, projected: "PASSED" });
    expect(await kit.prisma.ballot.count({ where: { voteId: dbIdOf(voteId) } })).toBe(6);

    const closed = await d.ok("closeVote", { id: voteId }, w.staff);
    expect(closed).toMatchObject({ status: "CLOSED", result: "PASSED", tally: { for: 4, against: 1, abstain: 1, present: 6, required: 4 } });
    const e = await d.refused("castBallot", { input: { voteId, voterId: w.members[4]!.id, choice: "FOR" } }, w.staff, "CONFLICT", "input.voteId");
    expect(e.message).toContain("closed");
  });

  it("the meeting closes with minutes; a resolution follows from the passed vote", async () => {
    const closed = await d.ok("closeMeeting", { id: meetingId, input: { minutes: "会议听取了方案说明，经充分讨论，表决通过抽签分配方案。" } }, w.staff);
    expect(closed).toMatchObject({ status: "CLOSED", agenda: [{ topic: { status: "DELIBERATED" } }] });
    const resolution = await d.ok(
      "createResolution",
      { input: { topicId, voteId, text: "农民公寓按抽签方式分配，抽签规则公示7天后由村委会组织实施。", ownerMembershipId: w.members[1]!.id, dueOn: dayFrom(60) } },
      w.admin,
    );
    resolutionId = resolution.id;
    expect(resolution).toMatchObject({ status: "PLANNED", ownerName: "村民2号", topic: { status: "RESOLVED" } });
    await d.ok("publishTopicStage", { input: { topicId, stage: "DELIBERATION" } }, w.staff);
    const notice = await d.ok("publishTopicStage", { input: { topicId, stage: "RESOLUTION", periodDays: 7 } }, w.staff);
    expect(notice.content).toContain("农民公寓按抽签方式分配");
    expect(notice.content).toContain("责任人：村民2号");
  });

  it("anyone reads the notice without signing in; an objection is filed and answered; after the period it is FINAL", async () => {
    const pub = await kit.gql(
      `query($c: ID!) { publicNotices(communityId: $c, status: PUBLISHED) { totalCount edges { node { id title stage status content objectionCount } } } }`,
      { c: w.community.gid },
    );
    expect(pub.errors).toBeUndefined();
    expect(pub.data.publicNotices.totalCount).toBe(3);
    const resolutionNotice = pub.data.publicNotices.edges.find((e: { node: { stage: string } }) => e.node.stage === "RESOLUTION").node;

    const objection = await d.ok("fileObjection", { input: { noticeId: resolutionNotice.id, text: "抽签规则中对独生子女户的安排不清楚。", filerContact: "13800001111" } }, w.asResident(14));
    expect(objection).toMatchObject({ status: "PENDING", filerName: "村民15号" });
    const answered = await d.ok("answerObjection", { id: objection.id, input: { decision: "DISMISSED", reason: "规则第五条已写明独生子女户按一户计，已当面解释。" } }, w.staff);
    expect(answered.status).toBe("DISMISSED");

    // The period ends (the clock is moved by shifting the notice's end into the past).
    await kit.prisma.notice.update({ where: { id: dbIdOf(resolutionNotice.id) }, data: { endsAt: new Date(Date.now() - 1000) } });
    const after = await kit.gql(`query($id: ID!) { publicNotice(id: $id) { status finalAt objectionCount upheldObjectionCount } }`, { id: resolutionNotice.id });
    expect(after.data.publicNotice).toMatchObject({ status: "FINAL", objectionCount: 1, upheldObjectionCount: 0 });
    const late = await d.refused("fileObjection", { input: { noticeId: resolutionNotice.id, text: "迟到的异议" } }, w.asResident(15), "CONFLICT", "input.noticeId");
    expect(late.message).toContain("period has ended");
  });

  it("implementation updates carry the resolution, then the topic, to DONE; the timeline tells it all", async () => {
    await d.ok("addResolutionUpdate", { input: { resolutionId, status: "IN_PROGRESS", note: "已完成抽签规则公示，组织报名。" } }, w.staff);
    const done = await d.ok("addResolutionUpdate", { input: { resolutionId, status: "DONE", note: "抽签完成，结果已公示。" } }, w.staff);
    expect(done).toMatchObject({ status: "DONE", topic: { status: "DONE" }, updates: [{ toStatus: "IN_PROGRESS" }, { toStatus: "DONE" }] });

    const r = await kit.gql(TOPIC_Q, { id: topicId }, w.admin);
    const statuses = r.data.node.timeline.map((e: { toStatus: string }) => e.toStatus);
    expect(statuses.filter((s: string, i: number) => s !== statuses[i - 1])).toEqual(["SUBMITTED", "ACCEPTED", "SCHEDULED", "DELIBERATED", "RESOLVED", "DONE"]);
    expect(r.data.node.notices.map((n: { stage: string }) => n.stage)).toEqual(["PROPOSAL", "DELIBERATION", "RESOLUTION"]);
    expect(r.data.node.timeline.some((e: { note: string }) => e.note?.includes("表决结果：通过"))).toBe(true);
  });

  it("every change wrote an audit row in the community", async () => {
    const actions = await kit.prisma.auditEntry.groupBy({ by: ["action"], where: { communityId: w.community.id }, _count: { _all: true } });
    const byAction = Object.fromEntries(actions.map((a) => [a.action, a._count._all]));
    expect(byAction).toMatchObject({
      "topic:propose": 1,
      "topic:cosign": 3,
      "topic:review": 1,
      "vote:cast": 7,
      "notice:publish": 3,
      "notice:object": 1,
      "notice:answer": 1,
    });
    expect(byAction["meeting:manage"]).toBeGreaterThanOrEqual(6);
    expect(byAction["resolution:manage"]).toBe(3);
    const appRows = await kit.prisma.auditEntry.findMany({ where: { action: "topic:cosign" } });
    expect(appRows.every((a) => a.apiClientId === w.app.id && a.actingResidentId !== null)).toBe(true);
  });
});
