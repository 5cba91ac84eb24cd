// The project rules through the API: every lifecycle step in every state it does not allow is a
// CONFLICT; guards; what each state allows (plans, updates, expenses, surveys); expenses are not
// edited after completion but reversed, once; overspending is flagged; bad input (dates out of
// order, negative amounts, percent out of range, rows of another project or community) is a typed
// error. Every refusal leaves every table (and the upload directory) as it was.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, dayFrom, PNG, projectsKit, type PName, type ProjectsKit, type ProjectsWorld } from "./projects-kit.js";
import { createTestKit, gqlError, type TestKit } from "./testkit.js";

let kit: TestKit;
let pk: ProjectsKit;
let w: ProjectsWorld;
const at: Record<string, { id: string; lineId?: string }> = {};

beforeAll(async () => {
  kit = await createTestKit();
  pk = projectsKit(kit);
  w = await pk.world();
  const admin = w.A.admin;
  at.PROPOSED = await pk.proposed(w);
  const d = await pk.proposed(w);
  await pk.ok("submitProjectForDeliberation", { id: d.id, input: { topicId: (await pk.resolvedTopic(w.A.community.id, "协商中的议题")).topicId } }, admin);
  at.DELIBERATING = d;
  at.APPROVED = await pk.approved(w);
  at.IN_PROGRESS = await pk.inProgress(w);
  at.COMPLETED = await pk.completed(w);
  const e = await pk.completed(w);
  await pk.ok("evaluateProject", { id: e.id, input: { committeeScore: 80, committeeComment: "良好", publishNotice: false } }, admin);
  at.EVALUATED = e;
  const c = await pk.approved(w);
  await pk.ok("cancelProject", { id: c.id, input: { reason: "资金未落实" } }, admin);
  at.CANCELLED = c;
});
afterAll(async () => {
  await kit?.close();
});

