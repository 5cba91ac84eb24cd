// Notices (公示) through the API: anyone reads published notices without signing in and nothing
// private leaks; a notice never changes once published (only withdrawn, with a public reason);
// objections only during the period; answers decide whether it becomes final.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, type TestKit } from "./testkit.js";
import { dbIdOf, deliberation } from "./deliberation.kit.js";

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

const announce = (title = "关于春节期间值班安排的公告", periodDays?: number) =>
  d.ok("publishNotice", { input: { communityId: w.community.gid, title, content: "春节期间村委会每日安排专人值班。", ...(periodDays ? { periodDays } : {}) } }, w.staff);
/** End the notice's period now (the clock moves by shifting the row's end into the past). */
const endPeriod = (id: string) => kit.prisma.notice.update({ where: { id: dbIdOf(id) }, data: { endsAt: new Date(Date.now() - 1000) } });
const publicOne = async (id: string) => (await kit.gql(`query($id: ID!) { publicNotice(id: $id) { status finalAt withdrawnAt withdrawReason objectionCount upheldObjectionCount } }`, { id })).data.publicNotice;

describe("publishing", () => {
  it("a period of 1–90 days, 7 by default; empty text refused", async () => {
    const n = await announce();
    const days = (new Date(n.endsAt).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7);
    await d.refused("publishNotice", { input: { communityId: w.community.gid, title: "t", content: "c", periodDays: 0 } }, w.staff, "INVALID", "input.periodDays");
    await d.refused("publishNotice", { input: { communityId: w.community.gid, title: "t", content: "c", periodDays: 91 } }, w.staff, "INVALID", "input.periodDays");
    await d.refused("publishNotice", { input: { communityId: w.community.gid, title: "t", content: " " } }, w.staff, "REQUIRED", "input.content");
  });

  it("a topic stage only once reached, and not twice while the first stands; charters as drafts or adopted", async () => {
    const submitted = await d.ok("proposeTopic", { input: { communityId: w.community.gid, title: "新议题", description: "d", category: "OTHER" } }, w.staff);
    await d.refused("publishTopicStage", { input: { topicId: submitted.id, stage: "PROPOSAL" } }, w.staff, "CONFLICT", "input.stage");
    const accepted = await d.acceptedTopic(w, "立项公示的议题");
    await d.refused("publishTopicStage", { input: { topicId: accepted.id, stage: "RESOLUTION" } }, w.staff, "CONFLICT", "input.stage");
    const first = await d.ok("publishTopicStage", { input: { topicId: accepted.id, stage: "PROPOSAL" } }, w.staff);
    await d.refused("publishTopicStage", { input: { topicId: accepted.id, stage: "PROPOSAL" } }, w.staff, "DUPLICATE", "input.stage");
    await d.ok("withdrawNotice", { id: first.id, input: { reason: "内容有误，更正后重新公示" } }, w.staff);
    expect((await d.ok("publishTopicStage", { input: { topicId: accepted.id, stage: "PROPOSAL" } }, w.staff)).status).toBe("PUBLISHED");

    const draft = await d.ok("draftCharter", { input: { committeeId: w.committee.id, title: "章程修订稿", body: "征求意见稿正文" } }, w.admin);
    const n = await d.ok("publishCharter", { input: { charterId: draft.id, periodDays: 10 } }, w.staff);
    expect(n).toMatchObject({ subjectType: "CharterVersion", stage: "DRAFT", title: expect.stringContaining("章程草案征求意见") });
    expect((await d.ok("publishCharter", { input: { charterId: w.charter.id } }, w.staff)).stage).toBe("ADOPTED");
    await d.ok("adoptCharter", { id: draft.id, input: { adoptedOn: new Date().toISOString().slice(0, 10) } }, w.admin);
    await d.refused("publishCharter", { input: { charterId: w.charter.id } }, w.staff, "CONFLICT", "input.charterId"); // v1 is now SUPERSEDED
  });
});

