// 评议 in the contract: residents' satisfaction answers and their summary.
import { builder } from "../../builder.js";

builder.prismaObject("ProjectSurveyResponse", {
  select: { id: true },
  description: "One resident's satisfaction answer (1–5) with a comment.",
  fields: (t) => ({
    id: t.exposeID("id"),
    score: t.exposeInt("score", { description: "1 (很不满意) … 5 (非常满意)." }),
    comment: t.exposeString("comment", { nullable: true }),
    residentName: t.string({ select: { resident: { select: { name: true } } }, resolve: (r) => r.resident.name }),
    throughApp: t.boolean({ description: "Answered through an app acting for the resident (a mini-program); see byResident.", select: { apiClientId: true }, resolve: (r) => r.apiClientId !== null }),
    byResident: t.boolean({
      description: "Answered by the resident online: signed in on the resident side, or through an app (throughApp); false when staff recorded it from a paper form.",
      select: { recordedByAccountId: true },
      resolve: (r) => r.recordedByAccountId === null,
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

export interface Satisfaction {
  responseCount: number;
  averageScore: number | null;
  distribution: { score: number; count: number }[];
}

/** Count, average (2 places) and distribution of 1–5 scores. */
export function satisfactionOf(scores: number[]): Satisfaction {
  const n = scores.length;
  return {
    responseCount: n,
    averageScore: n ? Math.round((scores.reduce((s, x) => s + x, 0) / n) * 100) / 100 : null,
    distribution: [1, 2, 3, 4, 5].map((score) => ({ score, count: scores.filter((x) => x === score).length })),
  };
}

const ScoreCount = builder.objectRef<{ score: number; count: number }>("SatisfactionScoreCount").implement({
  fields: (t) => ({ score: t.exposeInt("score"), count: t.exposeInt("count") }),
});

export const SatisfactionRef = builder.objectRef<Satisfaction>("ProjectSatisfaction").implement({
  description: "Residents' satisfaction with a completed project (answers are anonymous here).",
  fields: (t) => ({
    responseCount: t.exposeInt("responseCount"),
    averageScore: t.exposeFloat("averageScore", { nullable: true, description: "1–5, two decimals; null with no answers." }),
    distribution: t.field({ type: [ScoreCount], description: "How many answered each score, 1 to 5.", resolve: (s) => s.distribution }),
  }),
});