const STEPS: { m: PName; from: string[]; input: () => Promise<Record<string, unknown>> }[] = [
  { m: "submitProjectForDeliberation", from: ["PROPOSED"], input: async () => ({ topicId: (await pk.resolvedTopic(w.A.community.id, `议题${Math.random()}`)).topicId }) },
  { m: "approveProject", from: ["PROPOSED", "DELIBERATING"], input: async () => ({ note: "同意", publishNotice: false }) },
  { m: "startProject", from: ["APPROVED"], input: async () => ({}) },
  { m: "completeProject", from: ["IN_PROGRESS"], input: async () => ({ summary: "完成", publishNotice: false }) },
  { m: "evaluateProject", from: ["COMPLETED"], input: async () => ({ committeeScore: 60, committeeComment: "一般", publishNotice: false }) },
  { m: "cancelProject", from: ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS"], input: async () => ({ reason: "取消" }) },
];

describe("the lifecycle", () => {
  for (const step of STEPS) {
    it(`${step.m} is a CONFLICT outside ${step.from.join("/")}, and changes nothing`, async () => {
      for (const status of Object.keys(at).filter((s) => !step.from.includes(s))) {
        const e = await pk.refused(step.m, { id: at[status]!.id, input: await step.input() }, w.A.admin, "CONFLICT", "id");
        expect(e.message, status).toMatch(/项目当前为/);
      }
    });
  }

  it("guards its steps: a topic of the community to deliberate, the topic's resolution to approve, a lead to start", async () => {
    const p = await pk.proposed(w);
    await pk.refused("submitProjectForDeliberation", { id: p.id, input: {} }, w.A.admin, "REQUIRED", "input.topicId");
    const theirs = await pk.resolvedTopic(w.B.community.id);
    await pk.refused("submitProjectForDeliberation", { id: p.id, input: { topicId: theirs.topicId } }, w.A.admin, "NOT_FOUND", "input.topicId");
    const declined = await kit.prisma.topic.create({ data: { communityId: w.A.community.id, title: "不议", description: "x", category: "OTHER", source: "RESIDENT", proposerName: "x", status: "DECLINED" } });
    await pk.refused("submitProjectForDeliberation", { id: p.id, input: { topicId: pk.gid("Topic", declined.id) } }, w.A.admin, "CONFLICT", "input.topicId");
    const mine = await pk.resolvedTopic(w.A.community.id, "本项目议题");
    const other = await pk.resolvedTopic(w.A.community.id, "别的议题");
    await pk.ok("submitProjectForDeliberation", { id: p.id, input: { topicId: mine.topicId } }, w.A.admin);
    await pk.refused("approveProject", { id: p.id, input: { resolutionId: other.resolutionId } }, w.A.admin, "CONFLICT", "input.resolutionId");
    await pk.refused("approveProject", { id: p.id, input: { resolutionId: theirs.resolutionId } }, w.A.admin, "NOT_FOUND", "input.resolutionId");
    await pk.refused("approveProject", { id: p.id, input: { resolutionId: mine.resolutionId, noticePeriodDays: 0 } }, w.A.admin, "INVALID", "input.noticePeriodDays");
    const leaderless = await pk.proposed(w, { leadAccountId: null });
    await pk.ok("approveProject", { id: leaderless.id, input: { note: "同意", publishNotice: false } }, w.A.admin);
    const e = await pk.refused("startProject", { id: leaderless.id }, w.A.admin, "CONFLICT", "id");
    expect(e.message).toMatch(/负责人/);
    await pk.refused("updateProject", { id: at.IN_PROGRESS!.id, input: { leadAccountId: null } }, w.A.admin, "CONFLICT", "input.leadAccountId");
  });

  it("lists the allowed steps for the SPA's buttons", async () => {
    const q = `query($id: ID!) { node(id: $id) { ... on Project { status allowedSteps } } }`;
    const steps = async (id: string) => (await kit.gql(q, { id }, w.A.admin)).data.node.allowedSteps;
    expect(await steps(at.PROPOSED!.id)).toEqual(["DELIBERATE", "APPROVE", "CANCEL"]);
    expect(await steps(at.DELIBERATING!.id)).toEqual(["APPROVE", "CANCEL"]);
    expect(await steps(at.CANCELLED!.id)).toEqual([]);
  });
});

describe("what each state allows", () => {
  const update = (projectId: string) => ({ input: { projectId, text: "进展", percentComplete: 10 } });
  it("progress updates from approval until completion", async () => {
    for (const s of ["PROPOSED", "DELIBERATING", "COMPLETED", "EVALUATED", "CANCELLED"]) await pk.refused("postProjectUpdate", update(at[s]!.id), w.A.admin, "CONFLICT", "input.projectId");
  });
  it("expenses from approval, until evaluation; plans and budgets while open; surveys only when completed; no uploads once cancelled", async () => {
    const expense = (s: string) => ({ input: { projectId: at[s]!.id, budgetLineId: at[s]!.lineId ?? at.APPROVED!.lineId, spentOn: dayFrom(0), payee: "店", amountFen: 100, description: "x" } });
    for (const s of ["EVALUATED", "CANCELLED"]) await pk.refused("recordProjectExpense", expense(s), w.A.admin, "CONFLICT", "input.projectId");
    for (const s of ["COMPLETED", "EVALUATED", "CANCELLED"]) {
      await pk.refused("addProjectMilestone", { input: { projectId: at[s]!.id, title: "m", plannedEndOn: dayFrom(1) } }, w.A.admin, "CONFLICT", "input.projectId");
      await pk.refused("addProjectBudgetLine", { input: { projectId: at[s]!.id, source: "FISCAL", name: "追加", amountFen: 1 } }, w.A.admin, "CONFLICT", "input.projectId");
      await pk.refused("updateProject", { id: at[s]!.id, input: { title: "改" } }, w.A.admin, "CONFLICT", "id");
    }
    for (const s of ["PROPOSED", "IN_PROGRESS", "EVALUATED", "CANCELLED"]) await pk.refused("answerProjectSurvey", { input: { projectId: at[s]!.id, score: 5 } }, w.asResident(0), "CONFLICT", "input.projectId");
    await pk.refused("uploadProjectFile", { input: { projectId: at.CANCELLED!.id, kind: "PHOTO", contentBase64: b64(PNG()) } }, w.A.admin, "CONFLICT", "input.projectId");
    await pk.refused("setProjectBeneficiaries", { input: { projectId: at.EVALUATED!.id, groups: [{ group: "OTHER", count: 1 }] } }, w.A.admin, "CONFLICT", "input.projectId");
  });
});

describe("expenses", () => {
  it("are corrected in place before completion, and only reversed (once) after", async () => {
    const p = await pk.inProgress(w);
    const wrong = await pk.expense(w, p, 30_000);
    const fixed = await pk.ok("updateProjectExpense", { id: wrong.id, input: { amountFen: 25_000 } }, w.lead);
    expect(fixed.amountFen).toBe(25_000);
    await pk.ok("completeProject", { id: p.id, input: { summary: "完成", publishNotice: false } }, w.A.admin);
    const e = await pk.refused("updateProjectExpense", { id: wrong.id, input: { amountFen: 20_000 } }, w.lead, "CONFLICT", "id");
    expect(e.message).toMatch(/冲销/);
    const reversal = await pk.ok("reverseProjectExpense", { id: wrong.id, input: { reason: "金额有误" } }, w.lead);
    expect(reversal).toMatchObject({ amountFen: -25_000, isReversal: true, reverses: { id: wrong.id }, budgetLine: { id: p.lineId, spentFen: 0 } });
    await pk.refused("reverseProjectExpense", { id: wrong.id, input: { reason: "再冲" } }, w.lead, "CONFLICT", "id");
    await pk.refused("reverseProjectExpense", { id: reversal.id, input: { reason: "冲冲销" } }, w.lead, "CONFLICT", "id");
    await pk.refused("updateProjectExpense", { id: reversal.id, input: { payee: "x" } }, w.lead, "CONFLICT", "id");
    // The correct amount is a new expense: allowed after completion.
    const right = await pk.expense(w, p, 20_000, w.lead);
    const q = `query($id: ID!) { node(id: $id) { ... on Project { budget { spentFen } expenses(first: 10) { totalCount } } } }`;
    expect((await kit.gql(q, { id: p.id }, w.A.admin)).data.node).toEqual({ budget: { spentFen: 20_000 }, expenses: { totalCount: 3 } });
    expect(right.amountFen).toBe(20_000);
    const original = await kit.gql(`query($id: ID!) { node(id: $id) { ... on ProjectExpense { reversedBy { id } } } }`, { id: wrong.id }, w.A.admin);
    expect(original.data.node.reversedBy).toEqual({ id: reversal.id });
  });

  it("name a budget line of the project, a receipt of the project, a positive amount and a day between approval and today", async () => {
    const p = await pk.inProgress(w);
    const other = await pk.approved(w);
    const base = { projectId: p.id, budgetLineId: p.lineId, spentOn: dayFrom(0), payee: "店", amountFen: 100, description: "材料" };
    await pk.refused("recordProjectExpense", { input: { ...base, budgetLineId: other.lineId } }, w.A.admin, "NOT_FOUND", "input.budgetLineId");
    await pk.refused("recordProjectExpense", { input: { ...base, amountFen: -100 } }, w.A.admin, "INVALID", "input.amountFen");
    await pk.refused("recordProjectExpense", { input: { ...base, amountFen: 0 } }, w.A.admin, "INVALID", "input.amountFen");
    await pk.refused("recordProjectExpense", { input: { ...base, spentOn: dayFrom(1) } }, w.A.admin, "INVALID", "input.spentOn");
    await pk.refused("recordProjectExpense", { input: { ...base, spentOn: dayFrom(-400) } }, w.A.admin, "INVALID", "input.spentOn");
    const photo = await pk.photo(w, p.id);
    await pk.refused("recordProjectExpense", { input: { ...base, receiptFileId: photo.id } }, w.A.admin, "INVALID", "input.receiptFileId");
    const theirReceipt = await pk.ok("uploadProjectFile", { input: { projectId: other.id, kind: "RECEIPT", contentBase64: b64(PNG()) } }, w.A.admin);
    await pk.refused("recordProjectExpense", { input: { ...base, receiptFileId: theirReceipt.id } }, w.A.admin, "NOT_FOUND", "input.receiptFileId");
    const receipt = await pk.ok("uploadProjectFile", { input: { projectId: p.id, kind: "RECEIPT", contentBase64: b64(PNG()) } }, w.A.admin);
    await pk.ok("recordProjectExpense", { input: { ...base, receiptFileId: receipt.id } }, w.A.admin);
    await pk.refused("recordProjectExpense", { input: { ...base, receiptFileId: receipt.id } }, w.A.admin, "CONFLICT", "input.receiptFileId");
    // Without a budget line the request does not even reach the API: the contract requires it.
    const { budgetLineId: _omit, ...noLine } = base;
    const r = await pk.run("recordProjectExpense", { input: noLine }, w.A.admin);
    expect(gqlError(r).message).toMatch(/budgetLineId/);
  });

  it("flag overspending on a line and on the project", async () => {
    const p = await pk.inProgress(w);
    const second = await pk.ok("updateProjectBudgetLine", { id: p.lineId, input: { amountFen: 50_000 } }, w.A.admin);
    expect(second.warning).toBe("OK");
    await pk.expense(w, p, 46_000);
    const q = `query($id: ID!) { node(id: $id) { ... on Project { budget { warning overspent burnRate } budgetLines { warning spentFen remainingFen } } } }`;
    expect((await kit.gql(q, { id: p.id }, w.A.admin)).data.node).toEqual({
      budget: { warning: "NEARLY_SPENT", overspent: false, burnRate: 0.92 },
      budgetLines: [{ warning: "NEARLY_SPENT", spentFen: 46_000, remainingFen: 4_000 }],
    });
    await pk.expense(w, p, 6_000);
    expect((await kit.gql(q, { id: p.id }, w.A.admin)).data.node).toEqual({
      budget: { warning: "OVERSPENT", overspent: true, burnRate: 1.04 },
      budgetLines: [{ warning: "OVERSPENT", spentFen: 52_000, remainingFen: -2_000 }],
    });
  });
});

describe("bad input", () => {
  it("dates out of order are INVALID on the field", async () => {
    await pk.refused(
      "createProject",
      { input: { communityId: w.A.community.gid, typeId: w.typeA.id, title: "x", description: "x", origin: "COMMUNITY", plannedStartOn: dayFrom(10), plannedEndOn: dayFrom(5) } },
      w.A.admin,
      "INVALID",
      "input.plannedEndOn",
    );
    const p = await pk.proposed(w, { plannedStartOn: dayFrom(1), plannedEndOn: dayFrom(30) });
    await pk.refused("updateProject", { id: p.id, input: { plannedStartOn: dayFrom(40) } }, w.A.admin, "INVALID", "input.plannedStartOn");
    await pk.refused("addProjectMilestone", { input: { projectId: p.id, title: "m", plannedStartOn: dayFrom(9), plannedEndOn: dayFrom(8) } }, w.A.admin, "INVALID", "input.plannedEndOn");
    const running = await pk.inProgress(w);
    const m = await pk.ok("addProjectMilestone", { input: { projectId: running.id, title: "m", plannedStartOn: dayFrom(-5), plannedEndOn: dayFrom(5) } }, w.A.admin);
    await pk.refused("reachProjectMilestone", { id: m.id, input: { completedOn: dayFrom(1) } }, w.A.admin, "INVALID", "input.completedOn");
    await pk.refused("reachProjectMilestone", { id: m.id, input: { completedOn: dayFrom(-6) } }, w.A.admin, "INVALID", "input.completedOn");
    await pk.refused("updateProjectMilestone", { id: m.id, input: { plannedEndOn: dayFrom(-6) } }, w.A.admin, "INVALID", "input.plannedEndOn");
  });

  it("amounts are whole, non-negative fen; percentages 0–100; scores in range", async () => {
    const p = await pk.inProgress(w);
    await pk.refused("addProjectBudgetLine", { input: { projectId: at.PROPOSED!.id, source: "FISCAL", name: "负数", amountFen: -1 } }, w.A.admin, "INVALID", "input.amountFen");
    await pk.refused("createCommunityNeed", { input: { communityId: w.A.community.gid, title: "x", description: "x", estimatedFen: -5 } }, w.A.admin, "INVALID", "input.estimatedFen");
    for (const percentComplete of [-1, 101]) await pk.refused("postProjectUpdate", { input: { projectId: p.id, text: "x", percentComplete } }, w.lead, "INVALID", "input.percentComplete");
    await pk.refused("evaluateProject", { id: at.COMPLETED!.id, input: { committeeScore: 101, committeeComment: "x" } }, w.A.admin, "INVALID", "input.committeeScore");
    await pk.refused("answerProjectSurvey", { input: { projectId: at.COMPLETED!.id, score: 0 } }, w.asResident(0), "INVALID", "input.score");
    await pk.refused("setProjectBeneficiaries", { input: { projectId: p.id, groups: [{ group: "ELDERLY", count: -3 }] } }, w.A.admin, "INVALID", "input.groups.0.count");
  });

  it("references must be of the project's community and fit their purpose", async () => {
    const base = { communityId: w.A.community.gid, typeId: w.typeA.id, title: "x", description: "x", origin: "COMMUNITY" };
    await pk.refused("createProject", { input: { ...base, typeId: w.typeB.id } }, w.A.admin, "NOT_FOUND", "input.typeId");
    await pk.refused("createProject", { input: { ...base, gridIds: [w.B.grid.gid] } }, w.A.admin, "NOT_FOUND", "input.gridIds.0");
    await pk.refused("createProject", { input: { ...base, organizationId: w.B.socialOrganization.gid } }, w.A.admin, "NOT_FOUND", "input.organizationId");
    await pk.refused("createProject", { input: { ...base, leadAccountId: w.staffB.gid } }, w.A.admin, "INVALID", "input.leadAccountId");
    await pk.refused("createProject", { input: { ...base, origin: "RESIDENT_REQUEST", requestText: "x", requesterResidentId: w.B.resident.gid } }, w.A.admin, "NOT_FOUND", "input.requesterResidentId");
    await pk.refused("createProject", { input: { ...base, origin: "RESIDENT_REQUEST", requesterResidentId: w.A.resident.gid } }, w.A.admin, "REQUIRED", "input.requestText");
    await pk.refused("createProject", { input: { ...base, requestText: "x" } }, w.A.admin, "INVALID", "input.requestText");
    const p = await pk.inProgress(w);
    const photo = await pk.photo(w, p.id);
    await pk.ok("postProjectUpdate", { input: { projectId: p.id, text: "一", percentComplete: 10, photoIds: [photo.id] } }, w.A.admin);
    await pk.refused("postProjectUpdate", { input: { projectId: p.id, text: "二", percentComplete: 20, photoIds: [photo.id] } }, w.A.admin, "CONFLICT", "input.photoIds.0");
    const receipt = await pk.ok("uploadProjectFile", { input: { projectId: p.id, kind: "RECEIPT", contentBase64: b64(PNG()) } }, w.A.admin);
    await pk.refused("postProjectUpdate", { input: { projectId: p.id, text: "三", percentComplete: 20, photoIds: [receipt.id] } }, w.A.admin, "INVALID", "input.photoIds.0");
  });

  it("sponsorships follow their own order: pledge, receive once or withdraw; needs reopen when no pledge is left", async () => {
    const need = await pk.ok("createCommunityNeed", { input: { communityId: w.A.community.gid, title: "长者饭堂餐具", description: "x" } }, w.A.admin);
    const unit = await pk.ok("createAllianceUnit", { input: { nodeId: w.A.community.gid, name: "江翠小学", kind: "SCHOOL" } }, w.A.admin);
    await pk.refused("fulfillCommunityNeed", { id: need.id }, w.A.admin, "CONFLICT", "id");
    const base = { needId: need.id, allianceUnitId: unit.id, kind: "MONEY", pledgedFen: 1000, pledgedOn: dayFrom(-2) };
    await pk.refused("pledgeSponsorship", { input: { ...base, pledgedFen: -1 } }, w.A.admin, "INVALID", "input.pledgedFen");
    await pk.refused("pledgeSponsorship", { input: { ...base, pledgedOn: dayFrom(1) } }, w.A.admin, "INVALID", "input.pledgedOn");
    const s1 = await pk.ok("pledgeSponsorship", { input: base }, w.A.admin);
    expect(s1.need.status).toBe("CLAIMED");
    await pk.refused("recordSponsorshipReceived", { id: s1.id, input: { receivedOn: dayFrom(0) } }, w.A.admin, "REQUIRED", "input.receivedFen");
    await pk.refused("recordSponsorshipReceived", { id: s1.id, input: { receivedFen: 1000, receivedOn: dayFrom(-3) } }, w.A.admin, "INVALID", "input.receivedOn");
    const w1 = await pk.ok("withdrawSponsorship", { id: s1.id, input: { reason: "预算未批" } }, w.A.admin);
    expect(w1).toMatchObject({ status: "WITHDRAWN", need: { status: "OPEN" } });
    await pk.refused("recordSponsorshipReceived", { id: s1.id, input: { receivedFen: 1000, receivedOn: dayFrom(0) } }, w.A.admin, "CONFLICT", "id");
    const s2 = await pk.ok("pledgeSponsorship", { input: base }, w.A.admin);
    await pk.ok("recordSponsorshipReceived", { id: s2.id, input: { receivedFen: 800, receivedOn: dayFrom(0) } }, w.A.admin);
    await pk.refused("recordSponsorshipReceived", { id: s2.id, input: { receivedFen: 800, receivedOn: dayFrom(0) } }, w.A.admin, "CONFLICT", "id");
    await pk.refused("withdrawSponsorship", { id: s2.id, input: { reason: "x" } }, w.A.admin, "CONFLICT", "id");
    const closed = await pk.ok("closeCommunityNeed", { id: need.id, input: { reason: "已由街道统筹" } }, w.A.admin);
    expect(closed).toMatchObject({ status: "CLOSED", receivedFen: 800 });
    await pk.refused("pledgeSponsorship", { input: base }, w.A.admin, "CONFLICT", "input.needId");
    await pk.refused("linkCommunityNeedToProject", { id: need.id, projectId: at.PROPOSED!.id }, w.A.admin, "CONFLICT", "id");
    await pk.refused("createAllianceUnit", { input: { nodeId: w.A.community.gid, name: "江翠小学", kind: "SCHOOL" } }, w.A.admin, "DUPLICATE", "input.name");
  });

  it("project types and alliance units: allowedSteps follow the active flag and the grant where the row is registered", async () => {
    const stepsOf = async (id: string, as: Parameters<typeof kit.gql>[2]) =>
      (await kit.gql(`query($id: ID!) { node(id: $id) { ... on ProjectType { type: allowedSteps } ... on AllianceUnit { unit: allowedSteps } } }`, { id }, as)).data.node;
    const type = await pk.ok("createProjectType", { input: { communityId: w.A.community.gid, name: "步骤类型" } }, w.A.admin);
    expect((await stepsOf(type.id, w.staffA)).type).toEqual(["EDIT", "DEACTIVATE"]);
    expect((await stepsOf(type.id, w.auditorA)).type).toEqual([]);
    expect((await pk.ok("updateProjectType", { id: type.id, input: { active: false } }, w.staffA)).allowedSteps).toEqual(["EDIT", "ACTIVATE"]);
    // A unit on the street: its street's admin manages it; the community's staff read it without steps.
    const streetAdmin = await kit.seed.account("ADMIN", w.streetA);
    const unit = await pk.ok("createAllianceUnit", { input: { nodeId: w.streetA.gid, name: "步骤单位", kind: "COMPANY" } }, streetAdmin);
    expect((await stepsOf(unit.id, streetAdmin)).unit).toEqual(["EDIT", "DEACTIVATE"]);
    expect((await stepsOf(unit.id, w.staffA)).unit).toEqual([]);
    expect((await pk.ok("updateAllianceUnit", { id: unit.id, input: { active: false } }, streetAdmin)).allowedSteps).toEqual(["EDIT", "ACTIVATE"]);
    const own = await pk.ok("createAllianceUnit", { input: { nodeId: w.A.community.gid, name: "步骤社区单位", kind: "SCHOOL" } }, w.staffA);
    expect((await stepsOf(own.id, w.staffA)).unit).toEqual(["EDIT", "DEACTIVATE"]);
    expect((await stepsOf(own.id, w.auditorA)).unit).toEqual([]);
  });
});
