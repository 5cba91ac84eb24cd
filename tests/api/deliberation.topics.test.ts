// Topics, the consultation catalog and the committee through the API: who proposes and how, co-signing
// rules, acceptance and decline (the proposer sees why), a declined topic never scheduled, the
// charter's versions, terms and the 7+X members with their history. Refusals change nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type TestKit } from "./testkit.js";
import { dayFrom, deliberation, hoursFrom } from "./deliberation.kit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
type World = Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let w: World;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 2 });
});
afterAll(async () => {
  await kit?.close();
});

const propose = (as = w.asResident(10), extra: Record<string, unknown> = {}) =>
  d.ok("proposeTopic", { input: { communityId: w.community.gid, title: "邻里纠纷调解", description: "两户因宅基地界线发生争执。", category: "DISPUTES", ...extra } }, as);

describe("proposing", () => {
  it("bad input is refused naming the field, and nothing changes", async () => {
    const input = { communityId: w.community.gid, title: "  ", description: "说明", category: "OTHER" };
    await d.refused("proposeTopic", { input }, w.staff, "REQUIRED", "input.title");
    await d.refused("proposeTopic", { input: { ...input, title: "标题", attachments: [{ name: "x", url: "javascript:alert(1)" }] } }, w.staff, "INVALID", "input.attachments.0.url");
    await d.refused("proposeTopic", { input: { ...input, title: "标题" } }, { headers: w.app.headers }, "REQUIRED", "x-act-as-resident");
    await d.refused("proposeTopic", { input: { ...input, title: "标题", proposerResidentId: w.residents[2]!.gid } }, w.asResident(10), "INVALID", "input.proposerResidentId");
  });

  it("staff, grid workers and members raise topics ready for review; a resident's waits for co-signatures", async () => {
    const grid = await kit.seed.account("GRID_WORKER", w.community);
    expect(await propose(w.staff)).toMatchObject({ source: "STAFF", readyForReview: true });
    expect(await propose(grid)).toMatchObject({ source: "GRID_WORKER", readyForReview: true });
    expect(await propose(w.staff, { proposerMembershipId: w.members[4]!.id })).toMatchObject({ source: "MEMBER", readyForReview: true, proposerName: "村民5号" });
    expect(await propose(w.staff, { proposerResidentId: w.residents[9]!.gid })).toMatchObject({ source: "RESIDENT", readyForReview: false, proposerName: "村民10号" });
  });

  it("a community without a committee takes no topics", async () => {
    const { community } = await kit.seed.place();
    const admin = await kit.seed.account("ADMIN", community);
    const e = await d.refused("proposeTopic", { input: { communityId: community.gid, title: "t", description: "d", category: "OTHER" } }, admin, "CONFLICT", "input.communityId");
    expect(e.message).toContain("create the deliberation committee first");
  });
});

