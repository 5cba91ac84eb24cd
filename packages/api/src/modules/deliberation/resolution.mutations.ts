// Vote, resolution and escalation mutations: thin, they call the services.
import { builder } from "../../builder.js";
import { BallotChoiceEnum, ResolutionStatusEnum } from "./enums.type.js";
import { addResolutionUpdate, createResolution, escalateTopic, recordEscalationReply } from "./resolution.service.js";
import { castBallot, closeVote, openVote } from "./vote.service.js";
import { reload } from "../../shared/reload.js";

const OpenVoteInput = builder.inputType("OpenVoteInput", {
  fields: (t) => ({ agendaItemId: t.id(), question: t.string({ required: false, description: 'Default "是否同意议题「…」的方案".' }) }),
});
const CastBallotInput = builder.inputType("CastBallotInput", {
  fields: (t) => ({
    voteId: t.id(),
    voterId: t.id({ description: "The present member (CommitteeMembership) or vote-eligible stakeholder (TopicStakeholder) whose ballot this is." }),
    choice: t.field({ type: BallotChoiceEnum }),
  }),
});
const CreateResolutionInput = builder.inputType("CreateResolutionInput", {
  description: "Give voteId (a PASSED vote on the topic) or meetingId (a meeting that had the topic on its agenda and reached quorum).",
  fields: (t) => ({
    topicId: t.id(),
    voteId: t.id({ required: false }),
    meetingId: t.id({ required: false }),
    text: t.string(),
    ownerName: t.string({ required: false, description: "责任人; defaults to the owner member's name." }),
    ownerMembershipId: t.id({ required: false }),
    dueOn: t.field({ type: "Date", required: false }),
  }),
});
const AddResolutionUpdateInput = builder.inputType("AddResolutionUpdateInput", {
  fields: (t) => ({
    resolutionId: t.id(),
    status: t.field({ type: ResolutionStatusEnum, required: false, description: "Move forward (PLANNED → IN_PROGRESS → DONE); leave out to add a note only." }),
    note: t.string(),
  }),
});
const EscalateTopicInput = builder.inputType("EscalateTopicInput", {
  fields: (t) => ({
    topicId: t.id(),
    meetingId: t.id({ required: false, description: "The meeting that decided to escalate." }),
    addressedTo: t.string({ description: "E.g. 礼乐街道办事处." }),
    text: t.string({ description: "The suggestion (建议)." }),
  }),
});
const EscalationReplyInput = builder.inputType("EscalationReplyInput", {
  fields: (t) => ({ replyText: t.string(), repliedOn: t.field({ type: "Date" }) }),
});

builder.mutationFields((t) => ({
  openVote: t.prismaField({
    type: "Vote",
    description: "Open the vote on an agenda item of a meeting in progress; refused without quorum. The topic becomes DELIBERATED. Needs meeting:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: OpenVoteInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "vote", q, openVote(ctx, input)),
  }),
  castBallot: t.prismaField({
    type: "Ballot",
    description:
      "Record a present voter's ballot (赞成/反对/弃权) on an OPEN vote; casting again changes it. Staff record ballots at the meeting (vote:cast); an app acting for a resident casts only that resident's own.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CastBallotInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "ballot", q, castBallot(ctx, input)),
  }),
  closeVote: t.prismaField({
    type: "Vote",
    description: "Close the vote: the tally of present voters against the threshold gives PASSED, REJECTED, or NO_QUORUM. Needs meeting:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "vote", q, closeVote(ctx, id)),
  }),
  createResolution: t.prismaField({
    type: "Resolution",
    description: "Record a resolution (决议) on a deliberated topic; the topic becomes RESOLVED. Needs resolution:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateResolutionInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "resolution", q, createResolution(ctx, input)),
  }),
  addResolutionUpdate: t.prismaField({
    type: "Resolution",
    description: "Report implementation progress. When every resolution of the topic is DONE, the topic is DONE.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AddResolutionUpdateInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "resolution", q, addResolutionUpdate(ctx, input)),
  }),
  escalateTopic: t.prismaField({
    type: "Escalation",
    description: "向上级提交建议: send a DELIBERATED topic to the street; the topic becomes ESCALATED.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: EscalateTopicInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "escalation", q, escalateTopic(ctx, input)),
  }),
  recordEscalationReply: t.prismaField({
    type: "Escalation",
    description: "Record the street's reply to an escalation (once).",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: EscalationReplyInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "escalation", q, recordEscalationReply(ctx, id, input)),
  }),
}));
