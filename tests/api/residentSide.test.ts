// The resident side of the public pages (issue #14, items 3 and "Bad input"): a resident signed in
// with a one-time code reads "my objections" (notices(filedByViewer)) and "my requests"
// (projects(requestedByViewer)), each limited to their own; an objection after the period and a
// second co-signature are refused with a clear Chinese message and change nothing; the satisfaction
// survey is answered once.
import { setMessageProvider, type MessageProvider, type OutgoingMessage } from "@gongzhi/api/src/shared/messages/provider.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dbIdOf, deliberation } from "./deliberation.kit.js";
import { createTestKit, mutationDoc, success, userError, type As, type GqlResult, type TestKit } from "./testkit.js";

let kit: TestKit;
let d: ReturnType<typeof deliberation>;
type World = Awaited<ReturnType<ReturnType<typeof deliberation>["community"]>>;
let w: World;
let other: World;

const sent: OutgoingMessage[] = [];
const recording: MessageProvider = { name: "development", keepsText: true, immediate: true, send: (m) => (sent.push(m), Promise.resolve({ providerMessageId: null })) };

let seq = 0;
const newPhone = () => `137${String(Date.now() % 1e4).padStart(4, "0")}${String(seq++).padStart(4, "0")}`;
const newIp = () => `10.24.${Math.floor(seq / 250)}.${(seq++ % 250) + 1}`;

async function call<T = any>(query: string, variables: Record<string, unknown>, as?: As): Promise<GqlResult<T>> {
  const res = await kit.yoga.fetch(
    "http://test/graphql",
    { method: "POST", headers: { "content-type": "application/json", ...(as?.headers ?? {}) }, body: JSON.stringify({ query, variables }) },
    { req: { ip: newIp() } },
  );
  const body = (await res.json()) as { data?: T; errors?: GqlResult["errors"] };
  return { ...body, status: res.status, headers: res.headers };
}

const REQUEST = mutationDoc("requestResidentCode", "$input: RequestResidentCodeInput!", "input: $input", "message");
const SIGN_IN = mutationDoc("signInResident", "$input: SignInResidentInput!", "input: $input", "id");

/** Resident `i` of the world, signed in with a code: the cookie as headers. */
async function signedIn(world: World, i: number): Promise<As & { residentId: string }> {
  const phone = newPhone();
  await kit.prisma.resident.update({ where: { id: world.residents[i]!.id }, data: { phone } });
  success(await call(REQUEST, { input: { communityId: world.community.gid, phone } }), "requestResidentCode");
  const code = [...sent].reverse().find((m) => m.phone === phone)?.params.code;
  const r = await call(SIGN_IN, { input: { communityId: world.community.gid, phone, code } });
  success(r, "signInResident");
  const m = /gz_resident=([^;]*)/.exec(r.headers.get("set-cookie") ?? "");
  return { headers: { cookie: `gz_resident=${m![1]}` }, residentId: world.residents[i]!.id };
}

const MY_OBJECTIONS = `query($c: ID!) { notices(communityId: $c, filedByViewer: true, first: 20) { totalCount edges { node { id title status objections { text status answer filerName } } } } }`;
const MY_REQUESTS = `query($c: ID!) { projects(communityId: $c, requestedByViewer: true, first: 20) { totalCount edges { node { id title status origin requestText } } } }`;
const REQUEST_PROJECT = mutationDoc("requestProject", "$input: RequestProjectInput!", "input: $input", "id title status origin requestText");
const SURVEY = mutationDoc("answerProjectSurvey", "$input: AnswerProjectSurveyInput!", "input: $input", "id score comment residentName");
const CREATE_TYPE = mutationDoc("createProjectType", "$input: CreateProjectTypeInput!", "input: $input", "id");

beforeAll(async () => {
  setMessageProvider(recording);
  kit = await createTestKit();
  d = deliberation(kit);
  w = await d.community({ cosignThreshold: 3 });
  other = await d.community();
}, 120_000);
afterAll(async () => {
  setMessageProvider(undefined);
  await kit?.close();
});

