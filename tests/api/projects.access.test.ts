// Roles × every projects mutation: who may (the change is made and audited), who is refused (a
// typed FORBIDDEN or NOT_FOUND and nothing changes). The project's lead may plan, report progress
// and record spending whatever their own role (here AUDITOR); grid workers report but do not plan;
// only admins approve; apps acting for a resident only ask for projects (群众点菜) and answer the survey.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { b64, dayFrom, dbIdOf, P, PNG, projectsKit, type PName, type ProjectsKit, type ProjectsWorld } from "./projects-kit.js";
import { createTestKit, success, type As, type TestKit } from "./testkit.js";

type Actor = "ADMIN" | "STAFF" | "GRID_WORKER" | "AUDITOR" | "OVERSEER" | "LEAD" | "APP";
const ACTORS: Actor[] = ["ADMIN", "STAFF", "GRID_WORKER", "AUDITOR", "OVERSEER", "LEAD", "APP"];
const STAFFED: Actor[] = ["ADMIN", "STAFF"];
const PLANNERS: Actor[] = ["ADMIN", "STAFF", "LEAD"];
const REPORTERS: Actor[] = ["ADMIN", "STAFF", "GRID_WORKER", "LEAD"];

let kit: TestKit;
let pk: ProjectsKit;
let w: ProjectsWorld;
let n = 0;
const u = () => `${Date.now().toString(36)}${n++}`;

beforeAll(async () => {
  kit = await createTestKit();
  pk = projectsKit(kit);
  w = await pk.world();
});
afterAll(async () => {
  await kit?.close();
});

const as = (a: Actor, residentIndex = 0): As => (a === "LEAD" ? w.lead : a === "APP" ? w.asResident(residentIndex) : w.roles[a]);
const admin = () => w.A.admin;

// Fixtures, built by A's admin.
const need = async () => (await pk.ok("createCommunityNeed", { input: { communityId: w.A.community.gid, title: `需求${u()}`, description: "说明", estimatedFen: 1000 } }, admin())).id as string;
const unit = async () => (await pk.ok("createAllianceUnit", { input: { nodeId: w.A.community.gid, name: `单位${u()}`, kind: "COMPANY" } }, admin())).id as string;
const pledge = async (needId?: string) =>
  (await pk.ok("pledgeSponsorship", { input: { needId: needId ?? (await need()), allianceUnitId: await unit(), kind: "MONEY", pledgedFen: 500, pledgedOn: dayFrom(0) } }, admin())).id as string;
const milestone = async (projectId: string) => (await pk.ok("addProjectMilestone", { input: { projectId, title: "里程碑", plannedEndOn: dayFrom(5) } }, admin())).id as string;

interface Case {
  allowed: Actor[];
  /** The field a refused grant is reported on. */
  field: string;
  /** Fresh fixtures for one actor, and the variables of the call. */
  vars: (actor: Actor) => Promise<Record<string, unknown>>;
}

