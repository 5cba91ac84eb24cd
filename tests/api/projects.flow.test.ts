// The whole journey of a special project through the API: a resident's request becomes a
// project, a need of the needs board and its sponsor are attached, it is deliberated and approved
// on the committee's resolution (立项公示), carried out by its lead with photos, receipts and
// expenses, completed (结项公示), rated by residents through an app, evaluated by the committee
// (评议结果公示); the timeline follows it all in order; the public feed shows it without private
// data; the lead's "my projects", the portfolio and its Excel export add it up.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ExcelJS } from "./service-kit.js";
import { b64, dayFrom, PNG, projectsKit, type ProjectsKit, type ProjectsWorld } from "./projects-kit.js";
import { createTestKit, type TestAccount, type TestKit } from "./testkit.js";

let kit: TestKit;
let pk: ProjectsKit;
let w: ProjectsWorld;
let streetAdmin: TestAccount;
const s: Record<string, any> = {};
const PDF = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"));

beforeAll(async () => {
  kit = await createTestKit();
  pk = projectsKit(kit);
  w = await pk.world();
  streetAdmin = await kit.seed.account("ADMIN", w.streetA);
});
afterAll(async () => {
  await kit?.close();
});

const PROJECT_PAGE = `query($id: ID!) { node(id: $id) { ... on Project {
  status percentComplete requestText requester { id } internalNote leadName viewerIsLead wholeCommunity grids { id } organization { id }
  topic { id } resolution { id } approvedByName allowedSteps
  budget { budgetFen spentFen remainingFen burnRate warning overspent receivedSponsorshipFen }
  budgetLines { id name source amountFen spentFen warning }
  milestones { id title overdue reached } nextMilestone { id } overdueMilestoneCount hasOverdue
  updates(first: 10) { totalCount edges { node { text percentComplete photos { url } } } }
  expenses(first: 20) { totalCount edges { node { amountFen isReversal receipt { url } } } }
  beneficiaries { group count } beneficiaryTotal
  sponsorships { sponsorName status receivedFen } needs { id status }
  satisfaction { responseCount averageScore distribution { score count } } surveyResponses { score residentName throughApp }
  timeline(first: 100) { totalCount edges { node { kind fromStatus toStatus summary note amountFen actorName createdAt subjectId } } }
} } }`;