describe("my objections (notices filedByViewer)", () => {
  it("lists the notices the resident objected to with their own objection and the answer; nobody else's; empty for staff", async () => {
    const me = await signedIn(w, 10);
    const neighbour = await signedIn(w, 11);
    const a = await d.ok("publishNotice", { input: { communityId: w.community.gid, title: "村道修缮预算公示", content: "预算 3 万元。" } }, w.staff);
    const b = await d.ok("publishNotice", { input: { communityId: w.community.gid, title: "路灯更换公示", content: "更换 20 盏。" } }, w.staff);
    await d.ok("publishNotice", { input: { communityId: w.community.gid, title: "无人异议的公告", content: "c" } }, w.staff);
    const mine = await d.ok("fileObjection", { input: { noticeId: a.id, text: "预算偏高" } }, me);
    await d.ok("fileObjection", { input: { noticeId: a.id, text: "邻居的异议" } }, neighbour);
    await d.ok("fileObjection", { input: { noticeId: b.id, text: "只有邻居反对" } }, neighbour);
    await d.ok("answerObjection", { id: mine.id, input: { decision: "DISMISSED", reason: "预算经第三方审核" } }, w.admin);

    const r = await call(MY_OBJECTIONS, { c: w.community.gid }, me);
    expect(r.errors).toBeUndefined();
    expect(r.data.notices.totalCount).toBe(1);
    expect(r.data.notices.edges[0].node).toMatchObject({ id: a.id, title: "村道修缮预算公示" });
    expect(r.data.notices.edges[0].node.objections).toEqual([{ text: "预算偏高", status: "DISMISSED", answer: "预算经第三方审核", filerName: "村民11号" }]);
    const theirs = await call(MY_OBJECTIONS, { c: w.community.gid }, neighbour);
    expect(theirs.data.notices.totalCount).toBe(2);
    for (const e of theirs.data.notices.edges) expect(e.node.objections.map((o: any) => o.text)).not.toContain("预算偏高");
    // The clerk answering it sees it filed online by the resident, not recorded in person, and not through an app.
    const how = `query($id: ID!) { node(id: $id) { ... on Notice { objections { text filedByResident filedThroughApp } } } }`;
    const seen = (await kit.gql(how, { id: a.id }, w.staff)).data.node.objections;
    expect(seen).toContainEqual({ text: "预算偏高", filedByResident: true, filedThroughApp: false });
    // Staff: the filter means "filed by the viewer as a resident": none.
    expect((await kit.gql(MY_OBJECTIONS, { c: w.community.gid }, w.staff)).data.notices.totalCount).toBe(0);
    // Another community: nothing (the resident holds nothing there).
    expect((await call(MY_OBJECTIONS, { c: other.community.gid }, me)).data.notices.totalCount).toBe(0);
  });

  it("an objection after the period is refused with a clear Chinese message and changes nothing", async () => {
    const me = await signedIn(w, 12);
    const n = await d.ok("publishNotice", { input: { communityId: w.community.gid, title: "已到期的公示", content: "c" } }, w.staff);
    await kit.prisma.notice.update({ where: { id: dbIdOf(n.id) }, data: { endsAt: new Date(Date.now() - 1000) } });
    const e = await d.refused("fileObjection", { input: { noticeId: n.id, text: "迟到的异议" } }, me, "CONFLICT", "input.noticeId");
    expect(e.message).toMatch(/公示期/);
    expect((await call(MY_OBJECTIONS, { c: w.community.gid }, me)).data.notices.totalCount).toBe(0);
  });
});

