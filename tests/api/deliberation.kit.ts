// Shared fixtures for the deliberation and notices API tests: the mutation documents, a community
// with a committee, a term, a charter, seven members and an app acting for residents, and helpers
// that drive a topic through its stages through the API.
import { toGlobalId } from "@gongzhi/api/src/shared/ids.js";
import { expect } from "vitest";
import { ERR, mutationDoc, success, userError, type As, type TestKit } from "./testkit.js";

const input = (field: string, type: string, select: string) => mutationDoc(field, `$input: ${type}!`, "input: $input", select);
const idInput = (field: string, type: string, select: string) => mutationDoc(field, `$id: ID!, $input: ${type}!`, "id: $id, input: $input", select);
const idOnly = (field: string, select: string) => mutationDoc(field, "$id: ID!", "id: $id", select);

const TOPIC = "id status readyForReview cosignCount source proposerName voteThreshold declineReason declineClause { id number } timeline { fromStatus toStatus note actorName }";
const MEETING = "id status minutes quorum { sitting required present reached } agenda { id position topic { id status } }";
const VOTE = "id status result threshold tally { for against abstain cast present required quorumReached projected }";
const NOTICE = "id status title content stage subjectType subjectId endsAt withdrawnAt withdrawReason objectionCount";

/** One document per deliberation/notices mutation; variables are `input`, `id` (+ `input`), or the mutation's own. */
export const D = {
  createDeliberationCommittee: input("createDeliberationCommittee", "CreateDeliberationCommitteeInput", "id name cosignThreshold"),
  updateDeliberationCommittee: idInput("updateDeliberationCommittee", "UpdateDeliberationCommitteeInput", "id name cosignThreshold"),
  createCommitteeTerm: input("createCommitteeTerm", "CreateCommitteeTermInput", "id number startsOn endsOn"),
  draftCharter: input("draftCharter", "DraftCharterInput", "id version status quorumRule defaultThreshold stakeholdersMayVote"),
  updateCharterDraft: idInput("updateCharterDraft", "UpdateCharterDraftInput", "id title status"),
  adoptCharter: idInput("adoptCharter", "AdoptCharterInput", "id status adoptedOn"),
  addCommitteeMember: input("addCommitteeMember", "AddCommitteeMemberInput", "id name seat role sitting joinedOn"),
  endCommitteeMembership: idInput("endCommitteeMembership", "EndCommitteeMembershipInput", "id leftOn sitting"),
  addConsultationClause: input("addConsultationClause", "AddConsultationClauseInput", "id kind number text label"),
  updateConsultationClause: idInput("updateConsultationClause", "UpdateConsultationClauseInput", "id text retired"),
  proposeTopic: input("proposeTopic", "ProposeTopicInput", `${TOPIC} attachments { name url }`),
  cosignTopic: idOnly("cosignTopic", `${TOPIC} viewerHasCosigned`),
  acceptTopic: mutationDoc("acceptTopic", "$id: ID!, $input: AcceptTopicInput", "id: $id, input: $input", TOPIC),
  declineTopic: idInput("declineTopic", "DeclineTopicInput", TOPIC),
  inviteStakeholder: input("inviteStakeholder", "InviteStakeholderInput", "id name mayVote"),
  publishTopicStage: input("publishTopicStage", "PublishTopicStageInput", NOTICE),
  publishCharter: input("publishCharter", "PublishCharterInput", NOTICE),
  scheduleMeeting: input("scheduleMeeting", "ScheduleMeetingInput", MEETING),
  updateMeeting: idInput("updateMeeting", "UpdateMeetingInput", `${MEETING} title place`),
  startMeeting: idOnly("startMeeting", MEETING),
  closeMeeting: mutationDoc("closeMeeting", "$id: ID!, $input: CloseMeetingInput", "id: $id, input: $input", MEETING),
  cancelMeeting: idInput("cancelMeeting", "CancelMeetingInput", `${MEETING} cancelReason`),
  recordMinutes: mutationDoc("recordMinutes", "$id: ID!, $minutes: String!", "id: $id, minutes: $minutes", MEETING),
  addAgendaItem: input("addAgendaItem", "AddAgendaItemInput", "id position topic { id status }"),
  removeAgendaItem: idOnly("removeAgendaItem", MEETING),
  reorderAgenda: mutationDoc("reorderAgenda", "$meetingId: ID!, $itemIds: [ID!]!", "meetingId: $meetingId, itemIds: $itemIds", MEETING),
  recordAttendance: mutationDoc("recordAttendance", "$meetingId: ID!, $entries: [AttendanceEntryInput!]!", "meetingId: $meetingId, entries: $entries", MEETING),
  openVote: input("openVote", "OpenVoteInput", VOTE),
  castBallot: input("castBallot", "CastBallotInput", `id choice voterId voterName vote { ${VOTE} }`),
  closeVote: idOnly("closeVote", VOTE),
  createResolution: input("createResolution", "CreateResolutionInput", "id status ownerName dueOn topic { id status }"),
  addResolutionUpdate: input("addResolutionUpdate", "AddResolutionUpdateInput", "id status doneAt updates { fromStatus toStatus note } topic { id status }"),
  escalateTopic: input("escalateTopic", "EscalateTopicInput", "id addressedTo topic { id status }"),
  recordEscalationReply: idInput("recordEscalationReply", "EscalationReplyInput", "id replyText repliedOn"),
  publishNotice: input("publishNotice", "PublishNoticeInput", NOTICE),
  withdrawNotice: idInput("withdrawNotice", "WithdrawNoticeInput", NOTICE),
  fileObjection: input("fileObjection", "FileObjectionInput", "id status filerName text"),
  answerObjection: idInput("answerObjection", "AnswerObjectionInput", "id status answer"),
} as const;
export type DName = keyof typeof D;

