// Double clicks and racing clients: the same "only once" command sent ten times at once has exactly
// one effect; every other copy gets a typed refusal (DUPLICATE or CONFLICT), never a second row
// and never an unexpected error. Meaningful on PostgreSQL (TEST_DATABASE_URL), where the
// transactions really overlap, and on PGlite, where checks made before the transaction interleave.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, type As, type GqlResult, type TestKit } from "../api/testkit.js";
import { dayFrom, dbIdOf, deliberation, type DName } from "../api/deliberation.kit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
let w: Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;

beforeAll(async () => {
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 0 });
});
afterAll(async () => {
  await kit?.close();
});

/** Send the same mutation `n` times at once; sort the answers into successes and typed refusals. */
async function race(field: DName, vars: Record<string, unknown>, as: As, n = 10) {
  const results: GqlResult[] = await Promise.all(Array.from({ length: n }, () => d.m(field, vars, as)));
  const unexpected = results.filter((r) => r.errors || !r.data?.[field]);
  expect(unexpected.map((r) => r.errors), "no request ends in an unexpected error").toEqual([]);
  const payloads = results.map((r) => r.data[field]);
  const won = payloads.filter((p) => p.__typename !== "UserError").map((p) => p.data);
  const refused = payloads.filter((p) => p.__typename === "UserError") as { code: string; field: string | null }[];
  return { won, refused };
}

describe("the same publication sent ten times at once is published once", () => {
  it("a topic stage", async () => {
    const topic = await d.acceptedTopic(w, "同时点击十次的立项公示");
    const { won, refused } = await race("publishTopicStage", { input: { topicId: topic.id, stage: "PROPOSAL" } }, w.staff);
    expect(won).toHaveLength(1);
    expect(refused).toHaveLength(9);
    for (const e of refused) expect(e).toMatchObject({ code: "DUPLICATE", field: "input.stage" });
    expect(await kit.prisma.notice.count({ where: { subjectType: "Topic", subjectId: dbIdOf(topic.id), stage: "PROPOSAL" } })).toBe(1);
    const events = await kit.prisma.topicEvent.count({ where: { topicId: dbIdOf(topic.id), note: { contains: "阶段公示" } } });
    expect(events).toBe(1);
  });

  it("a charter draft for comment", async () => {
    const draft = await d.ok("draftCharter", { input: { committeeId: w.committee.id, title: "章程修订稿", body: "征求意见稿正文" } }, w.admin);
    const { won, refused } = await race("publishCharter", { input: { charterId: draft.id } }, w.staff);
    expect(won).toHaveLength(1);
    for (const e of refused) expect(e).toMatchObject({ code: "DUPLICATE", field: "input.charterId" });
    expect(await kit.prisma.notice.count({ where: { subjectType: "CharterVersion", subjectId: dbIdOf(draft.id) } })).toBe(1);
  });
});

describe("the same command sent ten times at once takes effect once", () => {
  it("opening the vote on an agenda item", async () => {
    const topic = await d.acceptedTopic(w, "同时开启十次表决的议题");
    const meeting = await d.meetingInProgress(w, [topic.id]);
    const { won, refused } = await race("openVote", { input: { agendaItemId: meeting.agenda[0].id } }, w.admin);
    expect(won).toHaveLength(1);
    for (const e of refused) expect(e).toMatchObject({ code: "CONFLICT", field: "input.agendaItemId" });
    expect(await kit.prisma.vote.count({ where: { topicId: dbIdOf(topic.id) } })).toBe(1);
  });

  it("seating a resident on the committee", async () => {
    const vars = { input: { termId: w.term.id, residentId: w.residents[12]!.gid, seat: "RESIDENT_REPRESENTATIVES", role: "MEMBER" } };
    const { won, refused } = await race("addCommitteeMember", vars, w.admin);
    expect(won).toHaveLength(1);
    for (const e of refused) expect(e).toMatchObject({ code: "DUPLICATE", field: "input.residentId" });
    expect(await kit.prisma.committeeMembership.count({ where: { termId: dbIdOf(w.term.id), residentId: w.residents[12]!.id, leftOn: null } })).toBe(1);
  });

  it("a second director for the same term", async () => {
    const director = w.members[0]!;
    await d.ok("endCommitteeMembership", { id: director.id, input: { leftOn: dayFrom(0) } }, w.admin);
    const results = await Promise.all(
      [13, 14, 15, 16].map((i) =>
        d.m("addCommitteeMember", { input: { termId: w.term.id, residentId: w.residents[i]!.gid, seat: "PARTY_ORGANIZATION", role: "DIRECTOR" } }, w.admin),
      ),
    );
    const payloads = results.map((r) => r.data?.addCommitteeMember);
    expect(payloads.filter((p) => p?.__typename !== "UserError")).toHaveLength(1);
    for (const p of payloads.filter((p) => p?.__typename === "UserError")) expect(p).toMatchObject({ code: "CONFLICT", field: "input.role" });
    expect(await kit.prisma.committeeMembership.count({ where: { termId: dbIdOf(w.term.id), role: "DIRECTOR", leftOn: null } })).toBe(1);
  });

  it("overlapping terms of the same committee", async () => {
    const results = await Promise.all(
      [2, 3, 4, 5, 6].map((number) =>
        d.m("createCommitteeTerm", { input: { committeeId: w.committee.id, number, startsOn: dayFrom(365 * 3), endsOn: dayFrom(365 * 6) } }, w.admin),
      ),
    );
    expect(results.filter((r) => r.errors)).toEqual([]);
    const payloads = results.map((r) => r.data.createCommitteeTerm);
    expect(payloads.filter((p) => p.__typename !== "UserError")).toHaveLength(1);
    for (const p of payloads.filter((p) => p.__typename === "UserError")) expect(p).toMatchObject({ code: "CONFLICT", field: "input.startsOn" });
  });

  it("adopting two drafts at once leaves one version in force", async () => {
    const a = await d.ok("draftCharter", { input: { committeeId: w.committee.id, title: "修订稿甲", body: "甲" } }, w.admin);
    const b = await d.ok("draftCharter", { input: { committeeId: w.committee.id, title: "修订稿乙", body: "乙" } }, w.admin);
    const results = await Promise.all([a, b].map((c) => d.m("adoptCharter", { id: c.id, input: { adoptedOn: dayFrom(0) } }, w.admin)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await kit.prisma.charterVersion.count({ where: { committeeId: dbIdOf(w.committee.id), status: "ADOPTED" } })).toBe(1);
  });

  it("inviting the same resident to a topic", async () => {
    const topic = await d.acceptedTopic(w, "同时邀请十次的议题");
    const { won, refused } = await race("inviteStakeholder", { input: { topicId: topic.id, residentId: w.residents[16]!.gid } }, w.admin);
    expect(won).toHaveLength(1);
    for (const e of refused) expect(e).toMatchObject({ code: "DUPLICATE", field: "input.residentId" });
    expect(await kit.prisma.topicStakeholder.count({ where: { topicId: dbIdOf(topic.id) } })).toBe(1);
  });
});
