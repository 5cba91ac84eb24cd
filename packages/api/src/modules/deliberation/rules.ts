// The deliberation rules that need no database: quorum and threshold math, the topic state machine,
// sitting members, and calendar days in China time. Services call these; unit tests pin them.
import type { CharterStatus, QuorumRule, TopicStatus, VoteResult, VoteThreshold } from "../../generated/prisma/enums.js";
import { UserError } from "../../shared/errors.js";
import { conflict } from "../../shared/service.js";
import { CHINA_OFFSET_MS } from "../../shared/chinaTime.js";
import type { StepRule } from "../../shared/steps.js";

/** Rules in force when no charter has been adopted (the defaults). */
export const DEFAULT_RULES = { quorumRule: "MORE_THAN_HALF", defaultThreshold: "SIMPLE_MAJORITY", stakeholdersMayVote: false } as const satisfies {
  quorumRule: QuorumRule;
  defaultThreshold: VoteThreshold;
  stakeholdersMayVote: boolean;
};
export type CommitteeRules = { quorumRule: QuorumRule; defaultThreshold: VoteThreshold; stakeholdersMayVote: boolean };

/** Members that must be present: MORE_THAN_HALF = more than half of sitting members; TWO_THIRDS = at least two thirds. Never less than one. */
export function quorumRequired(rule: QuorumRule, sitting: number): number {
  const n = Math.max(0, Math.floor(sitting));
  const required = rule === "TWO_THIRDS" ? Math.ceil((2 * n) / 3) : Math.floor(n / 2) + 1;
  return Math.max(1, required);
}

export interface Quorum {
  rule: QuorumRule;
  sitting: number;
  required: number;
  present: number;
  reached: boolean;
}

export function computeQuorum(rule: QuorumRule, sitting: number, present: number): Quorum {
  const required = quorumRequired(rule, sitting);
  return { rule, sitting, required, present, reached: sitting > 0 && present >= required };
}

/** FOR votes needed among `present` eligible voters: SIMPLE_MAJORITY = more than half; TWO_THIRDS = at least two thirds. */
export function forVotesRequired(threshold: VoteThreshold, present: number): number {
  const n = Math.max(0, Math.floor(present));
  return Math.max(1, threshold === "TWO_THIRDS" ? Math.ceil((2 * n) / 3) : Math.floor(n / 2) + 1);
}

export interface Tally {
  for: number;
  against: number;
  abstain: number;
}

/** The result of a closed vote. Without quorum at the close the vote is void (NO_QUORUM), whatever the ballots. */
export function voteResult(threshold: VoteThreshold, tally: Tally, present: number, quorumReached: boolean): VoteResult {
  if (!quorumReached || present <= 0) return "NO_QUORUM";
  return tally.for >= forVotesRequired(threshold, present) ? "PASSED" : "REJECTED";
}

export const TOPIC_STATUS_LABEL: Record<TopicStatus, string> = {
  SUBMITTED: "已提交",
  ACCEPTED: "已立项",
  DECLINED: "不予立项",
  SCHEDULED: "已列入议程",
  DELIBERATED: "已协商",
  RESOLVED: "已形成决议",
  ESCALATED: "已提交上级",
  DONE: "已办结",
};

/**
 * The topic state machine. SCHEDULED → ACCEPTED/DELIBERATED is taking a topic off an agenda (back to
 * where it was); DELIBERATED/ESCALATED → SCHEDULED is deliberating it again at a later meeting.
 */
export const TOPIC_TRANSITIONS: Record<TopicStatus, readonly TopicStatus[]> = {
  SUBMITTED: ["ACCEPTED", "DECLINED"],
  ACCEPTED: ["SCHEDULED"],
  DECLINED: [],
  SCHEDULED: ["DELIBERATED", "ACCEPTED"],
  DELIBERATED: ["SCHEDULED", "RESOLVED", "ESCALATED"],
  ESCALATED: ["SCHEDULED", "RESOLVED"],
  RESOLVED: ["DONE"],
  DONE: [],
};

export const canTransition = (from: TopicStatus, to: TopicStatus) => TOPIC_TRANSITIONS[from].includes(to);

