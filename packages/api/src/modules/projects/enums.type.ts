// The projects module's enums in the contract.
import { builder } from "../../builder.js";
import { toggleStepValues } from "../../shared/steps.js";

export const ProjectStatusEnum = builder.enumType("ProjectStatus", {
  description:
    "PROPOSED → DELIBERATING (a topic is linked) → APPROVED (by a resolution or an approval record) → IN_PROGRESS → COMPLETED → EVALUATED; CANCELLED with a reason from any of the first four.",
  values: {
    PROPOSED: { description: "已提出" },
    DELIBERATING: { description: "协商中: the linked topic is before the deliberation committee" },
    APPROVED: { description: "已立项: approved; public from here on" },
    IN_PROGRESS: { description: "实施中" },
    COMPLETED: { description: "已完成: residents' satisfaction survey is open" },
    EVALUATED: { description: "已评议: the committee scored it; the survey is closed" },
    CANCELLED: { description: "已取消 (see cancelReason)" },
  },
});

export const ProjectStepEnum = builder.enumType("ProjectStep", {
  description: "A lifecycle step (see Project.allowedSteps and the mutation named after it).",
  values: {
    DELIBERATE: { description: "submitProjectForDeliberation: PROPOSED → DELIBERATING" },
    APPROVE: { description: "approveProject: PROPOSED/DELIBERATING → APPROVED" },
    START: { description: "startProject: APPROVED → IN_PROGRESS (needs a lead)" },
    COMPLETE: { description: "completeProject: IN_PROGRESS → COMPLETED (every milestone reached)" },
    EVALUATE: { description: "evaluateProject: COMPLETED → EVALUATED" },
    CANCEL: { description: "cancelProject: from any open status" },
  },
});

export const ProjectOriginEnum = builder.enumType("ProjectOrigin", {
  description: "Where a project comes from (群众点菜).",
  values: {
    RESIDENT_REQUEST: { description: "居民点单: a resident's request (requestText, requester)" },
    TOPIC: { description: "议题转化: a deliberation topic (topic)" },
    NEED: { description: "管家计划: a need of the community's needs board (needs)" },
    COMMUNITY: { description: "社区(两委)提出" },
  },
});

export const ProjectEventKindEnum = builder.enumType("ProjectEventKind", {
  values: {
    CREATED: { description: "提出" },
    TRANSITION: { description: "A status change (fromStatus → toStatus)" },
    DETAILS_CHANGED: { description: "Title, description, lead, organization, area or dates changed" },
    NEED_LINKED: { description: "A need of the needs board was attached" },
    MILESTONE_ADDED: { description: "A milestone was planned" },
    MILESTONE_REACHED: { description: "A milestone was reached" },
    PROGRESS_UPDATE: { description: "A progress update was posted" },
    BUDGET_CHANGED: { description: "A budget line was added or changed" },
    EXPENSE: { description: "An expense was recorded" },
    EXPENSE_CHANGED: { description: "An expense was corrected before completion" },
    EXPENSE_REVERSED: { description: "An expense was reversed (冲销)" },
    SPONSORSHIP_PLEDGED: { description: "A sponsor pledged support" },
    SPONSORSHIP_RECEIVED: { description: "A pledge arrived" },
    SPONSORSHIP_WITHDRAWN: { description: "A pledge was withdrawn" },
    BENEFICIARIES_SET: { description: "惠及人数 recorded" },
  },
});

export const ProjectTaskStatusEnum = builder.enumType("ProjectTaskStatus", {
  values: { TODO: { description: "待办" }, DOING: { description: "进行中" }, DONE: { description: "已完成" } },
});

export const ProjectFileKindEnum = builder.enumType("ProjectFileKind", {
  values: {
    PHOTO: { description: "照片: JPEG, PNG or WebP, at most 5 MB" },
    RECEIPT: { description: "票据: JPEG, PNG, WebP or PDF, at most 10 MB" },
  },
});

export const FundingSourceEnum = builder.enumType("FundingSource", {
  values: {
    FISCAL: { description: "财政" },
    AWARD_SUBSIDY: { description: "以奖代补" },
    CHARITY: { description: "慈善" },
    DONATION: { description: "社会捐赠" },
    SELF_RAISED: { description: "自筹" },
  },
});

export const BudgetWarningEnum = builder.enumType("BudgetWarning", {
  description: "Spending against a budget.",
  values: {
    OK: { description: "Under 90% of the budget spent" },
    NEARLY_SPENT: { description: "90% or more of the budget spent" },
    OVERSPENT: { description: "超支: more spent than budgeted (for a project: overall, or on any line)" },
  },
});

export const BeneficiaryGroupEnum = builder.enumType("BeneficiaryGroup", {
  values: { ELDERLY: { description: "老人" }, CHILDREN: { description: "儿童" }, DISADVANTAGED: { description: "困境家庭" }, OTHER: { description: "其他" } },
});

