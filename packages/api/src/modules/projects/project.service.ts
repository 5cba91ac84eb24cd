// Project types, projects (created from a resident's request, a topic, a need or by the community),
// their details, and attaching needs of the needs board. Each change is one transaction holding
// the row, its timeline event and the audit row.
import type { Project } from "../../generated/prisma/client.js";
import { assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import { ACT_AS_HEADER, type Context } from "../../shared/context.js";
import { forbidden, fromPrisma, notFound } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { actingResidentOf } from "../../shared/actor.js";
import { assertAccountReaches, loadProject, lockedProject } from "./project.access.js";
import { conflict, type Db, inCommunity, invalid, loadFor, parseInput, type Tx } from "../../shared/service.js";
import { needRefusal } from "./need.rules.js";
import { recordEvent } from "./timeline.js";
import { assertStatus, PLAN_STATUSES } from "./rules.js";
import { projectInput, projectRequestInput, projectTypeInput, projectTypeUpdate, projectUpdate } from "./validation.js";

const ORIGIN_LABEL = { RESIDENT_REQUEST: "居民点单", TOPIC: "议题转化", NEED: "管家计划需求", COMMUNITY: "社区提出" } as const;

export async function createProjectType(ctx: Context, input: { communityId: string }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const data = parseInput(projectTypeInput, input);
  await assertCan(ctx, "project:manage", communityId, "input.communityId");
  return command(ctx, async (tx) => {
    const row = await tx.projectType.create({ data: { ...data, communityId } }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "project:manage", communityId, targetType: "ProjectType", targetId: row.id, after: row });
    return row;
  });
}

export async function updateProjectType(ctx: Context, rawId: string, input: unknown) {
  const id = parseId("id", rawId, "ProjectType");
  const data = parseInput(projectTypeUpdate, input);
  const existing = await loadFor(ctx, "project:manage", "id", "项目类型", () => ctx.prisma.projectType.findUnique({ where: { id } }));
  return command(ctx, async (tx) => {
    const before = await tx.projectType.findUniqueOrThrow({ where: { id } });
    const after = await tx.projectType.update({ where: { id }, data }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "project:manage", communityId: existing.communityId, targetType: "ProjectType", targetId: id, before, after });
    return after;
  });
}

interface Refs {
  typeId?: string | null;
  leadAccountId?: string | null;
  organizationId?: string | null;
  gridIds?: string[];
}

/** Referenced rows belong to the project's community (another tenant's are "not found"); the lead reaches it. */
async function checkRefs(db: Db, communityId: string, refs: Refs) {
  if (refs.typeId) {
    const type = await inCommunity("input.typeId", communityId, "项目类型", () => db.projectType.findUnique({ where: { id: refs.typeId! } }));
    if (!type.active) throw invalid("该项目类型已停用 (the type is no longer in use)", "input.typeId");
  }
  if (refs.leadAccountId) {
    const community = await db.community.findUniqueOrThrow({ where: { id: communityId }, select: { path: true } });
    const account = await db.account.findUnique({ where: { id: refs.leadAccountId }, select: { id: true } });
    if (!account) throw notFound("input.leadAccountId", "账号");
    await assertAccountReaches(db, account.id, community.path, "input.leadAccountId");
  }
  if (refs.organizationId) await inCommunity("input.organizationId", communityId, "社会组织", () => db.socialOrganization.findUnique({ where: { id: refs.organizationId! } }));
  for (const [i, gridId] of (refs.gridIds ?? []).entries()) await inCommunity(`input.gridIds.${i}`, communityId, "网格", () => db.grid.findUnique({ where: { id: gridId } }));
}

