// The community workbench in the contract: today's work, each count linked to the list it counts.
import { builder } from "../../builder.js";
import { ActionEnum } from "../../shared/authz.type.js";
import { can } from "../../shared/authz.js";
import { toGlobalId } from "../../shared/ids.js";
import { MONTH_KEY, regionOverview } from "./indicators.service.js";
import { OverviewRef } from "./indicators.type.js";
import { communityWorkbench, NOTICE_ENDS_SOON_DAYS, type Workbench, type WorkbenchItem, type WorkbenchItemKind } from "./workbench.service.js";

const KIND: Record<WorkbenchItemKind, string> = {
  TICKETS_OVERDUE: "超期办件: open tickets past their deadline, RETURNED ones excepted — serviceTickets(communityId, overdue: true). Needs ticket:read.",
  TICKETS_DUE_SOON: "临期办件: open tickets due by the end of the next working day, not yet overdue — serviceTickets(communityId, dueSoon: true). Needs ticket:read.",
  TOPICS_TO_REVIEW: "待立项议题: topics submitted and ready for review (enough co-signatures) — topics(communityId, status: [SUBMITTED], readyForReview: true). Needs deliberation:read.",
  MEETINGS_THIS_WEEK: "本周议事会: meetings (not cancelled) starting this China calendar week, Monday to Sunday — meetings(communityId, status: [SCHEDULED, IN_PROGRESS, CLOSED], from, to). Needs deliberation:read.",
  RESOLUTIONS_PAST_DUE: "逾期决议: resolutions not done whose due day has passed — resolutions(communityId, overdue: true). Needs deliberation:read.",
  NOTICES_ENDING_SOON: `公示即将期满: notices open for objections whose period ends within ${NOTICE_ENDS_SOON_DAYS} days — notices(communityId, status: PUBLISHED, endsBefore). Needs notice:read.`,
  NOTICES_WITH_OPEN_OBJECTIONS: "待答复异议: notices (not withdrawn) with an objection waiting for an answer — notices(communityId, pendingObjections: true). Needs notice:read.",
  HOURS_TO_VERIFY: "待核定时长: sign-ups checked out waiting for their time to be verified — volunteerSignUps(communityId, hoursStatuses: [PENDING]). Needs volunteer:read.",
  CLAIMS_TO_REVIEW: "待审核积分申报: points claims submitted, not yet reviewed — pointsClaims(communityId, statuses: [SUBMITTED]). Needs points:read.",
  REDEMPTIONS_TO_HAND_OVER: "待核销兑换: store redemptions waiting to be handed over — pointsRedemptions(communityId, statuses: [PENDING]). Needs points:read.",
  PROJECTS_OVERDUE: "里程碑逾期项目: approved or running projects with a milestone past its planned end — projects(communityId, overdue: true). Needs project:read.",
  NEEDS_UNCLAIMED: "待认领需求: needs on the board nobody has claimed — communityNeeds(communityId, statuses: [OPEN]). Needs project:read.",
};

const WorkbenchItemKindEnum = builder.enumType("WorkbenchItemKind", {
  values: Object.fromEntries(Object.entries(KIND).map(([k, description]) => [k, { description }])) as Record<WorkbenchItemKind, { description: string }>,
});

const ItemRef = builder.objectRef<WorkbenchItem>("WorkbenchItem").implement({
  description: "One kind of work waiting, with the list query and arguments that give the same rows (the count is that list's totalCount).",
  fields: (t) => ({
    kind: t.expose("kind", { type: WorkbenchItemKindEnum }),
    count: t.exposeInt("count", { nullable: true, description: "How many; null when the viewer does not hold `action` in the community (or the list is narrowed to the resident an app acts for)." }),
    action: t.expose("action", { type: ActionEnum, description: "The action the list needs." }),
    listQuery: t.exposeString("listQuery", { description: "The Query field that lists these rows, e.g. serviceTickets." }),
    listArguments: t.string({
      description: "Its arguments besides communityId, as a JSON object (DateTime values as ISO strings), e.g. {\"overdue\":true}.",
      resolve: (i) => JSON.stringify(i.listArguments),
    }),
  }),
});

const WorkbenchRef = builder.objectRef<Workbench>("CommunityWorkbench").implement({
  description: "A community's work for today (工作台): counts that link to the lists they count, and the community's indicators for the month.",
  fields: (t) => ({
    communityId: t.id({ resolve: (w) => toGlobalId("Community", w.communityId) }),
    communityName: t.exposeString("communityName"),
    today: t.exposeString("today", { description: "Today's China calendar day, YYYY-MM-DD." }),
    weekFrom: t.expose("weekFrom", { type: "DateTime", description: "Monday 00:00 China time of this week (MEETINGS_THIS_WEEK's from)." }),
    weekTo: t.expose("weekTo", { type: "DateTime", description: "The next Monday 00:00 (its to)." }),
    items: t.field({ type: [ItemRef], description: "Every kind, in a fixed order.", resolve: (w) => w.items }),
    indicators: t.field({
      type: OverviewRef,
      nullable: true,
      description: "regionOverview of the community for the current China calendar month; null without report:read there.",
      resolve: async (w, _a, ctx) => ((await can(ctx, "report:read", w.communityId)) ? regionOverview(ctx, toGlobalId("Community", w.communityId), MONTH_KEY(ctx.now())) : null),
    }),
  }),
});

builder.queryFields((t) => ({
  communityWorkbench: t.field({
    type: WorkbenchRef,
    description: "A community's workbench (工作台): what needs doing today, each count only where the viewer may read its list. NOT_FOUND for a community out of reach.",
    authScopes: { loggedIn: true },
    args: { communityId: t.arg.id() },
    resolve: (_r, args, ctx) => communityWorkbench(ctx, String(args.communityId)),
  }),
}));
