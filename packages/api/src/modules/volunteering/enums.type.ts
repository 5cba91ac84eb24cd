// The volunteering enums in the contract.
import { builder } from "../../builder.js";
import { toggleStepValues } from "../../shared/steps.js";

export const VolunteerCommitteeRoleEnum = builder.enumType("VolunteerCommitteeRole", {
  values: { DIRECTOR: { description: "主任 (one at a time)" }, DEPUTY_DIRECTOR: { description: "副主任" }, SECRETARY: { description: "秘书" }, MEMBER: { description: "委员" } },
});

export const VolunteerTeamKindEnum = builder.enumType("VolunteerTeamKind", {
  values: {
    CULTURE: { description: "文艺: 山歌队, 舞蹈队" },
    SPORTS: { description: "体育: 篮球队" },
    MEDICAL: { description: "医疗: 村医, 义诊" },
    PARTY: { description: "党员义工队" },
    FAMILY: { description: "亲子义工队" },
    ENVIRONMENT: { description: "环境卫生, 创文" },
    SAFETY: { description: "治安巡逻, 消防" },
    ELDERLY: { description: "助老" },
    OTHER: { description: "其他" },
  },
});

export const VolunteerTeamRoleEnum = builder.enumType("VolunteerTeamRole", {
  values: { LEADER: { description: "队长 (one at a time)" }, DEPUTY_LEADER: { description: "副队长" }, MEMBER: { description: "队员" } },
});

export const VolunteerKindEnum = builder.enumType("VolunteerKind", {
  values: {
    RESIDENT: { description: "本社区居民" },
    DUAL_REGISTERED: { description: "双报到: an in-work party member living in another community (homeCommunity), serving here" },
  },
});

export const VolunteerActivityStatusEnum = builder.enumType("VolunteerActivityStatus", {
  values: {
    DRAFT: { description: "草稿: not shown to residents" },
    PUBLISHED: { description: "已发布: open for sign-up until it ends" },
    CANCELLED: { description: "已取消 (see cancelReason)" },
  },
});

export const VolunteerActivityPhaseEnum = builder.enumType("VolunteerActivityPhase", {
  description: "Where a published activity stands in time, now.",
  values: { UPCOMING: { description: "未开始" }, ONGOING: { description: "进行中" }, ENDED: { description: "已结束" } },
});

export const VolunteerSignUpStatusEnum = builder.enumType("VolunteerSignUpStatus", {
  values: {
    CONFIRMED: { description: "已报名: has a place" },
    WAITLISTED: { description: "候补: the activity was full; the first waiting gets a place when someone cancels" },
    CANCELLED: { description: "已取消" },
  },
});

export const VolunteerHoursStatusEnum = builder.enumType("VolunteerHoursStatus", {
  description: "NONE until check-out (hours without a check-out are not paid), then PENDING until the coordinator approves (points are granted) or rejects.",
  values: {
    NONE: { description: "未签退: nothing to verify" },
    PENDING: { description: "待审核" },
    APPROVED: { description: "已核定: verifiedMinutes count, points granted" },
    REJECTED: { description: "不予核定" },
  },
});

export const CheckMethodEnum = builder.enumType("VolunteerCheckMethod", {
  values: { QR_CODE: { description: "扫码: the volunteer's app scanned the activity's code" }, STAFF: { description: "工作人员代签" } },
});

export const VolunteerCommitteeMemberStepEnum = builder.enumType("VolunteerCommitteeMemberStep", {
  description: "A step a committee membership allows now (see VolunteerCommitteeMember.allowedSteps).",
  values: { END: { description: "endVolunteerCommitteeMembership: not yet left" } },
});

export const VolunteerTeamMemberStepEnum = builder.enumType("VolunteerTeamMemberStep", {
  description: "A step a team membership allows now (see VolunteerTeamMember.allowedSteps).",
  values: { REMOVE: { description: "removeVolunteerTeamMember: not yet left the team" } },
});

export const VolunteerTeamStepEnum = builder.enumType("VolunteerTeamStep", {
  description: "A step a volunteer team allows now (see VolunteerTeam.allowedSteps).",
  values: {
    ...toggleStepValues("updateVolunteerTeam", "volunteer:manage"),
    SET_MEMBER: { description: "setVolunteerTeamMember (put a volunteer in the team, or change their role): while the team is active, with volunteer:manage" },
  },
});

export const VolunteerStepEnum = builder.enumType("VolunteerStep", {
  description: "A step a volunteer's record allows now (see Volunteer.allowedSteps).",
  values: {
    ...toggleStepValues("updateVolunteer", "volunteer:manage"),
    EDIT: { description: "updateVolunteer (its fields): staff with volunteer:manage; an app acting for the volunteer's resident (skills, work unit) with activity:signUp" },
  },
});

export const VolunteerActivityStepEnum = builder.enumType("VolunteerActivityStep", {
  description: "A step an activity allows now (see VolunteerActivity.allowedSteps).",
  values: {
    EDIT: { description: "updateVolunteerActivity: not cancelled (times only until someone checks in)" },
    PUBLISH: { description: "publishVolunteerActivity: DRAFT → PUBLISHED" },
    CANCEL: { description: "cancelVolunteerActivity: not cancelled, nobody checked in" },
    RESET_CODE: { description: "resetVolunteerActivityCheckInCode: not cancelled" },
    SIGN_UP: { description: "signUpForVolunteerActivity: PUBLISHED and not ended (staff sign a volunteer up; an app the resident it acts for)" },
  },
});

export const VolunteerSignUpStepEnum = builder.enumType("VolunteerSignUpStep", {
  description: "A step a sign-up allows now (see VolunteerSignUp.allowedSteps).",
  values: {
    CANCEL: { description: "cancelVolunteerSignUp: not cancelled, not checked in" },
    CHECK_IN: { description: "recordVolunteerCheckIn: a confirmed place on a published activity, not checked in (the time must fall in the activity's window)" },
    CHECK_OUT: { description: "recordVolunteerCheckOut: checked in, not out" },
    APPROVE_HOURS: { description: "approveVolunteerHours: hours PENDING" },
    ADJUST_HOURS: { description: "adjustVolunteerHours: hours PENDING" },
    REJECT_HOURS: { description: "rejectVolunteerHours: hours PENDING" },
  },
});
