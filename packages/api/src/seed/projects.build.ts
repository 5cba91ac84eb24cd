// Writes one demo project (projects.data.ts) with everything it went through: its row as it is
// now, grids, budget lines, milestones, tasks, progress updates with photos, expenses with
// receipts and reversals, beneficiaries, pledges, survey answers, the timeline (ProjectEvent, in
// time order) and the notices of its approval, completion and evaluation, built by the API's own code.
import type { Prisma } from "../generated/prisma/client.js";
import { projectNotice, type ProjectNoticeStage } from "../modules/projects/notice.content.js";
import { yuan } from "../shared/money.js";
import { periodEnd } from "../modules/notices/notice.rules.js";
import type { Group, ProjectDef, Status } from "./projects.data.js";

type Tx = Prisma.TransactionClient;
type Kind = Prisma.ProjectEventCreateManyInput["kind"];
export interface StoredFile {
  storageKey: string;
  size: number;
  sha256: string;
  mimeType: string;
}

export interface SeedPlace {
  tx: Tx;
  communityId: string;
  at: (day: number, hm?: string) => Date;
  day: (n: number) => Date;
  typeId: (name: string) => string;
  lead: { id: string; displayName: string } | null;
  /** Who acts for the community on timelines (its admin, or its village committee). */
  staff: { id: string | null; name: string };
  adults: { id: string; name: string }[];
  grids: { id: string }[];
  orgs: { id: string; name: string }[];
  unit: (name: string) => { id: string; name: string };
  topicId: (title: string) => string | null;
  needId: (title: string) => string | null;
  photo: (rgb: [number, number, number]) => Promise<StoredFile>;
  receipt: () => Promise<StoredFile>;
}

const STEP_LABEL = { deliberate: "提交议事协商", approve: "批准立项", start: "开始实施", complete: "完成", evaluate: "评议", cancel: "取消" } as const;
const STEP_TO: Record<keyof typeof STEP_LABEL, Status> = { deliberate: "DELIBERATING", approve: "APPROVED", start: "IN_PROGRESS", complete: "COMPLETED", evaluate: "EVALUATED", cancel: "CANCELLED" };
const STATUS_LABEL: Record<Status, string> = { PROPOSED: "已提出", DELIBERATING: "协商中", APPROVED: "已立项", IN_PROGRESS: "实施中", COMPLETED: "已完成", EVALUATED: "已评议", CANCELLED: "已取消" };
const GROUP_LABEL: Record<Group, string> = { ELDERLY: "老人", CHILDREN: "儿童", DISADVANTAGED: "困境家庭", OTHER: "其他" };
const SOURCE_LABEL = { FISCAL: "财政", AWARD_SUBSIDY: "以奖代补", CHARITY: "慈善", DONATION: "社会捐赠", SELF_RAISED: "自筹" } as const;
const ORIGIN_LABEL = { RESIDENT_REQUEST: "居民点单", TOPIC: "议题转化", NEED: "管家计划需求", COMMUNITY: "社区提出" } as const;
const uuid = () => crypto.randomUUID();
const fen = (y: number) => Math.round(y * 100);

