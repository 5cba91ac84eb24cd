// Mutations for a project's plan and progress: milestones, tasks, beneficiaries, uploads, progress
// updates, and the residents' satisfaction survey. Thin: they call the services.
import { builder } from "../../builder.js";
import { reload } from "../../shared/reload.js";
import { FileScalar } from "../../shared/files/file.scalar.js";
import { BeneficiaryGroupEnum, ProjectFileKindEnum, ProjectTaskStatusEnum } from "./enums.type.js";
import { answerProjectSurvey } from "./evaluation.service.js";
import { addProjectMilestone, addProjectTask, reachProjectMilestone, setProjectBeneficiaries, updateProjectMilestone, updateProjectTask } from "./plan.service.js";
import { postProjectUpdate, uploadProjectFile } from "./progress.service.js";

const AddMilestoneInput = builder.inputType("AddProjectMilestoneInput", {
  fields: (t) => ({
    projectId: t.id(),
    title: t.string(),
    description: t.string({ required: false }),
    plannedStartOn: t.field({ type: "Date", required: false }),
    plannedEndOn: t.field({ type: "Date", description: "Planned to be reached by this day; not before plannedStartOn." }),
  }),
});
const UpdateMilestoneInput = builder.inputType("UpdateProjectMilestoneInput", {
  description: "Fields left out are not changed. A reached milestone is not changed.",
  fields: (t) => ({
    title: t.string({ required: false }),
    description: t.string({ required: false }),
    plannedStartOn: t.field({ type: "Date", required: false }),
    plannedEndOn: t.field({ type: "Date", required: false }),
  }),
});
const ReachMilestoneInput = builder.inputType("ReachProjectMilestoneInput", {
  fields: (t) => ({ completedOn: t.field({ type: "Date", description: "The day it was reached: not in the future, not before plannedStartOn." }), note: t.string({ required: false }) }),
});
const AddTaskInput = builder.inputType("AddProjectTaskInput", {
  description: "Give ownerAccountId (an account with a role in the community) or ownerName (a person without an account), or both.",
  fields: (t) => ({
    projectId: t.id(),
    title: t.string(),
    milestoneId: t.id({ required: false, description: "A milestone of the same project." }),
    ownerAccountId: t.id({ required: false }),
    ownerName: t.string({ required: false, description: "Defaults to the owner account's display name." }),
    dueOn: t.field({ type: "Date", required: false }),
  }),
});
const UpdateTaskInput = builder.inputType("UpdateProjectTaskInput", {
  description: "Fields left out are not changed.",
  fields: (t) => ({
    title: t.string({ required: false }),
    milestoneId: t.id({ required: false }),
    ownerAccountId: t.id({ required: false }),
    ownerName: t.string({ required: false }),
    dueOn: t.field({ type: "Date", required: false }),
    status: t.field({ type: ProjectTaskStatusEnum, required: false }),
  }),
});
const BeneficiaryInput = builder.inputType("ProjectBeneficiaryInput", {
  fields: (t) => ({ group: t.field({ type: BeneficiaryGroupEnum }), count: t.int({ description: "0 or more." }), note: t.string({ required: false }) }),
});
const SetBeneficiariesInput = builder.inputType("SetProjectBeneficiariesInput", {
  description: "Sets the count of each group given (each group at most once); groups left out keep their counts.",
  fields: (t) => ({ projectId: t.id(), groups: t.field({ type: [BeneficiaryInput] }) }),
});
const UploadInput = builder.inputType("UploadProjectFileInput", {
  description:
    "Send the file as a multipart part bound to `file` (GraphQL multipart request spec), or its base64 in contentBase64. PHOTO: JPEG/PNG/WebP up to 5 MB; RECEIPT: also PDF, up to 10 MB. The type is checked from the bytes; the stored name is generated.",
  fields: (t) => ({
    projectId: t.id(),
    kind: t.field({ type: ProjectFileKindEnum }),
    file: t.field({ type: FileScalar, required: false }),
    contentBase64: t.string({ required: false, description: "The file's bytes, base64 (a data: URL prefix is allowed)." }),
    filename: t.string({ required: false, description: "The file's name, for display only." }),
  }),
});
const PostUpdateInput = builder.inputType("PostProjectUpdateInput", {
  fields: (t) => ({
    projectId: t.id(),
    text: t.string({ description: "What was done (public once the project is approved)." }),
    percentComplete: t.int({ description: "0–100; becomes the project's percentComplete." }),
    photoIds: t.idList({ required: false, description: "Up to 9 PHOTO files uploaded to this project and not yet used." }),
  }),
});
const SurveyInput = builder.inputType("AnswerProjectSurveyInput", {
  fields: (t) => ({
    projectId: t.id(),
    score: t.int({ description: "1 (很不满意) … 5 (非常满意)." }),
    comment: t.string({ required: false }),
    residentId: t.id({ required: false, description: "For staff recording a paper answer: the resident. Apps answer for the resident they act for." }),
  }),
});