const CASES: Record<PName, Case> = {
  createProjectType: { allowed: STAFFED, field: "input.communityId", vars: async () => ({ input: { communityId: w.A.community.gid, name: `类型${u()}` } }) },
  updateProjectType: {
    allowed: STAFFED,
    field: "id",
    vars: async () => ({ id: (await pk.ok("createProjectType", { input: { communityId: w.A.community.gid, name: `类型${u()}` } }, admin())).id, input: { description: "改" } }),
  },
  requestProject: { allowed: ["APP"], field: "input.communityId", vars: async () => ({ input: { communityId: w.A.community.gid, typeId: w.typeA.id, title: "小区加装充电桩", requestText: "电动车没地方充电" } }) },
  createProject: { allowed: STAFFED, field: "input.communityId", vars: async () => ({ input: { communityId: w.A.community.gid, typeId: w.typeA.id, title: "新项目", description: "x", origin: "COMMUNITY" } }) },
  updateProject: { allowed: STAFFED, field: "id", vars: async () => ({ id: (await pk.proposed(w)).id, input: { title: "改名" } }) },
  linkCommunityNeedToProject: { allowed: STAFFED, field: "projectId", vars: async () => ({ id: await need(), projectId: (await pk.proposed(w)).id }) },
  submitProjectForDeliberation: { allowed: STAFFED, field: "id", vars: async () => ({ id: (await pk.proposed(w)).id, input: { topicId: (await pk.resolvedTopic(w.A.community.id, `议题${u()}`)).topicId } }) },
  approveProject: { allowed: ["ADMIN"], field: "id", vars: async () => ({ id: (await pk.proposed(w)).id, input: { note: "同意", publishNotice: false } }) },
  startProject: { allowed: STAFFED, field: "id", vars: async () => ({ id: (await pk.approved(w)).id }) },
  completeProject: { allowed: STAFFED, field: "id", vars: async () => ({ id: (await pk.inProgress(w)).id, input: { summary: "完成", publishNotice: false } }) },
  evaluateProject: { allowed: STAFFED, field: "id", vars: async () => ({ id: (await pk.completed(w)).id, input: { committeeScore: 90, committeeComment: "好", publishNotice: false } }) },
  cancelProject: { allowed: STAFFED, field: "id", vars: async () => ({ id: (await pk.proposed(w)).id, input: { reason: "取消" } }) },
  addProjectMilestone: { allowed: PLANNERS, field: "input.projectId", vars: async () => ({ input: { projectId: (await pk.proposed(w)).id, title: "m", plannedEndOn: dayFrom(3) } }) },
  updateProjectMilestone: { allowed: PLANNERS, field: "id", vars: async () => ({ id: await milestone((await pk.proposed(w)).id), input: { title: "改" } }) },
  reachProjectMilestone: { allowed: REPORTERS, field: "id", vars: async () => ({ id: await milestone((await pk.inProgress(w)).id), input: { completedOn: dayFrom(0) } }) },
  addProjectTask: { allowed: PLANNERS, field: "input.projectId", vars: async () => ({ input: { projectId: (await pk.proposed(w)).id, title: "t", ownerName: "张三" } }) },
  updateProjectTask: {
    allowed: PLANNERS,
    field: "id",
    vars: async () => ({ id: (await pk.ok("addProjectTask", { input: { projectId: (await pk.proposed(w)).id, title: "t", ownerName: "张三" } }, admin())).id, input: { status: "DONE" } }),
  },
  setProjectBeneficiaries: { allowed: PLANNERS, field: "input.projectId", vars: async () => ({ input: { projectId: (await pk.proposed(w)).id, groups: [{ group: "ELDERLY", count: 3 }] } }) },
  uploadProjectFile: { allowed: REPORTERS, field: "input.projectId", vars: async () => ({ input: { projectId: (await pk.approved(w)).id, kind: "PHOTO", contentBase64: b64(PNG()) } }) },
  postProjectUpdate: { allowed: REPORTERS, field: "input.projectId", vars: async () => ({ input: { projectId: (await pk.inProgress(w)).id, text: "进展", percentComplete: 30 } }) },
  answerProjectSurvey: {
    allowed: ["ADMIN", "APP"],
    field: "input.projectId",
    vars: async (a) => ({ input: { projectId: (await pk.completed(w)).id, score: 4, ...(a === "APP" ? {} : { residentId: w.residents[1]!.gid }) } }),
  },
  addProjectBudgetLine: { allowed: STAFFED, field: "input.projectId", vars: async () => ({ input: { projectId: (await pk.proposed(w)).id, source: "SELF_RAISED", name: "自筹", amountFen: 100 } }) },
  updateProjectBudgetLine: { allowed: STAFFED, field: "id", vars: async () => ({ id: (await pk.approved(w)).lineId, input: { amountFen: 200_000 } }) },
  recordProjectExpense: {
    allowed: REPORTERS,
    field: "input.projectId",
    vars: async () => {
      const p = await pk.approved(w);
      return { input: { projectId: p.id, budgetLineId: p.lineId, spentOn: dayFrom(0), payee: "店", amountFen: 100, description: "材料" } };
    },
  },
  updateProjectExpense: { allowed: REPORTERS, field: "id", vars: async () => ({ id: (await pk.expense(w, await pk.approved(w))).id, input: { payee: "另一家店" } }) },
  reverseProjectExpense: { allowed: REPORTERS, field: "id", vars: async () => ({ id: (await pk.expense(w, await pk.approved(w))).id, input: { reason: "退货" } }) },
  createCommunityNeed: { allowed: STAFFED, field: "input.communityId", vars: async () => ({ input: { communityId: w.A.community.gid, title: "需求", description: "x" } }) },
  updateCommunityNeed: { allowed: STAFFED, field: "id", vars: async () => ({ id: await need(), input: { estimatedFen: 2000 } }) },
  fulfillCommunityNeed: {
    allowed: STAFFED,
    field: "id",
    vars: async () => {
      const id = await need();
      await pk.ok("recordSponsorshipReceived", { id: await pledge(id), input: { receivedFen: 500, receivedOn: dayFrom(0) } }, admin());
      return { id };
    },
  },
  closeCommunityNeed: { allowed: STAFFED, field: "id", vars: async () => ({ id: await need(), input: { reason: "不再需要" } }) },
  createAllianceUnit: { allowed: STAFFED, field: "input.nodeId", vars: async () => ({ input: { nodeId: w.A.community.gid, name: `单位${u()}`, kind: "AGENCY" } }) },
  updateAllianceUnit: { allowed: STAFFED, field: "id", vars: async () => ({ id: await unit(), input: { active: false } }) },
  pledgeSponsorship: { allowed: STAFFED, field: "input.needId", vars: async () => ({ input: { needId: await need(), allianceUnitId: await unit(), kind: "IN_KIND", inKind: "桌椅10套", pledgedOn: dayFrom(0) } }) },
  recordSponsorshipReceived: { allowed: STAFFED, field: "id", vars: async () => ({ id: await pledge(), input: { receivedFen: 500, receivedOn: dayFrom(0) } }) },
  withdrawSponsorship: { allowed: STAFFED, field: "id", vars: async () => ({ id: await pledge(), input: { reason: "资金未批" } }) },
};

