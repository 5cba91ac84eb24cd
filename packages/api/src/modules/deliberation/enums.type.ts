// The deliberation enums of the contract, each value described in Chinese first.
import { builder } from "../../builder.js";
import { TopicCategory } from "../../generated/prisma/enums.js";

export const CommitteeKindEnum = builder.enumType("CommitteeKind", { values: { DELIBERATION: { description: "议事委员会" } } });

export const CharterStatusEnum = builder.enumType("CharterStatus", {
  description: "A charter version's state: DRAFT → ADOPTED → SUPERSEDED (when a newer version is adopted).",
  values: { DRAFT: { description: "草案 (editable)" }, ADOPTED: { description: "已通过，现行有效" }, SUPERSEDED: { description: "已被新版本取代" } },
});

export const QuorumRuleEnum = builder.enumType("QuorumRule", {
  description: "How many sitting members must be present for a meeting to decide (法定人数).",
  values: {
    MORE_THAN_HALF: { description: "过半数委员出席: present > sitting / 2" },
    TWO_THIRDS: { description: "三分之二以上委员出席: present ≥ 2 × sitting / 3" },
  },
});

export const VoteThresholdEnum = builder.enumType("VoteThreshold", {
  description: "FOR votes a vote needs, counted against the eligible voters present when the vote closes.",
  values: {
    SIMPLE_MAJORITY: { description: "过半数: FOR > present / 2" },
    TWO_THIRDS: { description: "三分之二: FOR ≥ 2 × present / 3" },
  },
});

export const SeatCategoryEnum = builder.enumType("SeatCategory", {
  description: 'The seven fixed seat categories of the "7+X" committee (X are stakeholders invited per topic).',
  values: {
    PARTY_ORGANIZATION: { description: "党组织代表" },
    RESIDENTS_COMMITTEE: { description: "居委会/村委会代表" },
    SUPERVISION_COMMITTEE: { description: "居(村)务监督委员会代表" },
    DEPUTIES: { description: "两代表一委员 (党代表、人大代表、政协委员)" },
    NOTABLES: { description: "乡贤/有威望能人" },
    RETIRED_CADRES: { description: "退休干部" },
    RESIDENT_REPRESENTATIVES: { description: "居民/业主代表" },
  },
});

export const CommitteeRoleEnum = builder.enumType("CommitteeRole", {
  values: { DIRECTOR: { description: "主任" }, DEPUTY_DIRECTOR: { description: "副主任" }, MEMBER: { description: "委员" }, SECRETARY: { description: "秘书" } },
});

export const ClauseKindEnum = builder.enumType("ClauseKind", {
  description: '"六议六不议": matters that must be deliberated, and matters that may not be.',
  values: { MUST: { description: "应当协商 (六议)" }, MUST_NOT: { description: "不予协商 (六不议)" } },
});

export const TopicStatusEnum = builder.enumType("TopicStatus", {
  description:
    "SUBMITTED → ACCEPTED | DECLINED; ACCEPTED → SCHEDULED (on an agenda) → DELIBERATED (voted on, or its meeting closed) → RESOLVED | ESCALATED | SCHEDULED again; ESCALATED → RESOLVED | SCHEDULED; RESOLVED → DONE when every resolution is implemented. Taking a topic off an agenda returns it to where it was.",
  values: {
    SUBMITTED: { description: "已提交，待审查 (see readyForReview)" },
    ACCEPTED: { description: "已立项" },
    DECLINED: { description: "不予立项 (see declineClause and declineReason)" },
    SCHEDULED: { description: "已列入议程" },
    DELIBERATED: { description: "已协商" },
    RESOLVED: { description: "已形成决议" },
    ESCALATED: { description: "已向上级提交建议" },
    DONE: { description: "已办结" },
  },
});

