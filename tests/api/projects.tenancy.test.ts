// Tenancy for special projects (ARCHITECTURE rule 7): a viewer holding roles only in community A
// (its admin, its project lead, and an app acting for A's residents) neither reads anything private
// of community B, street SB or another district, nor changes anything of theirs, through every
// projects root field. The suite fails when a projects Query or Mutation field appears that it does
// not cover.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, dayFrom, P, PNG, projectsKit, READ_FIELDS, type PName, type ProjectsKit, type ProjectsWorld } from "./projects-kit.js";
import { createTestKit, gqlError, rootFields, type As, type TestKit } from "./testkit.js";

/** Root fields that belong to this capability by name. */
const MINE = /project|need|alliance|sponsorship/i;

let kit: TestKit;
let pk: ProjectsKit;
let w: ProjectsWorld;
const b: Record<string, string> = {};
let other: { district: { gid: string }; admin: As };

beforeAll(async () => {
  kit = await createTestKit();
  pk = projectsKit(kit);
  w = await pk.world();
  const B = w.B.admin;
  b.type = w.typeB.id;
  b.proposed = (await pk.proposed(w, {}, "B")).id;
  const running = await pk.inProgress(w, "B");
  b.running = running.id;
  b.line = running.lineId;
  b.milestone = (await pk.ok("addProjectMilestone", { input: { projectId: running.id, title: "乙里程碑", plannedEndOn: dayFrom(10) } }, B)).id;
  b.task = (await pk.ok("addProjectTask", { input: { projectId: running.id, title: "乙任务", ownerName: "乙" } }, B)).id;
  b.file = (await pk.photo(w, running.id, B)).id;
  b.expense = (await pk.expense(w, running, 10_000, B)).id;
  b.completed = (await pk.completed(w, "B")).id;
  b.need = (await pk.ok("createCommunityNeed", { input: { communityId: w.B.community.gid, title: "乙需求", description: "说明" } }, B)).id;
  b.unit = (await pk.ok("createAllianceUnit", { input: { nodeId: w.B.community.gid, name: "乙共建单位", kind: "SCHOOL", contactPhone: "13900001111" } }, B)).id;
  b.pledge = (await pk.ok("pledgeSponsorship", { input: { needId: b.need, allianceUnitId: b.unit, kind: "MONEY", pledgedFen: 100, pledgedOn: dayFrom(0) } }, B)).id;
  b.update = (await pk.ok("postProjectUpdate", { input: { projectId: running.id, text: "乙进展", percentComplete: 10 } }, B)).id;
  const district = await kit.seed.district();
  other = { district, admin: await kit.seed.account("ADMIN", district) };
});
afterAll(async () => {
  await kit?.close();
});

const A = () => w.A.admin;
const app = () => w.asResident(0);
const empty = { totalCount: 0, edges: [] };
async function conn(q: string, vars: Record<string, unknown>, as?: As) {
  const r = await kit.gql(q, vars, as);
  expect(r.errors).toBeUndefined();
  return Object.values(r.data)[0] as any;
}
const notFound = async (q: string, vars: Record<string, unknown>, as: As) => expect(gqlError(await kit.gql(q, vars, as))).toMatchObject({ code: "NOT_FOUND", field: "nodeId" });

const reads: Record<(typeof READ_FIELDS)[number], () => Promise<void>> = {
  async projectTypes() {
    for (const as of [A(), app()]) expect(await conn(`query($c: ID!) { projectTypes(communityId: $c) { totalCount edges { node { id } } } }`, { c: w.B.community.gid }, as)).toEqual(empty);
  },
  async projects() {
    for (const as of [A(), w.lead, app()]) expect(await conn(`query($c: ID!) { projects(communityId: $c) { totalCount edges { node { id } } } }`, { c: w.B.community.gid }, as)).toEqual(empty);
  },
  async myProjects() {
    // staffB leads B's projects; A's viewers see none of them, whatever they lead.
    for (const as of [A(), w.lead, app()]) {
      const r = await conn(`{ myProjects(first: 100) { edges { node { id } } } }`, {}, as);
      expect(r.edges.map((e: any) => e.node.id)).not.toContain(b.running);
    }
    expect((await conn(`{ myProjects(first: 100) { totalCount } }`, {}, w.staffB)).totalCount).toBe(2);
  },
  async communityNeeds() {
    for (const as of [A(), app()]) expect(await conn(`query($c: ID!) { communityNeeds(communityId: $c) { totalCount edges { node { id } } } }`, { c: w.B.community.gid }, as)).toEqual(empty);
  },
  async allianceUnits() {
    for (const n of [w.B.community.gid, w.streetB.gid]) {
      for (const as of [A(), app()]) expect(await conn(`query($n: ID!) { allianceUnits(nodeId: $n) { totalCount edges { node { id } } } }`, { n }, as)).toEqual(empty);
    }
  },
  async projectPortfolio() {
    for (const n of [w.B.community.gid, w.streetB.gid, w.district.gid, other.district.gid]) await notFound(`query($n: ID!) { projectPortfolio(nodeId: $n) { projectCount } }`, { n }, A());
    await notFound(`query($n: ID!) { projectPortfolio(nodeId: $n) { projectCount } }`, { n: w.A.community.gid }, other.admin);
  },
  async projectPortfolioExcel() {
    await notFound(`query($n: ID!) { projectPortfolioExcel(nodeId: $n) { size } }`, { n: w.B.community.gid }, A());
  },
  async publicProjects() {
    // Public by design, but only approved projects, and only public fields (no private field exists on PublicProject).
    const r = await conn(`query($c: ID) { publicProjects(communityId: $c) { totalCount edges { node { id status } } } }`, { c: w.B.community.gid });
    expect(r.edges.map((e: any) => e.node.id).sort()).toEqual([b.running, b.completed].sort());
    const fields = await kit.gql(`{ __type(name: "PublicProject") { fields { name } } }`);
    const names = fields.data.__type.fields.map((f: any) => f.name);
    for (const secret of ["requestText", "requester", "internalNote", "surveyResponses", "lead", "approvedByName", "files"]) expect(names).not.toContain(secret);
  },
  async publicProject() {
    expect(await conn(`query($id: ID!) { publicProject(id: $id) { id } }`, { id: b.proposed })).toBeNull();
    expect(await conn(`query($id: ID!) { publicProject(id: $id) { id } }`, { id: b.running })).toEqual({ id: b.running });
  },
};