describe("a notice never changes once published", () => {
  it("the only mutations touching a notice publish it or withdraw it", async () => {
    const r = await kit.gql(`{ __schema { mutationType { fields { name type { ofType { name } } } } } }`);
    const fields = r.data.__schema.mutationType.fields as { name: string }[];
    const noticeMutations = fields.map((f) => f.name).filter((n) => /notice|stage|charter/i.test(n) && !/draft|adopt/i.test(n));
    expect(noticeMutations.sort()).toEqual(["publishCharter", "publishNotice", "publishTopicStage", "withdrawNotice"]);
  });

  it("withdrawal needs a reason, happens once, and the reason is public", async () => {
    const n = await announce("将被撤回的公告");
    await d.refused("withdrawNotice", { id: n.id, input: { reason: "" } }, w.staff, "REQUIRED", "input.reason");
    const before = await kit.prisma.notice.findUniqueOrThrow({ where: { id: dbIdOf(n.id) } });
    await d.ok("withdrawNotice", { id: n.id, input: { reason: "值班安排调整，另行公告" } }, w.staff);
    const after = await kit.prisma.notice.findUniqueOrThrow({ where: { id: dbIdOf(n.id) } });
    expect({ ...after, withdrawnAt: null, withdrawReason: null }).toEqual(before); // title, content, period untouched
    await d.refused("withdrawNotice", { id: n.id, input: { reason: "again" } }, w.staff, "CONFLICT", "id");
    expect(await publicOne(n.id)).toMatchObject({ status: "WITHDRAWN", withdrawReason: "值班安排调整，另行公告" });
    await d.refused("fileObjection", { input: { noticeId: n.id, text: "异议" } }, w.asResident(10), "CONFLICT", "input.noticeId");
  });
});

describe("objections", () => {
  it("through an app acting for a resident of the community, or recorded by staff with a name", async () => {
    const n = await announce("征求意见的公告");
    await d.refused("fileObjection", { input: { noticeId: n.id, text: "异议" } }, { headers: w.app.headers }, "REQUIRED", "x-act-as-resident");
    await d.refused("fileObjection", { input: { noticeId: n.id, text: "异议" } }, w.staff, "REQUIRED", "input.filerName");
    await d.refused("fileObjection", { input: { noticeId: n.id, text: "" } }, w.asResident(3), "REQUIRED", "input.text");
    expect(await d.ok("fileObjection", { input: { noticeId: n.id, text: "窗口来访提出的意见", filerName: "李阿姨", filerContact: "13912345678" } }, w.staff)).toMatchObject({ filerName: "李阿姨" });
    expect(await d.ok("fileObjection", { input: { noticeId: n.id, text: "值班电话打不通", filerName: "冒名" } }, w.asResident(3))).toMatchObject({ filerName: "村民4号" });

    // The contact is shown in full to those who answer and masked to other staff.
    const auditor = await kit.seed.account("AUDITOR", w.community);
    const q = `query($id: ID!) { node(id: $id) { ... on Notice { objections { filerName filerContact filedThroughApp filedByResident } } } }`;
    expect((await kit.gql(q, { id: n.id }, w.staff)).data.node.objections[0]).toEqual({ filerName: "李阿姨", filerContact: "13912345678", filedThroughApp: false, filedByResident: false });
    expect((await kit.gql(q, { id: n.id }, auditor)).data.node.objections[0].filerContact).toBe("139****5678");
    // An app sees only the objections of the resident it acts for.
    expect((await kit.gql(q, { id: n.id }, w.asResident(3))).data.node.objections).toEqual([{ filerName: "村民4号", filerContact: null, filedThroughApp: true, filedByResident: true }]);
    expect((await kit.gql(q, { id: n.id }, w.asResident(5))).data.node.objections).toEqual([]);
  });

  it("after the period they are refused; unanswered ones hold the notice; answers make it FINAL", async () => {
    const n = await announce("期满的公告");
    const o = await d.ok("fileObjection", { input: { noticeId: n.id, text: "有异议" } }, w.asResident(4));
    await endPeriod(n.id);
    const late = await d.refused("fileObjection", { input: { noticeId: n.id, text: "迟到的异议" } }, w.asResident(5), "CONFLICT", "input.noticeId");
    expect(late.message).toContain("公示期已结束");
    expect(await publicOne(n.id)).toMatchObject({ status: "AWAITING_ANSWERS", finalAt: null });
    await d.refused("answerObjection", { id: o.id, input: { decision: "DISMISSED", reason: "" } }, w.staff, "REQUIRED", "input.reason");
    await d.ok("answerObjection", { id: o.id, input: { decision: "DISMISSED", reason: "经核实，安排符合规定。" } }, w.staff);
    await d.refused("answerObjection", { id: o.id, input: { decision: "UPHELD", reason: "改判" } }, w.staff, "CONFLICT", "id");
    const final = await publicOne(n.id);
    expect(final).toMatchObject({ status: "FINAL", objectionCount: 1, upheldObjectionCount: 0 });
    expect(final.finalAt).not.toBeNull();
  });

  it("an upheld objection stops the notice from becoming final", async () => {
    const n = await announce("有误的公告");
    const o = await d.ok("fileObjection", { input: { noticeId: n.id, text: "名单有误" } }, w.asResident(6));
    await d.ok("answerObjection", { id: o.id, input: { decision: "UPHELD", reason: "确有错误，将更正后重新公示。" } }, w.staff);
    await endPeriod(n.id);
    expect(await publicOne(n.id)).toMatchObject({ status: "OBJECTION_UPHELD", upheldObjectionCount: 1, finalAt: null });
  });
});

