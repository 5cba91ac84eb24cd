// Shared setup for the special-projects API tests (tests/api/projects*.test.ts): the mutation
// documents, two tenants with project types, accounts of every role, a lead whose own role holds
// no project:report, a residents' app, uploads to a temporary directory, builders that drive a
// project through its lifecycle through the API, and a dump of every table to prove that a
// refusal changed nothing (files on disk included).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { LocalDiskStorage, useFileStorage } from "@gongzhi/api/src/shared/files/storage.js";
import { placeholderPng } from "@gongzhi/api/src/seed/png.js";
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { expect } from "vitest";
import { mutationDoc, success, userError, type As, type TestAccount, type TestKit } from "./testkit.js";

const input = (field: string, type: string, select: string) => mutationDoc(field, `$input: ${type}!`, "input: $input", select);
const idInput = (field: string, type: string, select: string, optional = false) =>
  mutationDoc(field, `$id: ID!, $input: ${type}${optional ? "" : "!"}`, "id: $id, input: $input", select);
const idOnly = (field: string, select: string) => mutationDoc(field, "$id: ID!", "id: $id", select);

const PROJECT = "id status title percentComplete approvedAt approvedByName approvalNote topic { id } resolution { id } leadName allowedSteps cancelReason committeeScore";
const EXPENSE = "id amountFen spentOn payee isReversal reverses { id } reversedBy { id } budgetLine { id spentFen } receipt { id }";
const SPONSORSHIP = "id status kind pledgedFen receivedFen receivedOn sponsorName sponsorType need { id status } project { id }";
const NEED = "id status title estimatedFen pledgedFen receivedFen closeReason project { id }";

/** One document per projects mutation; variables are `input`, `id` (+ `input`), or the mutation's own. */
export const P = {
  createProjectType: input("createProjectType", "CreateProjectTypeInput", "id name active"),
  updateProjectType: idInput("updateProjectType", "UpdateProjectTypeInput", "id name active allowedSteps"),
  createProject: input("createProject", "CreateProjectInput", `${PROJECT} origin wholeCommunity grids { id } requestText`),
  requestProject: input("requestProject", "RequestProjectInput", `${PROJECT} origin requestText requester { id }`),
  updateProject: idInput("updateProject", "UpdateProjectInput", `${PROJECT} plannedStartOn plannedEndOn wholeCommunity grids { id }`),
  linkCommunityNeedToProject: mutationDoc("linkCommunityNeedToProject", "$id: ID!, $projectId: ID!", "id: $id, projectId: $projectId", NEED),
  submitProjectForDeliberation: idInput("submitProjectForDeliberation", "SubmitProjectForDeliberationInput", PROJECT, true),
  approveProject: idInput("approveProject", "ApproveProjectInput", PROJECT),
  startProject: idInput("startProject", "StartProjectInput", `${PROJECT} startedAt`, true),
  completeProject: idInput("completeProject", "CompleteProjectInput", `${PROJECT} completedAt completionSummary`),
  evaluateProject: idInput("evaluateProject", "EvaluateProjectInput", `${PROJECT} evaluatedAt committeeComment`),
  cancelProject: idInput("cancelProject", "CancelProjectInput", `${PROJECT} cancelledAt`),
  addProjectMilestone: input("addProjectMilestone", "AddProjectMilestoneInput", "id title plannedStartOn plannedEndOn completedOn overdue"),
  updateProjectMilestone: idInput("updateProjectMilestone", "UpdateProjectMilestoneInput", "id title plannedStartOn plannedEndOn"),
  reachProjectMilestone: idInput("reachProjectMilestone", "ReachProjectMilestoneInput", "id completedOn reached overdue daysLate"),
  addProjectTask: input("addProjectTask", "AddProjectTaskInput", "id title ownerName status owner { id } milestone { id }"),
  updateProjectTask: idInput("updateProjectTask", "UpdateProjectTaskInput", "id title ownerName status doneAt"),
  setProjectBeneficiaries: input("setProjectBeneficiaries", "SetProjectBeneficiariesInput", "id beneficiaryTotal beneficiaries { group count }"),
  uploadProjectFile: input("uploadProjectFile", "UploadProjectFileInput", "id kind mimeType size url originalName attached"),
  postProjectUpdate: input("postProjectUpdate", "PostProjectUpdateInput", "id text percentComplete authorName photos { id url } project { id percentComplete }"),
  answerProjectSurvey: input("answerProjectSurvey", "AnswerProjectSurveyInput", "id score comment residentName throughApp"),
  addProjectBudgetLine: input("addProjectBudgetLine", "AddProjectBudgetLineInput", "id source name amountFen spentFen warning"),
  updateProjectBudgetLine: idInput("updateProjectBudgetLine", "UpdateProjectBudgetLineInput", "id name amountFen spentFen warning"),
  recordProjectExpense: input("recordProjectExpense", "RecordProjectExpenseInput", EXPENSE),
  updateProjectExpense: idInput("updateProjectExpense", "UpdateProjectExpenseInput", EXPENSE),
  reverseProjectExpense: idInput("reverseProjectExpense", "ReverseProjectExpenseInput", EXPENSE),
  createCommunityNeed: input("createCommunityNeed", "CreateCommunityNeedInput", NEED),
  updateCommunityNeed: idInput("updateCommunityNeed", "UpdateCommunityNeedInput", NEED),
  fulfillCommunityNeed: idOnly("fulfillCommunityNeed", NEED),
  closeCommunityNeed: idInput("closeCommunityNeed", "CloseCommunityNeedInput", NEED),
  createAllianceUnit: input("createAllianceUnit", "CreateAllianceUnitInput", "id name kind contactPhone community { id } region { id }"),
  updateAllianceUnit: idInput("updateAllianceUnit", "UpdateAllianceUnitInput", "id name active contactPhone allowedSteps"),
  pledgeSponsorship: input("pledgeSponsorship", "PledgeSponsorshipInput", SPONSORSHIP),
  recordSponsorshipReceived: idInput("recordSponsorshipReceived", "RecordSponsorshipReceivedInput", SPONSORSHIP),
  withdrawSponsorship: idInput("withdrawSponsorship", "WithdrawSponsorshipInput", `${SPONSORSHIP} withdrawReason`),
} as const;
export type PName = keyof typeof P;

