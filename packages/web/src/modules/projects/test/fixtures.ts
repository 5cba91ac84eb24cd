// API-shaped project data for the msw handlers of this module's component tests.
import { graphql, HttpResponse } from "msw";
import { communities, COMMUNITY, signedIn } from "../../../test/fixtures";

export const PROJECT_ACTIONS = ["project:read", "project:manage", "project:approve", "project:report", "project:review", "project:evaluate", "sponsorship:record", "notice:publish", "account:read"];

/** The signed-in viewer in a community where they hold `actions`. */
export const inCommunity = (actions: readonly string[] = [...COMMUNITY.viewerActions, ...PROJECT_ACTIONS]) => [signedIn, ...communities([{ ...COMMUNITY, viewerActions: actions }])];

export const connection = (typename: string, nodes: object[], totalCount = nodes.length) => ({
  __typename: `${typename}Connection`,
  totalCount,
  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ __typename: `${typename}ConnectionEdge`, cursor: "c", node })),
});

export const PROJECT_ID = "UHJvamVjdDox";

const budget = (extra: Record<string, unknown> = {}) => ({
  __typename: "ProjectBudget",
  budgetFen: 1_200_000,
  spentFen: 300_000,
  remainingFen: 900_000,
  burnRate: 0.25,
  warning: "OK",
  overspent: false,
  receivedSponsorshipFen: 0,
  ...extra,
});

export function budgetLine(n: number, extra: Record<string, unknown> = {}) {
  return { __typename: "ProjectBudgetLine", id: `UHJvamVjdEJ1ZGdldExpbmU6${n}`, name: ["厨房设备", "困难长者助餐"][n % 2], source: ["FISCAL", "CHARITY"][n % 2], amountFen: 600_000, spentFen: 150_000, remainingFen: 450_000, burnRate: 0.25, warning: "OK", note: null, ...extra };
}

export function expense(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: "ProjectExpense",
    id: `UHJvamVjdEV4cGVuc2U6${n}`,
    amountFen: 150_000,
    description: "消毒柜",
    payee: "江海区厨具店",
    spentOn: "2026-11-10",
    isReversal: false,
    recordedByName: "李书记",
    budgetLine: { __typename: "ProjectBudgetLine", id: budgetLine(0).id, name: "厨房设备" },
    receipt: null,
    reversedBy: null,
    allowedSteps: ["EDIT", "REVERSE"],
    ...extra,
  };
}

/** Project.allowedWork as the API answers a viewer holding every project action (see api modules/projects/rules.ts WORK). */
const OPEN_WORK = ["EDIT", "PLAN", "BUDGET", "UPLOAD", "SET_BENEFICIARIES", "PLEDGE"];
const RUNNING_WORK = ["EDIT", "PLAN", "BUDGET", "POST_UPDATE", "UPLOAD", "RECORD_EXPENSE", "SET_BENEFICIARIES", "PLEDGE"];
export const WORK_BY_STATUS: Record<string, string[]> = {
  PROPOSED: OPEN_WORK,
  DELIBERATING: OPEN_WORK,
  APPROVED: RUNNING_WORK,
  IN_PROGRESS: RUNNING_WORK,
  COMPLETED: ["UPLOAD", "RECORD_EXPENSE", "SET_BENEFICIARIES", "ANSWER_SURVEY"],
  EVALUATED: ["UPLOAD"],
  CANCELLED: [],
};
/** An expense's allowedSteps in a project of `status` (not a reversal, not reversed). */
const EXPENSE_STEPS: Record<string, string[]> = { APPROVED: ["EDIT", "REVERSE"], IN_PROGRESS: ["EDIT", "REVERSE"], COMPLETED: ["REVERSE"], EVALUATED: ["REVERSE"], CANCELLED: ["REVERSE"] };

/** A project with everything the project page selects; what the viewer may do follows its status unless given. */
export function projectDetail(extra: Record<string, unknown> = {}) {
  const status = typeof extra.status === "string" ? extra.status : "PROPOSED";
  return {
    __typename: "Project",
    id: PROJECT_ID,
    title: "江翠社区长者饭堂",
    description: "在长者活动室开设长者饭堂，工作日午餐。",
    status: "PROPOSED",
    origin: "RESIDENT_REQUEST",
    requestText: "小区老人吃饭不方便，希望社区能办个饭堂。",
    requester: { __typename: "Resident", id: "UmVzaWRlbnQ6MQ==", name: "陈建国" },
    topic: null,
    leadId: "QWNjb3VudDph",
    leadName: "李书记",
    viewerIsLead: true,
    organization: { __typename: "SocialOrganization", id: "U29jaWFsT3JnOjE=", name: "长者服务中心" },
    type: { __typename: "ProjectType", id: "UHJvamVjdFR5cGU6MQ==", name: "长者饭堂" },
    community: { __typename: "Community", id: COMMUNITY.id, name: COMMUNITY.name },
    grids: [],
    wholeCommunity: true,
    plannedStartOn: "2026-11-01",
    plannedEndOn: "2027-03-31",
    createdAt: "2026-11-01T02:00:00.000Z",
    approvedAt: null,
    approvedByName: null,
    approvalNote: null,
    startedAt: null,
    completedAt: null,
    completionSummary: null,
    cancelledAt: null,
    cancelReason: null,
    percentComplete: 0,
    isPublic: false,
    hasOverdue: false,
    overdueMilestoneCount: 0,
    internalNote: null,
    allowedSteps: ["DELIBERATE", "APPROVE", "CANCEL"],
    allowedWork: WORK_BY_STATUS[status],
    approvalNeedsResolution: status === "DELIBERATING",
    surveyOpen: status === "COMPLETED",
    beneficiaryTotal: 0,
    volunteerService: { __typename: "ProjectVolunteerService", activityCount: 0, volunteerCount: 0, verifiedMinutes: 0 },
    volunteerActivities: [],
    nextMilestone: null,
    budget: budget(),
    timeline: connection("ProjectTimeline", [
      { __typename: "ProjectEvent", id: "ev1", kind: "CREATED", summary: "提出项目", note: null, actorName: "李书记", amountFen: null, fromStatus: null, toStatus: "PROPOSED", createdAt: "2026-11-01T02:00:00.000Z" },
    ]),
    milestones: [],
    tasks: [],
    updates: connection("ProjectUpdates", []),
    budgetLines: [budgetLine(0), budgetLine(1)],
    expenses: connection("ProjectExpenses", [expense(1, { allowedSteps: EXPENSE_STEPS[status] ?? [] })]),
    sponsorships: [],
    needs: [],
    beneficiaries: [],
    committeeScore: null,
    committeeComment: null,
    evaluatedAt: null,
    evaluatedByName: null,
    satisfaction: { __typename: "ProjectSatisfaction", averageScore: null, responseCount: 0, distribution: [] },
    surveyResponses: [],
    ...extra,
  };
}

/** The page's query and every tab's query, answered from one project. */
export const projectQuery = (project: object) =>
  ["Project", "ProjectTimeline", "ProjectPlan", "ProjectUpdates", "ProjectMoney", "ProjectSponsors", "ProjectBeneficiaries", "ProjectEvaluation"].map((name) =>
    graphql.query(name, () => HttpResponse.json({ data: { node: project } })),
  );

export const userError = (code: string, field: string | null, message: string) => ({
  __typename: "UserError",
  code,
  field,
  message,
  issues: field ? [{ __typename: "FieldIssue", field, message, code }] : [],
});

export { budget };