export async function buildProject(s: SeedPlace, d: ProjectDef) {
  const { tx } = s;
  const id = uuid();
  const steps = (Object.keys(STEP_LABEL) as (keyof typeof STEP_LABEL)[]).filter((k) => d.days[k] !== undefined).map((k) => ({ k, when: s.at(d.days[k]!, "10:00") }));
  const statusAt = (t: Date): Status => steps.filter((x) => x.when <= t).reduce<Status>((_st, x) => STEP_TO[x.k], "PROPOSED");
  const when = (k: keyof typeof STEP_LABEL) => steps.find((x) => x.k === k)?.when ?? null;
  const leadName = s.lead?.displayName ?? s.staff.name;
  const base = { communityId: s.communityId, projectId: id };
  const events: Prisma.ProjectEventCreateManyInput[] = [];
  const event = (kind: Kind, at: Date, summary: string, extra: Partial<Prisma.ProjectEventCreateManyInput> = {}, actor = s.staff) =>
    events.push({ ...base, kind, toStatus: statusAt(at), summary, actorName: actor.name, actorAccountId: actor.id, createdAt: at, ...extra });
  const byLead = { id: s.lead?.id ?? null, name: leadName };

  const org = d.organizations.map((n) => s.orgs.find((o) => o.name.endsWith(n))).find(Boolean) ?? null;
  const requester = d.origin === "RESIDENT_REQUEST" ? (s.adults[4] ?? s.adults[0] ?? null) : null;
  const topicId = d.topicTitle ? s.topicId(d.topicTitle) : null;
  const percent = ["COMPLETED", "EVALUATED"].includes(d.status) ? 100 : (d.updates.at(-1)?.[1] ?? 0);
  const created = s.at(d.days.created, "09:30");
  await tx.project.create({
    data: {
      id,
      communityId: s.communityId,
      typeId: s.typeId(d.type),
      title: d.title,
      description: d.description,
      status: d.status,
      origin: requester || d.origin !== "RESIDENT_REQUEST" ? d.origin : "COMMUNITY",
      requestText: requester ? (d.requestText ?? null) : null,
      requesterResidentId: requester?.id ?? null,
      topicId,
      leadAccountId: s.lead?.id ?? null,
      organizationId: org?.id ?? null,
      plannedStartOn: s.day(d.planned[0]),
      plannedEndOn: s.day(d.planned[1]),
      percentComplete: percent,
      approvedAt: when("approve"),
      approvedByName: when("approve") ? s.staff.name : null,
      approvedByAccountId: when("approve") ? s.staff.id : null,
      approvalNote: d.approvalNote ?? null,
      startedAt: when("start"),
      completedAt: when("complete"),
      completionSummary: d.completionSummary ?? null,
      evaluatedAt: when("evaluate"),
      committeeScore: d.committee?.[0] ?? null,
      committeeComment: d.committee?.[1] ?? null,
      evaluatedByName: d.committee ? s.staff.name : null,
      cancelledAt: when("cancel"),
      cancelReason: d.cancelReason ?? null,
      createdByAccountId: s.staff.id,
      createdAt: created,
      grids: { create: s.grids.slice(0, d.grids).map((g) => ({ gridId: g.id, communityId: s.communityId })) },
    },
  });
  event("CREATED", created, `提出项目「${d.title}」（${ORIGIN_LABEL[d.origin]}）`);
  for (const x of steps) {
    const from = statusAt(new Date(x.when.getTime() - 1));
    event("TRANSITION", x.when, `${STEP_LABEL[x.k]}：${STATUS_LABEL[from]} → ${STATUS_LABEL[STEP_TO[x.k]]}`, { fromStatus: from, note: x.k === "approve" ? (d.approvalNote ?? null) : x.k === "complete" ? (d.completionSummary ?? null) : x.k === "evaluate" ? (d.committee?.[1] ?? null) : null });
  }

  const needId = d.needTitle ? s.needId(d.needTitle) : null;
  if (needId) await linkNeed(s, id, needId, created, event);

  const lineIds = d.budget.map(() => uuid());
  const lineAt = new Date(created.getTime() + 3_600_000);
  await tx.projectBudgetLine.createMany({ data: d.budget.map(([source, name, y], i) => ({ ...base, id: lineIds[i]!, source, name, amountFen: fen(y), createdAt: lineAt })) });
  d.budget.forEach(([source, name, y], i) => event("BUDGET_CHANGED", lineAt, `新增预算「${name}」（${SOURCE_LABEL[source]}）${yuan(fen(y))}`, { amountFen: fen(y), subjectType: "ProjectBudgetLine", subjectId: lineIds[i] }));

  const milestones = d.milestones.map(([title, start, end, reached]) => ({ ...base, id: uuid(), title, plannedStartOn: start === null ? null : s.day(start), plannedEndOn: s.day(end), completedOn: reached === null ? null : s.day(reached), createdAt: lineAt }));
  await tx.projectMilestone.createMany({ data: milestones });
  for (const m of milestones) {
    event("MILESTONE_ADDED", lineAt, `计划里程碑「${m.title}」，${m.plannedEndOn.toISOString().slice(0, 10)}完成`, { subjectType: "ProjectMilestone", subjectId: m.id });
    if (m.completedOn) event("MILESTONE_REACHED", new Date(m.completedOn.getTime() + 10 * 3_600_000), `完成里程碑「${m.title}」（${m.completedOn.toISOString().slice(0, 10)}）`, { subjectType: "ProjectMilestone", subjectId: m.id }, byLead);
  }
  await tx.projectTask.createMany({
    data: d.tasks.map(([title, ownerName, due, done]) => ({ ...base, title, ownerName, dueOn: s.day(due), status: done ? ("DONE" as const) : ("TODO" as const), doneAt: done ? s.at(due, "17:00") : null, createdAt: lineAt })),
  });

  for (const [day, pct, text, colours] of d.updates) {
    const at = s.at(day, "18:00");
    const update = await tx.projectUpdate.create({ data: { ...base, text, percentComplete: pct, authorName: leadName, authorAccountId: s.lead?.id ?? null, createdAt: at } });
    for (const rgb of colours) {
      const f = await s.photo(rgb);
      await tx.projectFile.create({ data: { ...base, ...f, kind: "PHOTO", originalName: "现场照片.png", updateId: update.id, uploadedByName: leadName, uploadedByAccountId: s.lead?.id ?? null, createdAt: at } });
    }
    event("PROGRESS_UPDATE", at, `发布进展：完成${pct}%${colours.length ? `，附照片${colours.length}张` : ""}`, { subjectType: "ProjectUpdate", subjectId: update.id }, byLead);
  }

  const expenseIds: string[] = [];
  for (const [line, day, payee, y, description, withReceipt] of d.expenses) {
    const at = s.at(day, "16:00");
    const receipt = withReceipt ? await tx.projectFile.create({ data: { ...base, ...(await s.receipt()), kind: "RECEIPT", originalName: "收据.png", uploadedByName: leadName, uploadedByAccountId: s.lead?.id ?? null, createdAt: at } }) : null;
    const e = await tx.projectExpense.create({
      data: { ...base, budgetLineId: lineIds[line]!, spentOn: s.day(day), payee, amountFen: fen(y), description, receiptFileId: receipt?.id ?? null, recordedByName: leadName, recordedByAccountId: s.lead?.id ?? null, createdAt: at },
    });
    expenseIds.push(e.id);
    event("EXPENSE", at, `支出${yuan(e.amountFen)}：${description}（${payee}）`, { amountFen: e.amountFen, subjectType: "ProjectExpense", subjectId: e.id }, byLead);
  }
  for (const [i, day, reason] of d.reversals ?? []) {
    const [line, , payee, y, description] = d.expenses[i]!;
    const at = s.at(day, "11:00");
    const r = await tx.projectExpense.create({
      data: { ...base, budgetLineId: lineIds[line]!, spentOn: s.day(day), payee, amountFen: -fen(y), description: `冲销：${reason}`, reversesId: expenseIds[i]!, recordedByName: s.staff.name, recordedByAccountId: s.staff.id, createdAt: at },
    });
    event("EXPENSE_REVERSED", at, `冲销支出「${description}」${yuan(r.amountFen)}`, { note: reason, amountFen: r.amountFen, subjectType: "ProjectExpense", subjectId: r.id });
  }

  const groups = Object.entries(d.beneficiaries) as [Group, number][];
  if (groups.length) {
    await tx.projectBeneficiary.createMany({ data: groups.map(([group, count]) => ({ ...base, group, count })) });
    const at = s.at(d.days.complete ?? d.updates.at(-1)?.[0] ?? d.days.created, "09:00");
    event("BENEFICIARIES_SET", at, `登记惠及人数${groups.reduce((n, [, c]) => n + c, 0)}人（${groups.map(([g, c]) => `${GROUP_LABEL[g]}${c}`).join("，")}）`, {}, byLead);
  }

  for (const [unitName, what, pledged, received] of d.pledges ?? []) await pledge(s, { projectId: id, needId: null }, unitName, what, pledged, received, event);

  const respondents = s.adults.slice(0, d.survey?.length ?? 0);
  await tx.projectSurveyResponse.createMany({
    data: respondents.map((r, i) => ({ ...base, residentId: r.id, score: d.survey![i]!, comment: d.survey![i]! >= 5 ? "很满意，希望继续办下去。" : null, createdAt: s.at((d.days.complete ?? 0) + 1 + (i % 10), "20:00") })),
  });

  events.sort((a, b) => (a.createdAt as Date).getTime() - (b.createdAt as Date).getTime());
  await tx.projectEvent.createMany({ data: events });
  const stages: [ProjectNoticeStage, Date | null][] = [["APPROVAL", when("approve")], ["COMPLETION", when("complete")], ["EVALUATION", when("evaluate")]];
  for (const [stage, at] of stages) {
    if (!at) continue;
    const { title, content } = await projectNotice(tx, id, stage);
    const publishedAt = new Date(at.getTime() + 3_600_000);
    await tx.notice.create({
      data: { communityId: s.communityId, subjectType: "Project", subjectId: id, stage, title, content, periodDays: 7, publishedAt, endsAt: periodEnd(publishedAt, 7), publishedByName: s.staff.name, publishedByAccountId: s.staff.id, createdAt: publishedAt },
    });
  }
  return id;
}