const NF = "NOT_FOUND";
const refusedFor = (m: PName, vars: Record<string, unknown>, field: string, as: As[] = [A()]) => async () => {
  for (const x of as) await pk.refused(m, vars, x, NF, field);
};
const writes: Record<PName, () => Promise<void>> = {
  createProjectType: () => refusedFor("createProjectType", { input: { communityId: w.B.community.gid, name: "越权" } }, "input.communityId")(),
  updateProjectType: () => refusedFor("updateProjectType", { id: b.type, input: { name: "越权" } }, "id")(),
  createProject: () => refusedFor("createProject", { input: { communityId: w.B.community.gid, typeId: b.type, title: "越权", description: "x", origin: "COMMUNITY" } }, "input.communityId")(),
  requestProject: () => refusedFor("requestProject", { input: { communityId: w.B.community.gid, typeId: b.type, title: "越权", requestText: "越权" } }, "input.communityId", [app()])(),
  updateProject: () => refusedFor("updateProject", { id: b.proposed, input: { title: "越权" } }, "id", [A(), w.lead])(),
  linkCommunityNeedToProject: () => refusedFor("linkCommunityNeedToProject", { id: b.need, projectId: b.proposed }, "projectId")(),
  submitProjectForDeliberation: () => refusedFor("submitProjectForDeliberation", { id: b.proposed, input: {} }, "id")(),
  approveProject: () => refusedFor("approveProject", { id: b.proposed, input: { note: "越权" } }, "id")(),
  startProject: () => refusedFor("startProject", { id: b.proposed }, "id")(),
  completeProject: () => refusedFor("completeProject", { id: b.running, input: { summary: "越权" } }, "id")(),
  evaluateProject: () => refusedFor("evaluateProject", { id: b.completed, input: { committeeScore: 1, committeeComment: "越权" } }, "id")(),
  cancelProject: () => refusedFor("cancelProject", { id: b.proposed, input: { reason: "越权" } }, "id")(),
  addProjectMilestone: () => refusedFor("addProjectMilestone", { input: { projectId: b.running, title: "越权", plannedEndOn: dayFrom(1) } }, "input.projectId", [A(), w.lead])(),
  updateProjectMilestone: () => refusedFor("updateProjectMilestone", { id: b.milestone, input: { title: "越权" } }, "id", [A(), w.lead])(),
  reachProjectMilestone: () => refusedFor("reachProjectMilestone", { id: b.milestone, input: { completedOn: dayFrom(0) } }, "id", [A(), w.lead])(),
  addProjectTask: () => refusedFor("addProjectTask", { input: { projectId: b.running, title: "越权", ownerName: "x" } }, "input.projectId")(),
  updateProjectTask: () => refusedFor("updateProjectTask", { id: b.task, input: { status: "DONE" } }, "id")(),
  setProjectBeneficiaries: () => refusedFor("setProjectBeneficiaries", { input: { projectId: b.running, groups: [{ group: "OTHER", count: 1 }] } }, "input.projectId")(),
  uploadProjectFile: () => refusedFor("uploadProjectFile", { input: { projectId: b.running, kind: "PHOTO", contentBase64: b64(PNG()) } }, "input.projectId", [A(), w.lead])(),
  postProjectUpdate: () => refusedFor("postProjectUpdate", { input: { projectId: b.running, text: "越权", percentComplete: 1 } }, "input.projectId", [A(), w.lead])(),
  answerProjectSurvey: () => refusedFor("answerProjectSurvey", { input: { projectId: b.completed, score: 1 } }, "input.projectId", [app()])(),
  addProjectBudgetLine: () => refusedFor("addProjectBudgetLine", { input: { projectId: b.proposed, source: "FISCAL", name: "越权", amountFen: 1 } }, "input.projectId")(),
  updateProjectBudgetLine: () => refusedFor("updateProjectBudgetLine", { id: b.line, input: { amountFen: 1 } }, "id")(),
  recordProjectExpense: () =>
    refusedFor("recordProjectExpense", { input: { projectId: b.running, budgetLineId: b.line, spentOn: dayFrom(0), payee: "x", amountFen: 1, description: "越权" } }, "input.projectId", [A(), w.lead])(),
  updateProjectExpense: () => refusedFor("updateProjectExpense", { id: b.expense, input: { amountFen: 1 } }, "id", [A(), w.lead])(),
  reverseProjectExpense: () => refusedFor("reverseProjectExpense", { id: b.expense, input: { reason: "越权" } }, "id", [A(), w.lead])(),
  createCommunityNeed: () => refusedFor("createCommunityNeed", { input: { communityId: w.B.community.gid, title: "越权", description: "x" } }, "input.communityId")(),
  updateCommunityNeed: () => refusedFor("updateCommunityNeed", { id: b.need, input: { title: "越权" } }, "id")(),
  fulfillCommunityNeed: () => refusedFor("fulfillCommunityNeed", { id: b.need }, "id")(),
  closeCommunityNeed: () => refusedFor("closeCommunityNeed", { id: b.need, input: { reason: "越权" } }, "id")(),
  createAllianceUnit: async () => {
    for (const nodeId of [w.B.community.gid, w.streetB.gid, w.streetA.gid]) await pk.refused("createAllianceUnit", { input: { nodeId, name: "越权", kind: "OTHER" } }, A(), NF, "input.nodeId");
  },
  updateAllianceUnit: () => refusedFor("updateAllianceUnit", { id: b.unit, input: { active: false } }, "id")(),
  pledgeSponsorship: async () => {
    await pk.refused("pledgeSponsorship", { input: { needId: b.need, organizationId: w.A.socialOrganization.gid, kind: "IN_KIND", inKind: "x", pledgedOn: dayFrom(0) } }, A(), NF, "input.needId");
    await pk.refused("pledgeSponsorship", { input: { projectId: b.running, organizationId: w.A.socialOrganization.gid, kind: "IN_KIND", inKind: "x", pledgedOn: dayFrom(0) } }, A(), NF, "input.projectId");
  },
  recordSponsorshipReceived: () => refusedFor("recordSponsorshipReceived", { id: b.pledge, input: { receivedFen: 1, receivedOn: dayFrom(0) } }, "id")(),
  withdrawSponsorship: () => refusedFor("withdrawSponsorship", { id: b.pledge, input: { reason: "越权" } }, "id")(),
};

