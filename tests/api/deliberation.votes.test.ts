// The voting rules through the API: no vote without quorum, no vote by a non-member, an absent
// member or a stakeholder without a vote, no double vote (also when two casts race), no vote after
// the close, and a void result when quorum is lost. Every refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type TestKit } from "./testkit.js";
import { dbIdOf, deliberation, gidOf } from "./deliberation.kit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
type World = Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let w: World;
let other: World;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 0, stakeholdersMayVote: true });
  other = await d.community({ cosignThreshold: 0 });
});
afterAll(async () => {
  await kit?.close();
});

const itemOf = async (topicId: string) => gidOf("AgendaItem", (await kit.prisma.agendaItem.findFirstOrThrow({ where: { topicId: dbIdOf(topicId), removedAt: null } })).id);

/** A topic on the agenda of a meeting in progress with `present` members present, and its agenda item. */
async function onTheTable(present = 7, title = "村口停车位规划") {
  const topic = await d.acceptedTopic(w, title);
  const meeting = await d.meetingInProgress(w, [topic.id], present);
  return { topic, meeting, item: await itemOf(topic.id) };
}

describe("opening a vote", () => {
  it("is refused without quorum (3 of 7 present), and nothing changes", async () => {
    const { item, meeting } = await onTheTable(3);
    expect(meeting.quorum).toEqual({ sitting: 7, required: 4, present: 3, reached: false });
    const e = await d.refused("openVote", { input: { agendaItemId: item } }, w.admin, "CONFLICT", "input.agendaItemId");
    expect(e.message).toContain("no quorum");
  });

  it("is refused on a meeting not in progress, and twice on one item", async () => {
    const topic = await d.acceptedTopic(w, "调整垃圾清运时间");
    await d.ok("scheduleMeeting", { input: { committeeId: w.committee.id, title: "下月议事会", startsAt: new Date(Date.now() + 86_400_000).toISOString(), endsAt: new Date(Date.now() + 90_000_000).toISOString(), mode: "ONLINE", topicIds: [topic.id] } }, w.admin);
    await d.refused("openVote", { input: { agendaItemId: await itemOf(topic.id) } }, w.admin, "CONFLICT", "input.agendaItemId");

    const { item } = await onTheTable(7, "公共晾晒区设置");
    await d.ok("openVote", { input: { agendaItemId: item } }, w.admin);
    await d.refused("openVote", { input: { agendaItemId: item } }, w.admin, "CONFLICT", "input.agendaItemId");
  });
});