type EventFn = (kind: Kind, at: Date, summary: string, extra?: Partial<Prisma.ProjectEventCreateManyInput>) => void;

/** Attach a need (and its pledges) to a project, with the NEED_LINKED event. */
export async function linkNeed(s: SeedPlace, projectId: string, needId: string, at: Date, event: EventFn) {
  const need = await s.tx.communityNeed.update({ where: { id: needId }, data: { projectId } });
  await s.tx.sponsorship.updateMany({ where: { needId, status: { not: "WITHDRAWN" } }, data: { projectId } });
  event("NEED_LINKED", new Date(at.getTime() + 60_000), `关联需求「${need.title}」`, { subjectType: "CommunityNeed", subjectId: needId });
  // Support that arrived after the need was attached shows on the project's timeline.
  for (const sp of await s.tx.sponsorship.findMany({ where: { needId, status: "RECEIVED" }, orderBy: { receivedOn: "asc" } })) {
    const arrived = new Date(sp.receivedOn!.getTime() + 7 * 3_600_000); // 15:00 China time
    if (arrived <= at) continue;
    const what = sp.kind === "MONEY" ? yuan(sp.receivedFen ?? 0) : (sp.inKind ?? "实物/服务");
    event("SPONSORSHIP_RECEIVED", arrived, `${sp.sponsorName}资助到位：${what}`, { amountFen: sp.receivedFen, subjectType: "Sponsorship", subjectId: sp.id });
  }
}

