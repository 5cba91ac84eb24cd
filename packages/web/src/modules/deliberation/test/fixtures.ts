// API-shaped deliberation data for the msw handlers of this module's component tests.
import { graphql, HttpResponse } from "msw";
import { communities, COMMUNITY, signedIn } from "../../../test/fixtures";

export const DELIBERATION_ACTIONS = [
  "deliberation:read",
  "committee:manage",
  "topic:propose",
  "topic:review",
  "meeting:manage",
  "vote:cast",
  "resolution:manage",
  "notice:read",
  "notice:publish",
  "notice:object",
  "notice:answer",
];

export const DELIB_COMMUNITY = { ...COMMUNITY, viewerActions: [...COMMUNITY.viewerActions, ...DELIBERATION_ACTIONS] };

export const COMMITTEE = { __typename: "Committee", id: "Q29tbWl0dGVlOjE=", name: "荷塘社区议事委员会", cosignThreshold: 10 } as const;

/** Signed in, in a community where the viewer holds `actions`, with a committee. */
export const deliberationBase = (actions: readonly string[] = DELIB_COMMUNITY.viewerActions) => [
  signedIn,
  ...communities([{ ...DELIB_COMMUNITY, viewerActions: actions }]),
  graphql.query("CommitteeRef", () => HttpResponse.json({ data: { deliberationCommittee: COMMITTEE } })),
];

export const connection = (typename: string, nodes: object[], totalCount = nodes.length) => ({
  __typename: `${typename}Connection`,
  totalCount,
  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ __typename: `${typename}ConnectionEdge`, node })),
});

/** Topic.allowedSteps as the API answers them to a viewer holding every deliberation action (see rules.ts TOPIC_STEPS). */
export const TOPIC_STEPS_FOR_STAFF: Record<string, readonly string[]> = {
  SUBMITTED: ["DECLINE"],
  ACCEPTED: ["SCHEDULE", "INVITE_STAKEHOLDER", "PUBLISH_PROPOSAL"],
  DECLINED: ["PUBLISH_PROPOSAL"],
  SCHEDULED: ["INVITE_STAKEHOLDER", "PUBLISH_PROPOSAL"],
  DELIBERATED: ["SCHEDULE", "INVITE_STAKEHOLDER", "RESOLVE", "ESCALATE", "PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION"],
  ESCALATED: ["SCHEDULE", "INVITE_STAKEHOLDER", "RESOLVE", "PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION", "PUBLISH_RESOLUTION"],
  RESOLVED: ["RESOLVE", "PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION", "PUBLISH_RESOLUTION"],
  DONE: ["PUBLISH_PROPOSAL", "PUBLISH_DELIBERATION", "PUBLISH_RESOLUTION"],
};
export const topicSteps = (status: string, readyForReview = true) => [...(status === "SUBMITTED" && readyForReview ? ["ACCEPT"] : []), ...(TOPIC_STEPS_FOR_STAFF[status] ?? [])];

export function topic(n: number, extra: Record<string, unknown> = {}) {
  const status = (extra.status as string | undefined) ?? "SUBMITTED";
  const readyForReview = (extra.readyForReview as boolean | undefined) ?? true;
  return {
    __typename: "Topic",
    id: `VG9waWM6${n}`,
    title: ["修缮村道路灯", "农民公寓抽签分配方案", "篮球场加装夜间照明", "要求公开某户家庭收入"][n % 4],
    category: "PUBLIC_FACILITIES",
    source: "RESIDENT",
    status: "SUBMITTED",
    proposerName: "陈建国",
    cosignCount: 10,
    cosignThreshold: 10,
    readyForReview: true,
    createdAt: "2026-11-01T02:00:00.000Z",
    allowedSteps: topicSteps(status, readyForReview),
    ...extra,
  };
}

export function clause(n: number, text: string, extra: Record<string, unknown> = {}) {
  return { __typename: "ConsultationClause", id: `Q2xhdXNlOj${n}`, kind: "MUST_NOT", number: n, text, label: `不议事项第${n}条`, retired: false, ...extra };
}

/** A member line of a meeting's attendance sheet. */
export function attendee(n: number, name: string, status: "PRESENT" | "ABSENT" | "EXCUSED" | null, extra: Record<string, unknown> = {}) {
  return {
    __typename: "AttendanceEntry",
    attendeeId: `Q29tbWl0dGVlTWVtYmVyc2hpcDo${n}`,
    kind: "MEMBER",
    name,
    seat: "RESIDENT_REPRESENTATIVES",
    role: n === 1 ? "DIRECTOR" : "MEMBER",
    topicTitle: null,
    mayVote: true,
    status,
    // The server's answer (AttendanceEntry.votesNow): present and entitled to vote.
    votesNow: status === "PRESENT" && extra.mayVote !== false,
    ...extra,
  };
}

export function tally(extra: Record<string, unknown> = {}) {
  return { __typename: "VoteTally", for: 0, against: 0, abstain: 0, cast: 0, present: 3, required: 2, quorumReached: true, projected: "REJECTED", ...extra };
}
