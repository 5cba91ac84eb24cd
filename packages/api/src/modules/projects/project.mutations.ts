// Mutations for project types, projects and their lifecycle: thin, they call the services. A step
// out of order is refused with CONFLICT (see Project.allowedSteps).
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { ProjectOriginEnum } from "./enums.type.js";
import { approveProject, cancelProject, completeProject, evaluateProject, startProject, submitProjectForDeliberation } from "./lifecycle.service.js";
import { createProject, createProjectType, linkCommunityNeedToProject, requestProject, updateProject, updateProjectType } from "./project.service.js";

const CreateProjectTypeInput = builder.inputType("CreateProjectTypeInput", {
  fields: (t) => ({ communityId: t.id(), name: t.string({ description: "e.g. 街长制, 四点半课堂 (unique in the community)." }), description: t.string({ required: false }) }),
});
const UpdateProjectTypeInput = builder.inputType("UpdateProjectTypeInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({ name: t.string({ required: false }), description: t.string({ required: false }), active: t.boolean({ required: false, description: "false: 停用." }) }),
});

const projectFields = (create: boolean) => ({
  typeId: { description: "A ProjectType of the community.", required: create },
  title: { description: "e.g. 江翠社区“街长制”", required: create },
  description: { description: "What the project does.", required: create },
});

const CreateProjectInput = builder.inputType("CreateProjectInput", {
  description: "origin decides what else is required: RESIDENT_REQUEST → requestText and requesterResidentId; TOPIC → topicId; NEED → needId.",
  fields: (t) => ({
    communityId: t.id(),
    typeId: t.id(projectFields(true).typeId),
    title: t.string(projectFields(true).title),
    description: t.string(projectFields(true).description),
    origin: t.field({ type: ProjectOriginEnum }),
    requestText: t.string({ required: false, description: "RESIDENT_REQUEST: the request in the resident's words (private)." }),
    requesterResidentId: t.id({ required: false, description: "RESIDENT_REQUEST: the resident who asked (private)." }),
    topicId: t.id({ required: false, description: "TOPIC: the deliberation Topic of the same community (not DECLINED)." }),
    needId: t.id({ required: false, description: "NEED: a CommunityNeed (not closed, not attached elsewhere); its pledges come along." }),
    leadAccountId: t.id({ required: false, description: "项目负责人: an Account holding a role in the community." }),
    organizationId: t.id({ required: false, description: "承办: a SocialOrganization of the community." }),
    gridIds: t.idList({ required: false, description: "The area: grids of the community; none = the whole community." }),
    plannedStartOn: t.field({ type: "Date", required: false }),
    plannedEndOn: t.field({ type: "Date", required: false, description: "Not before plannedStartOn." }),
    internalNote: t.string({ required: false, description: "Staff notes; never public." }),
  }),
});
const RequestProjectInput = builder.inputType("RequestProjectInput", {
  description: "群众点菜: what a resident asks for, through a residents' app acting for them.",
  fields: (t) => ({
    communityId: t.id(),
    typeId: t.id({ description: "One of the community's active ProjectTypes (projectTypes)." }),
    title: t.string({ description: "A short title, e.g. 小区加装充电桩 (at most 100 characters)." }),
    requestText: t.string({ description: "The request in the resident's words (at most 2000 characters); private to staff and the resident's app." }),
  }),
});
const UpdateProjectInput = builder.inputType("UpdateProjectInput", {
  description: "Fields left out are not changed; null clears an optional one. gridIds replaces the area. Only while the project is open.",
  fields: (t) => ({
    typeId: t.id(projectFields(false).typeId),
    title: t.string(projectFields(false).title),
    description: t.string(projectFields(false).description),
    leadAccountId: t.id({ required: false }),
    organizationId: t.id({ required: false }),
    gridIds: t.idList({ required: false }),
    plannedStartOn: t.field({ type: "Date", required: false }),
    plannedEndOn: t.field({ type: "Date", required: false }),
    internalNote: t.string({ required: false }),
  }),
});

const publishFields = {
  publishNotice: { required: false, description: "Publish the notice (公示) of this step; default true. Needs notice:publish." },
  noticePeriodDays: { required: false, description: "The notice's objection period in days (default 7)." },
} as const;