export async function createProject(ctx: Context, input: { communityId: string }): Promise<Project> {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const data = parseInput(projectInput, input);
  await assertCan(ctx, "project:manage", communityId, "input.communityId");
  if (data.origin !== "RESIDENT_REQUEST" && (data.requestText || data.requesterResidentId)) {
    throw invalid("只有居民点单的项目填写需求内容和提出人 (requestText and requester are for RESIDENT_REQUEST)", data.requestText ? "input.requestText" : "input.requesterResidentId");
  }
  if (data.origin !== "TOPIC" && data.topicId) throw invalid("议题在提交协商时关联 (link a topic with submitProjectForDeliberation)", "input.topicId");
  if (data.origin !== "NEED" && data.needId) throw invalid("需求用 linkCommunityNeedToProject 关联 (attach needs with linkCommunityNeedToProject)", "input.needId");
  const gridIds = [...new Set(data.gridIds ?? [])];
  await checkRefs(ctx.prisma, communityId, { ...data, gridIds });
  if (data.requesterResidentId) await inCommunity("input.requesterResidentId", communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: data.requesterResidentId! } }));
  if (data.topicId) {
    const topic = await inCommunity("input.topicId", communityId, "议题", () => ctx.prisma.topic.findUnique({ where: { id: data.topicId! } }));
    if (topic.status === "DECLINED") throw conflict("该议题已不予立项，不能转为项目 (the topic was declined)", "input.topicId");
  }
  return command(ctx, async (tx) => {
    if (data.needId) await needForLink(tx, communityId, data.needId, "input.needId");
    const project = await tx.project.create({
      data: {
        communityId,
        typeId: data.typeId,
        title: data.title,
        description: data.description,
        origin: data.origin,
        requestText: data.requestText ?? null,
        requesterResidentId: data.requesterResidentId ?? null,
        topicId: data.topicId ?? null,
        leadAccountId: data.leadAccountId ?? null,
        organizationId: data.organizationId ?? null,
        plannedStartOn: data.plannedStartOn ?? null,
        plannedEndOn: data.plannedEndOn ?? null,
        internalNote: data.internalNote ?? null,
        createdByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
        createdAt: ctx.now(),
        grids: { create: gridIds.map((gridId) => ({ gridId, communityId })) },
      },
    });
    await recordEvent(tx, ctx, project, { kind: "CREATED", summary: `提出项目「${project.title}」（${ORIGIN_LABEL[project.origin]}）` });
    if (data.needId) await attachNeed(tx, ctx, project, data.needId);
    await audit(tx, ctx, { action: "project:manage", communityId, targetType: "Project", targetId: project.id, after: { ...project, gridIds } });
    return project;
  });
}

/**
 * 群众点菜 through a residents' app: the resident the app acts for asks for a project. It is
 * PROPOSED with origin RESIDENT_REQUEST and the resident as requester (both private), for staff to
 * describe, plan and take forward; its public description says only that it awaits them.
 */
export async function requestProject(ctx: Context, input: { communityId: string }): Promise<Project> {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const data = parseInput(projectRequestInput, input);
  await assertCan(ctx, "project:request", communityId, "input.communityId");
  const residentId = actingResidentOf(ctx, "居民点单", "提交");
  if (!residentId) throw forbidden("input.communityId", "居民点单由应用代居民提交；工作人员请用 createProject 登记 (staff record a request with createProject)");
  await inCommunity(ACT_AS_HEADER, communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: residentId } }));
  await checkRefs(ctx.prisma, communityId, { typeId: data.typeId });
  return command(ctx, async (tx) => {
    const project = await tx.project.create({
      data: {
        communityId,
        typeId: data.typeId,
        title: data.title,
        description: "居民点单，待社区完善项目简介。",
        origin: "RESIDENT_REQUEST",
        requestText: data.requestText,
        requesterResidentId: residentId,
        createdAt: ctx.now(),
      },
    });
    await recordEvent(tx, ctx, project, { kind: "CREATED", summary: `居民点单「${project.title}」` });
    await audit(tx, ctx, { action: "project:request", communityId, targetType: "Project", targetId: project.id, after: project });
    return project;
  });
}

const DETAIL_LABEL: Record<string, string> = {
  typeId: "类型",
  title: "名称",
  description: "简介",
  leadAccountId: "负责人",
  organizationId: "承办组织",
  gridIds: "实施范围",
  plannedStartOn: "计划开始日期",
  plannedEndOn: "计划结束日期",
  internalNote: "内部备注",
};

