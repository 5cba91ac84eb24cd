// The indicators of the 1+2+N, each counted once, here: a raw figure is one SQL aggregate over one
// table (a flow: rows whose instant or day falls in the period; a state: rows as they are now),
// and each carries the description the schema shows, so a third-party dashboard reads how it is
// counted. The aggregates are kept per community in the indicator cells (cells.ts), so a request
// costs the same statements for 1 or 2,000 communities. Derived figures (rates, averages,
// coverage) are computed from the raw ones in indicators.service.ts.
import { Prisma } from "../../generated/prisma/client.js";

export type Capability = "service" | "deliberation" | "volunteering" | "projects";
/** Int: a count; Float: a sum that can pass 32 bits over a district; Money: whole fen. */
export type FigureType = "Int" | "Float" | "Money";

export interface Figure {
  name: string;
  type: FigureType;
  description: string;
  /** The SQL aggregate, over the rows the metric's table and filter select. */
  sql: Prisma.Sql;
  /** A part of the figure of this name that another source declares: added to it, not listed on its own. */
  part?: true;
}

/** The instants and days a request counts against (China calendar, see shared/chinaTime.ts). */
export interface Window {
  /** First instant of the period (China midnight of its first day) and first instant after it. */
  from: Date;
  to: Date;
  /** The same period as calendar days, for DATE columns: "YYYY-MM-DD", `toDay` exclusive. */
  fromDay: string;
  toDay: string;
  now: Date;
  /** Today's China calendar day, "YYYY-MM-DD". */
  today: string;
}

/** A group of figures read from one table with one filter: a flow over `at` in the period, or a state now. */
export interface Source {
  id: string;
  capability: Capability;
  table: string;
  /** The column that places a row in the period (flows); null: counted as the rows are now. */
  at: { column: string; kind: "instant" | "day" } | null;
  /** Extra filter (a constant fragment or built from the window). */
  where?: (w: Window) => Prisma.Sql;
  /** A join that the filter or the figures need (the joined table's columns qualified). */
  join?: Prisma.Sql;
  /** `oneMonth`: every group's rows fall in one China calendar month (a month's overview, or the trends' groups). */
  figures: (w: Window, g: { oneMonth: boolean }) => Figure[];
  /**
   * Its figures depend on the time of the request (`now`, `today`): kept in the live cells, which
   * hold until the next instant time alone can change them (cells.ts). The other sources must not
   * read the window's now or today.
   */
  live?: true;
  /**
   * A live source's figures change with time alone at China midnight (they compare dates with
   * today), or, with this aggregate over the source table's rows of a community, at the instant it
   * gives (the next deadline to pass), if earlier: the live cells (cells.ts) hold until then.
   */
  nextChange?: (w: Window) => Prisma.Sql;
  /** The table the join reads (its changes mark the community stale like the source table's). */
  joinTable?: string;
}

const raw = Prisma.raw;
const count = (where?: string) => raw(where ? `COUNT(*) FILTER (WHERE ${where})::int` : "COUNT(*)::int");
const int = (name: string, description: string, sql: Prisma.Sql): Figure => ({ name, type: "Int", description, sql });
const float = (name: string, description: string, sql: Prisma.Sql): Figure => ({ name, type: "Float", description, sql });
const money = (name: string, description: string, sql: Prisma.Sql): Figure => ({ name, type: "Money", description, sql });
const day = (d: string) => Prisma.sql`${d}::date`;

export const TOPIC_STATUSES = ["SUBMITTED", "ACCEPTED", "DECLINED", "SCHEDULED", "DELIBERATED", "RESOLVED", "ESCALATED", "DONE"] as const;
export const PROJECT_STATUSES = ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS", "COMPLETED", "EVALUATED", "CANCELLED"] as const;
export const SEAT_CATEGORY_COUNT = 7;

const statusFigures = (prefix: string, statuses: readonly string[], what: string) =>
  statuses.map((s) => int(`${prefix}${s}`, `${what} with status ${s}.`, count(`"status" = '${s}'`)));

