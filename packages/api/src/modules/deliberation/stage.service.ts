// "三议三公开": publish a topic's stage (提议 / 商议 / 决议) or a charter version as a notice, with a
// snapshot of its content built here. The notices module keeps the period and the objections.
import { command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { lockRow } from "../../shared/locks.js";
import { parsePeriodDays, publishNoticeInTx, standingNotice } from "../notices/notice.service.js";
import { conflict, type Db, loadFor } from "../../shared/service.js";
import { meetingQuorum } from "./queries.js";
import { recordTopicEvent } from "./topic.events.js";
import { CHARTER_STEPS, chinaDate, chinaDateTime, STAGE_READY, TOPIC_STATUS_LABEL, type TopicStage } from "./rules.js";

export type { TopicStage };
const STAGE_LABEL: Record<TopicStage, string> = { PROPOSAL: "提议", DELIBERATION: "商议", RESOLUTION: "决议" };
const SOURCE_LABEL = { RESIDENT: "居民提出", MEMBER: "议事委员提出", STAFF: "社区提出", GRID_WORKER: "网格员提出" } as const;
const RESULT_LABEL = { PASSED: "通过", REJECTED: "未通过", NO_QUORUM: "无效（不足法定人数）" } as const;
const RES_STATUS = { PLANNED: "待实施", IN_PROGRESS: "实施中", DONE: "已完成" } as const;

async function loadTopicForStage(db: Db, topicId: string) {
  return db.topic.findUniqueOrThrow({
    where: { id: topicId },
    include: {
      declineClause: true,
      agendaItems: { where: { removedAt: null }, include: { meeting: true }, orderBy: { createdAt: "asc" } },
      votes: { where: { status: "CLOSED" }, orderBy: { openedAt: "asc" } },
      resolutions: { orderBy: { createdAt: "asc" } },
      escalations: { orderBy: { submittedAt: "asc" } },
    },
  });
}
type StageTopic = Awaited<ReturnType<typeof loadTopicForStage>>;

function proposalContent(t: StageTopic): string {
  const lines = [`议题：${t.title}`, `提出：${t.proposerName}（${SOURCE_LABEL[t.source]}），${chinaDateTime(t.createdAt)}`];
  if (t.cosignCount > 0) lines.push(`联名居民：${t.cosignCount}人`);
  lines.push(`内容：${t.description}`);
  if (t.status === "DECLINED" && t.declineClause) {
    lines.push(`审查结果：不予立项。依据《协商事项目录》不议事项第${t.declineClause.number}条“${t.declineClause.text}”。理由：${t.declineReason ?? ""}`);
  } else {
    lines.push(`审查结果：${t.reviewedAt ? `已于${chinaDateTime(t.reviewedAt)}` : ""}予以立项。${t.reviewNote ?? ""}`.trim());
  }
  return lines.join("\n");
}

async function deliberationContent(db: Db, t: StageTopic): Promise<string> {
  const lines = [`议题：${t.title}`, `当前状态：${TOPIC_STATUS_LABEL[t.status]}`, "协商过程："];
  const meetings = t.agendaItems.map((i) => i.meeting).filter((m) => m.status === "IN_PROGRESS" || m.status === "CLOSED");
  for (const m of meetings) {
    const q = await meetingQuorum(db, m);
    const where = m.mode === "ONLINE" ? "线上协商" : (m.place ?? "");
    lines.push(`· ${chinaDateTime(m.startsAt)}「${m.title}」（${where}）：应到委员${q.sitting}人，实到${q.present}人，${q.reached ? "达到" : "未达到"}法定人数`);
    for (const v of t.votes.filter((x) => x.meetingId === m.id)) {
      lines.push(`  表决「${v.question}」：赞成${v.forCount ?? 0}、反对${v.againstCount ?? 0}、弃权${v.abstainCount ?? 0}（出席有表决权${v.presentCount ?? 0}人），结果：${v.result ? RESULT_LABEL[v.result] : "—"}`);
    }
  }
  if (meetings.length === 0) lines.push("· （无会议记录）");
  return lines.join("\n");
}

function resolutionContent(t: StageTopic): string {
  const lines = [`议题：${t.title}`];
  t.resolutions.forEach((r, i) => {
    const due = r.dueOn ? `，完成时限：${chinaDate(r.dueOn)}` : "";
    lines.push(`决议${i + 1}：${r.text}（责任人：${r.ownerName}${due}；实施状态：${RES_STATUS[r.status]}）`);
  });
  for (const e of t.escalations) {
    lines.push(`向${e.addressedTo}提交建议（${chinaDateTime(e.submittedAt)}）：${e.text}`);
    lines.push(e.replyText ? `${e.addressedTo}答复（${e.repliedOn ? chinaDate(e.repliedOn) : ""}）：${e.replyText}` : `${e.addressedTo}尚未答复`);
  }
  return lines.join("\n");
}

/** The title and content snapshot of a topic's stage notice, as of now (the demo seed uses it too). */
export async function stageNotice(db: Db, topicId: string, stage: TopicStage) {
  const t = await loadTopicForStage(db, topicId);
  const content = stage === "PROPOSAL" ? proposalContent(t) : stage === "DELIBERATION" ? await deliberationContent(db, t) : resolutionContent(t);
  const prefix = stage === "PROPOSAL" && t.status === "DECLINED" ? "不予立项公示" : `${STAGE_LABEL[stage]}公示`;
  return { title: `【${prefix}】${t.title}`, content };
}

/**
 * Publish one stage of a topic (三议三公开). The stage must have been reached; a stage already
 * published and still standing (not withdrawn, no upheld objection) is not published twice.
 */
export async function publishTopicStage(ctx: Context, input: { topicId: string; stage: TopicStage; periodDays?: number | null }) {
  const period = parsePeriodDays(input.periodDays);
  const found = await loadFor(ctx, "notice:publish", "input.topicId", "议题", () => ctx.prisma.topic.findUnique({ where: { id: parseId("input.topicId", input.topicId, "Topic") } }));
  const stage = input.stage;
  return command(ctx, async (tx) => {
    // Only once: lock the topic, then check its stage and the standing notice as they are now.
    await lockRow(tx, "Topic", found.id);
    const topic = await tx.topic.findUniqueOrThrow({ where: { id: found.id } });
    if (!STAGE_READY[stage].includes(topic.status)) {
      throw conflict(`议题当前为「${TOPIC_STATUS_LABEL[topic.status]}」，尚未到「${STAGE_LABEL[stage]}」阶段 (the topic has not reached this stage)`, "input.stage");
    }
    if (await standingNotice(tx, topic.communityId, "Topic", topic.id, stage)) {
      throw new UserError("DUPLICATE", `该议题的「${STAGE_LABEL[stage]}」阶段已公示 (already published; withdraw it first to publish again)`, "input.stage");
    }
    const { title, content } = await stageNotice(tx, topic.id, stage);
    const notice = await publishNoticeInTx(tx, ctx, { communityId: topic.communityId, subjectType: "Topic", subjectId: topic.id, stage, title, content, periodDays: period });
    await recordTopicEvent(tx, ctx, topic, topic.status, topic.status, `「${STAGE_LABEL[stage]}」阶段公示${period}天`);
    return notice;
  });
}

/**
 * Publish a charter version (a draft for comment, or the adopted text). A version whose notice of
 * the same status still stands is not published twice.
 */
export async function publishCharter(ctx: Context, input: { charterId: string; periodDays?: number | null }) {
  const period = parsePeriodDays(input.periodDays);
  const found = await loadFor(ctx, "notice:publish", "input.charterId", "章程", () =>
    ctx.prisma.charterVersion.findUnique({ where: { id: parseId("input.charterId", input.charterId, "CharterVersion") } }),
  );
  await assertCan(ctx, "deliberation:read", found.communityId, "input.charterId");
  return command(ctx, async (tx) => {
    // Only once: lock the version, then check its status and the standing notice as they are now.
    await lockRow(tx, "CharterVersion", found.id);
    const charter = await tx.charterVersion.findUniqueOrThrow({ where: { id: found.id }, include: { committee: true } });
    if (!CHARTER_STEPS.PUBLISH.allows(charter)) throw conflict("该版本已被取代，不能公示 (a superseded version cannot be published)", "input.charterId");
    const label = charter.status === "DRAFT" ? "章程草案征求意见" : "章程公示";
    if (await standingNotice(tx, charter.communityId, "CharterVersion", charter.id, charter.status)) {
      throw new UserError("DUPLICATE", `该章程版本的「${label}」已公示 (already published; withdraw it first to publish again)`, "input.charterId");
    }
    const adopted = charter.adoptedOn ? `\n（${chinaDate(charter.adoptedOn)}通过）` : "";
    return publishNoticeInTx(tx, ctx, {
      communityId: charter.communityId,
      subjectType: "CharterVersion",
      subjectId: charter.id,
      stage: charter.status,
      title: `【${label}】${charter.title}（${charter.committee.name}，第${charter.version}版）`,
      content: `${charter.body}${adopted}`,
      periodDays: period,
    });
  });
}