describe("co-signing (联名)", () => {
  it("once per resident, not by the proposer, not by a staff account, not without a resident, not after review", async () => {
    const topic = await propose();
    await d.refused("cosignTopic", { id: topic.id }, w.asResident(10), "CONFLICT", "id");
    await d.refused("cosignTopic", { id: topic.id }, w.admin, "FORBIDDEN", null);
    await d.refused("cosignTopic", { id: topic.id }, { headers: w.app.headers }, "REQUIRED", "x-act-as-resident");
    await d.ok("cosignTopic", { id: topic.id }, w.asResident(11));
    await d.refused("cosignTopic", { id: topic.id }, w.asResident(11), "DUPLICATE", "id");
    const ready = await d.ok("cosignTopic", { id: topic.id }, w.asResident(12));
    expect(ready).toMatchObject({ cosignCount: 2, readyForReview: true });
    await d.ok("acceptTopic", { id: topic.id }, w.admin);
    await d.refused("cosignTopic", { id: topic.id }, w.asResident(13), "CONFLICT", "id");

    // Who co-signed is for staff who may read residents; apps and overseers get the count only.
    const q = `query($id: ID!) { node(id: $id) { ... on Topic { cosignCount cosignatures { residentName resident { id } } proposerResident { id } } } }`;
    expect((await kit.gql(q, { id: topic.id }, w.admin)).data.node).toEqual({
      cosignCount: 2,
      cosignatures: [
        { residentName: "村民12号", resident: { id: w.residents[11]!.gid } },
        { residentName: "村民13号", resident: { id: w.residents[12]!.gid } },
      ],
      proposerResident: { id: w.residents[10]!.gid },
    });
    const overseer = await kit.seed.account("OVERSEER", w.community);
    for (const viewer of [overseer, w.asResident(11)]) expect((await kit.gql(q, { id: topic.id }, viewer)).data.node).toEqual({ cosignCount: 2, cosignatures: null, proposerResident: null });
  });

  it("lowering the threshold makes waiting topics ready at once, with a timeline entry", async () => {
    const { community } = await kit.seed.place();
    const admin = await kit.seed.account("ADMIN", community);
    const committee = await d.ok("createDeliberationCommittee", { input: { communityId: community.gid, cosignThreshold: 5 } }, admin);
    const r = await kit.seed.resident(community.id, { name: "提议人" });
    const topic = await d.ok("proposeTopic", { input: { communityId: community.gid, title: "t", description: "d", category: "OTHER", proposerResidentId: r.gid } }, admin);
    expect(topic.readyForReview).toBe(false);
    await d.ok("updateDeliberationCommittee", { id: committee.id, input: { cosignThreshold: 0 } }, admin);
    const q = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Topic { readyForReview timeline { note } } } }`, { id: topic.id }, admin);
    expect(q.data.node.readyForReview).toBe(true);
    expect(q.data.node.timeline.at(-1).note).toContain("联名门槛调整为0人");
  });
});

describe("review: accept or decline citing a 不议 clause", () => {
  it("a decline must cite a current MUST_NOT clause with a reason; the proposer's app reads why", async () => {
    const topic = await propose(w.staff);
    await d.refused("declineTopic", { id: topic.id, input: { clauseId: w.must.id, reason: "涉及隐私" } }, w.admin, "INVALID", "input.clauseId");
    await d.refused("declineTopic", { id: topic.id, input: { clauseId: w.mustNot.id, reason: "" } }, w.admin, "REQUIRED", "input.reason");
    const retired = await d.ok("addConsultationClause", { input: { communityId: w.community.gid, kind: "MUST_NOT", number: 9, text: "已废止条款" } }, w.admin);
    await d.ok("updateConsultationClause", { id: retired.id, input: { retired: true } }, w.admin);
    await d.refused("declineTopic", { id: topic.id, input: { clauseId: retired.id, reason: "x" } }, w.admin, "INVALID", "input.clauseId");

    const mine = await propose();
    const declined = await d.ok("declineTopic", { id: mine.id, input: { clauseId: w.mustNot.id, reason: "属于两户之间的私人纠纷，建议由人民调解委员会调解。" } }, w.staff);
    expect(declined).toMatchObject({ status: "DECLINED", declineClause: { id: w.mustNot.id, number: 1 } });
    const seen = await kit.gql(
      `query($id: ID!) { node(id: $id) { ... on Topic { status proposedByViewer declineReason declineClause { kind label text } } } }`,
      { id: mine.id },
      w.asResident(10),
    );
    expect(seen.data.node).toEqual({
      status: "DECLINED",
      proposedByViewer: true,
      declineReason: "属于两户之间的私人纠纷，建议由人民调解委员会调解。",
      declineClause: { kind: "MUST_NOT", label: "不议事项第1条", text: "涉及个人隐私的事项" },
    });
  });

  it("a declined topic cannot be scheduled (alone or with a new meeting), nor accepted, and nothing changes", async () => {
    const topic = await propose(w.staff);
    await d.ok("declineTopic", { id: topic.id, input: { clauseId: w.mustNot.id, reason: "不属于协商范围" } }, w.admin);
    const accepted = await d.acceptedTopic(w, "可以议的议题");
    const meeting = await d.ok("scheduleMeeting", { input: { committeeId: w.committee.id, title: "议事会", startsAt: hoursFrom(24), endsAt: hoursFrom(26), mode: "ONLINE" } }, w.admin);
    const e = await d.refused("addAgendaItem", { input: { meetingId: meeting.id, topicId: topic.id } }, w.admin, "CONFLICT", "input.topicId");
    expect(e.message).toContain("declined topic cannot be scheduled");
    await d.refused(
      "scheduleMeeting",
      { input: { committeeId: w.committee.id, title: "议事会", startsAt: hoursFrom(24), endsAt: hoursFrom(26), mode: "ONLINE", topicIds: [accepted.id, topic.id] } },
      w.admin,
      "CONFLICT",
      "input.topicIds.1",
    );
    await d.refused("acceptTopic", { id: topic.id }, w.admin, "CONFLICT", "id");
    const submitted = await propose(w.staff);
    await d.refused("addAgendaItem", { input: { meetingId: meeting.id, topicId: submitted.id } }, w.admin, "CONFLICT", "input.topicId");
  });

  it("stakeholders: a vote only if the charter allows it; a resident is invited once", async () => {
    const topic = await d.acceptedTopic(w, "自来水管网改造");
    const e = await d.refused("inviteStakeholder", { input: { topicId: topic.id, name: "施工方", mayVote: true } }, w.admin, "CONFLICT", "input.mayVote");
    expect(e.message).toContain("does not let stakeholders vote");
    await d.refused("inviteStakeholder", { input: { topicId: topic.id } }, w.admin, "REQUIRED", "input.name");
    await d.ok("inviteStakeholder", { input: { topicId: topic.id, residentId: w.residents[15]!.gid, affiliation: "受影响住户" } }, w.admin);
    await d.refused("inviteStakeholder", { input: { topicId: topic.id, residentId: w.residents[15]!.gid } }, w.admin, "DUPLICATE", "input.residentId");
  });
});

describe("the committee", () => {
  it("one committee per community; terms do not overlap and end after they start", async () => {
    await d.refused("createDeliberationCommittee", { input: { communityId: w.community.gid } }, w.admin, "DUPLICATE", "input.communityId");
    await d.refused("createCommitteeTerm", { input: { committeeId: w.committee.id, number: 2, startsOn: dayFrom(10), endsOn: dayFrom(400) } }, w.admin, "CONFLICT", "input.startsOn");
    await d.refused("createCommitteeTerm", { input: { committeeId: w.committee.id, number: 2, startsOn: dayFrom(900), endsOn: dayFrom(800) } }, w.admin, "INVALID", "input.endsOn");
    await d.refused("createCommitteeTerm", { input: { committeeId: w.committee.id, number: 1, startsOn: dayFrom(800), endsOn: dayFrom(1500) } }, w.admin, "DUPLICATE", "input.number");
  });

  it("charter versions: an adopted version is not edited; adopting a new one supersedes it; residents read it signed out", async () => {
    await d.refused("updateCharterDraft", { id: w.charter.id, input: { title: "改" } }, w.admin, "CONFLICT", "id");
    const v2 = await d.ok("draftCharter", { input: { committeeId: w.committee.id, title: "议事委员会章程（修订）", body: "第一条 …（修订稿）", quorumRule: "TWO_THIRDS" } }, w.admin);
    expect(v2).toMatchObject({ version: 2, status: "DRAFT", quorumRule: "TWO_THIRDS" });
    await d.ok("updateCharterDraft", { id: v2.id, input: { body: "第一条 本会在村党组织领导下开展协商议事（修订稿）。" } }, w.admin);
    await d.ok("adoptCharter", { id: v2.id, input: { adoptedOn: dayFrom(0) } }, w.admin);
    const q = await kit.gql(`query($c: ID!) { deliberationCommittee(communityId: $c) { currentCharter { version } charters { version status } rules { quorumRule } } }`, { c: w.community.gid }, w.admin);
    expect(q.data.deliberationCommittee).toEqual({ currentCharter: { version: 2 }, charters: [{ version: 2, status: "ADOPTED" }, { version: 1, status: "SUPERSEDED" }], rules: { quorumRule: "TWO_THIRDS" } });
    const pub = await kit.gql(`query($c: ID!) { publicCharter(communityId: $c) { version body communityName } }`, { c: w.community.gid });
    expect(pub.data.publicCharter).toMatchObject({ version: 2, body: expect.stringContaining("修订稿"), communityName: w.community.name });
    await d.refused("adoptCharter", { id: v2.id, input: { adoptedOn: dayFrom(0) } }, w.admin, "CONFLICT", "id");
  });

  it("7+X members: one director per term, one seat per resident, residents of the community only; leaving keeps history", async () => {
    const input = { termId: w.term.id, residentId: w.residents[9]!.gid, seat: "NOTABLES" };
    await d.refused("addCommitteeMember", { input: { ...input, role: "DIRECTOR" } }, w.admin, "CONFLICT", "input.role");
    await d.refused("addCommitteeMember", { input: { ...input, residentId: w.residents[0]!.gid } }, w.admin, "DUPLICATE", "input.residentId");
    const stranger = await kit.seed.resident((await kit.seed.place()).community.id);
    await d.refused("addCommitteeMember", { input: { ...input, residentId: stranger.gid } }, w.admin, "NOT_FOUND", "input.residentId");
    await d.refused("addCommitteeMember", { input: { ...input, joinedOn: dayFrom(-900) } }, w.admin, "INVALID", "input.joinedOn");

    const member = await d.ok("addCommitteeMember", { input: { ...input, role: "SECRETARY" } }, w.admin);
    expect(member).toMatchObject({ name: "村民10号", role: "SECRETARY", sitting: true });
    // allowedSteps: END for staff with committee:manage while the seat is held; never for an app, nor after leaving.
    const seatSteps = async (as: Parameters<typeof kit.gql>[2]) => (await kit.gql(`query($id: ID!) { node(id: $id) { ... on CommitteeMembership { allowedSteps } } }`, { id: member.id }, as)).data.node?.allowedSteps;
    expect(await seatSteps(w.admin)).toEqual(["END"]);
    expect(await seatSteps(w.asResident(0))).toEqual([]);
    await d.refused("endCommitteeMembership", { id: member.id, input: { leftOn: dayFrom(-900) } }, w.admin, "INVALID", "input.leftOn");
    const left = await d.ok("endCommitteeMembership", { id: member.id, input: { leftOn: dayFrom(0), reason: "工作调动" } }, w.admin);
    expect(left).toMatchObject({ sitting: false, leftOn: dayFrom(0) });
    expect(await seatSteps(w.admin)).toEqual([]);
    await d.refused("endCommitteeMembership", { id: member.id, input: { leftOn: dayFrom(0) } }, w.admin, "CONFLICT", "id");

    const q = await kit.gql(
      `query($c: ID!) { deliberationCommittee(communityId: $c) { all: members { totalCount } sitting: members(sittingOnly: true) { totalCount } notables: members(seat: NOTABLES) { totalCount } seatSummary { seat count } currentTerm { number isCurrent } } }`,
      { c: w.community.gid },
      w.admin,
    );
    const c = q.data.deliberationCommittee;
    expect(c.all.totalCount).toBeGreaterThan(c.sitting.totalCount);
    expect(c.notables.totalCount).toBe(2);
    expect(c.seatSummary).toHaveLength(7);
    expect(c.seatSummary.every((s: { count: number }) => s.count >= 1)).toBe(true);
    expect(c.currentTerm).toEqual({ number: 1, isCurrent: true });
    const byTerm = await kit.gql(`query($c: ID!, $t: ID!) { deliberationCommittee(communityId: $c) { members(termId: $t, first: 100) { totalCount edges { node { term { id } } } } } }`, { c: w.community.gid, t: w.term.id }, w.admin);
    expect(byTerm.data.deliberationCommittee.members.totalCount).toBe(c.all.totalCount);
  });

  it("the catalog: a clause number is unique per kind; retired clauses leave the list but stay readable", async () => {
    await d.refused("addConsultationClause", { input: { communityId: w.community.gid, kind: "MUST", number: 1, text: "重复" } }, w.admin, "DUPLICATE", "input.number");
    await d.refused("addConsultationClause", { input: { communityId: w.community.gid, kind: "MUST", number: 2, text: "" } }, w.admin, "REQUIRED", "input.text");
    const q = `query($c: ID!, $r: Boolean) { consultationClauses(communityId: $c, includeRetired: $r) { totalCount } }`;
    const current = (await kit.gql(q, { c: w.community.gid }, w.admin)).data.consultationClauses.totalCount;
    const all = (await kit.gql(q, { c: w.community.gid, r: true }, w.admin)).data.consultationClauses.totalCount;
    expect(all).toBe(current + 1);
  });
});