describe("tenancy of special projects", () => {
  it("covers every projects Query and Mutation field of the schema", async () => {
    const fields = await rootFields(kit);
    expect(Object.keys(reads).sort()).toEqual(fields.query.filter((f) => MINE.test(f)));
    expect([...READ_FIELDS].sort()).toEqual(Object.keys(reads).sort());
    expect(Object.keys(writes).sort()).toEqual(fields.mutation.filter((f) => MINE.test(f)));
    expect(Object.keys(P).sort()).toEqual(Object.keys(writes).sort());
  });
  for (const [field, check] of Object.entries(reads)) it(`Query.${field} shows nothing private of B`, check);
  for (const [field, check] of Object.entries(writes)) it(`Mutation.${field} changes nothing of B`, check);

  it("node(id:) shows none of B's project rows", async () => {
    const ids = [b.type, b.proposed, b.running, b.milestone, b.task, b.file, b.expense, b.line, b.need, b.unit, b.pledge, b.update];
    for (const as of [A(), w.lead, app()]) {
      for (const id of ids) {
        const r = await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, as);
        expect(r.errors, id).toBeUndefined();
        expect(r.data.node, id).toBeNull();
      }
    }
    const c = await kit.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: b.running }, w.B.admin);
    expect(c.data.node).toEqual({ id: b.running });
  });

  it("serves none of B's files to A", async () => {
    const url = (await kit.gql(`query($id: ID!) { node(id: $id) { ... on ProjectFile { url } } }`, { id: b.file }, w.B.admin)).data.node.url;
    // Not attached to an update: private even though the project is public.
    expect((await pk.getFile(url)).status).toBe(404);
    expect((await pk.getFile(url, A())).status).toBe(404);
    expect((await pk.getFile(url, w.B.admin)).status).toBe(200);
  });
});