describe("the public read API", () => {
  it("needs no sign-in, lists only this community's notices by status, and leaks nothing private", async () => {
    const n = await announce("公开读取测试");
    await d.ok("fileObjection", { input: { noticeId: n.id, text: "私密的异议内容", filerName: "王五", filerContact: "13700000000" } }, w.staff);
    const other = await d.community({ cosignThreshold: 0 });
    await d.ok("publishNotice", { input: { communityId: other.community.gid, title: "别村的公告", content: "c" } }, other.staff);

    const r = await kit.gql(`query($c: ID!) { publicNotices(communityId: $c, first: 100) { totalCount edges { node { id title communityName status content withdrawReason } } } }`, { c: w.community.gid });
    expect(r.errors).toBeUndefined();
    const titles = r.data.publicNotices.edges.map((e: { node: { title: string } }) => e.node.title);
    expect(titles).toContain("公开读取测试");
    expect(titles).not.toContain("别村的公告");
    const json = JSON.stringify(r.data);
    for (const secret of ["私密的异议内容", "王五", "13700000000", "测试user_"]) expect(json).not.toContain(secret);

    const published = await kit.gql(`query($c: ID!) { publicNotices(communityId: $c, status: PUBLISHED, first: 100) { edges { node { status } } } }`, { c: w.community.gid });
    expect(published.data.publicNotices.edges.every((e: { node: { status: string } }) => e.node.status === "PUBLISHED")).toBe(true);
    const final = await kit.gql(`query($c: ID!) { publicNotices(communityId: $c, status: FINAL) { edges { node { status } } } }`, { c: w.community.gid });
    expect(final.data.publicNotices.edges.map((e: { node: { status: string } }) => e.node.status)).toEqual(["FINAL"]);

    // The public type has no field for objections' texts, filers, or who published.
    const t = await kit.gql(`{ __type(name: "PublicNotice") { fields { name } } }`);
    expect(t.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(
      ["answers", "communityName", "content", "endsAt", "finalAt", "id", "objectionCount", "pendingObjectionCount", "periodDays", "publishedAt", "stage", "status", "subjectId", "subjectType", "title", "upheldObjectionCount", "withdrawReason", "withdrawnAt"].sort(),
    );
    // An objection's answer is public (the decision, the reason, when), never its text or filer.
    const a = await kit.gql(`{ __type(name: "PublicObjectionAnswer") { fields { name } } }`);
    expect(a.data.__type.fields.map((f: { name: string }) => f.name).sort()).toEqual(["answer", "answeredAt", "status"]);
    const objection = await kit.prisma.noticeObjection.findFirstOrThrow({ where: { text: "私密的异议内容" } });
    await d.ok("answerObjection", { id: Buffer.from(`NoticeObjection:${objection.id}`).toString("base64"), input: { decision: "DISMISSED", reason: "公告内容无误。" } }, w.staff);
    const answered = await kit.gql(`query($id: ID!) { publicNotice(id: $id) { objectionCount pendingObjectionCount answers { status answer answeredAt } } }`, { id: n.id });
    expect(answered.data.publicNotice).toMatchObject({ objectionCount: 1, pendingObjectionCount: 0, answers: [{ status: "DISMISSED", answer: "公告内容无误。" }] });
    for (const secret of ["私密的异议内容", "王五", "13700000000"]) expect(JSON.stringify(answered.data)).not.toContain(secret);
    // The staff list is not public.
    expect(gqlError(await kit.gql(`query($c: ID!) { notices(communityId: $c) { totalCount } }`, { c: w.community.gid })).code).toBe("UNAUTHENTICATED");
  });
});