/** The projects module's query fields (its tenancy suite covers each). */
export const READ_FIELDS = ["projectTypes", "projects", "myProjects", "communityNeeds", "allianceUnits", "projectPortfolio", "projectPortfolioExcel", "publicProjects", "publicProject"] as const;

export const CLIENT_ACTIONS = ["project:read", "project:evaluate", "project:request", "resident:actAs"];

/** ISO day `n` days from today (China calendar, as the API counts days). */
export const dayFrom = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
export const dbIdOf = (gid: string) => Buffer.from(gid, "base64").toString("utf8").split(":")[1]!;
export const PNG = () => placeholderPng(8, 6, [40, 120, 200]);
export const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString("base64");

/** Every file under a directory (relative paths, sorted). */
function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name))).sort();
}

export function projectsKit(kit: TestKit) {
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), "gongzhi-uploads-"));
  useFileStorage(new LocalDiskStorage(uploadDir));
  // The upload directory goes with the test database.
  const close = kit.close;
  kit.close = async () => {
    await close();
    fs.rmSync(uploadDir, { recursive: true, force: true });
  };

  const run = (m: PName, vars: Record<string, unknown>, as?: As, headers: Record<string, string> = {}) => kit.gql(P[m], vars, as, headers);
  const ok = async <T = any>(m: PName, vars: Record<string, unknown>, as?: As, headers?: Record<string, string>) => success<T>(await run(m, vars, as, headers), m);
  const err = async (m: PName, vars: Record<string, unknown>, as?: As, headers?: Record<string, string>) => userError(await run(m, vars, as, headers), m);

  /** Every row of every table this module touches (and the notices and audit log), and the stored files. */
  async function dump() {
    const p = kit.prisma;
    const byId = { orderBy: { id: "asc" as const } };
    const base = await kit.dump();
    return {
      // An app's lastUsedAt is bumped by any request (once a minute), refused or not: not a change.
      base: { ...base, apiClient: base.apiClient.map(({ lastUsedAt: _used, ...c }) => c) },
      types: await p.projectType.findMany(byId),
      projects: await p.project.findMany(byId),
      grids: await p.projectGrid.findMany({ orderBy: [{ projectId: "asc" }, { gridId: "asc" }] }),
      events: await p.projectEvent.findMany(byId),
      milestones: await p.projectMilestone.findMany(byId),
      tasks: await p.projectTask.findMany(byId),
      updates: await p.projectUpdate.findMany(byId),
      files: await p.projectFile.findMany(byId),
      lines: await p.projectBudgetLine.findMany(byId),
      expenses: await p.projectExpense.findMany(byId),
      beneficiaries: await p.projectBeneficiary.findMany(byId),
      survey: await p.projectSurveyResponse.findMany(byId),
      needs: await p.communityNeed.findMany(byId),
      units: await p.allianceUnit.findMany(byId),
      sponsorships: await p.sponsorship.findMany(byId),
      notices: await p.notice.findMany(byId),
      stored: listFiles(uploadDir),
    };
  }

  /** Refused with `code` on `field`, and nothing at all changed. Returns the error. */
  async function refused(m: PName, vars: Record<string, unknown>, as: As | undefined, code: string, field: string | null, headers?: Record<string, string>) {
    const before = await dump();
    const e = await err(m, vars, as, headers);
    expect({ code: e.code, field: e.field }, e.message).toEqual({ code, field });
    expect(await dump()).toEqual(before);
    return e;
  }

  /** A multipart upload (GraphQL multipart request spec) of `bytes` as input.file. */
  async function uploadMultipart(vars: { projectId: string; kind: string; filename?: string }, bytes: Uint8Array, name: string, as?: As) {
    const form = new FormData();
    form.append("operations", JSON.stringify({ query: P.uploadProjectFile, variables: { input: { ...vars, file: null } } }));
    form.append("map", JSON.stringify({ 0: ["variables.input.file"] }));
    form.append("0", new File([bytes as BlobPart], name, { type: "application/octet-stream" }));
    const res = await kit.yoga.fetch("http://test/graphql", { method: "POST", body: form, headers: { ...(as?.headers ?? {}) } });
    return { ...((await res.json()) as { data?: any; errors?: any[] }), status: res.status, headers: res.headers };
  }

  /** GET /files/<id> through the API server's route. */
  async function getFile(url: string, as?: As) {
    const { serveFile } = await import("@gongzhi/api/src/modules/projects/files.route.js");
    return serveFile(kit.prisma, new Request(`http://test${url}`, { headers: as?.headers ?? {} }));
  }

  /**
   * Two tenants (A with A2 on street SA, B on street SB) with a project type each, an account of
   * every role in A (the overseer on SA), a lead in A whose own role (AUDITOR) holds no
   * project:report, and a residents' app of A.
   */
  async function world() {
    const w = await kit.seed.tenants();
    const staffA = await kit.seed.account("STAFF", w.A.community);
    const gridA = await kit.seed.account("GRID_WORKER", w.A.community);
    const auditorA = await kit.seed.account("AUDITOR", w.A.community);
    const overseerSA = await kit.seed.account("OVERSEER", w.streetA);
    const lead = await kit.seed.account("AUDITOR", w.A.community);
    const staffB = await kit.seed.account("STAFF", w.B.community);
    const typeA = await ok("createProjectType", { input: { communityId: w.A.community.gid, name: "四点半课堂", description: "放学后托管" } }, w.A.admin);
    const typeB = await ok("createProjectType", { input: { communityId: w.B.community.gid, name: "长者饭堂" } }, w.B.admin);
    const app = await kit.seed.apiClient([w.A.community.id], CLIENT_ACTIONS, w.A.admin.id);
    await kit.gql(`{ viewer { kind } }`, {}, app); // records lastUsedAt once, so later dumps compare equal
    const residents = [w.A.resident, ...(await Promise.all([1, 2, 3].map((i) => kit.seed.resident(w.A.community.id, { name: `江翠居民${i}` }))))];
    const asResident = (i: number): As => ({ headers: { ...app.headers, "x-act-as-resident": residents[i]!.gid } });
    const roles: Record<"ADMIN" | "STAFF" | "GRID_WORKER" | "AUDITOR" | "OVERSEER", TestAccount> = { ADMIN: w.A.admin, STAFF: staffA, GRID_WORKER: gridA, AUDITOR: auditorA, OVERSEER: overseerSA };
    return { ...w, staffA, gridA, auditorA, overseerSA, lead, staffB, typeA, typeB, app, residents, asResident, roles };
  }
  type World = Awaited<ReturnType<typeof world>>;

  let n = 0;
  /** A PROPOSED project of community A (or B), led by w.lead in A. */
  async function proposed(w: World, extra: Record<string, unknown> = {}, where: "A" | "B" = "A") {
    const c = where === "A" ? w.A : w.B;
    return ok(
      "createProject",
      { input: { communityId: c.community.gid, typeId: where === "A" ? w.typeA.id : w.typeB.id, title: `项目${n++}`, description: "说明", origin: "COMMUNITY", ...(where === "A" ? { leadAccountId: w.lead.gid } : {}), ...extra } },
      c.admin,
    );
  }
  /** Approved (directly, with a note and no notice), with one budget line of ¥1,000 (id in .lineId). */
  async function approved(w: World, where: "A" | "B" = "A") {
    const p = await proposed(w, {}, where);
    const admin = where === "A" ? w.A.admin : w.B.admin;
    const line = await ok("addProjectBudgetLine", { input: { projectId: p.id, source: "FISCAL", name: "材料费", amountFen: 100_000 } }, admin);
    await ok("approveProject", { id: p.id, input: { note: "同意立项", publishNotice: false } }, admin);
    return { ...p, lineId: line.id as string };
  }
  async function inProgress(w: World, where: "A" | "B" = "A") {
    const p = await approved(w, where);
    if (where === "B") await ok("updateProject", { id: p.id, input: { leadAccountId: w.staffB.gid } }, w.B.admin);
    await ok("startProject", { id: p.id }, where === "A" ? w.A.admin : w.B.admin);
    return p;
  }
  async function completed(w: World, where: "A" | "B" = "A") {
    const p = await inProgress(w, where);
    await ok("completeProject", { id: p.id, input: { summary: "按计划完成", publishNotice: false } }, where === "A" ? w.A.admin : w.B.admin);
    return p;
  }
  async function expense(w: World, p: { id: string; lineId: string }, amountFen = 20_000, as: As = w.A.admin) {
    return ok("recordProjectExpense", { input: { projectId: p.id, budgetLineId: p.lineId, spentOn: dayFrom(0), payee: "五金店", amountFen, description: "采购材料" } }, as);
  }
  async function photo(w: World, projectId: string, as: As = w.A.admin) {
    return ok("uploadProjectFile", { input: { projectId, kind: "PHOTO", contentBase64: b64(PNG()), filename: "现场.png" } }, as);
  }

  /** A deliberation topic of the community with a committee resolution on it (rows written directly: the deliberation suites test how they come about). */
  async function resolvedTopic(communityId: string, title = "社区儿童放学后无人看护") {
    const p = kit.prisma;
    const committee = (await p.committee.findFirst({ where: { communityId } })) ?? (await p.committee.create({ data: { communityId, name: "议事委员会" } }));
    const topic = await p.topic.create({ data: { communityId, title, description: "建议开设四点半课堂", category: "LIVELIHOOD", source: "RESIDENT", proposerName: "居民", status: "RESOLVED" } });
    const meeting = await p.meeting.create({
      data: { communityId, committeeId: committee.id, title: "协商议事会", startsAt: new Date(Date.now() - 7_200_000), endsAt: new Date(Date.now() - 3_600_000), mode: "IN_PERSON", status: "CLOSED" },
    });
    const resolution = await p.resolution.create({ data: { communityId, topicId: topic.id, meetingId: meeting.id, text: "同意开设四点半课堂", ownerName: "社区书记" } });
    return { topicId: toGlobalId("Topic", topic.id), resolutionId: toGlobalId("Resolution", resolution.id) };
  }

  return { run, ok, err, dump, refused, resolvedTopic, gid: toGlobalId, uploadMultipart, getFile, world, proposed, approved, inProgress, completed, expense, photo, uploadDir, listFiles: () => listFiles(uploadDir) };
}
export type ProjectsKit = ReturnType<typeof projectsKit>;
export type ProjectsWorld = Awaited<ReturnType<ProjectsKit["world"]>>;
export { toGlobalId };
