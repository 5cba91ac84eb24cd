// Mutations for the needs board, alliance units and sponsorships (管家计划): thin, they call need.service.
import { builder, type InputFields } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { AllianceUnitKindEnum, SponsorshipKindEnum } from "./enums.type.js";
import {
  closeCommunityNeed,
  createAllianceUnit,
  createCommunityNeed,
  fulfillCommunityNeed,
  pledgeSponsorship,
  recordSponsorshipReceived,
  updateAllianceUnit,
  updateCommunityNeed,
  withdrawSponsorship,
} from "./need.service.js";

const CreateNeedInput = builder.inputType("CreateCommunityNeedInput", {
  fields: (t) => ({
    communityId: t.id(),
    title: t.string(),
    description: t.string(),
    estimatedFen: t.field({ type: "Money", required: false, description: "Estimated cost in fen, 0 to 1000000000000." }),
  }),
});
const UpdateNeedInput = builder.inputType("UpdateCommunityNeedInput", {
  description: "Fields left out are not changed. Only while OPEN or CLAIMED.",
  fields: (t) => ({ title: t.string({ required: false }), description: t.string({ required: false }), estimatedFen: t.field({ type: "Money", required: false }) }),
});
const CloseNeedInput = builder.inputType("CloseCommunityNeedInput", { fields: (t) => ({ reason: t.string() }) });

const unitFields = (t: InputFields, create: boolean) => ({
  name: t.string({ required: create, description: "e.g. 江门市某某科技有限公司 (unique where it is registered)." }),
  kind: t.field({ type: AllianceUnitKindEnum, required: create }),
  contactName: t.string({ required: false }),
  contactPhone: t.string({ required: false, description: "Mobile (11 digits) or landline; masked for viewers who cannot manage units." }),
  address: t.string({ required: false }),
  description: t.string({ required: false }),
});
const CreateUnitInput = builder.inputType("CreateAllianceUnitInput", {
  fields: (t) => ({ nodeId: t.id({ description: "A Community, or a street Region (the unit is then shared by the street's communities)." }), ...unitFields(t, true) }),
});
const UpdateUnitInput = builder.inputType("UpdateAllianceUnitInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({ active: t.boolean({ required: false }), ...unitFields(t, false) }),
});

const PledgeInput = builder.inputType("PledgeSponsorshipInput", {
  description: "A pledge for a need (it becomes CLAIMED) and/or a project. The sponsor is an alliance unit (of the community or its street) or a social organization of the community.",
  fields: (t) => ({
    needId: t.id({ required: false, description: "A CommunityNeed that is OPEN or CLAIMED." }),
    projectId: t.id({ required: false, description: "An open Project (defaults to the need's project)." }),
    allianceUnitId: t.id({ required: false }),
    organizationId: t.id({ required: false, description: "A SocialOrganization of the community." }),
    kind: t.field({ type: SponsorshipKindEnum }),
    pledgedFen: t.field({ type: "Money", required: false, description: "MONEY: the amount in fen, 1 to 1000000000000." }),
    inKind: t.string({ required: false, description: "IN_KIND: what is given." }),
    pledgedOn: t.field({ type: "Date", description: "Not in the future." }),
    note: t.string({ required: false }),
  }),
});
const ReceiveInput = builder.inputType("RecordSponsorshipReceivedInput", {
  fields: (t) => ({
    receivedFen: t.field({ type: "Money", required: false, description: "The amount that arrived, in fen (required for MONEY)." }),
    receivedOn: t.field({ type: "Date", description: "Not before pledgedOn, not in the future." }),
    note: t.string({ required: false }),
  }),
});
const WithdrawInput = builder.inputType("WithdrawSponsorshipInput", { fields: (t) => ({ reason: t.string() }) });

builder.mutationFields((t) => ({
  createCommunityNeed: t.prismaField({
    type: "CommunityNeed",
    description: "List a need on the community's needs board (OPEN). Needs need:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateNeedInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "communityNeed", query, createCommunityNeed(ctx, input)),
  }),
  updateCommunityNeed: t.prismaField({
    type: "CommunityNeed",
    description: "Change a need while OPEN or CLAIMED. Needs need:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateNeedInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "communityNeed", query, updateCommunityNeed(ctx, String(id), input)),
  }),
  fulfillCommunityNeed: t.prismaField({
    type: "CommunityNeed",
    description: "CLAIMED → FULFILLED, once a pledge has arrived. Needs need:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (query, _r, { id }, ctx) => reload(ctx, "communityNeed", query, fulfillCommunityNeed(ctx, String(id))),
  }),
  closeCommunityNeed: t.prismaField({
    type: "CommunityNeed",
    description: "Close a need with a reason. Needs need:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: CloseNeedInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "communityNeed", query, closeCommunityNeed(ctx, String(id), input)),
  }),
  createAllianceUnit: t.prismaField({
    type: "AllianceUnit",
    description: "Register an alliance unit (共建单位) on a community or a street. Needs allianceUnit:manage there.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateUnitInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "allianceUnit", query, createAllianceUnit(ctx, input)),
  }),
  updateAllianceUnit: t.prismaField({
    type: "AllianceUnit",
    description: "Change an alliance unit, or take it out of use (active: false). Needs allianceUnit:manage where it is registered.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateUnitInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "allianceUnit", query, updateAllianceUnit(ctx, String(id), input)),
  }),
  pledgeSponsorship: t.prismaField({
    type: "Sponsorship",
    description: "Record a pledge (认领/资助) of money or in-kind support for a need or a project. Needs sponsorship:record.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: PledgeInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "sponsorship", query, pledgeSponsorship(ctx, input)),
  }),
  recordSponsorshipReceived: t.prismaField({
    type: "Sponsorship",
    description: "PLEDGED → RECEIVED: the support arrived (amount for money, and the day). Needs sponsorship:record.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: ReceiveInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "sponsorship", query, recordSponsorshipReceived(ctx, String(id), input)),
  }),
  withdrawSponsorship: t.prismaField({
    type: "Sponsorship",
    description: "PLEDGED → WITHDRAWN with a reason; a need left with no pledge is OPEN again. Needs sponsorship:record.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: WithdrawInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "sponsorship", query, withdrawSponsorship(ctx, String(id), input)),
  }),
}));
