// Mutations for the committee, teams and volunteers: thin, they call the services.
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import {
  addVolunteerCommitteeMember,
  createVolunteerCommittee,
  createVolunteerTeam,
  endVolunteerCommitteeMembership,
  removeVolunteerTeamMember,
  setVolunteerTeamMember,
  updateVolunteerCommittee,
  updateVolunteerTeam,
} from "./committee.service.js";
import { VolunteerCommitteeRoleEnum, VolunteerTeamKindEnum, VolunteerTeamRoleEnum } from "./enums.type.js";
import { registerVolunteer, updateVolunteer } from "./volunteer.service.js";

const CreateVolunteerCommitteeInput = builder.inputType("CreateVolunteerCommitteeInput", {
  fields: (t) => ({ communityId: t.id(), name: t.string({ required: false, description: 'Default "<community>志愿服务委员会".' }), description: t.string({ required: false }) }),
});
const UpdateVolunteerCommitteeInput = builder.inputType("UpdateVolunteerCommitteeInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({ name: t.string({ required: false }), description: t.string({ required: false }) }),
});
const AddVolunteerCommitteeMemberInput = builder.inputType("AddVolunteerCommitteeMemberInput", {
  fields: (t) => ({
    committeeId: t.id(),
    residentId: t.id({ description: "A resident of the community." }),
    role: t.field({ type: VolunteerCommitteeRoleEnum, required: false, description: "Default MEMBER; one DIRECTOR at a time." }),
    joinedOn: t.field({ type: "Date", required: false, description: "Default today." }),
  }),
});
const EndVolunteerCommitteeMembershipInput = builder.inputType("EndVolunteerCommitteeMembershipInput", {
  fields: (t) => ({ leftOn: t.field({ type: "Date", description: "From this day the member no longer sits." }), reason: t.string({ required: false }) }),
});
const CreateVolunteerTeamInput = builder.inputType("CreateVolunteerTeamInput", {
  fields: (t) => ({
    communityId: t.id(),
    name: t.string({ description: "Unique in the community, e.g. 山歌队." }),
    kind: t.field({ type: VolunteerTeamKindEnum, required: false, description: "Default OTHER." }),
    description: t.string({ required: false }),
  }),
});
const UpdateVolunteerTeamInput = builder.inputType("UpdateVolunteerTeamInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({
    name: t.string({ required: false }),
    kind: t.field({ type: VolunteerTeamKindEnum, required: false }),
    description: t.string({ required: false }),
    active: t.boolean({ required: false, description: "false: 停用." }),
  }),
});
const SetVolunteerTeamMemberInput = builder.inputType("SetVolunteerTeamMemberInput", {
  fields: (t) => ({
    teamId: t.id(),
    volunteerId: t.id({ description: "A volunteer of the team's community." }),
    role: t.field({ type: VolunteerTeamRoleEnum, required: false, description: "Default MEMBER; a team has one LEADER at a time." }),
  }),
});
const RegisterVolunteerInput = builder.inputType("RegisterVolunteerInput", {
  fields: (t) => ({
    communityId: t.id({ description: "The serving community." }),
    residentId: t.id({
      required: false,
      description: "Staff: the resident (of this community, or a party member of another one: 双报到). Set automatically for apps acting for a resident.",
    }),
    skills: t.stringList({ required: false, description: "e.g. 急救, 摄影, 驾驶, 山歌." }),
    workUnit: t.string({ required: false, description: "工作单位 (in-work party members)." }),
    note: t.string({ required: false }),
  }),
});
const UpdateVolunteerInput = builder.inputType("UpdateVolunteerInput", {
  description: "Fields left out are not changed. Apps acting for the volunteer change skills and workUnit only.",
  fields: (t) => ({
    skills: t.stringList({ required: false }),
    workUnit: t.string({ required: false }),
    note: t.string({ required: false }),
    active: t.boolean({ required: false, description: "false: 停用 (cannot sign up)." }),
  }),
});

builder.mutationFields((t) => ({
  createVolunteerCommittee: t.prismaField({
    type: "VolunteerCommittee",
    description: "Set up the community's volunteer service committee (one per community). Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateVolunteerCommitteeInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "volunteerCommittee", q, createVolunteerCommittee(ctx, { ...input, communityId: String(input.communityId) })),
  }),
  updateVolunteerCommittee: t.prismaField({
    type: "VolunteerCommittee",
    description: "Rename or describe the committee. Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateVolunteerCommitteeInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "volunteerCommittee", q, updateVolunteerCommittee(ctx, String(id), input)),
  }),
  addVolunteerCommitteeMember: t.prismaField({
    type: "VolunteerCommitteeMember",
    description: "Seat a resident on the committee. Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AddVolunteerCommitteeMemberInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "volunteerCommitteeMember", q, addVolunteerCommitteeMember(ctx, input)),
  }),
  endVolunteerCommitteeMembership: t.prismaField({
    type: "VolunteerCommitteeMember",
    description: "A member leaves the committee (the record stays). Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: EndVolunteerCommitteeMembershipInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "volunteerCommitteeMember", q, endVolunteerCommitteeMembership(ctx, String(id), input)),
  }),
  createVolunteerTeam: t.prismaField({
    type: "VolunteerTeam",
    description: "Form a volunteer team (志愿服务队). Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateVolunteerTeamInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "volunteerTeam", q, createVolunteerTeam(ctx, { ...input, communityId: String(input.communityId) })),
  }),
  updateVolunteerTeam: t.prismaField({
    type: "VolunteerTeam",
    description: "Change a team, or retire it (active: false). Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateVolunteerTeamInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "volunteerTeam", q, updateVolunteerTeam(ctx, String(id), input)),
  }),
  setVolunteerTeamMember: t.prismaField({
    type: "VolunteerTeamMember",
    description: "Put a volunteer in a team with a role (队长, 副队长, 队员), or change their role. Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: SetVolunteerTeamMemberInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "volunteerTeamMember", q, setVolunteerTeamMember(ctx, input)),
  }),
  removeVolunteerTeamMember: t.prismaField({
    type: "VolunteerTeamMember",
    description: "A volunteer leaves a team (leftAt is set). Needs volunteer:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (q, _r, { id }, ctx) => reload(ctx, "volunteerTeamMember", q, removeVolunteerTeamMember(ctx, String(id))),
  }),
  registerVolunteer: t.prismaField({
    type: "Volunteer",
    description:
      "Register a volunteer with a community: staff for a resident (volunteer:manage), or a residents' app for the resident it acts for (activity:signUp). A party member living in another community registers as DUAL_REGISTERED (双报到).",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: RegisterVolunteerInput }) },
    resolve: (q, _r, { input }, ctx) => reload(ctx, "volunteer", q, registerVolunteer(ctx, { ...input, communityId: String(input.communityId) })),
  }),
  updateVolunteer: t.prismaField({
    type: "Volunteer",
    description: "Change a volunteer's skills, work unit, note or status (停用). Staff need volunteer:manage; a residents' app (activity:signUp) changes its own resident's skills and work unit.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateVolunteerInput }) },
    resolve: (q, _r, { id, input }, ctx) => reload(ctx, "volunteer", q, updateVolunteer(ctx, String(id), input)),
  }),
}));
