// The deliberation rules that need no database: quorum and threshold math, the topic state machine,
// sitting members, and calendar days in China time. Services call these; unit tests pin them.
import type { QuorumRule, TopicStatus, VoteResult, VoteThreshold } from "../../generated/prisma/enums.js";
import { UserError } from "../../shared/errors.js";
import { conflict } from "../../shared/service.js";
import { CHINA_OFFSET_MS } from "../../shared/chinaTime.js";

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

/** CONFLICT naming both states unless the topic may go from `from` to `to`. */
export function assertTransition(from: TopicStatus, to: TopicStatus, field: string | null = "id") {
  if (!canTransition(from, to)) {
    throw new UserError(
      "CONFLICT",
      `议题当前为「${TOPIC_STATUS_LABEL[from]}」，不能变为「${TOPIC_STATUS_LABEL[to]}」 (a ${from} topic cannot become ${to})`,
      field,
    );
  }
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
export function assertMeetingStatus(meeting: { status: MeetingStatus }, allowed: MeetingStatus[], doing: string, field = "id") {
  if (!allowed.includes(meeting.status)) {
    throw conflict(`会议${MEETING_STATUS_LABEL[meeting.status]}，不能${doing} (a ${meeting.status} meeting cannot do this)`, field);
  }
}