describe("a project from a resident's request to an evaluated, public result", () => {
  it("is proposed from a resident's request, with its area, organization and lead", async () => {
    const p = await pk.ok(
      "createProject",
      {
        input: {
          communityId: w.A.community.gid,
          typeId: w.typeA.id,
          title: "江翠社区四点半课堂",
          description: "为双职工家庭的小学生提供放学后的课业辅导和看护。",
          origin: "RESIDENT_REQUEST",
          requestText: "孩子放学早，家长下班晚，希望社区能帮忙看护。",
          requesterResidentId: w.A.resident.gid,
          gridIds: [w.A.grid.gid],
          organizationId: w.A.socialOrganization.gid,
          leadAccountId: w.lead.gid,
          plannedStartOn: dayFrom(-30),
          plannedEndOn: dayFrom(60),
          internalNote: "场地需与学校协调（内部）",
        },
      },
      w.staffA,
    );
    expect(p).toMatchObject({ status: "PROPOSED", origin: "RESIDENT_REQUEST", wholeCommunity: false, grids: [{ id: w.A.grid.gid }], leadName: expect.stringContaining(w.lead.username) });
    s.project = p.id;
  });

  it("takes over a need of the needs board with its sponsor's pledge", async () => {
    const need = await pk.ok("createCommunityNeed", { input: { communityId: w.A.community.gid, title: "四点半课堂桌椅", description: "需要20套儿童桌椅", estimatedFen: 600_000 } }, w.staffA);
    const unit = await pk.ok("createAllianceUnit", { input: { nodeId: w.streetA.gid, name: "江南科技有限公司", kind: "COMPANY", contactName: "李经理", contactPhone: "13800001234" } }, streetAdmin);
    expect(unit).toMatchObject({ region: { id: w.streetA.gid }, community: null, contactPhone: "13800001234" });
    const pledge = await pk.ok("pledgeSponsorship", { input: { needId: need.id, allianceUnitId: unit.id, kind: "MONEY", pledgedFen: 500_000, pledgedOn: dayFrom(-20) } }, w.staffA);
    expect(pledge).toMatchObject({ status: "PLEDGED", sponsorType: "ALLIANCE_UNIT", need: { status: "CLAIMED" }, project: null });
    const linked = await pk.ok("linkCommunityNeedToProject", { id: need.id, projectId: s.project }, w.staffA);
    expect(linked.project).toEqual({ id: s.project });
    const sp = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Sponsorship { project { id } } } }`, { id: pledge.id }, w.staffA);
    expect(sp.data.node.project).toEqual({ id: s.project });
    // The staff of A see the unit's phone masked: they do not manage the street's units.
    const u = await kit.gql(`query($id: ID!) { node(id: $id) { ... on AllianceUnit { contactPhone } } }`, { id: unit.id }, w.staffA);
    expect(u.data.node.contactPhone).toBe("138****1234");
    Object.assign(s, { need: need.id, unit: unit.id, pledge: pledge.id });
  });

  it("is budgeted and planned, goes before the committee, and is approved on its resolution with a 立项公示", async () => {
    s.fiscal = (await pk.ok("addProjectBudgetLine", { input: { projectId: s.project, source: "FISCAL", name: "辅导老师补贴", amountFen: 300_000 } }, w.staffA)).id;
    s.donation = (await pk.ok("addProjectBudgetLine", { input: { projectId: s.project, source: "DONATION", name: "桌椅购置", amountFen: 500_000 } }, w.staffA)).id;
    s.m1 = (await pk.ok("addProjectMilestone", { input: { projectId: s.project, title: "场地布置完成", plannedStartOn: dayFrom(-25), plannedEndOn: dayFrom(-5) } }, w.lead)).id;
    s.m2 = (await pk.ok("addProjectMilestone", { input: { projectId: s.project, title: "首期课程结束", plannedEndOn: dayFrom(30) } }, w.staffA)).id;
    await pk.ok("addProjectTask", { input: { projectId: s.project, title: "招募志愿老师", milestoneId: s.m1, ownerName: "志愿者陈老师", dueOn: dayFrom(-10) } }, w.lead);
    const { topicId, resolutionId } = await pk.resolvedTopic(w.A.community.id);
    const d = await pk.ok("submitProjectForDeliberation", { id: s.project, input: { topicId, note: "提交议事会协商" } }, w.staffA);
    expect(d).toMatchObject({ status: "DELIBERATING", topic: { id: topicId } });
    await pk.refused("approveProject", { id: s.project, input: { note: "同意" } }, w.A.admin, "REQUIRED", "input.resolutionId");
    const a = await pk.ok("approveProject", { id: s.project, input: { resolutionId } }, w.A.admin);
    expect(a).toMatchObject({ status: "APPROVED", resolution: { id: resolutionId }, approvedByName: expect.any(String), allowedSteps: ["START", "CANCEL"] });
    const notices = await kit.gql(`query($c: ID!) { publicNotices(communityId: $c, subjectType: "Project") { edges { node { title content stage status } } } }`, { c: w.A.community.gid });
    const approval = notices.data.publicNotices.edges.map((e: any) => e.node).find((n: any) => n.stage === "APPROVAL");
    expect(approval.title).toBe("【项目立项公示】江翠社区四点半课堂");
    expect(approval.content).toContain("立项依据：议事决议「同意开设四点半课堂」");
    expect(approval.content).toContain("预算合计：¥8,000.00");
    expect(approval.content).not.toContain("孩子放学早");
    expect(approval.content).not.toContain("内部");
  });

  it("is carried out by its lead: photos (multipart), progress, a receipt and expenses; the pledge arrives", async () => {
    await pk.ok("startProject", { id: s.project, input: { note: "开课" } }, w.staffA);
    const up = await pk.uploadMultipart({ projectId: s.project, kind: "PHOTO" }, PNG(), "开课现场.png", w.lead);
    expect(up.errors).toBeUndefined();
    const photo = up.data.uploadProjectFile.data;
    expect(photo).toMatchObject({ kind: "PHOTO", mimeType: "image/png", originalName: "开课现场.png", attached: false });
    const update = await pk.ok("postProjectUpdate", { input: { projectId: s.project, text: "首批20名学生入班，志愿老师到位。", percentComplete: 40, photoIds: [photo.id] } }, w.lead);
    expect(update).toMatchObject({ percentComplete: 40, photos: [{ id: photo.id }], project: { percentComplete: 40 } });
    s.photoUrl = photo.url;
    const receipt = await pk.ok("uploadProjectFile", { input: { projectId: s.project, kind: "RECEIPT", contentBase64: b64(PDF), filename: "发票.pdf" } }, w.lead);
    expect(receipt.mimeType).toBe("application/pdf");
    s.receiptUrl = receipt.url;
    const e1 = await pk.ok("recordProjectExpense", { input: { projectId: s.project, budgetLineId: s.donation, spentOn: dayFrom(0), payee: "江门家具厂", amountFen: 480_000, description: "儿童桌椅20套", receiptFileId: receipt.id } }, w.lead);
    expect(e1).toMatchObject({ amountFen: 480_000, receipt: { id: receipt.id }, budgetLine: { spentFen: 480_000 } });
    const e2 = await pk.ok("recordProjectExpense", { input: { projectId: s.project, budgetLineId: s.fiscal, spentOn: dayFrom(0), payee: "王老师", amountFen: 100_000, description: "辅导补贴（错记）" } }, w.gridA);
    await pk.ok("updateProjectExpense", { id: e2.id, input: { amountFen: 120_000, description: "辅导补贴" } }, w.staffA);
    const received = await pk.ok("recordSponsorshipReceived", { id: s.pledge, input: { receivedFen: 500_000, receivedOn: dayFrom(0) } }, w.staffA);
    expect(received).toMatchObject({ status: "RECEIVED", receivedFen: 500_000 });
    expect((await pk.ok("fulfillCommunityNeed", { id: s.need }, w.staffA)).status).toBe("FULFILLED");
    await pk.ok("reachProjectMilestone", { id: s.m1, input: { completedOn: dayFrom(-3), note: "晚了两天" } }, w.gridA);
    await pk.ok("setProjectBeneficiaries", { input: { projectId: s.project, groups: [{ group: "CHILDREN", count: 20 }, { group: "DISADVANTAGED", count: 4, note: "困境儿童" }] } }, w.lead);
    const page = (await kit.gql(PROJECT_PAGE, { id: s.project }, w.lead)).data.node;
    expect(page).toMatchObject({
      status: "IN_PROGRESS",
      percentComplete: 40,
      viewerIsLead: true,
      // 4,800 of the 5,000 for furniture is spent: that line, and so the project, is NEARLY_SPENT.
      budget: { budgetFen: 800_000, spentFen: 600_000, remainingFen: 200_000, burnRate: 0.75, warning: "NEARLY_SPENT", overspent: false, receivedSponsorshipFen: 500_000 },
      nextMilestone: { id: s.m2 },
      overdueMilestoneCount: 0,
      beneficiaryTotal: 24,
    });
    // The lead's own role (AUDITOR) does not open the private fields.
    expect(page).toMatchObject({ requestText: null, requester: null, internalNote: null });
  });

  it("is completed with a 结项公示 once every milestone is reached", async () => {
    await pk.refused("completeProject", { id: s.project, input: { summary: "完成" } }, w.staffA, "CONFLICT", "id");
    await pk.ok("reachProjectMilestone", { id: s.m2, input: { completedOn: dayFrom(0) } }, w.lead);
    const c = await pk.ok("completeProject", { id: s.project, input: { summary: "首期课程结束，20名学生参加。", noticePeriodDays: 5 } }, w.staffA);
    expect(c).toMatchObject({ status: "COMPLETED", percentComplete: 100, allowedSteps: ["EVALUATE"] });
    const notice = await kit.prisma.notice.findFirstOrThrow({ where: { subjectType: "Project", stage: "COMPLETION" } });
    expect(notice.periodDays).toBe(5);
    expect(notice.content).toContain("预算¥8,000.00，实际支出¥6,000.00");
    expect(notice.content).toContain("资助：江南科技有限公司 ¥5,000.00");
    expect(notice.content).toContain("惠及群众24人");
  });

  it("is rated by residents through the app (once each) and evaluated by the committee with a published result", async () => {
    expect((await pk.ok("answerProjectSurvey", { input: { projectId: s.project, score: 5, comment: "孩子很喜欢" } }, w.asResident(1))).throughApp).toBe(true);
    await pk.ok("answerProjectSurvey", { input: { projectId: s.project, score: 4 } }, w.asResident(2));
    await pk.refused("answerProjectSurvey", { input: { projectId: s.project, score: 1 } }, w.asResident(1), "CONFLICT", "input.projectId");
    await pk.refused("answerProjectSurvey", { input: { projectId: s.project, score: 3 } }, w.app, "REQUIRED", "x-act-as-resident");
    const paper = await pk.ok("answerProjectSurvey", { input: { projectId: s.project, score: 3, residentId: w.residents[3]!.gid } }, w.A.admin);
    expect(paper.throughApp).toBe(false);
    const own = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Project { viewerSurveyResponse { score } surveyResponses { score } } } }`, { id: s.project }, w.asResident(1));
    expect(own.data.node).toEqual({ viewerSurveyResponse: { score: 5 }, surveyResponses: [] });
    const e = await pk.ok("evaluateProject", { id: s.project, input: { committeeScore: 92, committeeComment: "群众满意，建议常态化开展。" } }, w.staffA);
    expect(e).toMatchObject({ status: "EVALUATED", committeeScore: 92, allowedSteps: [] });
    await pk.refused("answerProjectSurvey", { input: { projectId: s.project, score: 5 } }, w.asResident(0), "CONFLICT", "input.projectId");
    const notice = await kit.prisma.notice.findFirstOrThrow({ where: { subjectType: "Project", stage: "EVALUATION" } });
    expect(notice.content).toContain("居民满意度：3人参评，平均4.00分");
    expect(notice.content).toContain("评议委员会评分：92分");
  });

  it("keeps a timeline that follows it from the request to the result, in order, with who, when, from and to", async () => {
    const page = (await kit.gql(PROJECT_PAGE, { id: s.project }, w.A.admin)).data.node;
    const events = page.timeline.edges.map((x: any) => x.node);
    expect(page.timeline.totalCount).toBe(events.length);
    const times = events.map((x: any) => x.createdAt);
    expect([...times].sort()).toEqual(times);
    const transitions = events.filter((x: any) => x.kind === "TRANSITION").map((x: any) => [x.fromStatus, x.toStatus]);
    expect(transitions).toEqual([
      ["PROPOSED", "DELIBERATING"],
      ["DELIBERATING", "APPROVED"],
      ["APPROVED", "IN_PROGRESS"],
      ["IN_PROGRESS", "COMPLETED"],
      ["COMPLETED", "EVALUATED"],
    ]);
    expect(events[0]).toMatchObject({ kind: "CREATED", toStatus: "PROPOSED" });
    const kinds = new Set(events.map((x: any) => x.kind));
    for (const k of ["NEED_LINKED", "BUDGET_CHANGED", "MILESTONE_ADDED", "MILESTONE_REACHED", "PROGRESS_UPDATE", "EXPENSE", "EXPENSE_CHANGED", "SPONSORSHIP_RECEIVED", "BENEFICIARIES_SET"]) {
      expect(kinds.has(k), k).toBe(true);
    }
    for (const x of events) expect(x.actorName, x.summary).toBeTruthy();
    expect(events.find((x: any) => x.kind === "TRANSITION" && x.toStatus === "DELIBERATING").note).toBe("提交议事会协商");
    expect(events.find((x: any) => x.kind === "EXPENSE" && x.amountFen === 480_000).summary).toContain("儿童桌椅20套");
    // Staff holding project:manage see the private fields and the named answers.
    expect(page).toMatchObject({ requestText: expect.stringContaining("孩子放学早"), requester: { id: w.A.resident.gid }, internalNote: expect.any(String) });
    expect(page.surveyResponses).toHaveLength(3);
    expect(page.satisfaction).toMatchObject({ responseCount: 3, averageScore: 4 });
  });

  it("appears in the public feed with progress, photos and spending, and nothing private", async () => {
    const q = `query($c: ID) { publicProjects(communityId: $c, statuses: [EVALUATED]) { totalCount edges { node {
      id title status communityName areaNames leadName organizationName percentComplete committeeScore committeeComment
      updates { text photos { url } } budget { budgetFen spentFen } budgetLines { name spentFen } expenses { payee amountFen budgetLineName }
      sponsors { sponsorName receivedFen } beneficiaries { group count } satisfaction { responseCount averageScore }
      timeline { kind summary } } } } }`;
    const r = await kit.gql(q, { c: w.A.community.gid });
    expect(r.errors).toBeUndefined();
    expect(r.data.publicProjects.totalCount).toBe(1);
    const p = r.data.publicProjects.edges[0].node;
    expect(p).toMatchObject({ id: s.project, status: "EVALUATED", percentComplete: 100, committeeScore: 92, budget: { budgetFen: 800_000, spentFen: 600_000 }, satisfaction: { responseCount: 3 } });
    expect(p.updates[0].photos[0].url).toBe(s.photoUrl);
    expect(p.sponsors).toEqual([{ sponsorName: "江南科技有限公司", receivedFen: 500_000 }]);
    const json = JSON.stringify(r.data);
    for (const secret of (["孩子放学早", w.A.resident.name, w.A.resident.phone, "内部", "13800001234", "志愿者陈老师", "晚了两天"] as (string | null)[]).filter((s): s is string => !!s)) expect(json, secret).not.toContain(secret);
    // The public photo is served without sign-in; the receipt is not, but its project's staff get it.
    const photo = await pk.getFile(s.photoUrl);
    expect(photo.status).toBe(200);
    expect(photo.headers.get("content-type")).toBe("image/png");
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(PNG());
    expect((await pk.getFile(s.receiptUrl)).status).toBe(404);
    expect((await pk.getFile(s.receiptUrl, w.B.admin)).status).toBe(404);
    const receipt = await pk.getFile(s.receiptUrl, w.A.admin);
    expect(receipt.status).toBe(200);
    expect(receipt.headers.get("content-disposition")).toMatch(/^attachment/);
    expect(new Uint8Array(await receipt.arrayBuffer())).toEqual(PDF);
  });

  it("adds up in the lead's projects, the street's portfolio and its Excel export", async () => {
    await pk.proposed(w);
    const mine = await kit.gql(`{ myProjects(first: 10) { totalCount edges { node { id status budget { burnRate } } } } }`, {}, w.lead);
    expect(mine.data.myProjects.totalCount).toBe(2);
    expect(mine.data.myProjects.edges[0].node).toEqual({ id: s.project, status: "EVALUATED", budget: { burnRate: 0.75 } });
    const q = `query($n: ID!) { projectPortfolio(nodeId: $n) { nodeKind communityCount projectCount byStatus { status count } budgetedFen spentFen receivedSponsorshipFen beneficiaryTotal
      beneficiaries { group count } averageSatisfaction byCommunity { communityName projectCount spentFen } byType { typeName projectCount } } }`;
    const r = await kit.gql(q, { n: w.streetA.gid }, w.overseerSA);
    expect(r.errors).toBeUndefined();
    const p = r.data.projectPortfolio;
    expect(p).toMatchObject({ nodeKind: "STREET", communityCount: 2, projectCount: 2, budgetedFen: 800_000, spentFen: 600_000, receivedSponsorshipFen: 500_000, beneficiaryTotal: 24, averageSatisfaction: 4 });
    expect(p.byStatus.filter((x: any) => x.count > 0)).toEqual([
      { status: "PROPOSED", count: 1 },
      { status: "EVALUATED", count: 1 },
    ]);
    expect(p.beneficiaries).toContainEqual({ group: "CHILDREN", count: 20 });
    expect(p.byType).toEqual([{ typeName: "四点半课堂", projectCount: 2 }]);
    const x = await kit.gql(`query($n: ID!) { projectPortfolioExcel(nodeId: $n) { filename mimeType contentBase64 size } }`, { n: w.streetA.gid }, w.overseerSA);
    const file = x.data.projectPortfolioExcel;
    expect(file.filename).toMatch(/^特色服务项目-.*\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.contentBase64, "base64"));
    expect(wb.worksheets.map((ws: any) => ws.name)).toEqual(["概览", "按社区", "按类型", "项目清单"]);
    const list = wb.getWorksheet("项目清单");
    expect(list.rowCount).toBe(3);
    expect(list.getRow(2).getCell(1).value).toBe("江翠社区四点半课堂");
    expect(list.getRow(2).getCell(9).value).toBe(6000);
  });

  it("audited every change", async () => {
    const types = await kit.prisma.auditEntry.groupBy({ by: ["targetType"], where: { communityId: w.A.community.id }, _count: { _all: true } });
    const byType = Object.fromEntries(types.map((t) => [t.targetType, t._count._all]));
    expect(byType).toMatchObject({ Project: expect.any(Number), ProjectExpense: 2 + 1, ProjectFile: 2, ProjectUpdate: 1, ProjectMilestone: 2 + 2, ProjectSurveyResponse: 3, Sponsorship: 2, CommunityNeed: 3, Notice: 3 });
  });
});

