// zod models of the project inputs. A bad field is a UserError naming `input.<field>`.
import { z } from "zod";
import { day, fenAmount, gid, name, optionalGid, optionalText, positiveFen } from "../../shared/validation.js";

export const PROJECT_ORIGINS = ["RESIDENT_REQUEST", "TOPIC", "NEED", "COMMUNITY"] as const;
export const FUNDING_SOURCES = ["FISCAL", "AWARD_SUBSIDY", "CHARITY", "DONATION", "SELF_RAISED"] as const;
export const BENEFICIARY_GROUPS = ["ELDERLY", "CHILDREN", "DISADVANTAGED", "OTHER"] as const;
export const TASK_STATUSES = ["TODO", "DOING", "DONE"] as const;
export const ALLIANCE_UNIT_KINDS = ["COMPANY", "AGENCY", "SCHOOL", "OTHER"] as const;

/** Amounts (whole fen, 0 to ¥10,000,000,000; positiveFen more than 0) are shared/validation.ts's. */
export const percent = z.number().int("完成百分比须为整数 (an integer)").min(0, "完成百分比为0–100 (0 to 100)").max(100, "完成百分比为0–100 (0 to 100)");

const optionalDay = day.nullish();

const beforeOrSame = (a: Date | null | undefined, b: Date | null | undefined) => !a || !b || a.getTime() <= b.getTime();
const datesInOrder = (message: string, path: string) => ({ message, path: [path] });

export const projectTypeInput = z.object({ name: name(30), description: optionalText(500) });
export const projectTypeUpdate = projectTypeInput.partial().extend({ active: z.boolean().optional() });

const projectFields = {
  typeId: gid("ProjectType"),
  title: name(100),
  description: name(5000),
  leadAccountId: optionalGid("Account"),
  organizationId: optionalGid("SocialOrganization"),
  gridIds: z.array(gid("Grid")).max(50, "最多50个网格 (at most 50 grids)").optional(),
  plannedStartOn: optionalDay,
  plannedEndOn: optionalDay,
  internalNote: optionalText(2000),
};

export const projectInput = z
  .object({
    ...projectFields,
    origin: z.enum(PROJECT_ORIGINS),
    requestText: optionalText(2000),
    requesterResidentId: optionalGid("Resident"),
    topicId: optionalGid("Topic"),
    needId: optionalGid("CommunityNeed"),
  })
  .refine((p) => beforeOrSame(p.plannedStartOn, p.plannedEndOn), datesInOrder("计划结束日期不能早于开始日期 (plannedEndOn is before plannedStartOn)", "plannedEndOn"))
  .superRefine((p, ctx) => {
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message, params: { required: true } });
    };
    if (p.origin === "RESIDENT_REQUEST") {
      need(p.requestText, "requestText", "居民点单须填写需求内容 (requestText is required for a resident's request)");
      need(p.requesterResidentId, "requesterResidentId", "居民点单须指明提出需求的居民 (requesterResidentId is required)");
    }
    if (p.origin === "TOPIC") need(p.topicId, "topicId", "议题转化的项目须关联议题 (topicId is required)");
    if (p.origin === "NEED") need(p.needId, "needId", "管家计划项目须关联需求 (needId is required)");
  });

/** 群众点菜 through a residents' app: the type, a short title and the request in the resident's words. */
export const projectRequestInput = z.object({ typeId: gid("ProjectType"), title: name(100), requestText: name(2000) });

export const projectUpdate = z
  .object(projectFields)
  .partial()
  .refine((p) => beforeOrSame(p.plannedStartOn, p.plannedEndOn), datesInOrder("计划结束日期不能早于开始日期 (plannedEndOn is before plannedStartOn)", "plannedEndOn"));

const publish = { publishNotice: z.boolean().nullish(), noticePeriodDays: z.number().nullish() };
export const deliberateInput = z.object({ topicId: optionalGid("Topic"), note: optionalText(1000) });
export const approveInput = z.object({ resolutionId: optionalGid("Resolution"), note: optionalText(2000), ...publish });
export const startInput = z.object({ note: optionalText(1000) });
export const completeInput = z.object({ summary: name(5000), ...publish });
export const evaluateInput = z.object({
  committeeScore: z.number().int("评分须为整数 (an integer)").min(0, "评分为0–100 (0 to 100)").max(100, "评分为0–100 (0 to 100)"),
  committeeComment: name(2000),
  ...publish,
});
export const cancelInput = z.object({ reason: name(1000) });

export const milestoneInput = z
  .object({ title: name(100), description: optionalText(1000), plannedStartOn: optionalDay, plannedEndOn: day })
  .refine((m) => beforeOrSame(m.plannedStartOn, m.plannedEndOn), datesInOrder("计划完成日期不能早于计划开始日期 (plannedEndOn is before plannedStartOn)", "plannedEndOn"));
