// A notice's status is derived, never stored: from the time, its period and its objections. So a
// read is always right without a sweep; the same rules as Prisma filters serve the lists.
import type { StepRule } from "../../shared/steps.js";

export type NoticeStatus = "PUBLISHED" | "AWAITING_ANSWERS" | "OBJECTION_UPHELD" | "FINAL" | "WITHDRAWN";
export const NOTICE_STATUSES: NoticeStatus[] = ["PUBLISHED", "AWAITING_ANSWERS", "OBJECTION_UPHELD", "FINAL", "WITHDRAWN"];
/** The statuses as an enum object: the GraphQL enum NoticeStatus is registered from it, and other modules' types name it by this value. */
export const NoticeStatus = Object.fromEntries(NOTICE_STATUSES.map((s) => [s, s])) as { readonly [K in NoticeStatus]: K };

export const DEFAULT_PERIOD_DAYS = 7;
export const MAX_PERIOD_DAYS = 90;
const DAY_MS = 24 * 3600 * 1000;

/** The end of the objection period: `periodDays` whole days after publication. */
export const periodEnd = (publishedAt: Date, periodDays: number) => new Date(publishedAt.getTime() + periodDays * DAY_MS);

export interface NoticeFacts {
  endsAt: Date;
  withdrawnAt: Date | null;
  pendingObjections: number;
  upheldObjections: number;
}

/**
 * WITHDRAWN once withdrawn; OBJECTION_UPHELD once an objection is upheld (the notice will not become
 * final; publish again after correcting); PUBLISHED during the period; after it AWAITING_ANSWERS while an
 * objection is unanswered, else FINAL.
 */
export function noticeStatus(n: NoticeFacts, now: Date): NoticeStatus {
  if (n.withdrawnAt) return "WITHDRAWN";
  if (n.upheldObjections > 0) return "OBJECTION_UPHELD";
  if (now < n.endsAt) return "PUBLISHED";
  return n.pendingObjections > 0 ? "AWAITING_ANSWERS" : "FINAL";
}

/** When a FINAL notice became final: the end of its period, or the last answer if that came later. */
export function finalAt(n: NoticeFacts & { lastAnsweredAt: Date | null }, now: Date): Date | null {
  if (noticeStatus(n, now) !== "FINAL") return null;
  return n.lastAnsweredAt && n.lastAnsweredAt > n.endsAt ? n.lastAnsweredAt : n.endsAt;
}

/** Objections are taken while the notice is in its period and not withdrawn; the reason otherwise. */
export function objectionRefusal(n: { endsAt: Date; withdrawnAt: Date | null }, now: Date): string | null {
  if (n.withdrawnAt) return "公示已撤回，不再受理异议 (the notice was withdrawn)";
  if (now >= n.endsAt) return "公示期已结束，不再受理异议 (the notice period has ended)";
  return null;
}

/** The Prisma where-filter on Notice selecting `status` at `now` (the same rules as noticeStatus). */
export function noticeStatusWhere(status: NoticeStatus, now: Date) {
  const noUpheld = { objections: { none: { status: "UPHELD" as const } } };
  switch (status) {
    case "WITHDRAWN":
      return { withdrawnAt: { not: null } };
    case "OBJECTION_UPHELD":
      return { withdrawnAt: null, objections: { some: { status: "UPHELD" as const } } };
    case "PUBLISHED":
      return { withdrawnAt: null, endsAt: { gt: now }, ...noUpheld };
    case "AWAITING_ANSWERS":
      return { withdrawnAt: null, endsAt: { lte: now }, AND: [noUpheld, { objections: { some: { status: "PENDING" as const } } }] };
    case "FINAL":
      return { withdrawnAt: null, endsAt: { lte: now }, objections: { none: { status: { in: ["UPHELD" as const, "PENDING" as const] } } } };
  }
}

/** Notices (not withdrawn) with an objection waiting for an answer (true), or without one (false). */
export const pendingObjectionsWhere = (pending: boolean) =>
  pending ? { withdrawnAt: null, objections: { some: { status: "PENDING" as const } } } : { NOT: { withdrawnAt: null, objections: { some: { status: "PENDING" as const } } } };

export type NoticeStep = "WITHDRAW" | "OBJECT";
/** What a notice allows now (Notice.allowedSteps); withdrawNotice and fileObjection check the same. */
export const NOTICE_STEPS: Record<NoticeStep, StepRule<{ endsAt: Date; withdrawnAt: Date | null; now: Date }>> = {
  WITHDRAW: { action: "notice:publish", allows: (n) => n.withdrawnAt === null },
  OBJECT: { action: "notice:object", allows: (n) => objectionRefusal(n, n.now) === null },
};

export type ObjectionStep = "ANSWER";
/** What an objection allows now (NoticeObjection.allowedSteps); answerObjection checks the same. */
export const OBJECTION_STEPS: Record<ObjectionStep, StepRule<{ status: "PENDING" | "UPHELD" | "DISMISSED" }>> = {
  ANSWER: { action: "notice:answer", allows: (o) => o.status === "PENDING" },
};