export const TopicCategoryEnum = builder.enumType(TopicCategory, {
  name: "TopicCategory",
  values: {
    PUBLIC_FACILITIES: { description: "公共设施" },
    ENVIRONMENT: { description: "环境卫生与人居环境" },
    LAND_HOUSING: { description: "土地与住房" },
    COLLECTIVE_ECONOMY: { description: "集体经济与资产" },
    LIVELIHOOD: { description: "民生服务" },
    SAFETY: { description: "治安与安全" },
    CULTURE: { description: "文体与乡风文明" },
    DISPUTES: { description: "矛盾纠纷" },
    OTHER: { description: "其他" },
  },
});

export const TopicSourceEnum = builder.enumType("TopicSource", {
  values: {
    RESIDENT: { description: "居民提出 (through an app, or recorded by staff); needs co-signatures" },
    MEMBER: { description: "议事委员提出" },
    STAFF: { description: "社区(两委)提出" },
    GRID_WORKER: { description: "网格员提出" },
  },
});

export const MeetingModeEnum = builder.enumType("MeetingMode", { values: { IN_PERSON: { description: "现场会议" }, ONLINE: { description: "线上协商" } } });

export const MeetingStatusEnum = builder.enumType("MeetingStatus", {
  description: "SCHEDULED → IN_PROGRESS → CLOSED, or SCHEDULED → CANCELLED.",
  values: { SCHEDULED: { description: "已安排" }, IN_PROGRESS: { description: "进行中" }, CLOSED: { description: "已结束" }, CANCELLED: { description: "已取消" } },
});

export const AttendanceStatusEnum = builder.enumType("AttendanceStatus", {
  values: { PRESENT: { description: "出席" }, ABSENT: { description: "缺席" }, EXCUSED: { description: "请假" } },
});

export const VoteStatusEnum = builder.enumType("VoteStatus", { values: { OPEN: { description: "表决中 (ballots may be cast and changed)" }, CLOSED: { description: "已结束" } } });

export const VoteResultEnum = builder.enumType("VoteResult", {
  values: {
    PASSED: { description: "通过" },
    REJECTED: { description: "未通过" },
    NO_QUORUM: { description: "无效：闭票时出席人数不足法定人数 (void: no quorum when the vote closed)" },
  },
});

export const BallotChoiceEnum = builder.enumType("BallotChoice", { values: { FOR: { description: "赞成" }, AGAINST: { description: "反对" }, ABSTAIN: { description: "弃权" } } });

export const ResolutionStatusEnum = builder.enumType("ResolutionStatus", {
  description: "Implementation: PLANNED → IN_PROGRESS → DONE (forward only).",
  values: { PLANNED: { description: "待实施" }, IN_PROGRESS: { description: "实施中" }, DONE: { description: "已完成" } },
});

export const TopicStageEnum = builder.enumType("TopicStage", {
  description: '"三议三公开": the stages of a topic that are made public.',
  values: {
    PROPOSAL: { description: "提议: the topic and its acceptance (or decline with the clause and reason)" },
    DELIBERATION: { description: "商议: the meetings that deliberated it, attendance and votes" },
    RESOLUTION: { description: "决议: the resolutions (or the escalation and the street's reply)" },
  },
});

// Steps (see each type's allowedSteps): what the row's state allows now and the viewer's grants hold.