/** The CONFLICT naming both states: the topic may not go from `from` to `to`. */
export const transitionRefused = (from: TopicStatus, to: TopicStatus, field: string | null = "id") =>
  new UserError("CONFLICT", `议题当前为「${TOPIC_STATUS_LABEL[from]}」，不能变为「${TOPIC_STATUS_LABEL[to]}」 (a ${from} topic cannot become ${to})`, field);

/** CONFLICT naming both states unless the topic may go from `from` to `to`. */
export function assertTransition(from: TopicStatus, to: TopicStatus, field: string | null = "id") {
  if (!canTransition(from, to)) throw transitionRefused(from, to, field);
}

/** Topics that may be put on an agenda, and why the others may not. */
export function schedulingRefusal(status: TopicStatus): string | null {
  if (canTransition(status, "SCHEDULED")) return null;
  if (status === "DECLINED") return "不予立项的议题不能列入议程 (a declined topic cannot be scheduled)";
  if (status === "SUBMITTED") return "议题尚未立项，不能列入议程 (accept the topic first)";
  if (status === "SCHEDULED") return "议题已列入一次会议的议程 (the topic is already on an agenda)";
  return `议题当前为「${TOPIC_STATUS_LABEL[status]}」，不能列入议程 (a ${status} topic cannot be scheduled)`;
}

/** A Date-scalar value (a Date at UTC midnight, or YYYY-MM-DD) as YYYY-MM-DD. */
export const dayOf = (d: Date | string) => (typeof d === "string" ? d.slice(0, 10) : d.toISOString().slice(0, 10));

