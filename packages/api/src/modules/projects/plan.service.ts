// The plan of a project: milestones (planned dates, the day reached), tasks with owners, and the
// beneficiaries by group (惠及人数). Community staff (project:manage) or the project's lead.
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { assertAccountReaches, loadProjectForWork, lockedProject, projectForWork } from "./project.access.js";
import { conflict, type Db, inCommunity, invalid, parseInput } from "../../shared/service.js";
import { recordEvent } from "./timeline.js";
import { assertStatus, BENEFICIARY_STATUSES, isoDay, MILESTONE_REACH_STATUSES, milestoneRefusal, PLAN_STATUSES } from "./rules.js";
import { beneficiariesInput, milestoneInput, milestoneUpdate, reachMilestoneInput, taskInput, taskUpdate } from "./validation.js";
import { chinaDay } from "../../shared/chinaTime.js";

const GROUP_LABEL = { ELDERLY: "老人", CHILDREN: "儿童", DISADVANTAGED: "困境家庭", OTHER: "其他" } as const;

export async function addProjectMilestone(ctx: Context, input: { projectId: string }) {
  const data = parseInput(milestoneInput, input);
  const project = await loadProjectForWork(ctx, input.projectId, "project:manage");
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, PLAN_STATUSES, "添加里程碑");
    const row = await tx.projectMilestone.create({ data: { ...data, projectId: p.id, communityId: p.communityId, createdAt: ctx.now() } });
    await recordEvent(tx, ctx, p, { kind: "MILESTONE_ADDED", summary: `计划里程碑「${row.title}」，${isoDay(row.plannedEndOn)}完成`, subjectType: "ProjectMilestone", subjectId: row.id });
    await audit(tx, ctx, { action: "project:manage", communityId: p.communityId, targetType: "ProjectMilestone", targetId: row.id, after: row });
    return row;
  });
}

async function loadMilestone(ctx: Context, rawId: string, action: "project:manage" | "project:report") {
  const id = parseId("id", rawId, "ProjectMilestone");
  const m = await ctx.prisma.projectMilestone.findUnique({ where: { id } });
  if (!m) throw notFound("id", "里程碑");
  const project = await projectForWork(ctx, m.projectId, action, "id", "里程碑");
  return { m, project };
}

export async function updateProjectMilestone(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(milestoneUpdate, input);
  const { m } = await loadMilestone(ctx, rawId, "project:manage");
  if (data.plannedEndOn === null) throw invalid("计划完成日期不能为空 (plannedEndOn is required)", "input.plannedEndOn");
  const start = data.plannedStartOn === undefined ? m.plannedStartOn : data.plannedStartOn;
  const end = data.plannedEndOn ?? m.plannedEndOn;
  if (start && start > end) throw invalid("计划完成日期不能早于计划开始日期 (plannedEndOn is before plannedStartOn)", data.plannedEndOn ? "input.plannedEndOn" : "input.plannedStartOn");
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, m.projectId);
    assertStatus(p.status, PLAN_STATUSES, "修改里程碑", "id");
    const before = await tx.projectMilestone.findUniqueOrThrow({ where: { id: m.id } });
    const refusal = milestoneRefusal(p.status, before, "EDIT");
    if (refusal) throw conflict(refusal);
    const after = await tx.projectMilestone.update({ where: { id: m.id }, data: { ...data, plannedEndOn: end } });
    await audit(tx, ctx, { action: "project:manage", communityId: p.communityId, targetType: "ProjectMilestone", targetId: m.id, before, after });
    return after;
  });
}

/** Record the day a milestone was reached (not in the future, not before its planned start). */
export async function reachProjectMilestone(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(reachMilestoneInput, input);
  const { m } = await loadMilestone(ctx, rawId, "project:report");
  if (isoDay(data.completedOn) > chinaDay(ctx.now())) throw invalid("完成日期不能晚于今天 (completedOn is in the future)", "input.completedOn");
  if (m.plannedStartOn && data.completedOn < m.plannedStartOn) throw invalid("完成日期不能早于计划开始日期 (completedOn is before plannedStartOn)", "input.completedOn");
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, m.projectId);
    assertStatus(p.status, MILESTONE_REACH_STATUSES, "完成里程碑", "id");
    const before = await tx.projectMilestone.findUniqueOrThrow({ where: { id: m.id } });
    const refusal = milestoneRefusal(p.status, before, "REACH");
    if (refusal) throw conflict(refusal);
    const after = await tx.projectMilestone.update({ where: { id: m.id }, data: { completedOn: data.completedOn, completionNote: data.note ?? null } });
    await recordEvent(tx, ctx, p, { kind: "MILESTONE_REACHED", summary: `完成里程碑「${after.title}」（${isoDay(data.completedOn)}）`, note: data.note, subjectType: "ProjectMilestone", subjectId: m.id });
    await audit(tx, ctx, { action: "project:report", communityId: p.communityId, targetType: "ProjectMilestone", targetId: m.id, before, after });
    return after;
  });
}