export const CommunityNeedStatusEnum = builder.enumType("CommunityNeedStatus", {
  description: "OPEN → CLAIMED (a pledge is active) → FULFILLED; CLOSED with a reason. Withdrawing the last active pledge reopens a CLAIMED need.",
  values: {
    OPEN: { description: "待认领" },
    CLAIMED: { description: "已认领" },
    FULFILLED: { description: "已落实" },
    CLOSED: { description: "已关闭 (see closeReason)" },
  },
});

export const AllianceUnitKindEnum = builder.enumType("AllianceUnitKind", {
  values: { COMPANY: { description: "企业" }, AGENCY: { description: "机关事业单位" }, SCHOOL: { description: "学校" }, OTHER: { description: "其他" } },
});

export const SponsorshipKindEnum = builder.enumType("SponsorshipKind", {
  values: { MONEY: { description: "资金, in fen" }, IN_KIND: { description: "实物或服务 (described in inKind)" } },
});

export const SponsorshipStatusEnum = builder.enumType("SponsorshipStatus", {
  values: { PLEDGED: { description: "已认捐" }, RECEIVED: { description: "已到位" }, WITHDRAWN: { description: "已撤回" } },
});

export const SponsorTypeEnum = builder.enumType("SponsorType", {
  values: { ALLIANCE_UNIT: { description: "共建单位" }, SOCIAL_ORGANIZATION: { description: "社会组织" } },
});

export const ProjectWorkEnum = builder.enumType("ProjectWork", {
  description: "Work a project allows now besides its lifecycle steps (see Project.allowedWork).",
  values: {
    EDIT: { description: "updateProject (details, lead, area, dates): open projects, project:manage" },
    PLAN: { description: "Milestones and tasks: open projects, project:manage or the lead" },
    BUDGET: { description: "Budget lines: open projects, project:manage" },
    POST_UPDATE: { description: "postProjectUpdate: approved or running, project:report or the lead" },
    UPLOAD: { description: "uploadProjectFile: until cancelled, project:report or the lead" },
    RECORD_EXPENSE: { description: "recordProjectExpense: approved to completed, project:report or the lead" },
    SET_BENEFICIARIES: { description: "setProjectBeneficiaries: until evaluated (not cancelled), project:manage or the lead" },
    PLEDGE: { description: "pledgeSponsorship for the project: open projects, sponsorship:record" },
    ANSWER_SURVEY: { description: "answerProjectSurvey: completed projects, project:evaluate" },
  },
});

export const ProjectMilestoneStepEnum = builder.enumType("ProjectMilestoneStep", {
  description: "A step a milestone allows now (see ProjectMilestone.allowedSteps).",
  values: {
    EDIT: { description: "updateProjectMilestone: not reached, the project open; project:manage or the lead" },
    REACH: { description: "reachProjectMilestone: not reached, the project approved or running; project:report or the lead" },
  },
});

export const ProjectExpenseStepEnum = builder.enumType("ProjectExpenseStep", {
  description: "A step an expense allows now (see ProjectExpense.allowedSteps).",
  values: {
    EDIT: { description: "updateProjectExpense: not a reversal, not reversed, before completion; project:report or the lead" },
    REVERSE: { description: "reverseProjectExpense (冲销): not a reversal, not reversed; project:report or the lead" },
  },
});

export const CommunityNeedStepEnum = builder.enumType("CommunityNeedStep", {
  description: "A step a need allows now (see CommunityNeed.allowedSteps).",
  values: {
    EDIT: { description: "updateCommunityNeed: OPEN or CLAIMED; need:manage" },
    PLEDGE: { description: "pledgeSponsorship for the need: OPEN or CLAIMED (its project open); sponsorship:record" },
    FULFIL: { description: "fulfillCommunityNeed: CLAIMED with a pledge arrived; need:manage" },
    LINK: { description: "linkCommunityNeedToProject: not closed, no project yet; need:manage and project:manage" },
    CLOSE: { description: "closeCommunityNeed: not closed; need:manage" },
  },
});

export const SponsorshipStepEnum = builder.enumType("SponsorshipStep", {
  description: "A step a pledge allows now (see Sponsorship.allowedSteps).",
  values: {
    RECEIVE: { description: "recordSponsorshipReceived: PLEDGED; sponsorship:record" },
    WITHDRAW: { description: "withdrawSponsorship: PLEDGED; sponsorship:record" },
  },
});

export const ProjectTypeStepEnum = builder.enumType("ProjectTypeStep", {
  description: "A step a project type allows now (see ProjectType.allowedSteps).",
  values: toggleStepValues("updateProjectType", "project:manage"),
});

export const AllianceUnitStepEnum = builder.enumType("AllianceUnitStep", {
  description: "A step an alliance unit allows now (see AllianceUnit.allowedSteps); the action is held where the unit is registered (its community, or its street).",
  values: toggleStepValues("updateAllianceUnit", "allianceUnit:manage"),
});