/** The next deadline of an open ticket still ahead: when it passes, the ticket is overdue. */
const OPEN_TICKET_DEADLINE = (w: Window) => Prisma.sql`MIN("dueAt") FILTER (WHERE "closedAt" IS NULL AND "status" <> 'RETURNED' AND "dueAt" >= ${w.now})`;

/** Every source; the order is the order of the SQL's CTEs. */
export const SOURCES: Source[] = [
  // ---- 1: the service complex (counted as serviceReport counts them)
  {
    id: "ticketsIn",
    capability: "service",
    table: "ServiceTicket",
    at: { column: "submittedAt", kind: "instant" },
    figures: () => [
      int("ticketsSubmitted", "Tickets (办件) submitted in the period (ServiceTicket.submittedAt); the same as serviceReport.submitted.", count()),
      int(
        "ticketsLate",
        "Of the tickets submitted in the period, those closed after their deadline (closedAt > dueAt) or still open (not RETURNED) past it now; serviceReport.late.",
        count(`"closedAt" > "dueAt"`),
      ),
    ],
  },
  {
    id: "ticketsOpenLate",
    capability: "service",
    table: "ServiceTicket",
    at: { column: "submittedAt", kind: "instant" },
    live: true,
    nextChange: (w) => OPEN_TICKET_DEADLINE(w),
    where: (w) => Prisma.sql`"closedAt" IS NULL AND "status" <> 'RETURNED' AND "dueAt" < ${w.now}`,
    figures: () => [{ ...int("ticketsLate", "The tickets of ticketsLate still open past their deadline now.", count()), part: true }],
  },
  {
    id: "ticketsClosed",
    capability: "service",
    table: "ServiceTicket",
    at: { column: "closedAt", kind: "instant" },
    figures: () => [
      int("ticketsClosed", "Tickets closed (completed, transferred or rejected) in the period, whenever submitted (ServiceTicket.closedAt); serviceReport.closed.", count()),
      int("ticketsClosedOnTime", "Of the tickets closed in the period, those closed by their deadline (closedAt <= dueAt); serviceReport.closedOnTime.", count(`"closedAt" <= "dueAt"`)),
    ],
  },
  {
    id: "ticketsRated",
    capability: "service",
    table: "ServiceTicket",
    at: { column: "ratedAt", kind: "instant" },
    where: () => Prisma.sql`"rating" IS NOT NULL`,
    figures: () => [
      int("ratingCount", "Ratings (评价, 1–5) residents gave in the period (ServiceTicket.ratedAt).", count()),
      int("ratingSum", "The sum of those ratings (averageRating = ratingSum / ratingCount).", raw(`COALESCE(SUM("rating"), 0)::int`)),
    ],
  },
  {
    id: "ticketsOverdue",
    live: true,
    capability: "service",
    table: "ServiceTicket",
    at: null,
    where: (w) => Prisma.sql`"closedAt" IS NULL AND "status" <> 'RETURNED' AND "dueAt" < ${w.now}`,
    nextChange: (w) => OPEN_TICKET_DEADLINE(w),
    figures: () => [int("ticketsOverdueNow", "Tickets open now (not closed, not RETURNED for materials) whose deadline (dueAt) has passed, whenever submitted.", count())],
  },
  {
    id: "visits",
    capability: "service",
    table: "ServiceVisit",
    at: { column: "visitedAt", kind: "instant" },
    figures: () => [
      int("visits", "Entries of the visit/feedback ledger (来访登记, any kind) in the period (ServiceVisit.visitedAt); serviceReport.visits.", count()),
      int("opinions", "Of those, opinions and complaints (kind OPINION or COMPLAINT: 意见反馈).", count(`"kind" IN ('OPINION', 'COMPLAINT')`)),
    ],
  },
  {
    id: "complex",
    capability: "service",
    table: "ServiceComplex",
    at: null,
    figures: () => [int("serviceComplexes", "Service complexes (党群服务综合体) set up: 1 when the community has one.", count())],
  },
  // ---- 2a: the deliberation committee
  {
    id: "committee",
    capability: "deliberation",
    table: "Committee",
    at: null,
    where: () => Prisma.sql`"kind" = 'DELIBERATION'`,
    figures: () => [int("committees", "Deliberation committees (议事委员会) set up: 1 when the community has one.", count())],
  },
  {
    id: "members",
    live: true,
    capability: "deliberation",
    table: "CommitteeMembership",
    at: null,
    where: (w) => Prisma.sql`"joinedOn" <= ${day(w.today)} AND ("leftOn" IS NULL OR "leftOn" > ${day(w.today)})`,
    figures: () => [
      int("seatedMembers", "Committee members serving today (joined on or before today, not left).", count()),
      int("seatCategoriesFilled", `Of the seven fixed seat categories of "7+X", how many have a member serving today (summed over communities in a roll-up).`, raw(`COUNT(DISTINCT "seat")::int`)),
    ],
  },
  {
    id: "meetings",
    capability: "deliberation",
    table: "Meeting",
    at: { column: "startsAt", kind: "instant" },
    where: () => Prisma.sql`"status" = 'CLOSED'`,
    figures: () => [
      int("meetingsHeld", "Deliberation meetings (议事会) held: closed meetings that started in the period (Meeting.startsAt, status CLOSED).", count()),
      int(
        "monthsWithMeeting",
        "China calendar months of the period in which the community held at least one meeting (the seeds ask for a 协商议事日 every month; summed over communities in a roll-up).",
        raw(`COUNT(DISTINCT to_char(("startsAt" AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM'))::int`),
      ),
    ],
  },
  {
    id: "topics",
    capability: "deliberation",
    table: "Topic",
    at: { column: "createdAt", kind: "instant" },
    figures: () => [
      int("topicsSubmitted", "Topics (议题) raised in the period (Topic.createdAt), whatever their status now.", count()),
      ...statusFigures("topics", TOPIC_STATUSES, "Of the topics raised in the period, those now"),
      int("topicsDeclinedWithClause", "Of the topics raised in the period, those declined (不予立项) citing a clause of the consultation catalog (六不议).", count(`"status" = 'DECLINED' AND "declineClauseId" IS NOT NULL`)),
    ],
  },
  {
    id: "resolutions",
    capability: "deliberation",
    table: "Resolution",
    at: { column: "createdAt", kind: "instant" },
    figures: () => [
      int("resolutionsAdopted", "Resolutions (决议) adopted in the period (Resolution.createdAt).", count()),
      int("resolutionsAdoptedDone", "Of those, carried out now (status DONE); implementationRate = resolutionsAdoptedDone / resolutionsAdopted.", count(`"status" = 'DONE'`)),
    ],
  },
  {
    id: "resolutionsDone",
    capability: "deliberation",
    table: "Resolution",
    at: { column: "doneAt", kind: "instant" },
    where: () => Prisma.sql`"status" = 'DONE'`,
    figures: () => [int("resolutionsDone", "Resolutions carried out (status DONE) in the period (Resolution.doneAt), whenever adopted.", count())],
  },
  {
    id: "resolutionsPastDue",
    live: true,
    capability: "deliberation",
    table: "Resolution",
    at: null,
    where: (w) => Prisma.sql`"status" <> 'DONE' AND "dueOn" < ${day(w.today)}`,
    figures: () => [int("resolutionsPastDue", "Resolutions not done now whose due day (dueOn) is before today.", count())],
  },
  {
    id: "escalations",
    capability: "deliberation",
    table: "Escalation",
    at: { column: "submittedAt", kind: "instant" },
    figures: () => [
      int("escalations", "Escalations (向上级提交建议) submitted in the period (Escalation.submittedAt).", count()),
      int("escalationsAnswered", "Of those, answered now (the reply is recorded).", count(`"replyRecordedAt" IS NOT NULL`)),
    ],
  },
  {
    id: "notices",
    capability: "deliberation",
    table: "Notice",
    at: { column: "publishedAt", kind: "instant" },
    figures: () => [
      int("noticesPublished", "Notices (公示) published in the period (Notice.publishedAt), any subject, withdrawn ones included.", count()),
      int("noticesWithdrawn", "Of those, withdrawn since.", count(`"withdrawnAt" IS NOT NULL`)),
    ],
  },
  {
    id: "objections",
    capability: "deliberation",
    table: "NoticeObjection",
    at: { column: "createdAt", kind: "instant" },
    figures: () => [int("objectionsFiled", "Objections (异议) filed against notices in the period (NoticeObjection.createdAt).", count())],
  },
  {
    id: "objectionsUpheld",
    capability: "deliberation",
    table: "NoticeObjection",
    at: { column: "answeredAt", kind: "instant" },
    where: () => Prisma.sql`"status" = 'UPHELD'`,
    figures: () => [int("objectionsUpheld", "Objections answered as upheld (异议成立) in the period (NoticeObjection.answeredAt).", count())],
  },
  // ---- 2b: the volunteer service committee and points
  {
    id: "volunteerCommittee",
    capability: "volunteering",
    table: "VolunteerCommittee",
    at: null,
    figures: () => [int("volunteerCommittees", "Volunteer service committees (志愿服务委员会) set up: 1 when the community has one.", count())],
  },
  {
    id: "teams",
    capability: "volunteering",
    table: "VolunteerTeam",
    at: null,
    where: () => Prisma.sql`"active"`,
    figures: () => [int("teams", "Active volunteer teams (志愿服务队) now.", count())],
  },
  {
    id: "volunteers",
    capability: "volunteering",
    table: "Volunteer",
    at: null,
    where: () => Prisma.sql`"active"`,
    figures: () => [
      int("volunteers", "Active registered volunteers now.", count()),
      int("dualRegistered", "Of those, in-work party members reporting in (双报到, kind DUAL_REGISTERED).", count(`"kind" = 'DUAL_REGISTERED'`)),
    ],
  },
  {
    id: "activities",
    capability: "volunteering",
    table: "VolunteerActivity",
    at: { column: "startsAt", kind: "instant" },
    where: () => Prisma.sql`"status" = 'PUBLISHED'`,
    figures: () => [int("activities", "Published (not cancelled) volunteer activities that start in the period (VolunteerActivity.startsAt).", count())],
  },
  {
    id: "checkIns",
    capability: "volunteering",
    table: "VolunteerSignUp",
    at: { column: "checkedInAt", kind: "instant" },
    figures: () => [int("personTimes", "Person-times (人次): sign-ups checked in (签到) in the period (VolunteerSignUp.checkedInAt).", count())],
  },
  {
    id: "checkInVolunteers",
    capability: "volunteering",
    table: "VolunteerSignUp",
    at: { column: "checkedInAt", kind: "instant" },
    figures: () => [int("volunteersServing", "Distinct volunteers who checked in in the period (summed over communities in a roll-up).", raw(`COUNT(DISTINCT "volunteerId")::int`))],
  },
  {
    id: "hours",
    capability: "volunteering",
    table: "VolunteerSignUp",
    at: { column: "verifiedAt", kind: "instant" },
    where: () => Prisma.sql`"hoursStatus" = 'APPROVED'`,
    figures: () => [
      int("hoursVerified", "Sign-ups whose service time was approved (核定) in the period (VolunteerSignUp.verifiedAt, hoursStatus APPROVED).", count()),
      float("verifiedMinutes", "Service minutes approved in the period: the sum of their verified minutes (verifiedHours = verifiedMinutes / 60).", raw(`COALESCE(SUM("verifiedMinutes"), 0)::float8`)),
    ],
  },
  {
    id: "hoursPending",
    capability: "volunteering",
    table: "VolunteerSignUp",
    at: null,
    where: () => Prisma.sql`"hoursStatus" = 'PENDING'`,
    figures: () => [int("hoursToVerify", "Sign-ups checked out now waiting for their time to be verified (hoursStatus PENDING).", count())],
  },
  {
    id: "points",
    capability: "volunteering",
    table: "PointsMonthly",
    at: { column: "month", kind: "day" },
    figures: () => [
      float("pointsAwarded", "Points awarded (加分) in the period's accounting months, net of reversals, as the points ledger's monthly sums (PointsMonthly.awarded) that pointsTrend reads.", raw(`COALESCE(SUM("awarded"), 0)::float8`)),
      float("pointsDeducted", "Points deducted (扣分) in the period's months (PointsMonthly.deducted).", raw(`COALESCE(SUM("deducted"), 0)::float8`)),
      float("pointsSpent", "Points spent in the store (积分超市) in the period's months, net of refunds (PointsMonthly.spent).", raw(`COALESCE(SUM("spent"), 0)::float8`)),
    ],
  },
  {
    id: "pointsActive",
    capability: "volunteering",
    table: "PointsMonthly",
    at: { column: "month", kind: "day" },
    figures: (_w, g) => [
      // An account has one PointsMonthly row a month (its key): within one month, counting rows counts
      // accounts, without COUNT(DISTINCT)'s sort (a district's month: 40,000 rows sorted on disk).
      int(
        "activeAccounts",
        "Points accounts (people or households) that were awarded or lost points in the period: the accounts pointsRanking ranks (its accountCount).",
        raw(`COUNT(${g.oneMonth ? "*" : `DISTINCT "accountId"`}) FILTER (WHERE "awarded" <> 0 OR "deducted" <> 0)::int`),
      ),
      int(
        "activeHouseholds",
        "Of those, household accounts (按户计分 communities).",
        raw(`COUNT(${g.oneMonth ? "*" : `DISTINCT "accountId"`}) FILTER (WHERE ("awarded" <> 0 OR "deducted" <> 0) AND "accountKind" = 'HOUSEHOLD')::int`),
      ),
    ],
  },
  {
    id: "redemptions",
    capability: "volunteering",
    table: "Redemption",
    at: { column: "createdAt", kind: "instant" },
    where: () => Prisma.sql`"status" <> 'CANCELLED'`,
    figures: () => [
      int("redemptions", "Store redemptions (兑换) ordered in the period and not cancelled (Redemption.createdAt).", count()),
      float("redeemedPoints", "The points those redemptions cost.", raw(`COALESCE(SUM("totalCost"), 0)::float8`)),
    ],
  },
  {
    id: "redemptionsFulfilled",
    capability: "volunteering",
    table: "Redemption",
    at: { column: "fulfilledAt", kind: "instant" },
    where: () => Prisma.sql`"status" = 'FULFILLED'`,
    figures: () => [int("redemptionsFulfilled", "Redemptions handed over (核销) in the period (Redemption.fulfilledAt).", count())],
  },
  {
    id: "redemptionsPending",
    capability: "volunteering",
    table: "Redemption",
    at: null,
    where: () => Prisma.sql`"status" = 'PENDING'`,
    figures: () => [int("redemptionsToHandOver", "Redemptions waiting to be handed over (待核销) now.", count())],
  },
  // ---- N: special projects (counted as projectPortfolio counts them)
  {
    id: "projects",
    capability: "projects",
    table: "Project",
    at: null,
    figures: () => [
      int("projects", "Projects (特色服务项目) now, any status; projectPortfolio.projectCount.", count()),
      ...statusFigures("projects", PROJECT_STATUSES, "Projects now"),
    ],
  },
  {
    id: "projectsApproved",
    capability: "projects",
    table: "Project",
    at: { column: "approvedAt", kind: "instant" },
    figures: () => [int("projectsApproved", "Projects approved (立项) in the period (Project.approvedAt).", count())],
  },
  {
    id: "projectsCompleted",
    capability: "projects",
    table: "Project",
    at: { column: "completedAt", kind: "instant" },
    figures: () => [int("projectsCompleted", "Projects completed in the period (Project.completedAt).", count())],
  },
  {
    id: "budget",
    joinTable: "Project",
    capability: "projects",
    table: "ProjectBudgetLine",
    at: null,
    join: Prisma.sql`JOIN "Project" p ON p."id" = x."projectId"`,
    where: () => Prisma.sql`p."approvedAt" IS NOT NULL`,
    figures: () => [money("budgetedFen", "Budget (whole fen) of approved (and later, cancelled too) projects: the sum of their budget lines; projectPortfolio.budgetedFen.", raw(`COALESCE(SUM(x."amountFen"), 0)::bigint`))],
  },
  {
    id: "spent",
    joinTable: "Project",
    capability: "projects",
    table: "ProjectExpense",
    at: null,
    join: Prisma.sql`JOIN "Project" p ON p."id" = x."projectId"`,
    where: () => Prisma.sql`p."approvedAt" IS NOT NULL`,
    figures: () => [money("spentFen", "Spent (whole fen, reversals included) on those projects; projectPortfolio.spentFen.", raw(`COALESCE(SUM(x."amountFen"), 0)::bigint`))],
  },
  {
    id: "spentInPeriod",
    capability: "projects",
    table: "ProjectExpense",
    at: { column: "spentOn", kind: "day" },
    figures: () => [money("spentInPeriodFen", "Expenses (whole fen, reversals included) of any project dated in the period (ProjectExpense.spentOn).", raw(`COALESCE(SUM("amountFen"), 0)::bigint`))],
  },
  {
    id: "sponsorship",
    capability: "projects",
    table: "Sponsorship",
    at: null,
    where: () => Prisma.sql`"status" = 'RECEIVED' AND "projectId" IS NOT NULL`,
    figures: () => [money("receivedSponsorshipFen", "Sponsors' money arrived for projects (whole fen); projectPortfolio.receivedSponsorshipFen.", raw(`COALESCE(SUM("receivedFen"), 0)::bigint`))],
  },
  {
    id: "beneficiaries",
    capability: "projects",
    table: "ProjectBeneficiary",
    at: null,
    figures: () => [int("beneficiaries", "People benefiting (惠及人数) as the projects record them, all groups; projectPortfolio.beneficiaryTotal.", raw(`COALESCE(SUM("count"), 0)::int`))],
  },
  {
    id: "overdueMilestones",
    joinTable: "Project",
    live: true,
    capability: "projects",
    table: "ProjectMilestone",
    at: null,
    join: Prisma.sql`JOIN "Project" p ON p."id" = x."projectId"`,
    where: (w) => Prisma.sql`p."status" IN ('APPROVED', 'IN_PROGRESS') AND x."completedOn" IS NULL AND x."plannedEndOn" < ${day(w.today)}`,
    figures: () => [
      int("overdueMilestones", "Milestones not reached whose planned end is before today, of approved or running projects.", count()),
      int("overdueProjects", "Approved or running projects with such a milestone; projectPortfolio.overdueProjectCount.", raw(`COUNT(DISTINCT x."projectId")::int`)),
    ],
  },
  {
    id: "survey",
    capability: "projects",
    table: "ProjectSurveyResponse",
    at: null,
    figures: () => [
      int("surveyResponses", "Residents' satisfaction answers on projects, all time.", count()),
      int("surveyScoreSum", "The sum of their scores (averageSatisfaction = surveyScoreSum / surveyResponses, 1–5).", raw(`COALESCE(SUM("score"), 0)::int`)),
    ],
  },
  {
    id: "needs",
    capability: "projects",
    table: "CommunityNeed",
    at: null,
    where: () => Prisma.sql`"status" = 'OPEN'`,
    figures: () => [int("needsOpen", "Needs on the board (管家计划) nobody has claimed yet (status OPEN), now.", count())],
  },
];

/** Figure descriptions by name (for the schema), and their types. */
export const sample: Window = { from: new Date(0), to: new Date(0), fromDay: "1970-01-01", toDay: "1970-01-01", now: new Date(0), today: "1970-01-01" };
export const FIGURES: (Figure & { capability: Capability; flow: boolean })[] = SOURCES.flatMap((s) =>
  s.figures(sample, { oneMonth: false }).flatMap((f) => (f.part ? [] : [{ ...f, capability: s.capability, flow: s.at !== null }])),
);
