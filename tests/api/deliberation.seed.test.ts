// The demo data read back through the API as a new user would: 英南村's 农民公寓 topic resolved and
// publicized, a declined topic, one collecting co-signatures; 直冲村's committee and next meeting.
import { DEMO_PASSWORD, seedDemoIfEmpty } from "@gongzhi/api/src/seed/demo.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, success, type As, type TestKit } from "./testkit.js";

let kit: TestKit;
const ids: Record<string, string> = {};

beforeAll(async () => {
  kit = await createTestKit();
  await seedDemoIfEmpty(kit.prisma);
  for (const name of ["英南村", "直冲村"]) {
    const c = await kit.prisma.community.findFirstOrThrow({ where: { name } });
    ids[name] = Buffer.from(`Community:${c.id}`).toString("base64");
  }
}, 180_000);
afterAll(async () => {
  await kit?.close();
});

async function signIn(username: string): Promise<As> {
  const r = await kit.gql(`mutation($i: SignInInput!) { signIn(input: $i) { __typename ... on MutationSignInSuccess { data { id } } } }`, { i: { username, password: DEMO_PASSWORD } });
  success(r, "signIn");
  return { headers: { cookie: r.headers.get("set-cookie")!.split(";")[0]! } };
}

describe("demo deliberation data", () => {
  it("英南村's notices and charter are public and final", async () => {
    const r = await kit.gql(
      `query($c: ID!) { publicNotices(communityId: $c) { totalCount edges { node { title stage status objectionCount } } } publicCharter(communityId: $c) { version title } }`,
      { c: ids["英南村"] },
    );
    expect(r.errors).toBeUndefined();
    const notices = r.data.publicNotices.edges.map((e: { node: unknown }) => e.node);
    expect(notices).toHaveLength(5);
    expect(notices.every((n: { status: string }) => n.status === "FINAL")).toBe(true);
    expect(notices.map((n: { title: string }) => n.title)).toContain("【决议公示】农民公寓抽签分配方案");
    expect(r.data.publicCharter).toEqual({ version: 2, title: "英南村议事委员会章程" });
  });

  it("the 农民公寓 topic went through three meetings, a passed vote and a resolution being implemented", async () => {
    const admin = await signIn("district_admin");
    const r = await kit.gql(
      `query($c: ID!) { topics(communityId: $c) { edges { node { title status cosignCount readyForReview declineClause { label }
          agendaItems { meeting { status quorum { reached } } } votes { result tally { for against abstain present } }
          resolutions { status updates { note } } timeline { fromStatus toStatus } stakeholders { name } } } } }`,
      { c: ids["英南村"] },
      admin,
    );
    expect(r.errors).toBeUndefined();
    const topics = r.data.topics.edges.map((e: { node: any }) => e.node);
    const apartment = topics.find((t: { title: string }) => t.title === "农民公寓抽签分配方案");
    expect(apartment).toMatchObject({ status: "RESOLVED", readyForReview: true, resolutions: [{ status: "IN_PROGRESS" }] });
    expect(apartment.agendaItems).toHaveLength(3);
    expect(apartment.agendaItems.every((i: { meeting: { status: string; quorum: { reached: boolean } } }) => i.meeting.status === "CLOSED" && i.meeting.quorum.reached)).toBe(true);
    expect(apartment.votes).toEqual([{ result: "PASSED", tally: { for: 5, against: 0, abstain: 1, present: 6 } }]);
    expect(apartment.stakeholders).toHaveLength(2);
    expect(topics.find((t: { status: string }) => t.status === "DECLINED").declineClause).toEqual({ label: "不议事项第2条" });
    expect(topics.find((t: { status: string }) => t.status === "SUBMITTED")).toMatchObject({ readyForReview: false, cosignCount: 2 });
    // Every timeline ends in the topic's status, and each step starts where the last one ended.
    for (const t of topics) {
      const steps = t.timeline as { fromStatus: string | null; toStatus: string }[];
      steps.slice(1).forEach((s, i) => expect(s.fromStatus, t.title).toBe(steps[i]!.toStatus));
      expect(steps.at(-1)!.toStatus, t.title).toBe(t.status);
    }
  });

  it("直冲村's admin sees the committee, its members and the upcoming meeting", async () => {
    const admin = await signIn("zhichong_admin");
    const r = await kit.gql(
      `query($c: ID!) { deliberationCommittee(communityId: $c) { name currentCharter { version } all: members { totalCount } sitting: members(sittingOnly: true) { totalCount } }
        meetings(communityId: $c, status: [SCHEDULED]) { edges { node { title agenda { topic { title status } } quorum { sitting } attendance { status } } } }
        topics(communityId: $c, status: [SUBMITTED]) { edges { node { title cosignCount cosignThreshold } } } }`,
      { c: ids["直冲村"] },
      admin,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.deliberationCommittee).toEqual({ name: "直冲村议事委员会", currentCharter: { version: 1 }, all: { totalCount: 10 }, sitting: { totalCount: 9 } });
    const [meeting] = r.data.meetings.edges.map((e: { node: any }) => e.node);
    expect(meeting.title).toBe("十二月协商议事日");
    expect(meeting.agenda.map((a: { topic: { status: string } }) => a.topic.status)).toEqual(["SCHEDULED", "SCHEDULED"]);
    expect(meeting.quorum.sitting).toBe(9);
    expect(meeting.attendance.filter((a: { status: string | null }) => a.status === "EXCUSED")).toHaveLength(1);
    expect(r.data.topics.edges).toEqual([{ node: { title: "篮球场加装夜间照明", cosignCount: 4, cosignThreshold: 10 } }]);
  });
});