describe("co-signing", () => {
  it("a second co-signature is refused as a duplicate with a clear Chinese message; the count stays", async () => {
    const proposer = await signedIn(w, 13);
    const me = await signedIn(w, 14);
    const topic = await d.ok("proposeTopic", { input: { communityId: w.community.gid, title: "村口增设公交站牌", description: "村民出行不便。", category: "OTHER" } }, proposer);
    await d.ok("cosignTopic", { id: topic.id }, me);
    const e = await d.refused("cosignTopic", { id: topic.id }, me, "DUPLICATE", "id");
    expect(e.message).toMatch(/已.*联名/);
    const r = await call(`query($c: ID!) { topics(communityId: $c, status: [SUBMITTED], first: 50) { edges { node { id cosignCount cosignThreshold viewerHasCosigned proposedByViewer } } } }`, { c: w.community.gid }, me);
    expect(r.data.topics.edges.find((x: any) => x.node.id === topic.id).node).toEqual({ id: topic.id, cosignCount: 1, cosignThreshold: 3, viewerHasCosigned: true, proposedByViewer: false });
    const mine = await call(`query($c: ID!) { topics(communityId: $c, proposedByViewer: true) { edges { node { id proposedByViewer } } } }`, { c: w.community.gid }, proposer);
    expect(mine.data.topics.edges.map((x: any) => x.node)).toEqual([{ id: topic.id, proposedByViewer: true }]);
  });
});

describe("my requests (projects requestedByViewer) and the survey", () => {
  it("群众点菜 by a signed-in resident lists only their own requests; the survey is answered once", async () => {
    const type = success(await kit.gql(CREATE_TYPE, { input: { communityId: w.community.gid, name: "民生微实事" } }, w.admin), "createProjectType");
    const me = await signedIn(w, 15);
    const neighbour = await signedIn(w, 16);
    const req = success(await call(REQUEST_PROJECT, { input: { communityId: w.community.gid, typeId: type.id, title: "村口加装路灯", requestText: "晚上太黑" } }, me), "requestProject");
    expect(req).toMatchObject({ status: "PROPOSED", origin: "RESIDENT_REQUEST", requestText: "晚上太黑" });
    success(await call(REQUEST_PROJECT, { input: { communityId: w.community.gid, typeId: type.id, title: "篮球场翻新", requestText: "地面开裂" } }, neighbour), "requestProject");
    const bad = userError(await call(REQUEST_PROJECT, { input: { communityId: w.community.gid, typeId: type.id, title: "", requestText: "x" } }, me), "requestProject");
    expect(bad.field).toBe("input.title");

    const r = await call(MY_REQUESTS, { c: w.community.gid }, me);
    expect(r.data.projects.edges.map((e: any) => e.node)).toEqual([{ id: req.id, title: "村口加装路灯", status: "PROPOSED", origin: "RESIDENT_REQUEST", requestText: "晚上太黑" }]);
    expect((await kit.gql(MY_REQUESTS, { c: w.community.gid }, w.admin)).data.projects.totalCount).toBe(0);

    // The project done (its lifecycle is the projects suites' concern): the survey opens, once per resident.
    await kit.prisma.project.update({ where: { id: dbIdOf(req.id) }, data: { status: "COMPLETED", approvedAt: new Date(), completedAt: new Date() } });
    const open = await call(`query($id: ID!) { node(id: $id) { ... on Project { surveyOpen viewerSurveyResponse { score } } } }`, { id: req.id }, me);
    expect(open.data.node).toEqual({ surveyOpen: true, viewerSurveyResponse: null });
    // The public feed says so too (no sign-in), for the public page's survey link.
    const pub = await call(`query($id: ID!) { publicProject(id: $id) { status surveyOpen } }`, { id: req.id });
    expect(pub.data.publicProject).toEqual({ status: "COMPLETED", surveyOpen: true });
    const answer = success(await call(SURVEY, { input: { projectId: req.id, score: 5, comment: "很好" } }, me), "answerProjectSurvey");
    expect(answer).toMatchObject({ score: 5, comment: "很好", residentName: "村民16号" });
    const before = await kit.prisma.projectSurveyResponse.count();
    const twice = userError(await call(SURVEY, { input: { projectId: req.id, score: 1 } }, me), "answerProjectSurvey");
    expect(twice).toMatchObject({ code: "CONFLICT", field: "input.projectId" });
    expect(twice.message).toMatch(/已评价/);
    expect(await kit.prisma.projectSurveyResponse.count()).toBe(before);
    const after = await call(`query($id: ID!) { node(id: $id) { ... on Project { viewerSurveyResponse { score comment } } } }`, { id: req.id }, me);
    expect(after.data.node.viewerSurveyResponse).toEqual({ score: 5, comment: "很好" });
  });
});
