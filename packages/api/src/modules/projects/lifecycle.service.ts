// The project's lifecycle: submit for deliberation, approve, start, complete, evaluate, cancel.
// Each step is one transaction: the project row locked and checked against the state machine
// (rules.ts), the change, its TRANSITION event on the timeline, the notice (公示) when the step
// publishes one (approval, completion, evaluation), and the audit row.
import type { Prisma } from "../../db.js";
import type { Project } from "../../generated/prisma/client.js";
import { assertCan, type Action } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parsePeriodDays, publishNoticeInTx } from "../notices/notice.service.js";
import { actorName } from "../../shared/actor.js";
import { conflict, inCommunity, parseInput, type Tx } from "../../shared/service.js";
import { loadProject, lockedProject } from "./project.access.js";
import { recordEvent } from "./timeline.js";
import { projectNotice, type ProjectNoticeStage } from "./notice.content.js";
import { nextStatus, STATUS_LABEL, STEPS, type ProjectStep } from "./rules.js";
import { approveInput, cancelInput, completeInput, deliberateInput, evaluateInput, startInput } from "./validation.js";

interface Publish {
  stage: ProjectNoticeStage;
  periodDays: number;
}

interface StepSpec {
  step: ProjectStep;
  action: Action;
  note: string | null;
  topicId?: string | null;
  resolutionId?: string | null;
  publish?: Publish | null;
  /** Checks against the locked row (and more reads) before the change. */
  check?: (before: Project, tx: Tx) => Promise<void>;
  change: (before: Project, now: Date, tx: Tx) => Promise<Prisma.ProjectUncheckedUpdateInput> | Prisma.ProjectUncheckedUpdateInput;
}

/** The notice period from the input (INVALID naming input.noticePeriodDays); null when the step publishes nothing. */
function publishOf(ctx: Context, stage: ProjectNoticeStage, input: { publishNotice?: boolean | null; noticePeriodDays?: number | null }): Publish | null {
  if (input.publishNotice === false) return null;
  try {
    return { stage, periodDays: parsePeriodDays(input.noticePeriodDays) };
  } catch (e) {
    if (e instanceof UserError) throw new UserError(e.code, e.message, "input.noticePeriodDays");
    throw e;
  }
}

async function runStep(ctx: Context, rawId: string, spec: StepSpec): Promise<Project> {
  const loaded = await loadProject(ctx, rawId, spec.action);
  if (spec.publish) await assertCan(ctx, "notice:publish", loaded.communityId, "input.publishNotice");
  return command(ctx, async (tx) => {
    const before = await lockedProject(tx, loaded.id);
    const openMilestones = await tx.projectMilestone.count({ where: { projectId: before.id, completedOn: null } });
    const to = nextStatus({ ...before, openMilestones }, spec.step, { topicId: spec.topicId, resolutionId: spec.resolutionId, note: spec.note });
    await spec.check?.(before, tx);
    const now = ctx.now();
    const after = await tx.project.update({ where: { id: before.id }, data: { ...(await spec.change(before, now, tx)), status: to } });
    await recordEvent(tx, ctx, after, { kind: "TRANSITION", fromStatus: before.status, summary: `${STEPS[spec.step].label}：${STATUS_LABEL[before.status]} → ${STATUS_LABEL[to]}`, note: spec.note });
    if (spec.publish) {
      const { title, content } = await projectNotice(tx, after.id, spec.publish.stage);
      await publishNoticeInTx(tx, ctx, { communityId: after.communityId, subjectType: "Project", subjectId: after.id, stage: spec.publish.stage, title, content, periodDays: spec.publish.periodDays });
    }
    await audit(tx, ctx, { action: spec.action, communityId: after.communityId, targetType: "Project", targetId: after.id, before, after });
    return after;
  });
}