export const READ_FIELDS = ["deliberationCommittee", "consultationClauses", "topics", "meetings", "resolutions", "notices", "publicNotices", "publicNotice", "publicCharter", "publicConsultationClauses"] as const;

/** ISO day `n` days from today in China (the calendar the API counts days in: from 16:00 UTC it is already tomorrow there). */
export const dayFrom = (n: number) => new Date(Date.now() + 8 * 3_600_000 + n * 86_400_000).toISOString().slice(0, 10);
export const hoursFrom = (n: number) => new Date(Date.now() + n * 3_600_000).toISOString();
export { ERR };

export const CLIENT_ACTIONS = ["deliberation:read", "notice:read", "topic:propose", "topic:cosign", "notice:object", "vote:cast", "resident:actAs"];
export const SEATS = ["PARTY_ORGANIZATION", "RESIDENTS_COMMITTEE", "SUPERVISION_COMMITTEE", "DEPUTIES", "NOTABLES", "RETIRED_CADRES", "RESIDENT_REPRESENTATIVES"] as const;

export function deliberation(kit: TestKit) {
  const m = (field: DName, vars: Record<string, unknown>, as?: As, headers: Record<string, string> = {}) => kit.gql(D[field], vars, as, headers);
  const ok = async <T = any>(field: DName, vars: Record<string, unknown>, as?: As, headers?: Record<string, string>) => success<T>(await m(field, vars, as, headers), field);
  const err = async (field: DName, vars: Record<string, unknown>, as?: As, headers?: Record<string, string>) => userError(await m(field, vars, as, headers), field);

  /** Every row of the deliberation and notices tables, and the audit log: compare to prove a refusal changed nothing. */
  async function ddump() {
    const p = kit.prisma;
    const byId = { orderBy: { id: "asc" as const } };
    return {
      committee: await p.committee.findMany(byId),
      charter: await p.charterVersion.findMany(byId),
      term: await p.committeeTerm.findMany(byId),
      membership: await p.committeeMembership.findMany(byId),
      clause: await p.consultationClause.findMany(byId),
      topic: await p.topic.findMany(byId),
      attachment: await p.topicAttachment.findMany(byId),
      cosignature: await p.topicCosignature.findMany(byId),
      event: await p.topicEvent.findMany(byId),
      stakeholder: await p.topicStakeholder.findMany(byId),
      meeting: await p.meeting.findMany(byId),
      agenda: await p.agendaItem.findMany(byId),
      attendance: await p.meetingAttendance.findMany(byId),
      vote: await p.vote.findMany(byId),
      ballot: await p.ballot.findMany(byId),
      resolution: await p.resolution.findMany(byId),
      resolutionUpdate: await p.resolutionUpdate.findMany(byId),
      escalation: await p.escalation.findMany(byId),
      notice: await p.notice.findMany(byId),
      objection: await p.noticeObjection.findMany(byId),
      audit: await p.auditEntry.findMany(byId),
    };
  }

  /** Refused with `code` on `errField`, and nothing at all changed. Returns the error. */
  async function refused(field: DName, vars: Record<string, unknown>, as: As | undefined, code: string, errField: string | null, headers?: Record<string, string>) {
    const before = await ddump();
    const e = await err(field, vars, as, headers);
    expect({ code: e.code, field: e.field }, e.message).toEqual({ code, field: errField });
    expect(await ddump()).toEqual(before);
    return e;
  }

  /**
   * A community with everything a deliberation needs: an admin and staff, a committee (threshold
   * `cosignThreshold`), an adopted charter, a current term, seven members (one per seat, the first
   * the director), ten more residents, a 不议 clause, and an app acting for residents.
   */
  async function community(opts: { cosignThreshold?: number; stakeholdersMayVote?: boolean } = {}) {
    const { district, street, community: c } = await kit.seed.place("RURAL");
    const admin = await kit.seed.account("ADMIN", c);
    const staff = await kit.seed.account("STAFF", c);
    const residents: Awaited<ReturnType<typeof kit.seed.resident>>[] = [];
    for (let i = 0; i < 17; i++) residents.push(await kit.seed.resident(c.id, { name: `村民${i + 1}号` }));
    const committee = await ok("createDeliberationCommittee", { input: { communityId: c.gid, cosignThreshold: opts.cosignThreshold ?? 3 } }, admin);
    const term = await ok("createCommitteeTerm", { input: { committeeId: committee.id, number: 1, startsOn: dayFrom(-365), endsOn: dayFrom(365 * 2) } }, admin);
    const charter = await ok(
      "draftCharter",
      { input: { committeeId: committee.id, title: "议事委员会章程", body: "第一条 本会在村党组织领导下开展协商议事。", stakeholdersMayVote: opts.stakeholdersMayVote ?? false } },
      admin,
    );
    await ok("adoptCharter", { id: charter.id, input: { adoptedOn: dayFrom(-300) } }, admin);
    const members = [];
    for (const [i, seat] of SEATS.entries()) {
      members.push(
        await ok("addCommitteeMember", { input: { termId: term.id, residentId: residents[i]!.gid, seat, role: i === 0 ? "DIRECTOR" : "MEMBER", joinedOn: dayFrom(-300) } }, admin),
      );
    }
    const mustNot = await ok("addConsultationClause", { input: { communityId: c.gid, kind: "MUST_NOT", number: 1, text: "涉及个人隐私的事项" } }, admin);
    const must = await ok("addConsultationClause", { input: { communityId: c.gid, kind: "MUST", number: 1, text: "涉及村民切身利益的公共事务" } }, admin);
    const app = await kit.seed.apiClient([c.id], CLIENT_ACTIONS, admin.id);
    /** The app acting for resident `i` (0-based). */
    const asResident = (i: number): As => ({ headers: { ...app.headers, "x-act-as-resident": residents[i]!.gid } });
    return { district, street, community: c, admin, staff, residents, committee, term, charter, members, mustNot, must, app, asResident };
  }
  type World = Awaited<ReturnType<typeof community>>;

  /** A resident's topic through the app (resident 10), co-signed to the threshold by residents 11.. and accepted. */
  async function acceptedTopic(w: World, title = "修缮村道路灯") {
    const topic = await ok("proposeTopic", { input: { communityId: w.community.gid, title, description: "村道路灯损坏多处，夜间出行不便。", category: "PUBLIC_FACILITIES" } }, w.asResident(10));
    const threshold = (await kit.prisma.committee.findUniqueOrThrow({ where: { id: dbIdOf(w.committee.id) } })).cosignThreshold;
    for (let i = 0; i < threshold; i++) await ok("cosignTopic", { id: topic.id }, w.asResident(11 + i));
    return ok("acceptTopic", { id: topic.id, input: { note: "予以立项" } }, w.admin);
  }

  /** A meeting in progress with `topicIds` on the agenda and members [0, present) PRESENT. */
  async function meetingInProgress(w: World, topicIds: string[], present = 7) {
    const meeting = await ok(
      "scheduleMeeting",
      { input: { committeeId: w.committee.id, title: "月度协商议事会", startsAt: hoursFrom(-1), endsAt: hoursFrom(1), mode: "IN_PERSON", place: "村委会议事厅", topicIds } },
      w.admin,
    );
    const entries = w.members.map((mem, i) => ({ attendeeId: mem.id, status: i < present ? "PRESENT" : "ABSENT" }));
    await ok("recordAttendance", { meetingId: meeting.id, entries }, w.admin);
    return ok("startMeeting", { id: meeting.id }, w.admin);
  }

  return { m, ok, err, ddump, refused, community, acceptedTopic, meetingInProgress };
}

export const dbIdOf = (gid: string) => Buffer.from(gid, "base64").toString("utf8").split(":")[1]!;
export const gidOf = toGlobalId;