/** A task owner: an account that reaches the community (its display name is the owner's name), or a named person. */
async function ownerOf(db: Db, communityId: string, ownerAccountId: string | null | undefined, ownerName: string | null | undefined) {
  if (ownerAccountId) {
    const account = await db.account.findUnique({ where: { id: ownerAccountId }, select: { id: true, displayName: true } });
    if (!account) throw notFound("input.ownerAccountId", "账号");
    const c = await db.community.findUniqueOrThrow({ where: { id: communityId }, select: { path: true } });
    await assertAccountReaches(db, account.id, c.path, "input.ownerAccountId");
    return { ownerAccountId: account.id, ownerName: ownerName ?? account.displayName };
  }
  return { ownerAccountId: null, ownerName };
}

export async function addProjectTask(ctx: Context, input: { projectId: string }) {
  const data = parseInput(taskInput, input);
  const project = await loadProjectForWork(ctx, input.projectId, "project:manage");
  if (data.milestoneId) await inCommunity("input.milestoneId", project.communityId, "里程碑", () => ctx.prisma.projectMilestone.findFirst({ where: { id: data.milestoneId!, projectId: project.id } }));
  const owner = await ownerOf(ctx.prisma, project.communityId, data.ownerAccountId, data.ownerName);
  if (!owner.ownerName) throw new UserError("REQUIRED", "请指定任务负责人：账号或姓名 (ownerAccountId or ownerName)", "input.ownerName");
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, PLAN_STATUSES, "添加任务");
    const row = await tx.projectTask.create({
      data: { projectId: p.id, communityId: p.communityId, title: data.title, milestoneId: data.milestoneId ?? null, ownerAccountId: owner.ownerAccountId, ownerName: owner.ownerName!, dueOn: data.dueOn ?? null, createdAt: ctx.now() },
    });
    await audit(tx, ctx, { action: "project:manage", communityId: p.communityId, targetType: "ProjectTask", targetId: row.id, after: row });
    return row;
  });
}

export async function updateProjectTask(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(taskUpdate, input);
  const id = parseId("id", rawId, "ProjectTask");
  const task = await ctx.prisma.projectTask.findUnique({ where: { id } });
  if (!task) throw notFound("id", "任务");
  const project = await projectForWork(ctx, task.projectId, "project:manage", "id", "任务");
  if (data.milestoneId) await inCommunity("input.milestoneId", project.communityId, "里程碑", () => ctx.prisma.projectMilestone.findFirst({ where: { id: data.milestoneId!, projectId: project.id } }));
  if (data.title === null) throw invalid("任务名称不能为空 (title is required)", "input.title");
  const owner = data.ownerAccountId !== undefined ? await ownerOf(ctx.prisma, project.communityId, data.ownerAccountId, data.ownerName ?? task.ownerName) : null;
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, PLAN_STATUSES, "修改任务", "id");
    const before = await tx.projectTask.findUniqueOrThrow({ where: { id } });
    const after = await tx.projectTask.update({
      where: { id },
      data: {
        ...(data.title ? { title: data.title } : {}),
        ...(data.milestoneId !== undefined ? { milestoneId: data.milestoneId } : {}),
        ...(data.dueOn !== undefined ? { dueOn: data.dueOn } : {}),
        ...(owner ? { ownerAccountId: owner.ownerAccountId, ownerName: owner.ownerName ?? before.ownerName } : data.ownerName ? { ownerName: data.ownerName } : {}),
        ...(data.status ? { status: data.status, doneAt: data.status === "DONE" ? (before.doneAt ?? ctx.now()) : null } : {}),
      },
    });
    await audit(tx, ctx, { action: "project:manage", communityId: p.communityId, targetType: "ProjectTask", targetId: id, before, after });
    return after;
  });
}

/** Set the beneficiary counts of the groups given (other groups stay as they are). */
export async function setProjectBeneficiaries(ctx: Context, input: { projectId: string }) {
  const data = parseInput(beneficiariesInput, input);
  const project = await loadProjectForWork(ctx, input.projectId, "project:manage");
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, BENEFICIARY_STATUSES, "登记惠及人数");
    const before = await tx.projectBeneficiary.findMany({ where: { projectId: p.id }, orderBy: { group: "asc" } });
    for (const g of data.groups) {
      await tx.projectBeneficiary.upsert({
        where: { projectId_group: { projectId: p.id, group: g.group } },
        create: { projectId: p.id, communityId: p.communityId, group: g.group, count: g.count, note: g.note ?? null },
        update: { count: g.count, note: g.note ?? null },
      });
    }
    const after = await tx.projectBeneficiary.findMany({ where: { projectId: p.id }, orderBy: { group: "asc" } });
    const total = after.reduce((s, b) => s + b.count, 0);
    await recordEvent(tx, ctx, p, {
      kind: "BENEFICIARIES_SET",
      summary: `登记惠及人数${total}人（${after.map((b) => `${GROUP_LABEL[b.group]}${b.count}`).join("，")}）`,
    });
    await audit(tx, ctx, { action: "project:manage", communityId: p.communityId, targetType: "Project", targetId: p.id, before: { beneficiaries: before }, after: { beneficiaries: after } });
    return p;
  });
}
