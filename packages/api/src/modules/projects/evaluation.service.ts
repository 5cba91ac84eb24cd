// 评议: residents' satisfaction survey (once per resident and project, while the project is
// COMPLETED), answered through an app acting for the resident, or recorded by an admin for a
// resident who answered on paper. The committee's score is evaluateProject (lifecycle.service).
import { actingResidentOf } from "../../shared/actor.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { ACT_AS_HEADER } from "../../shared/context.js";
import { forbidden, UserError } from "../../shared/errors.js";
import { conflict, inCommunity, parseInput } from "../../shared/service.js";
import { loadProject, lockedProject } from "./project.access.js";
import { assertStatus, SURVEY_STATUSES } from "./rules.js";
import { surveyInput } from "./validation.js";

export async function answerProjectSurvey(ctx: Context, input: { projectId: string }) {
  const data = parseInput(surveyInput, input);
  const project = await loadProject(ctx, input.projectId, "project:evaluate", "input.projectId");
  const a = ctx.actor;
  const acting = actingResidentOf(ctx, "满意度评价", "提交");
  let residentId: string;
  if (acting) {
    if (data.residentId && data.residentId !== acting) throw forbidden("input.residentId", "只能为本人评价 (only for the resident the app acts for)");
    residentId = acting;
  } else {
    if (!data.residentId) throw new UserError("REQUIRED", "请指明填写问卷的居民 (residentId)", "input.residentId");
    residentId = data.residentId;
  }
  await inCommunity(acting ? (a.kind === "client" ? ACT_AS_HEADER : "input.projectId") : "input.residentId", project.communityId, "本社区居民", () =>
    ctx.prisma.resident.findUnique({ where: { id: residentId }, select: { communityId: true } }),
  );
  return command(ctx, async (tx) => {
    const p = await lockedProject(tx, project.id);
    assertStatus(p.status, SURVEY_STATUSES, "评价满意度");
    if (await tx.projectSurveyResponse.findUnique({ where: { projectId_residentId: { projectId: p.id, residentId } }, select: { id: true } })) {
      throw conflict("该居民已评价过本项目 (this resident has answered already)", "input.projectId");
    }
    const row = await tx.projectSurveyResponse.create({
      data: {
        communityId: p.communityId,
        projectId: p.id,
        residentId,
        score: data.score,
        comment: data.comment ?? null,
        apiClientId: a.kind === "client" ? a.clientId : null,
        recordedByAccountId: a.kind === "account" ? a.accountId : null,
        createdAt: ctx.now(),
      },
    });
    await audit(tx, ctx, { action: "project:evaluate", communityId: p.communityId, targetType: "ProjectSurveyResponse", targetId: row.id, after: row });
    return row;
  });
}
