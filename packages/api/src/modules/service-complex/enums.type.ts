// The service complex's enums and shared object types in the contract.
import { builder } from "../../builder.js";
import { toggleStepValues } from "../../shared/steps.js";

export const ServiceWindowKindEnum = builder.enumType("ServiceWindowKind", {
  description: "The kind of a service window; catalog items name the kind of window that handles them.",
  values: {
    PARTY_SERVICE: { description: "党群服务" },
    CIVIL_AFFAIRS: { description: "民政救助" },
    SOCIAL_SECURITY: { description: "社会保障" },
    FAMILY_PLANNING: { description: "计生服务" },
    COMPREHENSIVE_GOVERNANCE: { description: "综合治理" },
    MEDIATION: { description: "人民调解" },
    PROXY_SERVICE: { description: "帮办代办" },
    GENERAL: { description: "综合受理" },
  },
});

export const ServiceRoomKindEnum = builder.enumType("ServiceRoomKind", {
  values: {
    MEETING: { description: "会议室" },
    DELIBERATION: { description: "议事厅" },
    ACTIVITY: { description: "活动室" },
    READING: { description: "阅览室/农家书屋" },
    TRAINING: { description: "培训室/农民夜校" },
    OTHER: { description: "其他功能室" },
  },
});

export const ServiceItemCategoryEnum = builder.enumType("ServiceItemCategory", {
  values: { BASIC: { description: "基本公共服务" }, ENHANCED: { description: "增益性服务" }, CONVENIENCE: { description: "便民服务" } },
});

export const ServiceTicketChannelEnum = builder.enumType("ServiceTicketChannel", {
  values: {
    WINDOW: { description: "窗口办理: opened by a clerk at a window" },
    ONLINE: { description: "网上办理: submitted by an app (API client) acting for the resident" },
    PROXY: { description: "代办: opened by a clerk or grid worker for a resident who cannot come" },
  },
});

export const ServiceTicketStatusEnum = builder.enumType("ServiceTicketStatus", {
  description: "SUBMITTED → ACCEPTED → COMPLETED; or RETURNED (materials missing; resubmitted → SUBMITTED), TRANSFERRED (closed when the department's reply is recorded) or REJECTED.",
  values: {
    SUBMITTED: { description: "已提交, waiting to be accepted" },
    ACCEPTED: { description: "已受理" },
    RETURNED: { description: "退回补正: materials are missing; the resident resubmits" },
    TRANSFERRED: { description: "已转办 to a named department; closed once its reply is recorded" },
    COMPLETED: { description: "已办结 (closed)" },
    REJECTED: { description: "不予办理, with a reason (closed)" },
  },
});

export const ServiceTicketDueStateEnum = builder.enumType("ServiceTicketDueState", {
  description: "Where a ticket stands against its promised deadline (dueAt), at the time of the request.",
  values: {
    ON_TRACK: { description: "Open, due later than the end of the next working day" },
    DUE_SOON: { description: "临期: open, due today or by the end of the next working day" },
    OVERDUE: { description: "超期: open and past dueAt" },
    AWAITING_MATERIALS: { description: "RETURNED: waiting for the resident's materials; the deadline is counted again on resubmission" },
    CLOSED_ON_TIME: { description: "Closed at or before dueAt" },
    CLOSED_LATE: { description: "Closed after dueAt" },
  },
});

export const RoomBookingStatusEnum = builder.enumType("RoomBookingStatus", {
  values: { CONFIRMED: { description: "已预约" }, CANCELLED: { description: "已取消" } },
});

export const ServiceVisitKindEnum = builder.enumType("ServiceVisitKind", {
  values: { VISIT: { description: "来访" }, OPINION: { description: "意见建议" }, COMPLAINT: { description: "投诉" }, CONSULTATION: { description: "咨询" } },
});
export const ServiceVisitChannelEnum = builder.enumType("ServiceVisitChannel", {
  values: { IN_PERSON: { description: "现场来访" }, PHONE: { description: "电话" }, ONLINE: { description: "网上/小程序" }, LETTER: { description: "信件/意见箱" } },
});
export const ServiceVisitStatusEnum = builder.enumType("ServiceVisitStatus", {
  description: "OPEN → ANSWERED → CLOSED.",
  values: { OPEN: { description: "待答复" }, ANSWERED: { description: "已答复" }, CLOSED: { description: "已办结" } },
});

export const RoomBookingStepEnum = builder.enumType("RoomBookingStep", {
  description: "A step a booking allows now (see RoomBooking.allowedSteps).",
  values: { CANCEL: { description: "cancelRoomBooking: a confirmed booking that has not ended" } },
});

export const ServiceVisitStepEnum = builder.enumType("ServiceVisitStep", {
  description: "A step a ledger entry allows now (see ServiceVisit.allowedSteps).",
  values: {
    ANSWER: { description: "answerServiceVisit: OPEN → ANSWERED" },
    CLOSE: { description: "closeServiceVisit: ANSWERED → CLOSED" },
    TO_TOPIC: { description: "turnServiceVisitIntoTopic: once per entry (needs topic:propose too)" },
  },
});

export const ServiceRoomStepEnum = builder.enumType("ServiceRoomStep", {
  description: "A step a room allows now (see ServiceRoom.allowedSteps).",
  values: toggleStepValues("updateServiceRoom", "service:manage"),
});

export const ServiceWindowStepEnum = builder.enumType("ServiceWindowStep", {
  description: "A step a service window allows now (see ServiceWindow.allowedSteps).",
  values: {
    ...toggleStepValues("updateServiceWindow", "service:manage"),
    SET_CLERKS: { description: "setServiceWindowClerks (who staffs the window): open or closed, with service:manage" },
  },
});

export const ServiceItemStepEnum = builder.enumType("ServiceItemStep", {
  description: "A step a district template item allows now (see ServiceItem.allowedSteps); the action is held on the district.",
  values: toggleStepValues("updateServiceItem", "catalog:manageTemplate"),
});

export const CommunityServiceItemStepEnum = builder.enumType("CommunityServiceItemStep", {
  description: "A step a community's catalog entry allows now (see CommunityServiceItem.allowedSteps).",
  values: {
    ...toggleStepValues("updateCommunityServiceItem", "service:manage"),
    ACTIVATE: { description: "updateCommunityServiceItem with active: true (启用): while the community's flag is off and the district's template item (if any) is in force, with service:manage" },
  },
});