/** PROPOSED → DELIBERATING: the project goes before the deliberation committee as a topic of the same community. */
export function submitProjectForDeliberation(ctx: Context, id: string, input: unknown) {
  const d = parseInput(deliberateInput, input);
  return runStep(ctx, id, {
    step: "DELIBERATE",
    action: "project:manage",
    note: d.note ?? null,
    topicId: d.topicId,
    check: async (p, tx) => {
      if (!d.topicId) return;
      if (p.topicId && p.topicId !== d.topicId) throw conflict("项目已关联其他议题 (the project is linked to another topic)", "input.topicId");
      const topic = await inCommunity("input.topicId", p.communityId, "议题", () => tx.topic.findUnique({ where: { id: d.topicId! } }));
      if (topic.status === "DECLINED") throw conflict("该议题已不予立项 (the topic was declined)", "input.topicId");
    },
    change: (p) => ({ topicId: d.topicId ?? p.topicId }),
  });
}

/**
 * → APPROVED, with the committee's resolution (required after deliberation; it must be a resolution
 * of the project's topic) or an approval note; publishes the 立项公示 unless publishNotice is false.
 */
export async function approveProject(ctx: Context, id: string, input: unknown) {
  const d = parseInput(approveInput, input);
  const publish = publishOf(ctx, "APPROVAL", d);
  const name = await actorName(ctx);
  return runStep(ctx, id, {
    step: "APPROVE",
    action: "project:approve",
    note: d.note ?? null,
    resolutionId: d.resolutionId,
    publish,
    check: async (p, tx) => {
      if (!d.resolutionId) return;
      const r = await inCommunity("input.resolutionId", p.communityId, "决议", () => tx.resolution.findUnique({ where: { id: d.resolutionId! } }));
      if (p.topicId && r.topicId !== p.topicId) throw conflict("该决议不是针对本项目议题的 (the resolution is on another topic)", "input.resolutionId");
    },
    change: async (p, now, tx) => {
      const topicId = d.resolutionId ? (await tx.resolution.findUniqueOrThrow({ where: { id: d.resolutionId } })).topicId : p.topicId;
      return {
        approvedAt: now,
        approvedByName: name,
        approvedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
        approvalNote: d.note ?? null,
        resolutionId: d.resolutionId ?? null,
        topicId,
      };
    },
  });
}

/** APPROVED → IN_PROGRESS; the project must have a lead. */
export function startProject(ctx: Context, id: string, input: unknown) {
  const d = parseInput(startInput, input);
  return runStep(ctx, id, { step: "START", action: "project:manage", note: d.note ?? null, change: (_p, now) => ({ startedAt: now }) });
}

/** IN_PROGRESS → COMPLETED with a summary, once every milestone is reached; publishes the 结项公示. */
export function completeProject(ctx: Context, id: string, input: unknown) {
  const d = parseInput(completeInput, input);
  return runStep(ctx, id, {
    step: "COMPLETE",
    action: "project:manage",
    note: d.summary,
    publish: publishOf(ctx, "COMPLETION", d),
    change: (_p, now) => ({ completedAt: now, completionSummary: d.summary, percentComplete: 100 }),
  });
}

/** COMPLETED → EVALUATED: the committee's score (0–100) and comments; closes the residents' survey; publishes the results. */
export async function evaluateProject(ctx: Context, id: string, input: unknown) {
  const d = parseInput(evaluateInput, input);
  const publish = publishOf(ctx, "EVALUATION", d);
  const name = await actorName(ctx);
  return runStep(ctx, id, {
    step: "EVALUATE",
    action: "project:review",
    note: d.committeeComment,
    publish,
    change: (_p, now) => ({ evaluatedAt: now, committeeScore: d.committeeScore, committeeComment: d.committeeComment, evaluatedByName: name }),
  });
}

/** Cancel from any open status with a reason; an approved project is cancelled only by those who approve. */
export async function cancelProject(ctx: Context, id: string, input: unknown) {
  const d = parseInput(cancelInput, input);
  const p = await loadProject(ctx, id, "project:manage");
  const action: Action = p.approvedAt ? "project:approve" : "project:manage";
  return runStep(ctx, id, { step: "CANCEL", action, note: d.reason, change: (_p, now) => ({ cancelledAt: now, cancelReason: d.reason }) });
}