export async function updateProject(ctx: Context, rawId: string, input: unknown): Promise<Project> {
  const data = parseInput(projectUpdate, input);
  const existing = await loadProject(ctx, rawId, "project:manage");
  const gridIds = data.gridIds ? [...new Set(data.gridIds)] : undefined;
  await checkRefs(ctx.prisma, existing.communityId, { ...data, gridIds });
  if (data.typeId === null) throw invalid("项目类型不能为空 (typeId is required)", "input.typeId");
  return command(ctx, async (tx) => {
    const before = await lockedProject(tx, existing.id);
    assertStatus(before.status, PLAN_STATUSES, "修改项目信息", "id");
    const start = data.plannedStartOn === undefined ? before.plannedStartOn : data.plannedStartOn;
    const end = data.plannedEndOn === undefined ? before.plannedEndOn : data.plannedEndOn;
    if (start && end && start > end) throw invalid("计划结束日期不能早于开始日期 (plannedEndOn is before plannedStartOn)", data.plannedEndOn !== undefined ? "input.plannedEndOn" : "input.plannedStartOn");
    if (before.status === "IN_PROGRESS" && data.leadAccountId === null) throw conflict("实施中的项目须有负责人 (a project in progress keeps a lead)", "input.leadAccountId");
    const { gridIds: _g, typeId, ...fields } = data;
    const after = await tx.project.update({ where: { id: before.id }, data: { ...fields, ...(typeId ? { typeId } : {}) } });
    const beforeGrids = (await tx.projectGrid.findMany({ where: { projectId: before.id }, select: { gridId: true } })).map((g) => g.gridId);
    if (gridIds) {
      await tx.projectGrid.deleteMany({ where: { projectId: before.id } });
      await tx.projectGrid.createMany({ data: gridIds.map((gridId) => ({ projectId: before.id, gridId, communityId: before.communityId })) });
    }
    const changed = Object.keys(data).filter((k) => k !== "internalNote" && (data as Record<string, unknown>)[k] !== undefined);
    if (changed.length > 0) {
      await recordEvent(tx, ctx, after, { kind: "DETAILS_CHANGED", summary: `修改项目信息：${changed.map((k) => DETAIL_LABEL[k] ?? k).join("、")}` });
    }
    await audit(tx, ctx, {
      action: "project:manage",
      communityId: before.communityId,
      targetType: "Project",
      targetId: before.id,
      before: { ...before, gridIds: beforeGrids },
      after: { ...after, gridIds: gridIds ?? beforeGrids },
    });
    return after;
  });
}

/** A need that may be attached: in the community, not closed, not attached to another project. */
async function needForLink(tx: Tx, communityId: string, needId: string, field: string) {
  const need = await inCommunity(field, communityId, "需求", () => tx.communityNeed.findUnique({ where: { id: needId } }));
  const refusal = needRefusal({ ...need, receivedCount: 0 }, "LINK");
  if (refusal) throw conflict(refusal, field);
  return need;
}

/** Attach a need and its live pledges to the project, with a timeline event. */
async function attachNeed(tx: Tx, ctx: Context, project: Project, needId: string) {
  const need = await tx.communityNeed.update({ where: { id: needId }, data: { projectId: project.id } });
  await tx.sponsorship.updateMany({ where: { needId, status: { not: "WITHDRAWN" } }, data: { projectId: project.id } });
  await recordEvent(tx, ctx, project, { kind: "NEED_LINKED", summary: `关联需求「${need.title}」`, subjectType: "CommunityNeed", subjectId: need.id });
  return need;
}

/** Attach a need of the needs board (and its pledges) to a project of the same community. */
export async function linkCommunityNeedToProject(ctx: Context, rawNeedId: string, rawProjectId: string) {
  const needId = parseId("id", rawNeedId, "CommunityNeed");
  const project = await loadProject(ctx, rawProjectId, "project:manage", "projectId");
  const need = await loadFor(ctx, "need:manage", "id", "需求", () => ctx.prisma.communityNeed.findUnique({ where: { id: needId } }));
  if (need.communityId !== project.communityId) throw notFound("id", "需求");
  return command(ctx, async (tx) => {
    const locked = await lockedProject(tx, project.id);
    assertStatus(locked.status, PLAN_STATUSES, "关联需求", "projectId");
    const before = await needForLink(tx, project.communityId, needId, "id");
    const after = await attachNeed(tx, ctx, locked, needId);
    await audit(tx, ctx, { action: "need:manage", communityId: project.communityId, targetType: "CommunityNeed", targetId: needId, before, after });
    return after;
  });
}