describe("roles × projects mutations", () => {
  it("has a case for every projects mutation", () => {
    expect(Object.keys(CASES).sort()).toEqual(Object.keys(P).sort());
  });

  for (const [m, c] of Object.entries(CASES) as [PName, Case][]) {
    it(`${m}: ${c.allowed.join(", ")} may; the others are refused and nothing changes`, async () => {
      for (const actor of ACTORS) {
        const vars = await c.vars(actor);
        if (c.allowed.includes(actor)) {
          const audits = await kit.auditCount();
          success(await pk.run(m, vars, as(actor)), m);
          expect(await kit.auditCount(), `${m} by ${actor} is audited`).toBeGreaterThan(audits);
        } else {
          // Apps hold no community:read: the community is "not found" for them.
          await pk.refused(m, vars, as(actor), actor === "APP" ? "NOT_FOUND" : "FORBIDDEN", c.field);
        }
      }
    });
  }

  it("cancelling an approved project is for those who approve", async () => {
    for (const actor of ["STAFF", "LEAD"] as Actor[]) {
      const p = await pk.approved(w);
      await pk.refused("cancelProject", { id: p.id, input: { reason: "x" } }, as(actor), "FORBIDDEN", "id");
    }
    const p = await pk.inProgress(w);
    expect((await pk.ok("cancelProject", { id: p.id, input: { reason: "资金未落实" } }, admin())).status).toBe("CANCELLED");
  });

  it("a lead who lost every role in the community is no longer a lead there", async () => {
    const p = await pk.inProgress(w);
    await kit.prisma.grant.deleteMany({ where: { accountId: w.lead.id } });
    try {
      await pk.refused("postProjectUpdate", { input: { projectId: p.id, text: "x", percentComplete: 5 } }, w.lead, "NOT_FOUND", "input.projectId");
    } finally {
      await kit.prisma.grant.create({ data: { accountId: w.lead.id, role: "AUDITOR", communityId: w.A.community.id } });
    }
  });

  it("a step's notice is published by the one who takes the step, for the project", async () => {
    const p = await pk.inProgress(w);
    expect((await pk.ok("completeProject", { id: p.id, input: { summary: "完成" } }, w.staffA)).status).toBe("COMPLETED");
    const notice = await kit.prisma.notice.findFirstOrThrow({ where: { subjectType: "Project", subjectId: dbIdOf(p.id), stage: "COMPLETION" } });
    expect(notice.publishedByAccountId).toBe(w.staffA.id);
    expect(notice.periodDays).toBe(7);
  });
});