builder.mutationFields((t) => ({
  addProjectMilestone: t.prismaField({
    type: "ProjectMilestone",
    description: "Plan a milestone while the project is open. Needs project:manage, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AddMilestoneInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectMilestone", query, addProjectMilestone(ctx, input)),
  }),
  updateProjectMilestone: t.prismaField({
    type: "ProjectMilestone",
    description: "Change a milestone not yet reached. Needs project:manage, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateMilestoneInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "projectMilestone", query, updateProjectMilestone(ctx, String(id), input)),
  }),
  reachProjectMilestone: t.prismaField({
    type: "ProjectMilestone",
    description: "Record that a milestone was reached (APPROVED or IN_PROGRESS). Needs project:report, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: ReachMilestoneInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "projectMilestone", query, reachProjectMilestone(ctx, String(id), input)),
  }),
  addProjectTask: t.prismaField({
    type: "ProjectTask",
    description: "Add a task with an owner. Needs project:manage, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: AddTaskInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectTask", query, addProjectTask(ctx, input)),
  }),
  updateProjectTask: t.prismaField({
    type: "ProjectTask",
    description: "Change a task, its owner or its status. Needs project:manage, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateTaskInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "projectTask", query, updateProjectTask(ctx, String(id), input)),
  }),
  setProjectBeneficiaries: t.prismaField({
    type: "Project",
    description: "Record 惠及人数 by group (until the project is evaluated). Needs project:manage, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: SetBeneficiariesInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "project", query, setProjectBeneficiaries(ctx, input)),
  }),
  uploadProjectFile: t.prismaField({
    type: "ProjectFile",
    description:
      "Upload a photo or a receipt to a project (not CANCELLED); then attach it with postProjectUpdate (photoIds) or recordProjectExpense (receiptFileId). Oversized or wrong-type files are refused (INVALID) and nothing is stored. Needs project:report, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: UploadInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectFile", query, uploadProjectFile(ctx, input)),
  }),
  postProjectUpdate: t.prismaField({
    type: "ProjectUpdate",
    description: "Post a progress update (APPROVED or IN_PROGRESS) with text, percent complete and photos. Needs project:report, or being the project's lead.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: PostUpdateInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectUpdate", query, postProjectUpdate(ctx, input)),
  }),
  answerProjectSurvey: t.prismaField({
    type: "ProjectSurveyResponse",
    description:
      "A resident's satisfaction (1–5, once per resident and project) while the project is COMPLETED: by an app acting for the resident (X-Act-As-Resident), or by an admin recording a paper answer (residentId). Needs project:evaluate.",
    authScopes: { loggedIn: true },
    errors: {},
    args: { input: t.arg({ type: SurveyInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "projectSurveyResponse", query, answerProjectSurvey(ctx, input)),
  }),
}));