/** A pledge of money (yuan) or in-kind support, received on `received` if given; events on the project's timeline. */
export async function pledge(
  s: SeedPlace,
  target: { projectId: string | null; needId: string | null },
  unitName: string,
  what: number | string,
  pledged: number,
  received: number | undefined,
  event: EventFn | null,
) {
  const unit = s.unit(unitName);
  const money = typeof what === "number";
  const row = await s.tx.sponsorship.create({
    data: {
      communityId: s.communityId,
      ...target,
      allianceUnitId: unit.id,
      sponsorName: unit.name,
      kind: money ? "MONEY" : "IN_KIND",
      pledgedFen: money ? fen(what) : null,
      inKind: money ? null : what,
      pledgedOn: s.day(pledged),
      status: received === undefined ? "PLEDGED" : "RECEIVED",
      receivedFen: received !== undefined && money ? fen(what) : null,
      receivedOn: received === undefined ? null : s.day(received),
      recordedByName: s.staff.name,
      recordedByAccountId: s.staff.id,
      createdAt: s.at(pledged, "15:00"),
    },
  });
  if (!event) return row;
  event("SPONSORSHIP_PLEDGED", s.at(pledged, "15:00"), `${unit.name}认捐${money ? yuan(fen(what)) : `（${what}）`}`, { amountFen: row.pledgedFen, subjectType: "Sponsorship", subjectId: row.id });
  if (received !== undefined) event("SPONSORSHIP_RECEIVED", s.at(received, "15:00"), `${unit.name}资助到位：${money ? yuan(fen(what)) : what}`, { amountFen: row.receivedFen, subjectType: "Sponsorship", subjectId: row.id });
  return row;
}