describe("群众点菜 through a residents' app", () => {
  const ask = (extra: Record<string, unknown> = {}) => ({ input: { communityId: w.A.community.gid, typeId: w.typeA.id, title: "小区加装电动车充电桩", requestText: "电动车只能在楼道充电，很危险，希望加装充电桩", ...extra } });

  it("a resident asks for a project; staff find it PROPOSED with the request and the requester", async () => {
    const asked = await pk.ok("requestProject", ask(), w.asResident(1));
    expect(asked).toMatchObject({ status: "PROPOSED", origin: "RESIDENT_REQUEST", requestText: "电动车只能在楼道充电，很危险，希望加装充电桩" });
    // The app sees its own resident's words, but not who else asked: requester is for staff.
    expect(asked.requester).toBeNull();
    const other = await kit.gql(`query($id: ID!) { node(id: $id) { ... on Project { title requestText } } }`, { id: asked.id }, w.asResident(2));
    expect(other.data.node).toEqual({ title: "小区加装电动车充电桩", requestText: null });
    const staff = await kit.gql(
      `query($id: ID!) { node(id: $id) { ... on Project { requestText requester { id } description timeline(first: 5) { edges { node { kind summary actorName } } } } } }`,
      { id: asked.id },
      w.staffA,
    );
    expect(staff.data.node).toMatchObject({ requestText: "电动车只能在楼道充电，很危险，希望加装充电桩", requester: { id: w.residents[1]!.gid }, description: "居民点单，待社区完善项目简介。" });
    expect(staff.data.node.timeline.edges[0].node).toMatchObject({ kind: "CREATED", summary: "居民点单「小区加装电动车充电桩」" });
    expect(staff.data.node.timeline.edges[0].node.actorName).toContain("江翠居民1");
    const audit = await kit.prisma.auditEntry.findFirst({ where: { targetType: "Project", action: "project:request" }, orderBy: { id: "desc" } });
    expect(audit).toMatchObject({ communityId: w.A.community.id });
    // Staff take it forward as any proposed project.
    expect((await pk.ok("updateProject", { id: asked.id, input: { description: "在3栋、5栋之间加装充电桩20个" } }, w.staffA)).status).toBe("PROPOSED");
  });

  it("bad input and the wrong caller: typed errors, and nothing changes", async () => {
    await pk.refused("requestProject", ask({ requestText: " " }), w.asResident(1), "REQUIRED", "input.requestText");
    await pk.refused("requestProject", ask({ title: "长".repeat(101) }), w.asResident(1), "INVALID", "input.title");
    await pk.refused("requestProject", ask({ typeId: w.typeB.id }), w.asResident(1), "NOT_FOUND", "input.typeId");
    await pk.refused("requestProject", ask(), w.app, "REQUIRED", "x-act-as-resident");
    await pk.refused("requestProject", ask(), w.A.admin, "FORBIDDEN", "input.communityId");
  });
});
