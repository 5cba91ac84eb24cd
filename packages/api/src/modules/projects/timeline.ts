// The project's timeline (ProjectEvent): insert-only, written in the transaction of the change.
import type { Project } from "../../generated/prisma/client.js";
import type { ProjectEventKind } from "../../generated/prisma/enums.js";
import { actorColumns, actorName } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import type { Tx } from "../../shared/service.js";

export interface EventInput {
  kind: ProjectEventKind;
  summary: string;
  note?: string | null;
  fromStatus?: Project["status"] | null;
  amountFen?: bigint | number | null;
  subjectType?: string | null;
  subjectId?: string | null;
}

/** Append to the project's timeline (insert-only), inside the caller's transaction. */
export async function recordEvent(tx: Tx, ctx: Context, project: { id: string; communityId: string; status: Project["status"] }, e: EventInput) {
  await tx.projectEvent.create({
    data: {
      communityId: project.communityId,
      projectId: project.id,
      kind: e.kind,
      fromStatus: e.fromStatus ?? null,
      toStatus: project.status,
      summary: e.summary,
      note: e.note ?? null,
      amountFen: e.amountFen ?? null,
      subjectType: e.subjectType ?? null,
      subjectId: e.subjectId ?? null,
      actorName: await actorName(ctx, tx),
      ...actorColumns(ctx),
      createdAt: ctx.now(),
    },
  });
}
