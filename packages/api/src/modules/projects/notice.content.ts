// The snapshots published as notices (公示) at approval, completion and evaluation: built from the
// project's public facts only (no requester, no phones, no internal notes).
import type { Db } from "../../shared/service.js";
import { budgetSummary, isoDay } from "./rules.js";
import { yuan } from "../../shared/money.js";
import { chinaDay } from "../../shared/chinaTime.js";

export type ProjectNoticeStage = "APPROVAL" | "COMPLETION" | "EVALUATION";

const SOURCE_LABEL = { FISCAL: "财政", AWARD_SUBSIDY: "以奖代补", CHARITY: "慈善", DONATION: "社会捐赠", SELF_RAISED: "自筹" } as const;
const GROUP_LABEL = { ELDERLY: "老人", CHILDREN: "儿童", DISADVANTAGED: "困境家庭", OTHER: "其他" } as const;
const ORIGIN_LABEL = { RESIDENT_REQUEST: "居民点单", TOPIC: "议事议题", NEED: "管家计划需求", COMMUNITY: "社区提出" } as const;

async function load(db: Db, projectId: string) {
  return db.project.findUniqueOrThrow({
    where: { id: projectId },
    include: {
      type: { select: { name: true } },
      lead: { select: { displayName: true } },
      organization: { select: { name: true } },
      grids: { select: { grid: { select: { name: true } } } },
      resolution: { select: { text: true } },
      topic: { select: { title: true } },
      budgetLines: { orderBy: { createdAt: "asc" } },
      expenses: { select: { budgetLineId: true, amountFen: true } },
      milestones: { orderBy: { plannedEndOn: "asc" } },
      beneficiaries: { orderBy: { group: "asc" } },
      sponsorships: { where: { status: { not: "WITHDRAWN" } }, orderBy: { createdAt: "asc" } },
      surveyResponses: { select: { score: true } },
    },
  });
}

/** Title and content of a project's notice at `stage`, as of now. */
export async function projectNotice(db: Db, projectId: string, stage: ProjectNoticeStage) {
  const p = await load(db, projectId);
  const area = p.grids.length ? p.grids.map((g) => g.grid.name).join("、") : "全社区";
  const money = budgetSummary(p.budgetLines, p.expenses);
  const lines = [`项目：${p.title}（${p.type.name}）`];
  if (stage === "APPROVAL") {
    lines.push(`来源：${ORIGIN_LABEL[p.origin]}${p.topic ? `「${p.topic.title}」` : ""}`);
    lines.push(`内容：${p.description}`);
    lines.push(`实施范围：${area}`);
    if (p.lead) lines.push(`项目负责人：${p.lead.displayName}`);
    if (p.organization) lines.push(`承办组织：${p.organization.name}`);
    if (p.plannedStartOn || p.plannedEndOn) lines.push(`计划时间：${p.plannedStartOn ? isoDay(p.plannedStartOn) : "—"} 至 ${p.plannedEndOn ? isoDay(p.plannedEndOn) : "—"}`);
    lines.push(p.resolution ? `立项依据：议事决议「${p.resolution.text}」` : `审批意见：${p.approvalNote ?? ""}`);
    lines.push(`预算合计：${yuan(money.budgetFen)}`);
    for (const l of p.budgetLines) lines.push(`· ${l.name}（${SOURCE_LABEL[l.source]}）：${yuan(l.amountFen)}`);
    for (const m of p.milestones) lines.push(`里程碑：${m.title}，计划${isoDay(m.plannedEndOn)}完成`);
  } else {
    if (p.completedAt) lines.push(`完成时间：${chinaDay(p.completedAt)}`);
    if (p.completionSummary) lines.push(`完成情况：${p.completionSummary}`);
    lines.push(`预算${yuan(money.budgetFen)}，实际支出${yuan(money.spentFen)}${money.overspent ? "（超支）" : ""}`);
    for (const f of money.byLine) {
      const l = p.budgetLines.find((x) => x.id === f.lineId)!;
      lines.push(`· ${l.name}（${SOURCE_LABEL[l.source]}）：预算${yuan(f.budgetFen)}，支出${yuan(f.spentFen)}`);
    }
    const received = p.sponsorships.filter((s) => s.status === "RECEIVED");
    for (const s of received) lines.push(`资助：${s.sponsorName} ${s.kind === "MONEY" ? yuan(s.receivedFen ?? 0) : (s.inKind ?? "实物/服务")}`);
    const total = p.beneficiaries.reduce((n, b) => n + b.count, 0);
    if (total > 0) lines.push(`惠及群众${total}人：${p.beneficiaries.filter((b) => b.count > 0).map((b) => `${GROUP_LABEL[b.group]}${b.count}人`).join("，")}`);
  }
  if (stage === "EVALUATION") {
    const n = p.surveyResponses.length;
    const avg = n ? p.surveyResponses.reduce((s, r) => s + r.score, 0) / n : null;
    lines.push(n ? `居民满意度：${n}人参评，平均${avg!.toFixed(2)}分（满分5分）` : "居民满意度：无人参评");
    lines.push(`评议委员会评分：${p.committeeScore ?? "—"}分（满分100分）`);
    if (p.committeeComment) lines.push(`评议意见：${p.committeeComment}`);
  }
  const title = { APPROVAL: "【项目立项公示】", COMPLETION: "【项目结项公示】", EVALUATION: "【项目评议结果公示】" }[stage] + p.title;
  return { title, content: lines.join("\n") };
}