const DeliberateInput = builder.inputType("SubmitProjectForDeliberationInput", {
  fields: (t) => ({
    topicId: t.id({ required: false, description: "The Topic it is deliberated as (required unless the project already has one)." }),
    note: t.string({ required: false }),
  }),
});
const ApproveInput = builder.inputType("ApproveProjectInput", {
  description: "After deliberation the approval rests on the committee's resolution; a project approved directly needs a note (审批意见).",
  fields: (t) => ({
    resolutionId: t.id({ required: false, description: "A Resolution of the project's topic." }),
    note: t.string({ required: false, description: "审批意见 (required without a resolution)." }),
    publishNotice: t.boolean(publishFields.publishNotice),
    noticePeriodDays: t.int(publishFields.noticePeriodDays),
  }),
});
const StartInput = builder.inputType("StartProjectInput", { fields: (t) => ({ note: t.string({ required: false }) }) });
const CompleteInput = builder.inputType("CompleteProjectInput", {
  fields: (t) => ({
    summary: t.string({ description: "完成情况 (published in the 结项公示)." }),
    publishNotice: t.boolean(publishFields.publishNotice),
    noticePeriodDays: t.int(publishFields.noticePeriodDays),
  }),
});
const EvaluateInput = builder.inputType("EvaluateProjectInput", {
  fields: (t) => ({
    committeeScore: t.int({ description: "评议 score, 0–100." }),
    committeeComment: t.string({ description: "The committee's comments (published)." }),
    publishNotice: t.boolean(publishFields.publishNotice),
    noticePeriodDays: t.int(publishFields.noticePeriodDays),
  }),
});
const CancelInput = builder.inputType("CancelProjectInput", { fields: (t) => ({ reason: t.string({ description: "Why (required; public once the project was approved)." }) }) });

type Run = (ctx: Parameters<typeof startProject>[0], id: string, input: unknown) => ReturnType<typeof startProject>;
type StepInput = typeof DeliberateInput | typeof ApproveInput | typeof StartInput | typeof CompleteInput | typeof EvaluateInput | typeof CancelInput;
const steps: [name: string, description: string, run: Run, input: StepInput, required: boolean][] = [
  ["submitProjectForDeliberation", "PROPOSED → DELIBERATING: the project goes before the deliberation committee as a topic of its community. Needs project:manage.", submitProjectForDeliberation, DeliberateInput, false],
  ["approveProject", "PROPOSED/DELIBERATING → APPROVED (立项), recording who approved, when, and the resolution or note; publishes the 立项公示. Needs project:approve.", approveProject, ApproveInput, true],
  ["startProject", "APPROVED → IN_PROGRESS; the project must have a lead. Needs project:manage.", startProject, StartInput, false],
  ["completeProject", "IN_PROGRESS → COMPLETED once every milestone is reached; opens the residents' survey and publishes the 结项公示. Needs project:manage.", completeProject, CompleteInput, true],
  ["evaluateProject", "COMPLETED → EVALUATED: the committee's score and comments (评议); closes the survey and publishes the results. Needs project:review.", evaluateProject, EvaluateInput, true],
  ["cancelProject", "Cancel an open project with a reason. Needs project:manage, or project:approve once it was approved.", cancelProject, CancelInput, true],
];

builder.mutationFields((t) => ({
  createProjectType: t.prismaField({
    type: "ProjectType",
    description: "Add a project type to a community. Needs project:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateProjectTypeInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectType", query, createProjectType(ctx, input)),
  }),
  updateProjectType: t.prismaField({
    type: "ProjectType",
    description: "Rename a project type or take it out of use. Needs project:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateProjectTypeInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "projectType", query, updateProjectType(ctx, String(id), input)),
  }),
  createProject: t.prismaField({
    type: "Project",
    description: "Propose a project (PROPOSED): from a resident's request, a deliberation topic, a need of the needs board, or by the community. Needs project:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: CreateProjectInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "project", query, createProject(ctx, input)),
  }),
  requestProject: t.prismaField({
    type: "Project",
    description:
      "群众点菜: a resident asks for a project through a residents' app (Authorization: Bearer + X-Act-As-Resident). The project is PROPOSED with origin RESIDENT_REQUEST and the resident as requester, for staff to describe, plan and take forward. Needs project:request.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: RequestProjectInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "project", query, requestProject(ctx, input)),
  }),
  updateProject: t.prismaField({
    type: "Project",
    description: "Change a project's details, lead, organization, area or planned dates while it is open. Needs project:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateProjectInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "project", query, updateProject(ctx, String(id), input)),
  }),
  linkCommunityNeedToProject: t.prismaField({
    type: "CommunityNeed",
    description: "Attach a need of the needs board (and its pledges) to an open project of the same community. Needs need:manage and project:manage.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id({ description: "The CommunityNeed." }), projectId: t.arg.id() },
    resolve: (query, _r, args, ctx) => reload(ctx, "communityNeed", query, linkCommunityNeedToProject(ctx, String(args.id), String(args.projectId))),
  }),
  ...Object.fromEntries(
    steps.map(([name, description, run, input, required]) => [
      name,
      t.prismaField({
        type: "Project",
        description,
        authScopes: { loggedIn: true },
        errors: {},
        args: { id: t.arg.id(), input: required ? t.arg({ type: input, required: true }) : t.arg({ type: input, required: false }) },
        resolve: (query, _r, args, ctx) => reload(ctx, "project", query, run(ctx, String(args.id), args.input ?? {})),
      }),
    ]),
  ),
}));