export const TopicStepEnum = builder.enumType("TopicStep", {
  description: "A step a topic allows now (see Topic.allowedSteps and the mutation named).",
  values: {
    ACCEPT: { description: "acceptTopic: SUBMITTED and ready for review; topic:review" },
    DECLINE: { description: "declineTopic: SUBMITTED; topic:review" },
    COSIGN: { description: "cosignTopic: SUBMITTED, an app acting for a resident other than the proposer; topic:cosign" },
    SCHEDULE: { description: "scheduleMeeting/addAgendaItem with this topic: ACCEPTED, DELIBERATED or ESCALATED; meeting:manage" },
    INVITE_STAKEHOLDER: { description: "inviteStakeholder: ACCEPTED, SCHEDULED, DELIBERATED or ESCALATED; committee:manage" },
    RESOLVE: { description: "createResolution: DELIBERATED, ESCALATED or RESOLVED; resolution:manage" },
    ESCALATE: { description: "escalateTopic: DELIBERATED; resolution:manage" },
    PUBLISH_PROPOSAL: { description: "publishTopicStage PROPOSAL: reviewed; notice:publish" },
    PUBLISH_DELIBERATION: { description: "publishTopicStage DELIBERATION: deliberated; notice:publish" },
    PUBLISH_RESOLUTION: { description: "publishTopicStage RESOLUTION: resolved or escalated; notice:publish" },
  },
});

export const MeetingStepEnum = builder.enumType("MeetingStep", {
  description: "A step a meeting allows now (see Meeting.allowedSteps); each needs meeting:manage.",
  values: {
    UPDATE: { description: "updateMeeting: SCHEDULED" },
    START: { description: "startMeeting: SCHEDULED" },
    CANCEL: { description: "cancelMeeting: SCHEDULED" },
    CLOSE: { description: "closeMeeting: IN_PROGRESS with no vote open" },
    EDIT_AGENDA: { description: "addAgendaItem, reorderAgenda, removeAgendaItem: SCHEDULED or IN_PROGRESS" },
    RECORD_ATTENDANCE: { description: "recordAttendance: SCHEDULED or IN_PROGRESS" },
    RECORD_MINUTES: { description: "recordMinutes: IN_PROGRESS or CLOSED" },
    OPEN_VOTE: { description: "openVote on an item (see AgendaItem.allowedSteps): IN_PROGRESS" },
  },
});

export const AgendaItemStepEnum = builder.enumType("AgendaItemStep", {
  description: "A step an agenda item allows now (see AgendaItem.allowedSteps); each needs meeting:manage.",
  values: {
    REMOVE: { description: "removeAgendaItem: not voted on, its topic still SCHEDULED, the agenda still open" },
    OPEN_VOTE: { description: "openVote: not voted on, the meeting IN_PROGRESS (the quorum decides separately: Meeting.quorum.reached)" },
  },
});

export const VoteStepEnum = builder.enumType("VoteStep", {
  description: "A step a vote allows now (see Vote.allowedSteps).",
  values: { CAST: { description: "castBallot: OPEN; vote:cast" }, CLOSE: { description: "closeVote: OPEN; meeting:manage" } },
});

export const ResolutionStepEnum = builder.enumType("ResolutionStep", {
  description: "A step a resolution allows now (see Resolution.allowedSteps); each is an addResolutionUpdate and needs resolution:manage.",
  values: {
    UPDATE: { description: "An implementation update keeping the status: not DONE" },
    START: { description: "An update to IN_PROGRESS: PLANNED" },
    COMPLETE: { description: "An update to DONE: not DONE" },
  },
});

export const EscalationStepEnum = builder.enumType("EscalationStep", {
  description: "A step an escalation allows now (see Escalation.allowedSteps).",
  values: { REPLY: { description: "recordEscalationReply: no reply yet; resolution:manage" } },
});

export const CommitteeMembershipStepEnum = builder.enumType("CommitteeMembershipStep", {
  description: "A step a committee seat allows now (see CommitteeMembership.allowedSteps).",
  values: { END: { description: "endCommitteeMembership: not yet left; committee:manage" } },
});

export const CharterStepEnum = builder.enumType("CharterStep", {
  description: "A step a charter version allows now (see CharterVersion.allowedSteps).",
  values: {
    UPDATE: { description: "updateCharterDraft: DRAFT; committee:manage" },
    ADOPT: { description: "adoptCharter: DRAFT; committee:manage" },
    PUBLISH: { description: "publishCharter: DRAFT or ADOPTED; notice:publish" },
  },
});
