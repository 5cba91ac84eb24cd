// The community workbench (工作台): today's work with counts, each the totalCount of an existing
// list query with the filter arguments the item names (so a client links the count to the list),
// and only where the viewer holds that list's read action (null otherwise). The counts use the
// lists' own filters (shared with them through the modules' services and rules).
import type { Prisma } from "../../db.js";
import type { Action } from "../../shared/authz.js";
import { assertCan, can } from "../../shared/authz.js";
import { CHINA_OFFSET_MS, chinaDay } from "../../shared/chinaTime.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { noticeStatusWhere, pendingObjectionsWhere } from "../notices/notice.rules.js";
import { overdueProjectWhere } from "../projects/portfolio.service.js";
import { dueSoonTicketWhere, overdueTicketWhere } from "../service-complex/queue.service.js";

/** How far ahead a notice's period "ends soon". */
export const NOTICE_ENDS_SOON_DAYS = 3;

export const WORKBENCH_ITEMS = [
  "TICKETS_OVERDUE",
  "TICKETS_DUE_SOON",
  "TOPICS_TO_REVIEW",
  "MEETINGS_THIS_WEEK",
  "RESOLUTIONS_PAST_DUE",
  "NOTICES_ENDING_SOON",
  "NOTICES_WITH_OPEN_OBJECTIONS",
  "HOURS_TO_VERIFY",
  "CLAIMS_TO_REVIEW",
  "REDEMPTIONS_TO_HAND_OVER",
  "PROJECTS_OVERDUE",
  "NEEDS_UNCLAIMED",
] as const;
export type WorkbenchItemKind = (typeof WORKBENCH_ITEMS)[number];

export interface WorkbenchItem {
  kind: WorkbenchItemKind;
  /** The list's totalCount with `listArguments`; null without `action` in the community. */
  count: number | null;
  action: Action;
  listQuery: string;
  /** The list's arguments besides communityId (DateTime values as ISO strings). */
  listArguments: Record<string, unknown>;
}

export interface Workbench {
  communityId: string;
  communityName: string;
  today: string;
  weekFrom: Date;
  weekTo: Date;
  items: WorkbenchItem[];
}

/** Monday 00:00 China time of the week of `now`, and the Monday after. */
function chinaWeek(now: Date) {
  const today = chinaDay(now);
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0
  const monday = Date.parse(`${today}T00:00:00Z`) - weekday * 86_400_000 - CHINA_OFFSET_MS;
  return { today, from: new Date(monday), to: new Date(monday + 7 * 86_400_000) };
}

/** Lists that an API client acting for a resident sees narrowed to that resident: the workbench does not count them for it. */
const NARROWED: WorkbenchItemKind[] = ["TICKETS_OVERDUE", "TICKETS_DUE_SOON", "HOURS_TO_VERIFY", "CLAIMS_TO_REVIEW", "REDEMPTIONS_TO_HAND_OVER"];

export async function communityWorkbench(ctx: Context, rawCommunityId: string): Promise<Workbench> {
  const communityId = parseId("communityId", rawCommunityId, "Community");
  await assertCan(ctx, "community:read", communityId, "communityId", "社区");
  const now = ctx.now();
  const week = chinaWeek(now);
  const soon = new Date(now.getTime() + NOTICE_ENDS_SOON_DAYS * 86_400_000);
  const today = new Date(`${week.today}T00:00:00Z`);
  const db = ctx.prisma;
  const c = { communityId };
  const acting = ctx.actor.kind === "client" && ctx.actor.actingResidentId !== null;

  type Spec = [WorkbenchItemKind, Action, string, Record<string, unknown>, () => Promise<number>];
  const specs: Spec[] = [
    ["TICKETS_OVERDUE", "ticket:read", "serviceTickets", { overdue: true }, () => db.serviceTicket.count({ where: { ...c, ...overdueTicketWhere(now) } })],
    ["TICKETS_DUE_SOON", "ticket:read", "serviceTickets", { dueSoon: true }, async () => db.serviceTicket.count({ where: { ...c, ...(await dueSoonTicketWhere(ctx, communityId)) } })],
    ["TOPICS_TO_REVIEW", "deliberation:read", "topics", { status: ["SUBMITTED"], readyForReview: true }, () => db.topic.count({ where: { ...c, status: "SUBMITTED", readyForReview: true } })],
    [
      "MEETINGS_THIS_WEEK",
      "deliberation:read",
      "meetings",
      { status: ["SCHEDULED", "IN_PROGRESS", "CLOSED"], from: week.from.toISOString(), to: week.to.toISOString() },
      () => db.meeting.count({ where: { ...c, status: { in: ["SCHEDULED", "IN_PROGRESS", "CLOSED"] }, startsAt: { gte: week.from, lt: week.to } } }),
    ],
    ["RESOLUTIONS_PAST_DUE", "deliberation:read", "resolutions", { overdue: true }, () => db.resolution.count({ where: { ...c, AND: [{ status: { not: "DONE" } }, { dueOn: { lt: today } }] } })],
    [
      "NOTICES_ENDING_SOON",
      "notice:read",
      "notices",
      { status: "PUBLISHED", endsBefore: soon.toISOString() },
      () => db.notice.count({ where: { ...c, AND: [noticeStatusWhere("PUBLISHED", now) as Prisma.NoticeWhereInput, { endsAt: { lte: soon } }] } }),
    ],
    ["NOTICES_WITH_OPEN_OBJECTIONS", "notice:read", "notices", { pendingObjections: true }, () => db.notice.count({ where: { ...c, ...pendingObjectionsWhere(true) } })],
    ["HOURS_TO_VERIFY", "volunteer:read", "volunteerSignUps", { hoursStatuses: ["PENDING"] }, () => db.volunteerSignUp.count({ where: { ...c, hoursStatus: "PENDING" } })],
    ["CLAIMS_TO_REVIEW", "points:read", "pointsClaims", { statuses: ["SUBMITTED"] }, () => db.pointsClaim.count({ where: { ...c, status: "SUBMITTED" } })],
    ["REDEMPTIONS_TO_HAND_OVER", "points:read", "pointsRedemptions", { statuses: ["PENDING"] }, () => db.redemption.count({ where: { ...c, status: "PENDING" } })],
    ["PROJECTS_OVERDUE", "project:read", "projects", { overdue: true }, () => db.project.count({ where: { ...c, ...overdueProjectWhere(ctx) } })],
    ["NEEDS_UNCLAIMED", "project:read", "communityNeeds", { statuses: ["OPEN"] }, () => db.communityNeed.count({ where: { ...c, status: "OPEN" } })],
  ];
  const [community, ...items] = await Promise.all([
    db.community.findUnique({ where: { id: communityId }, select: { name: true } }),
    ...specs.map(async ([kind, action, listQuery, listArguments, count]): Promise<WorkbenchItem> => {
      const allowed = (await can(ctx, action, communityId)) && !(acting && NARROWED.includes(kind));
      return { kind, action, listQuery, listArguments, count: allowed ? await count() : null };
    }),
  ]);
  return { communityId, communityName: community?.name ?? "", today: week.today, weekFrom: week.from, weekTo: week.to, items };
}
