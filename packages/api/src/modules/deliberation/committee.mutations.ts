// Committee, charter, terms, members and catalog mutations: thin, they call the services.
import { builder } from "../../builder.js";
import { addConsultationClause, updateConsultationClause } from "./catalog.service.js";
import { addCommitteeMember, adoptCharter, createCommittee, createCommitteeTerm, draftCharter, endCommitteeMembership, updateCharterDraft, updateCommittee } from "./committee.service.js";
import { ClauseKindEnum, CommitteeRoleEnum, QuorumRuleEnum, SeatCategoryEnum, VoteThresholdEnum } from "./enums.type.js";
import { reload } from "../../shared/reload.js";

const CreateDeliberationCommitteeInput = builder.inputType("CreateDeliberationCommitteeInput", {
  fields: (t) => ({
    communityId: t.id(),
    name: t.string({ required: false, description: 'Default "<community>议事委员会".' }),
    description: t.string({ required: false }),
    cosignThreshold: t.int({ required: false, description: "联名门槛 (default 10; 0 = residents' topics need no co-signatures)." }),
  }),
});
const UpdateDeliberationCommitteeInput = builder.inputType("UpdateDeliberationCommitteeInput", {
  description: "Fields left out are not changed. Lowering cosignThreshold makes waiting topics that reach it ready for review.",
  fields: (t) => ({ name: t.string({ required: false }), description: t.string({ required: false }), cosignThreshold: t.int({ required: false }) }),
});
const CreateCommitteeTermInput = builder.inputType("CreateCommitteeTermInput", {
  fields: (t) => ({
    committeeId: t.id(),
    number: t.int({ description: "第N届, unique in the committee." }),
    name: t.string({ required: false }),
    startsOn: t.field({ type: "Date" }),
    endsOn: t.field({ type: "Date", description: "After startsOn; terms may not overlap." }),
  }),
});
const charterRuleFields = {
  quorumRule: { type: QuorumRuleEnum, description: "Default MORE_THAN_HALF." },
  defaultThreshold: { type: VoteThresholdEnum, description: "Default SIMPLE_MAJORITY." },
} as const;
const DraftCharterInput = builder.inputType("DraftCharterInput", {
  description: "A new DRAFT version (numbered after the last one).",
  fields: (t) => ({
    committeeId: t.id(),
    title: t.string(),
    body: t.string({ description: "The charter's text." }),
    quorumRule: t.field({ ...charterRuleFields.quorumRule, required: false }),
    defaultThreshold: t.field({ ...charterRuleFields.defaultThreshold, required: false }),
    stakeholdersMayVote: t.boolean({ required: false, description: "Whether invited stakeholders may be given a vote (default false)." }),
  }),
});
const UpdateCharterDraftInput = builder.inputType("UpdateCharterDraftInput", {
  description: "Only a DRAFT can change. Fields left out are not changed.",
  fields: (t) => ({
    title: t.string({ required: false }),
    body: t.string({ required: false }),
    quorumRule: t.field({ type: QuorumRuleEnum, required: false }),
    defaultThreshold: t.field({ type: VoteThresholdEnum, required: false }),
    stakeholdersMayVote: t.boolean({ required: false }),
  }),
});
const AdoptCharterInput = builder.inputType("AdoptCharterInput", {
  fields: (t) => ({
    adoptedOn: t.field({ type: "Date" }),
    meetingId: t.id({ required: false, description: "The meeting (of this committee, held or in progress) that adopted it." }),
  }),
});
const AddCommitteeMemberInput = builder.inputType("AddCommitteeMemberInput", {
  fields: (t) => ({
    termId: t.id(),
    residentId: t.id({ description: "A resident of the community." }),
    seat: t.field({ type: SeatCategoryEnum }),
    role: t.field({ type: CommitteeRoleEnum, required: false, description: "Default MEMBER; a term has one DIRECTOR at a time." }),
    joinedOn: t.field({ type: "Date", required: false, description: "Default today (within the term)." }),
  }),
});
const EndCommitteeMembershipInput = builder.inputType("EndCommitteeMembershipInput", {
  fields: (t) => ({ leftOn: t.field({ type: "Date", description: "From this day the member no longer sits." }), reason: t.string({ required: false }) }),
});
const AddConsultationClauseInput = builder.inputType("AddConsultationClauseInput", {
  fields: (t) => ({ communityId: t.id(), kind: t.field({ type: ClauseKindEnum }), number: t.int({ description: "Unique per kind." }), text: t.string() }),
});
const UpdateConsultationClauseInput = builder.inputType("UpdateConsultationClauseInput", {
  description: "Fields left out are not changed. A clause is never deleted: retire it (declined topics keep citing it).",
  fields: (t) => ({ number: t.int({ required: false }), text: t.string({ required: false }), retired: t.boolean({ required: false }) }),
});

builder.mutationFields((t) => ({
  createDeliberationCommittee: t.prismaField({
    type: "Committee",
    description: "Create the community's deliberation committee (one per community). Needs committee:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateDeliberationCommitteeInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "committee", q, createCommittee(ctx, input)),
  }),
  updateDeliberationCommittee: t.prismaField({
    type: "Committee",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateDeliberationCommitteeInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "committee", q, updateCommittee(ctx, id, input)),
  }),
  createCommitteeTerm: t.prismaField({
    type: "CommitteeTerm",
    description: "Add a term (届). Needs committee:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateCommitteeTermInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "committeeTerm", q, createCommitteeTerm(ctx, input)),
  }),
  draftCharter: t.prismaField({
    type: "CharterVersion",
    description: "Start a new charter version as a DRAFT.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: DraftCharterInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "charterVersion", q, draftCharter(ctx, input)),
  }),
  updateCharterDraft: t.prismaField({
    type: "CharterVersion",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateCharterDraftInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "charterVersion", q, updateCharterDraft(ctx, id, input)),
  }),
  adoptCharter: t.prismaField({
    type: "CharterVersion",
    description: "DRAFT → ADOPTED; the version in force becomes SUPERSEDED. Its rules apply to meetings from adoptedOn.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: AdoptCharterInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "charterVersion", q, adoptCharter(ctx, id, input)),
  }),
  addCommitteeMember: t.prismaField({
    type: "CommitteeMembership",
    description: "Seat a resident in a term under a seat category and role.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AddCommitteeMemberInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "committeeMembership", q, addCommitteeMember(ctx, input)),
  }),
  endCommitteeMembership: t.prismaField({
    type: "CommitteeMembership",
    description: "A member leaves (离任) on a date; the seat stays in the history.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: EndCommitteeMembershipInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "committeeMembership", q, endCommitteeMembership(ctx, id, input)),
  }),
  addConsultationClause: t.prismaField({
    type: "ConsultationClause",
    description: "Add a clause to the consultation catalog (协商事项目录).",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AddConsultationClauseInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "consultationClause", q, addConsultationClause(ctx, input)),
  }),
  updateConsultationClause: t.prismaField({
    type: "ConsultationClause",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateConsultationClauseInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "consultationClause", q, updateConsultationClause(ctx, id, input)),
  }),
}));
