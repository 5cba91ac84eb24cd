// Topic mutations and "三议三公开" publishing: thin, they call the services.
import { builder } from "../../builder.js";
import { TopicCategoryEnum, TopicStageEnum, VoteThresholdEnum } from "./enums.type.js";
import { publishCharter, publishTopicStage } from "./stage.service.js";
import { acceptTopic, cosignTopic, declineTopic, inviteStakeholder, proposeTopic } from "./topic.service.js";
import { reload } from "../../shared/reload.js";

const AttachmentInput = builder.inputType("TopicAttachmentInput", {
  description: "A file already stored elsewhere: its name and its URL or storage path.",
  fields: (t) => ({ name: t.string(), url: t.string({ description: "An http(s) URL or a storage path." }) }),
});
const ProposeTopicInput = builder.inputType("ProposeTopicInput", {
  description:
    "An app acting for a resident (X-Act-As-Resident) proposes as that resident and gives no proposer. Staff may record a resident's topic (proposerResidentId) or a member's (proposerMembershipId); otherwise the topic is the staff's or grid worker's own.",
  fields: (t) => ({
    communityId: t.id(),
    title: t.string(),
    description: t.string(),
    category: t.field({ type: TopicCategoryEnum }),
    attachments: t.field({ type: [AttachmentInput], required: false, description: "At most 10." }),
    proposerResidentId: t.id({ required: false }),
    proposerMembershipId: t.id({ required: false }),
  }),
});
const AcceptTopicInput = builder.inputType("AcceptTopicInput", {
  fields: (t) => ({
    note: t.string({ required: false, description: "立项意见." }),
    voteThreshold: t.field({ type: VoteThresholdEnum, required: false, description: "This topic's vote threshold (e.g. TWO_THIRDS); default the charter's." }),
  }),
});
const DeclineTopicInput = builder.inputType("DeclineTopicInput", {
  fields: (t) => ({ clauseId: t.id({ description: "A current MUST_NOT clause of the community's catalog." }), reason: t.string({ description: "Shown to the proposer." }) }),
});
const InviteStakeholderInput = builder.inputType("InviteStakeholderInput", {
  fields: (t) => ({
    topicId: t.id(),
    residentId: t.id({ required: false, description: "A resident of the community; or give name for an outside person." }),
    name: t.string({ required: false }),
    affiliation: t.string({ required: false }),
    mayVote: t.boolean({ required: false, description: "Only if the charter in force allows stakeholders to vote." }),
  }),
});
const PublishTopicStageInput = builder.inputType("PublishTopicStageInput", {
  fields: (t) => ({
    topicId: t.id(),
    stage: t.field({ type: TopicStageEnum }),
    periodDays: t.int({ required: false, description: "Objection period in days (default 7)." }),
  }),
});
const PublishCharterInput = builder.inputType("PublishCharterInput", {
  fields: (t) => ({ charterId: t.id(), periodDays: t.int({ required: false, description: "Default 7." }) }),
});

builder.mutationFields((t) => ({
  proposeTopic: t.prismaField({
    type: "Topic",
    description: "Raise a topic (议题). Needs topic:propose. A resident's topic waits for the co-signature threshold before it can be accepted.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: ProposeTopicInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "topic", q, proposeTopic(ctx, input)),
  }),
  cosignTopic: t.prismaField({
    type: "Topic",
    description: "联名: an app acting for a resident of the community co-signs a SUBMITTED topic, once. Needs topic:cosign.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "topic", q, cosignTopic(ctx, id)),
  }),
  acceptTopic: t.prismaField({
    type: "Topic",
    description: "立项: SUBMITTED → ACCEPTED once ready for review. Needs topic:review.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: AcceptTopicInput, required: false }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "topic", q, acceptTopic(ctx, id, input ?? {})),
  }),
  declineTopic: t.prismaField({
    type: "Topic",
    description: "不予立项: SUBMITTED → DECLINED citing a 不议 clause and a reason the proposer reads. Needs topic:review.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: DeclineTopicInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "topic", q, declineTopic(ctx, id, input)),
  }),
  inviteStakeholder: t.prismaField({
    type: "TopicStakeholder",
    description: 'Invite an "X" stakeholder to one topic. Needs committee:manage.',
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: InviteStakeholderInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "topicStakeholder", q, inviteStakeholder(ctx, input)),
  }),
  publishTopicStage: t.prismaField({
    type: "Notice",
    description: "三议三公开: publish a stage the topic has reached (PROPOSAL, DELIBERATION, RESOLUTION) as a notice. Needs notice:publish.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: PublishTopicStageInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "notice", q, publishTopicStage(ctx, input)),
  }),
  publishCharter: t.prismaField({
    type: "Notice",
    description: "Publish a charter version (a DRAFT for comment, or the ADOPTED text) as a notice. Needs notice:publish.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: PublishCharterInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "notice", q, publishCharter(ctx, input)),
  }),
}));
