// The project's timeline in the contract: one insert-only event per transition and per recorded
// fact (milestones, updates, budget, expenses, sponsorships, beneficiaries), who and when.
import { builder } from "../../builder.js";
import { toGlobalId } from "../../shared/ids.js";
import { ProjectEventKindEnum, ProjectStatusEnum } from "./enums.type.js";

builder.prismaObject("ProjectEvent", {
  select: { id: true },
  description:
    "One entry of a project's timeline (never changed). summary is built from public facts; note is the free text given with it (a reason, an approval note). subjectId names the row it is about (an expense, an update, a milestone …).",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.expose("kind", { type: ProjectEventKindEnum }),
    fromStatus: t.expose("fromStatus", { type: ProjectStatusEnum, nullable: true, description: "TRANSITION: the status before." }),
    toStatus: t.expose("toStatus", { type: ProjectStatusEnum, description: "The project's status after the event." }),
    summary: t.exposeString("summary"),
    note: t.exposeString("note", { nullable: true }),
    amountFen: t.expose("amountFen", { type: "Money", nullable: true, description: "The money involved, in fen (negative for a reversal)." }),
    subjectType: t.exposeString("subjectType", { nullable: true }),
    subjectId: t.id({ nullable: true, select: { subjectType: true, subjectId: true }, resolve: (e) => (e.subjectType && e.subjectId ? toGlobalId(e.subjectType, e.subjectId) : null) }),
    actorName: t.exposeString("actorName", { description: "Who: an account's display name, or a resident and the app that acted for them." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When." }),
  }),
});