describe("casting ballots", () => {
  it("a second cast changes the ballot, never adds one; two casts at once leave exactly one", async () => {
    const { item } = await onTheTable(7, "祠堂修缮资金使用");
    const vote = await d.ok("openVote", { input: { agendaItemId: item } }, w.admin);
    const voter = w.members[2]!.id;
    await d.ok("castBallot", { input: { voteId: vote.id, voterId: voter, choice: "FOR" } }, w.staff);
    const changed = await d.ok("castBallot", { input: { voteId: vote.id, voterId: voter, choice: "AGAINST" } }, w.staff);
    expect(changed.choice).toBe("AGAINST");
    expect(changed.vote.tally).toMatchObject({ for: 0, against: 1, cast: 1 });

    const racer = w.members[3]!.id;
    const results = await Promise.all(["FOR", "ABSTAIN", "FOR"].map((choice) => d.m("castBallot", { input: { voteId: vote.id, voterId: racer, choice } }, w.staff)));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ballots = await kit.prisma.ballot.findMany({ where: { voteId: dbIdOf(vote.id), voterId: dbIdOf(racer) } });
    expect(ballots).toHaveLength(1);
    expect(await kit.prisma.ballot.count({ where: { voteId: dbIdOf(vote.id) } })).toBe(2);
  });

  it("no vote by an absent member, a member of another committee, or a member who has left", async () => {
    const { item } = await onTheTable(5, "文化室开放时间");
    const vote = await d.ok("openVote", { input: { agendaItemId: item } }, w.admin);
    const absent = await d.refused("castBallot", { input: { voteId: vote.id, voterId: w.members[6]!.id, choice: "FOR" } }, w.staff, "CONFLICT", "input.voterId");
    expect(absent.message).toContain("only voters present may vote");
    await d.refused("castBallot", { input: { voteId: vote.id, voterId: other.members[0]!.id, choice: "FOR" } }, w.staff, "NOT_FOUND", "input.voterId");
    await d.refused("castBallot", { input: { voteId: vote.id, voterId: w.residents[9]!.gid, choice: "FOR" } }, w.staff, "INVALID", "input.voterId");

    // A member who left yesterday no longer sits: not on today's sheet, no ballot.
    const leaver = await d.ok("addCommitteeMember", { input: { termId: w.term.id, residentId: w.residents[7]!.gid, seat: "NOTABLES", joinedOn: new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10) } }, w.admin);
    await d.ok("endCommitteeMembership", { id: leaver.id, input: { leftOn: new Date(Date.now() - 86_400_000 * 2).toISOString().slice(0, 10), reason: "迁出本村" } }, w.admin);
    const meetingId = gidOf("Meeting", (await kit.prisma.vote.findUniqueOrThrow({ where: { id: dbIdOf(vote.id) } })).meetingId);
    await d.refused("recordAttendance", { meetingId, entries: [{ attendeeId: leaver.id, status: "PRESENT" }] }, w.staff, "NOT_FOUND", "entries.0.attendeeId");
    const left = await d.refused("castBallot", { input: { voteId: vote.id, voterId: leaver.id, choice: "FOR" } }, w.staff, "CONFLICT", "input.voterId");
    expect(left.message).toContain("not a sitting member");
  });

  it("a stakeholder votes only when invited with a vote and present", async () => {
    const topic = await d.acceptedTopic(w, "村集体鱼塘承包方案");
    const voter = await d.ok("inviteStakeholder", { input: { topicId: topic.id, name: "承包户代表 陈伯", affiliation: "鱼塘承包户", mayVote: true } }, w.admin);
    const speaker = await d.ok("inviteStakeholder", { input: { topicId: topic.id, residentId: w.residents[8]!.gid } }, w.admin);
    const meeting = await d.meetingInProgress(w, [topic.id], 7);
    await d.ok("recordAttendance", { meetingId: meeting.id, entries: [{ attendeeId: voter.id, status: "PRESENT" }, { attendeeId: speaker.id, status: "PRESENT" }] }, w.staff);
    const vote = await d.ok("openVote", { input: { agendaItemId: await itemOf(topic.id) } }, w.admin);
    expect(vote.tally.present).toBe(8); // 7 members + the voting stakeholder
    // The attendance sheet says who may vote now (the same rule castBallot applies below).
    const sheet = (await kit.gql(`query($id: ID!) { node(id: $id) { ... on Meeting { attendance { attendeeId kind status votesNow } } } }`, { id: meeting.id }, w.staff)).data.node.attendance as {
      attendeeId: string;
      kind: string;
      status: string | null;
      votesNow: boolean;
    }[];
    expect(sheet.find((a) => a.attendeeId === voter.id)?.votesNow).toBe(true);
    expect(sheet.find((a) => a.attendeeId === speaker.id)?.votesNow).toBe(false);
    expect(sheet.filter((a) => a.votesNow)).toHaveLength(8);
    expect(sheet.filter((a) => a.kind === "MEMBER" && a.status !== "PRESENT").every((a) => !a.votesNow)).toBe(true);
    const e = await d.refused("castBallot", { input: { voteId: vote.id, voterId: speaker.id, choice: "FOR" } }, w.staff, "CONFLICT", "input.voterId");
    expect(e.message).toContain("may speak but not vote");
    const b = await d.ok("castBallot", { input: { voteId: vote.id, voterId: voter.id, choice: "FOR" } }, w.staff);
    expect(b).toMatchObject({ voterName: "承包户代表 陈伯", vote: { tally: { for: 1, present: 8 } } });
  });

  it("an app acting for a resident casts that member's own ballot only", async () => {
    const { item } = await onTheTable(7, "村道拓宽征求意见");
    const vote = await d.ok("openVote", { input: { agendaItemId: item } }, w.admin);
    // resident 1 holds member seat 1
    const own = await d.ok("castBallot", { input: { voteId: vote.id, voterId: w.members[1]!.id, choice: "FOR" } }, w.asResident(1));
    expect(own.choice).toBe("FOR");
    await d.refused("castBallot", { input: { voteId: vote.id, voterId: w.members[2]!.id, choice: "AGAINST" } }, w.asResident(1), "FORBIDDEN", "input.voterId");
  });
});

describe("closing a vote", () => {
  it("no vote after the close, and a vote closes once", async () => {
    const { item } = await onTheTable(7, "篮球场夜间照明");
    const vote = await d.ok("openVote", { input: { agendaItemId: item } }, w.admin);
    for (const i of [0, 1, 2, 3]) await d.ok("castBallot", { input: { voteId: vote.id, voterId: w.members[i]!.id, choice: "FOR" } }, w.staff);
    const closed = await d.ok("closeVote", { id: vote.id }, w.admin);
    expect(closed).toMatchObject({ result: "PASSED", tally: { for: 4, present: 7, required: 4 } });
    await d.refused("castBallot", { input: { voteId: vote.id, voterId: w.members[4]!.id, choice: "AGAINST" } }, w.staff, "CONFLICT", "input.voteId");
    await d.refused("closeVote", { id: vote.id }, w.admin, "CONFLICT", "id");
  });

  it("three FOR of seven present is REJECTED; losing quorum before the close voids the vote", async () => {
    const a = await onTheTable(7, "小广场改建");
    const v1 = await d.ok("openVote", { input: { agendaItemId: a.item } }, w.admin);
    for (const i of [0, 1, 2]) await d.ok("castBallot", { input: { voteId: v1.id, voterId: w.members[i]!.id, choice: "FOR" } }, w.staff);
    expect((await d.ok("closeVote", { id: v1.id }, w.admin)).result).toBe("REJECTED");

    const b = await onTheTable(4, "水塘围栏加固");
    const v2 = await d.ok("openVote", { input: { agendaItemId: b.item } }, w.admin);
    for (const i of [0, 1, 2, 3]) await d.ok("castBallot", { input: { voteId: v2.id, voterId: w.members[i]!.id, choice: "FOR" } }, w.staff);
    await d.ok("recordAttendance", { meetingId: b.meeting.id, entries: [{ attendeeId: w.members[3]!.id, status: "EXCUSED" }] }, w.staff);
    const void_ = await d.ok("closeVote", { id: v2.id }, w.admin);
    expect(void_).toMatchObject({ result: "NO_QUORUM", tally: { for: 3, present: 3, quorumReached: false } });
  });
});
