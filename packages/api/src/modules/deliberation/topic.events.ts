// A topic's timeline (TopicEvent) and its compare-and-set status moves.
import type { Prisma } from "../../db.js";
import type { TopicStatus } from "../../generated/prisma/enums.js";
import { actorColumns, actorName } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { conflict, type Tx } from "../../shared/service.js";
import { assertTransition } from "./rules.js";

/** Record a step of the topic's timeline, inside the caller's transaction. */
export async function recordTopicEvent(
  tx: Tx,
  ctx: Context,
  topic: { id: string; communityId: string },
  fromStatus: TopicStatus | null,
  toStatus: TopicStatus,
  note: string | null = null,
) {
  await tx.topicEvent.create({
    data: {
      communityId: topic.communityId,
      topicId: topic.id,
      fromStatus,
      toStatus,
      note,
      actorName: await actorName(ctx, tx),
      ...actorColumns(ctx),
      createdAt: ctx.now(),
    },
  });
}

/**
 * Move a topic from its known status to `to`: checks the state machine, then compare-and-sets the
 * row (a concurrent change makes this a CONFLICT, not a lost update) and writes the TopicEvent.
 */
export async function moveTopic(
  tx: Tx,
  ctx: Context,
  topic: { id: string; communityId: string; status: TopicStatus },
  to: TopicStatus,
  note: string | null = null,
  data: Prisma.TopicUncheckedUpdateManyInput = {},
  field: string | null = "id",
) {
  assertTransition(topic.status, to, field);
  const { count } = await tx.topic.updateMany({ where: { id: topic.id, status: topic.status }, data: { ...data, status: to } });
  if (count !== 1) throw conflict("议题状态已被他人更改，请刷新后重试 (the topic changed meanwhile)", field);
  await recordTopicEvent(tx, ctx, topic, topic.status, to, note);
}