/** "2026年11月22日 19:30" in China time. */
export function chinaDateTime(at: Date): string {
  const s = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString();
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日 ${s.slice(11, 16)}`;
}
export const chinaDate = (day: Date | string) => {
  const s = dayOf(day);
  return `${Number(s.slice(0, 4))}年${Number(s.slice(5, 7))}月${Number(s.slice(8, 10))}日`;
};

export interface SeatHolder {
  joinedOn: Date | string;
  leftOn: Date | string | null;
  term: { startsOn: Date | string; endsOn: Date | string };
}

/** A member sits on `day` when the term covers it, they had joined, and had not yet left (the day they leave they no longer sit). */
export function isSitting(m: SeatHolder, day: string): boolean {
  return dayOf(m.term.startsOn) <= day && day <= dayOf(m.term.endsOn) && dayOf(m.joinedOn) <= day && (m.leftOn === null || dayOf(m.leftOn) > day);
}

/** A Prisma where-filter on CommitteeMembership matching isSitting on `day`. */
export function sittingWhere(day: string) {
  const d = new Date(`${day}T00:00:00Z`);
  return {
    joinedOn: { lte: d },
    OR: [{ leftOn: null }, { leftOn: { gt: d } }],
    term: { startsOn: { lte: d }, endsOn: { gte: d } },
  };
}

export type ResolutionStatusT = "PLANNED" | "IN_PROGRESS" | "DONE";
const RESOLUTION_ORDER: Record<ResolutionStatusT, number> = { PLANNED: 0, IN_PROGRESS: 1, DONE: 2 };

/** Implementation moves forward only; a DONE resolution takes no more updates. */
export function resolutionStepRefusal(from: ResolutionStatusT, to: ResolutionStatusT): string | null {
  if (from === "DONE") return "决议已完成，不能再更新 (the resolution is done)";
  if (RESOLUTION_ORDER[to] < RESOLUTION_ORDER[from]) return `实施状态不能从 ${from} 退回 ${to} (implementation only moves forward)`;
  return null;
}

/** A meeting's status in words, for refusals. */
export const MEETING_STATUS_LABEL = { SCHEDULED: "已安排", IN_PROGRESS: "进行中", CLOSED: "已结束", CANCELLED: "已取消" } as const;

export type MeetingStatus = keyof typeof MEETING_STATUS_LABEL;
/** CONFLICT unless the meeting is in one of `allowed`. */
export function assertMeetingStatus(meeting: { status: MeetingStatus }, allowed: readonly MeetingStatus[], doing: string, field = "id") {
  if (!allowed.includes(meeting.status)) {
    throw conflict(`会议${MEETING_STATUS_LABEL[meeting.status]}，不能${doing} (a ${meeting.status} meeting cannot do this)`, field);
  }
}

// ── Steps: what each row allows now, and the action it needs (see the allowedSteps fields). The
// services check the same `allows` and the same action; unit tests pin them (rules.test.ts).

export type TopicStage = "PROPOSAL" | "DELIBERATION" | "RESOLUTION";
/** The topic statuses from which each stage can be made public (三议三公开). */
export const STAGE_READY: Record<TopicStage, readonly TopicStatus[]> = {
  PROPOSAL: ["ACCEPTED", "DECLINED", "SCHEDULED", "DELIBERATED", "RESOLVED", "ESCALATED", "DONE"],
  DELIBERATION: ["DELIBERATED", "RESOLVED", "ESCALATED", "DONE"],
  RESOLUTION: ["RESOLVED", "ESCALATED", "DONE"],
};
/** Stakeholders are invited to a topic accepted and not yet resolved. */
export const INVITABLE: readonly TopicStatus[] = ["ACCEPTED", "SCHEDULED", "DELIBERATED", "ESCALATED"];
/** Resolutions are made on a deliberated topic (also after an escalation, and more than one). */
export const RESOLVABLE: readonly TopicStatus[] = ["DELIBERATED", "ESCALATED", "RESOLVED"];

export type TopicStep =
  | "ACCEPT"
  | "DECLINE"
  | "COSIGN"
  | "SCHEDULE"
  | "INVITE_STAKEHOLDER"
  | "RESOLVE"
  | "ESCALATE"
  | "PUBLISH_PROPOSAL"
  | "PUBLISH_DELIBERATION"
  | "PUBLISH_RESOLUTION";

export interface TopicFacts {
  status: TopicStatus;
  readyForReview: boolean;
  proposerResidentId: string | null;
  /** The resident an app acts for (X-Act-As-Resident), if any (only co-signing looks at it). */
  actingResidentId?: string | null;
}

export const TOPIC_STEPS: Record<TopicStep, StepRule<TopicFacts>> = {
  // Review is of a SUBMITTED topic only (SCHEDULED → ACCEPTED is taking it off an agenda, not a review).
  ACCEPT: { action: "topic:review", allows: (t) => t.status === "SUBMITTED" && t.readyForReview },
  DECLINE: { action: "topic:review", allows: (t) => t.status === "SUBMITTED" },
  COSIGN: { action: "topic:cosign", allows: (t) => t.status === "SUBMITTED" && !!t.actingResidentId && t.actingResidentId !== t.proposerResidentId },
  SCHEDULE: { action: "meeting:manage", allows: (t) => schedulingRefusal(t.status) === null },
  INVITE_STAKEHOLDER: { action: "committee:manage", allows: (t) => INVITABLE.includes(t.status) },
  RESOLVE: { action: "resolution:manage", allows: (t) => RESOLVABLE.includes(t.status) },
  ESCALATE: { action: "resolution:manage", allows: (t) => canTransition(t.status, "ESCALATED") },
  PUBLISH_PROPOSAL: { action: "notice:publish", allows: (t) => STAGE_READY.PROPOSAL.includes(t.status) },
  PUBLISH_DELIBERATION: { action: "notice:publish", allows: (t) => STAGE_READY.DELIBERATION.includes(t.status) },
  PUBLISH_RESOLUTION: { action: "notice:publish", allows: (t) => STAGE_READY.RESOLUTION.includes(t.status) },
};

/**
 * A Prisma where-filter on Topic matching TOPIC_STEPS[step].allows (the grant is checked apart):
 * the statuses and readiness the rule lets through, and for COSIGN not the acting resident's own.
 */
export function topicStepWhere(step: TopicStep, actingResidentId: string | null) {
  const rule = TOPIC_STEPS[step];
  const statuses = Object.keys(TOPIC_TRANSITIONS) as TopicStatus[];
  const match = statuses.flatMap((status) =>
    [true, false].filter((readyForReview) => rule.allows({ status, readyForReview, proposerResidentId: null, actingResidentId })).map((readyForReview) => ({ status, readyForReview })),
  );
  const own = step === "COSIGN" && actingResidentId ? { NOT: { proposerResidentId: actingResidentId } } : {};
  return { OR: match.length ? match : [{ id: { in: [] as string[] } }], ...own };
}

export type MeetingStep = "UPDATE" | "START" | "CANCEL" | "CLOSE" | "EDIT_AGENDA" | "RECORD_ATTENDANCE" | "RECORD_MINUTES" | "OPEN_VOTE";
export interface MeetingFacts {
  status: MeetingStatus;
  /** Votes of the meeting still OPEN (a meeting closes only once every vote is closed). */
  openVotes: number;
}
const meetingStep = (from: readonly MeetingStatus[], guard: (m: MeetingFacts) => boolean = () => true) => ({
  action: "meeting:manage" as const,
  from,
  allows: (m: MeetingFacts) => from.includes(m.status) && guard(m),
});
/** Each step of a meeting: the statuses it is taken from (the services refuse others with assertMeetingStatus). */
export const MEETING_STEPS = {
  UPDATE: meetingStep(["SCHEDULED"]),
  START: meetingStep(["SCHEDULED"]),
  CANCEL: meetingStep(["SCHEDULED"]),
  CLOSE: meetingStep(["IN_PROGRESS"], (m) => m.openVotes === 0),
  EDIT_AGENDA: meetingStep(["SCHEDULED", "IN_PROGRESS"]),
  RECORD_ATTENDANCE: meetingStep(["SCHEDULED", "IN_PROGRESS"]),
  RECORD_MINUTES: meetingStep(["IN_PROGRESS", "CLOSED"]),
  OPEN_VOTE: meetingStep(["IN_PROGRESS"]),
} satisfies Record<MeetingStep, StepRule<MeetingFacts> & { from: readonly MeetingStatus[] }>;

export type AgendaItemStep = "REMOVE" | "OPEN_VOTE";
export interface AgendaItemFacts {
  removed: boolean;
  voted: boolean;
  meetingStatus: MeetingStatus;
  topicStatus: TopicStatus;
}
export const AGENDA_ITEM_STEPS: Record<AgendaItemStep, StepRule<AgendaItemFacts>> = {
  REMOVE: {
    action: "meeting:manage",
    allows: (i) => !i.removed && !i.voted && i.topicStatus === "SCHEDULED" && MEETING_STEPS.EDIT_AGENDA.from.includes(i.meetingStatus),
  },
  /** The quorum decides separately (Meeting.quorum.reached): openVote refuses without it. */
  OPEN_VOTE: { action: "meeting:manage", allows: (i) => !i.removed && !i.voted && MEETING_STEPS.OPEN_VOTE.from.includes(i.meetingStatus) },
};

export type VoteStep = "CAST" | "CLOSE";
export const VOTE_STEPS: Record<VoteStep, StepRule<{ status: "OPEN" | "CLOSED" }>> = {
  CAST: { action: "vote:cast", allows: (v) => v.status === "OPEN" },
  CLOSE: { action: "meeting:manage", allows: (v) => v.status === "OPEN" },
};

export type ResolutionStep = "UPDATE" | "START" | "COMPLETE";
export const RESOLUTION_STEPS: Record<ResolutionStep, StepRule<{ status: ResolutionStatusT }>> = {
  /** An implementation update keeping the status. */
  UPDATE: { action: "resolution:manage", allows: (r) => resolutionStepRefusal(r.status, r.status) === null },
  /** An update moving it to IN_PROGRESS. */
  START: { action: "resolution:manage", allows: (r) => r.status !== "IN_PROGRESS" && resolutionStepRefusal(r.status, "IN_PROGRESS") === null },
  /** An update moving it to DONE. */
  COMPLETE: { action: "resolution:manage", allows: (r) => resolutionStepRefusal(r.status, "DONE") === null },
};

export type EscalationStep = "REPLY";
export const ESCALATION_STEPS: Record<EscalationStep, StepRule<{ replyText: string | null }>> = {
  REPLY: { action: "resolution:manage", allows: (e) => e.replyText === null },
};

export type MembershipStep = "END";
/** A seat is ended once (endCommitteeMembership); the record stays. */
export const MEMBERSHIP_STEPS: Record<MembershipStep, StepRule<{ leftOn: Date | null }>> = {
  END: { action: "committee:manage", allows: (m) => m.leftOn === null },
};

export type CharterStep = "UPDATE" | "ADOPT" | "PUBLISH";
export const CHARTER_STEPS: Record<CharterStep, StepRule<{ status: CharterStatus }>> = {
  UPDATE: { action: "committee:manage", allows: (c) => c.status === "DRAFT" },
  ADOPT: { action: "committee:manage", allows: (c) => c.status === "DRAFT" },
  PUBLISH: { action: "notice:publish", allows: (c) => c.status !== "SUPERSEDED" },
};
