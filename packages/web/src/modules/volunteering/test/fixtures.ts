// API-shaped volunteering data for msw handlers (with the __typename graphcache needs).
import { graphql, HttpResponse } from "msw";
import { communities, COMMUNITY, signedIn } from "../../../test/fixtures";

export const VOLUNTEERING_ACTIONS = [
  "volunteer:read",
  "volunteer:manage",
  "activity:manage",
  "hours:verify",
  "points:read",
  "points:configure",
  "points:claim",
  "points:approve",
  "points:reverse",
  "store:manage",
  "store:fulfil",
  "notice:publish",
];

/** The signed-in viewer in a community where they hold `actions`. */
export const inCommunity = (actions: readonly string[] = [...COMMUNITY.viewerActions, ...VOLUNTEERING_ACTIONS]) => [
  signedIn,
  ...communities([{ ...COMMUNITY, viewerActions: actions }]),
];

export const connection = (typename: string, nodes: object[], more = false) => ({
  __typename: `${typename}Connection`,
  totalCount: nodes.length,
  pageInfo: { __typename: "PageInfo", hasNextPage: more, endCursor: more ? "cursor-1" : null },
  edges: nodes.map((node) => ({ __typename: `${typename}ConnectionEdge`, node })),
});

export const RULE = { __typename: "PointsRule", id: "UG9pbnRzUnVsZTox", name: "志愿服务时长", kind: "PER_HOUR", points: 10 };

export function activity(extra: Record<string, unknown> = {}) {
  return {
    __typename: "VolunteerActivity",
    id: "Vm9sdW50ZWVyQWN0aXZpdHk6MQ==",
    title: "三清三拆环境整治",
    status: "PUBLISHED",
    phase: "ENDED",
    startsAt: "2026-11-20T01:00:00.000Z",
    endsAt: "2026-11-20T03:00:00.000Z",
    place: "村委会门前集合",
    capacity: 3,
    confirmedCount: 3,
    waitlistCount: 1,
    checkedInCount: 2,
    pendingHoursCount: 2,
    placesLeft: 0,
    requiredSkills: [],
    team: { __typename: "VolunteerTeam", id: "VGVhbTox", name: "环境整治队" },
    pointsRule: RULE,
    description: null,
    checkInCode: "va_e2eCODE123",
    checkInUrl: "/c/440703-ZC-001/checkin/va_e2eCODE123",
    publishedAt: "2026-11-15T01:00:00.000Z",
    cancelledAt: null,
    cancelReason: null,
    grid: null,
    community: { __typename: "Community", id: COMMUNITY.id },
    // As the API answers a manager: a published activity that has ended, with check-ins (no CANCEL, no SIGN_UP).
    allowedSteps: ["EDIT", "RESET_CODE"],
    ...extra,
  };
}

/** VolunteerSignUp.allowedSteps as the API answers a viewer holding activity:manage and hours:verify (api volunteering/activity.rules.ts). */
function signUpSteps(s: { status: unknown; checkedInAt: unknown; checkedOutAt: unknown; hoursStatus: unknown }) {
  const steps: string[] = [];
  if (s.status !== "CANCELLED" && !s.checkedInAt) steps.push("CANCEL");
  if (s.status === "CONFIRMED" && !s.checkedInAt) steps.push("CHECK_IN");
  if (s.checkedInAt && !s.checkedOutAt) steps.push("CHECK_OUT");
  if (s.hoursStatus === "PENDING" && s.status === "CONFIRMED") steps.push("APPROVE_HOURS", "ADJUST_HOURS", "REJECT_HOURS");
  return steps;
}

export function signUp(n: number, extra: Record<string, unknown> = {}) {
  const row = {
    __typename: "VolunteerSignUp",
    id: `Vm9sdW50ZWVyU2lnblVwOj${n}`,
    volunteerName: ["麦建", "叶敏丽", "容永海", "陈卓启"][n % 4],
    status: "CONFIRMED",
    waitlistPosition: null,
    signedUpAt: "2026-11-16T01:00:00.000Z",
    promotedAt: null,
    cancelledAt: null,
    checkedInAt: "2026-11-20T01:00:00.000Z",
    checkInMethod: "QR_CODE",
    checkedOutAt: "2026-11-20T02:30:00.000Z",
    checkOutMethod: "QR_CODE",
    minutes: 90,
    hoursStatus: "PENDING",
    verifiedMinutes: null,
    verifyNote: null,
    verifiedByName: null,
    verifiedAt: null,
    pointsAwarded: null,
    ...extra,
  };
  return { allowedSteps: signUpSteps(row), ...row };
}

export const activityQuery = (node: object, signUps: object[]) =>
  graphql.query("VolunteerActivity", () => HttpResponse.json({ data: { node: { ...node, signUps: connection("VolunteerActivitySignUps", signUps) } } }));

export function userError(code: string, field: string | null, message: string) {
  return { __typename: "UserError", code, field, message, issues: [{ __typename: "FieldIssue", field, message, code }] };
}