export const milestoneUpdate = z.object({ title: name(100), description: optionalText(1000), plannedStartOn: optionalDay, plannedEndOn: day }).partial();
export const reachMilestoneInput = z.object({ completedOn: day, note: optionalText(1000) });

export const taskInput = z.object({
  title: name(100),
  milestoneId: optionalGid("ProjectMilestone"),
  ownerAccountId: optionalGid("Account"),
  ownerName: optionalText(40),
  dueOn: optionalDay,
});
export const taskUpdate = taskInput.partial().extend({ status: z.enum(TASK_STATUSES).optional() });

export const updateInput = z.object({
  text: name(5000),
  percentComplete: percent,
  photoIds: z.array(gid("ProjectFile")).max(9, "每次最多9张照片 (at most 9 photos)").default([]),
});

export const budgetLineInput = z.object({ source: z.enum(FUNDING_SOURCES), name: name(60), amountFen: fenAmount, note: optionalText(500) });
export const budgetLineUpdate = budgetLineInput.partial();

export const expenseInput = z.object({
  budgetLineId: gid("ProjectBudgetLine"),
  spentOn: day,
  payee: name(100),
  amountFen: positiveFen,
  description: name(500),
  receiptFileId: optionalGid("ProjectFile"),
});
export const expenseUpdate = expenseInput.partial();
export const reverseInput = z.object({ reason: name(500) });

export const beneficiariesInput = z.object({
  groups: z
    .array(z.object({ group: z.enum(BENEFICIARY_GROUPS), count: z.number().int("人数须为整数").min(0, "人数不能为负数 (must not be negative)").max(10_000_000), note: optionalText(200) }))
    .max(BENEFICIARY_GROUPS.length)
    .superRefine((groups, ctx) => {
      groups.forEach((g, i) => {
        if (groups.findIndex((h) => h.group === g.group) < i) ctx.addIssue({ code: "custom", path: [i, "group"], message: "同一人群只能填写一次 (each group once)" });
      });
    }),
});

export const surveyInput = z.object({
  score: z.number().int("评分须为整数").min(1, "满意度为1–5 (1 to 5)").max(5, "满意度为1–5 (1 to 5)"),
  comment: optionalText(500),
  residentId: optionalGid("Resident"),
});

export const needInput = z.object({ title: name(100), description: name(2000), estimatedFen: fenAmount.nullish() });
export const needUpdate = needInput.partial();

const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, "电话号码格式不正确 (not a valid phone number)")
  .nullish()
  .or(z.literal("").transform(() => null));
export const allianceUnitInput = z.object({
  name: name(80),
  kind: z.enum(ALLIANCE_UNIT_KINDS),
  contactName: optionalText(40),
  contactPhone: phone,
  address: optionalText(200),
  description: optionalText(1000),
});
export const allianceUnitUpdate = allianceUnitInput.partial().extend({ active: z.boolean().optional() });

export const pledgeInput = z
  .object({
    needId: optionalGid("CommunityNeed"),
    projectId: optionalGid("Project"),
    allianceUnitId: optionalGid("AllianceUnit"),
    organizationId: optionalGid("SocialOrganization"),
    kind: z.enum(["MONEY", "IN_KIND"]),
    pledgedFen: positiveFen.nullish(),
    inKind: optionalText(500),
    pledgedOn: day,
    note: optionalText(500),
  })
  .superRefine((p, ctx) => {
    const need = (ok: unknown, path: string, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", path: [path], message, params: { required: true } });
    };
    need(p.needId || p.projectId, "needId", "请指明认领的需求或资助的项目 (needId or projectId)");
    need(p.allianceUnitId || p.organizationId, "allianceUnitId", "请指明共建单位或社会组织 (allianceUnitId or organizationId)");
    if (p.allianceUnitId && p.organizationId) ctx.addIssue({ code: "custom", path: ["organizationId"], message: "资助方只能是一个 (one sponsor: a unit or an organization)" });
    if (p.kind === "MONEY") need(p.pledgedFen, "pledgedFen", "资金认捐须填写金额 (pledgedFen is required for MONEY)");
    if (p.kind === "IN_KIND") need(p.inKind, "inKind", "实物/服务认捐须填写内容 (inKind is required for IN_KIND)");
  });
export const receiveInput = z.object({ receivedFen: positiveFen.nullish(), receivedOn: day, note: optionalText(500) });
export const withdrawInput = z.object({ reason: name(500) });
export const closeNeedInput = z.object({ reason: name(500) });
