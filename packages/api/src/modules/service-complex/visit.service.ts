// The visit and feedback ledger (来访登记, 意见反馈台账): OPEN → ANSWERED → CLOSED.
import { assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { topicFieldsInput, topicProposal } from "../deliberation/topic.service.js";
import { visitRefusal } from "./visit.rules.js";
import { conflict, inCommunity, invalid, loadFor, parseInput } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { answerInput, closeVisitInput, visitInput } from "./service.validation.js";

const accountId = (ctx: Context) => (ctx.actor.kind === "account" ? ctx.actor.accountId : null);

export async function recordServiceVisit(ctx: Context, input: { communityId: string }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const d = parseInput(visitInput, input);
  await assertCan(ctx, "visit:manage", communityId, "input.communityId");
  if (d.residentId) await inCommunity("input.residentId", communityId, "居民", () => ctx.prisma.resident.findUnique({ where: { id: d.residentId! }, select: { communityId: true } }));
  const now = ctx.now();
  if (d.visitedAt && d.visitedAt.getTime() > now.getTime() + 5 * 60_000) throw invalid("来访时间不能晚于现在 (visitedAt is in the future)", "input.visitedAt");
  return command(ctx, async (tx) => {
    const row = await tx.serviceVisit.create({
      data: {
        communityId,
        kind: d.kind,
        channel: d.channel,
        visitorName: d.visitorName,
        residentId: d.residentId ?? null,
        topic: d.topic,
        content: d.content,
        visitedAt: d.visitedAt ?? now,
        recordedByAccountId: accountId(ctx),
        ...(d.answer ? { status: "ANSWERED" as const, answer: d.answer, answeredAt: now, answeredByAccountId: accountId(ctx) } : {}),
      },
    });
    await audit(tx, ctx, { action: "visit:manage", communityId, targetType: "ServiceVisit", targetId: row.id, after: row });
    return row;
  });
}

async function visitStep(ctx: Context, rawId: string, step: "ANSWER" | "CLOSE", data: (now: Date) => Record<string, unknown>) {
  const id = parseId("id", rawId, "ServiceVisit");
  const visit = await loadFor(ctx, "visit:manage", "id", "来访记录", () => ctx.prisma.serviceVisit.findUnique({ where: { id } }));
  return command(ctx, async (tx) => {
    await lockRow(tx, "ServiceVisit", id);
    const before = await tx.serviceVisit.findUniqueOrThrow({ where: { id } });
    const refusal = visitRefusal(before, step);
    if (refusal) throw conflict(refusal);
    const after = await tx.serviceVisit.update({ where: { id }, data: data(ctx.now()) });
    await audit(tx, ctx, { action: "visit:manage", communityId: visit.communityId, targetType: "ServiceVisit", targetId: id, before, after });
    return after;
  });
}

export function answerServiceVisit(ctx: Context, id: string, input: unknown) {
  const d = parseInput(answerInput, input);
  return visitStep(ctx, id, "ANSWER", (now) => ({
    status: "ANSWERED",
    answer: d.answer,
    answeredAt: now,
    answeredByAccountId: accountId(ctx),
  }));
}

export function closeServiceVisit(ctx: Context, id: string, input: unknown) {
  const d = parseInput(closeVisitInput, input ?? {});
  return visitStep(ctx, id, "CLOSE", (now) => ({ status: "CLOSED", closeNote: d.note ?? null, closedAt: now }));
}

/**
 * 转为议题: an opinion in the ledger becomes a deliberation topic, proposed by the acting staff
 * member (title and description default to the entry's subject and content). The topic, its
 * event, the link and both audit rows are written in one transaction; an OPEN entry is answered
 * with the referral. An entry is turned into a topic at most once.
 */
export async function turnServiceVisitIntoTopic(ctx: Context, rawId: string, input: { category?: unknown; title?: string | null; description?: string | null }) {
  const id = parseId("id", rawId, "ServiceVisit");
  const visit = await loadFor(ctx, "visit:manage", "id", "来访记录", () => ctx.prisma.serviceVisit.findUnique({ where: { id } }));
  const already = (v: typeof visit) => {
    const refusal = visitRefusal(v, "TO_TOPIC");
    if (refusal) throw conflict(refusal);
  };
  already(visit);
  const data = parseInput(topicFieldsInput, { category: input.category, title: input.title ?? visit.topic, description: input.description ?? visit.content });
  const createTopic = await topicProposal(ctx, visit.communityId, data, "id");
  return command(ctx, async (tx) => {
    await lockRow(tx, "ServiceVisit", id);
    const before = await tx.serviceVisit.findUniqueOrThrow({ where: { id } });
    already(before);
    const topic = await createTopic(tx);
    const now = ctx.now();
    const answered = before.status === "OPEN" ? { status: "ANSWERED" as const, answer: `已转为议事委员会议题「${topic.title}」`, answeredAt: now, answeredByAccountId: accountId(ctx) } : {};
    const after = await tx.serviceVisit.update({ where: { id }, data: { topicId: topic.id, ...answered } });
    await audit(tx, ctx, { action: "visit:manage", communityId: visit.communityId, targetType: "ServiceVisit", targetId: id, before, after });
    return after;
  });
}
