// Two months of a service complex's work for the demo: tickets with their histories (most closed on
// time; some late, returned, transferred, rejected or still open past due), ratings, the visit
// ledger and room bookings. Deterministic for a given seed and `now`; every time is before `now`
// except future room bookings.
import type { Prisma } from "../generated/prisma/client.js";
import { addDays, dueFor, isWorkday, startOfChinaDay, type Calendar } from "../modules/service-complex/workdays.js";
import { chinaDay } from "../shared/chinaTime.js";

type TicketRow = Prisma.ServiceTicketCreateManyInput;
type EventRow = Prisma.ServiceTicketEventCreateManyInput;

export interface ActivityContext {
  communityId: string;
  now: Date;
  cal: Calendar;
  windows: { id: string; kind: string }[];
  clerks: { id: string; name: string }[];
  /** Clerk account ids per window id. */
  windowClerks: Map<string, string[]>;
  catalog: { id: string; name: string; category: TicketRow["itemCategory"]; windowKind: string; timeLimitDays: number; onlineAllowed: boolean; proxyAllowed: boolean }[];
  residents: { id: string; name: string; phone: string | null }[];
  rooms: { id: string; kind: string; capacity: number; bookableByResidents: boolean }[];
}

export class Rng {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  float() {
    this.a = (this.a + 0x6d2b79f5) >>> 0;
    let t = this.a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number) {
    return min + Math.floor(this.float() * (max - min + 1));
  }
  chance(p: number) {
    return this.float() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.float() * items.length)] as T;
  }
  weighted<T>(choices: readonly (readonly [T, number])[]): T {
    let r = this.float() * choices.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of choices) if ((r -= w) < 0) return v;
    return choices[choices.length - 1]![0];
  }
}

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const uuid = () => crypto.randomUUID();

const POPULAR = new Set(["居住证明开具", "城乡居民医保缴费", "养老保险待遇资格认证", "社会保障卡申领", "高龄津贴申领", "惠民政策咨询", "生育登记", "户籍证明开具", "长者饭堂助餐登记", "法律咨询"]);
const REJECT_REASONS = ["申请人不符合本地户籍条件", "家庭收入超过保障标准", "不属于本村（社区）办理范围，已告知到区政务服务中心办理", "申请材料与实际情况不符"];
const DEPARTMENTS = ["区人力资源和社会保障局", "区民政局", "区医疗保障局", "外海街道综合治理中心", "区自然资源分局", "区卫生健康局"];
const RETURN_MATERIALS = ["户口簿原件", "银行卡复印件", "近期免冠照片", "家庭收入证明", "授权委托书", "租赁合同"];
const COMMENTS = ["办事很快，工作人员态度好", "一次就办好了，不用跑腿", "网上提交很方便", "帮办代办解决了老人的大问题", "等待时间有点长", "希望材料清单能更清楚"];
const CONTENT = ["本人申请", "为家中老人申请", "孩子入学需要", "单位要求提供", "咨询办理流程并申请"];

/** A ticket's path through the states, as (step, at) pairs; builds the row and its events. */
export function buildTickets(c: ActivityContext, rng: Rng) {
  const tickets: TicketRow[] = [];
  const events: EventRow[] = [];
  const weights = c.catalog.map((i) => [i, POPULAR.has(i.name) ? 8 : i.timeLimitDays <= 1 ? 3 : i.timeLimitDays <= 5 ? 2 : 1] as const);
  const seqByDay = new Map<string, number>();
  const clerkName = new Map(c.clerks.map((k) => [k.id, k.name]));
  const nowMs = c.now.getTime();
  for (let day = addDays(chinaDay(c.now), -61); day <= chinaDay(c.now); day = addDays(day, 1)) {
    if (!isWorkday(day, c.cal)) continue;
    const count = rng.int(2, 5);
    for (let n = 0; n < count; n++) {
      const submitted = startOfChinaDay(day).getTime() + 8.5 * HOUR + rng.float() * 8 * HOUR;
      if (submitted > nowMs - 10 * MIN) continue;
      const item = rng.weighted(weights);
      const channel = item.onlineAllowed && rng.chance(0.3) ? "ONLINE" : item.proxyAllowed && rng.chance(0.15) ? "PROXY" : "WINDOW";
      const window = c.windows.find((w) => w.kind === item.windowKind) ?? c.windows.find((w) => w.kind === "GENERAL") ?? c.windows[0]!;
      const clerk = rng.pick(c.windowClerks.get(window.id) ?? c.clerks.map((k) => k.id));
      const resident = rng.pick(c.residents);
      const seq = (seqByDay.get(day) ?? 0) + 1;
      seqByDay.set(day, seq);
      const id = uuid();
      let status: TicketRow["status"] = "SUBMITTED";
      let due = dueFor(new Date(submitted), item.timeLimitDays, c.cal);
      const row: TicketRow = {
        id,
        communityId: c.communityId,
        number: `${day.replace(/-/g, "")}-${String(seq).padStart(4, "0")}`,
        itemId: item.id,
        itemName: item.name,
        itemCategory: item.category,
        timeLimitDays: item.timeLimitDays,
        windowId: window.id,
        channel,
        residentId: resident.id,
        applicantName: resident.name,
        applicantPhone: resident.phone,
        proxyAgentName: channel === "PROXY" ? (clerkName.get(clerk) ?? null) : null,
        content: rng.chance(0.6) ? `${rng.pick(CONTENT)}${item.name}` : null,
        createdByAccountId: channel === "ONLINE" ? null : clerk,
        submittedAt: new Date(submitted),
        dueDate: new Date(`${due.dueDate}T00:00:00Z`),
        dueAt: due.dueAt,
        createdAt: new Date(submitted),
      };
      const ev = (kind: string, from: TicketRow["status"] | null, to: TicketRow["status"], at: number, note: string | null = null, byResident = false) =>
        events.push({
          id: uuid(),
          communityId: c.communityId,
          ticketId: id,
          kind,
          fromStatus: from ?? null,
          toStatus: to!,
          note,
          actorAccountId: byResident ? null : clerk,
          actingResidentId: byResident ? resident.id : null,
          createdAt: new Date(at),
        });
      ev("SUBMIT", null, "SUBMITTED", submitted, row.content ?? null, channel === "ONLINE");
      const step = (kind: string, to: TicketRow["status"], at: number, note: string | null = null, byResident = false) => {
        ev(kind, status, to, at, note, byResident);
        status = to;
      };
      const cap = (t: number) => Math.min(t, nowMs - 5 * MIN);
      const between = (a: number, b: number) => a + rng.float() * Math.max(0, b - a);
      const accepted = submitted + rng.int(5, 120) * MIN;
      const overdue = due.dueAt.getTime() < nowMs;
      const r = rng.float();
      const close = (at: number) => (row.closedAt = new Date(at));
      if (accepted >= nowMs || (!overdue && (submitted > nowMs - 4 * HOUR ? rng.chance(0.7) : rng.chance(0.12)))) {
        // Still waiting at the window.
      } else {
        step("ACCEPT", "ACCEPTED", accepted);
        row.acceptedAt = new Date(accepted);
        row.assigneeId = clerk;
        const deadline = cap(due.dueAt.getTime());
        if (overdue ? r < 0.78 : r < 0.45) {
          const at = between(accepted + 10 * MIN, overdue ? deadline : nowMs - 10 * MIN);
          step("COMPLETE", "COMPLETED", at, "已办结");
          row.resultNote = "已办结";
          close(at);
        } else if (overdue && r < 0.83) {
          const at = cap(due.dueAt.getTime() + rng.int(2, 72) * HOUR);
          step("COMPLETE", "COMPLETED", at, "已办结（超时）");
          close(at);
        } else if (r < (overdue ? 0.87 : 0.5)) {
          const reason = rng.pick(REJECT_REASONS);
          const at = between(accepted + 10 * MIN, overdue ? deadline : nowMs - 10 * MIN);
          step("REJECT", "REJECTED", at, reason);
          row.rejectReason = reason;
          close(at);
        } else if (r < (overdue ? 0.93 : 0.58)) {
          const department = rng.pick(DEPARTMENTS);
          const at = between(accepted + 10 * MIN, overdue ? deadline : nowMs - 10 * MIN);
          step("TRANSFER", "TRANSFERRED", at, `转办至${department}`);
          row.transferDepartment = department;
          if (overdue && r < 0.91) {
            const replied = cap(between(at + HOUR, due.dueAt.getTime() + 2 * DAY));
            const reply = `${department}已受理并办结`;
            ev("TRANSFER_REPLY", "TRANSFERRED", "TRANSFERRED", replied, reply);
            row.transferReply = reply;
            row.transferRepliedAt = new Date(replied);
            close(replied);
          }
        } else if (r < (overdue ? 0.97 : 0.7)) {
          const material = rng.pick(RETURN_MATERIALS);
          const returned = between(accepted + 10 * MIN, Math.min(accepted + DAY, nowMs - 10 * MIN));
          step("RETURN", "RETURNED", returned, `缺少材料：${material}`);
          row.returnedMaterials = [material];
          const resubmitted = returned + rng.int(1, 3) * DAY;
          if (overdue && r >= 0.95 && resubmitted < nowMs - HOUR) {
            // The resident brought it; the clock restarts; then it was done.
            step("RESUBMIT", "SUBMITTED", resubmitted, `已补交${material}`, channel === "ONLINE");
            row.returnedMaterials = [];
            due = dueFor(new Date(resubmitted), item.timeLimitDays, c.cal);
            row.dueDate = new Date(`${due.dueDate}T00:00:00Z`);
            row.dueAt = due.dueAt;
            const again = resubmitted + rng.int(10, 90) * MIN;
            step("ACCEPT", "ACCEPTED", again);
            const done = between(again + 10 * MIN, cap(due.dueAt.getTime()));
            step("COMPLETE", "COMPLETED", done, "已办结");
            close(done);
          }
        }
        // Otherwise ACCEPTED and still open (past due when `overdue`).
      }
      row.status = status;
      if (row.closedAt && (row.closedAt as Date).getTime() < nowMs - HOUR && rng.chance(0.65)) {
        row.rating = rng.weighted([[5, 60], [4, 25], [3, 10], [2, 3], [1, 2]] as const);
        row.ratingComment = rng.chance(0.4) ? rng.pick(row.rating >= 4 ? COMMENTS.slice(0, 4) : COMMENTS.slice(4)) : null;
        const ratedAt = cap((row.closedAt as Date).getTime() + rng.int(10, 48 * 60) * MIN);
        row.ratedAt = new Date(ratedAt);
        ev("RATE", status, status, ratedAt, `${row.rating}星${row.ratingComment ? `；${row.ratingComment}` : ""}`, true);
      }
      row.updatedAt = new Date(Math.max(...events.filter((e) => e.ticketId === id).map((e) => (e.createdAt as Date).getTime())));
      tickets.push(row);
    }
  }
  return { tickets, events };
}

const VISIT_TOPICS: [string, string][] = [
  ["小区路灯不亮", "楼栋门口路灯坏了一周，晚上出行不便"],
  ["垃圾清运不及时", "垃圾分类点周末满溢，希望增加清运次数"],
  ["建议增设长者饭堂座位", "中午就餐人多，座位不够"],
  ["咨询高龄津贴发放时间", "老人八十岁了，想问津贴什么时候到账"],
  ["邻居装修噪音扰民", "晚上九点后仍在施工"],
  ["希望开设四点半课堂", "双职工家庭孩子放学后无人看护"],
  ["道路积水", "下雨后村道积水严重，建议疏通排水沟"],
  ["反映违章搭建", "巷口有人搭建铁皮棚占用通道"],
  ["咨询医保缴费", "今年医保缴费标准和截止时间"],
  ["建议组织农民夜校课程", "希望开设电商直播培训"],
  ["停车难", "晚上小区内车位不足，乱停车堵塞消防通道"],
  ["感谢信", "感谢窗口工作人员帮忙代办老人证件"],
];

export function buildVisits(c: ActivityContext, rng: Rng): Prisma.ServiceVisitCreateManyInput[] {
  const out: Prisma.ServiceVisitCreateManyInput[] = [];
  const nowMs = c.now.getTime();
  const total = rng.int(30, 40);
  for (let i = 0; i < total; i++) {
    const visitedAt = nowMs - rng.float() * 60 * DAY;
    const [topic, content] = rng.pick(VISIT_TOPICS);
    const kind = rng.weighted([["OPINION", 40], ["CONSULTATION", 25], ["VISIT", 20], ["COMPLAINT", 15]] as const);
    const resident = rng.pick(c.residents);
    const clerk = rng.pick(c.clerks).id;
    const old = visitedAt < nowMs - 7 * DAY;
    const state = old ? rng.weighted([["CLOSED", 85], ["ANSWERED", 10], ["OPEN", 5]] as const) : rng.weighted([["OPEN", 40], ["ANSWERED", 40], ["CLOSED", 20]] as const);
    const answeredAt = Math.min(visitedAt + rng.int(1, 72) * HOUR, nowMs - 10 * MIN);
    const closedAt = Math.min(answeredAt + rng.int(1, 96) * HOUR, nowMs - 5 * MIN);
    out.push({
      id: uuid(),
      communityId: c.communityId,
      kind,
      channel: rng.weighted([["IN_PERSON", 55], ["PHONE", 25], ["ONLINE", 15], ["LETTER", 5]] as const),
      visitorName: resident.name,
      residentId: rng.chance(0.7) ? resident.id : null,
      topic,
      content,
      visitedAt: new Date(visitedAt),
      status: state,
      answer: state === "OPEN" ? null : kind === "CONSULTATION" ? "已当面解答，并告知办理材料" : "已转交相关负责人跟进，并电话回复居民",
      answeredAt: state === "OPEN" ? null : new Date(answeredAt),
      answeredByAccountId: state === "OPEN" ? null : clerk,
      closeNote: state === "CLOSED" ? "已回访，居民满意" : null,
      closedAt: state === "CLOSED" ? new Date(closedAt) : null,
      recordedByAccountId: clerk,
      createdAt: new Date(visitedAt),
    });
  }
  return out;
}

const SLOTS: [number, number][] = [
  [9, 11],
  [14.5, 16.5],
  [19.5, 21],
];
const PURPOSES: Record<string, string[]> = {
  MEETING: ["两委班子例会", "楼长例会", "党支部主题党日", "网格员工作会"],
  DELIBERATION: ["居民议事会", "协商议事日", "基层立法意见征询会"],
  ACTIVITY: ["山歌队排练", "长者生日会", "亲子手工活动", "广场舞队排练"],
  TRAINING: ["农民夜校：电商直播", "四点半课堂", "老年人智能手机培训"],
  READING: ["读书分享会", "儿童绘本阅读"],
  OTHER: ["志愿者培训"],
};

export function buildBookings(c: ActivityContext, rng: Rng): Prisma.RoomBookingCreateManyInput[] {
  const out: Prisma.RoomBookingCreateManyInput[] = [];
  for (let d = -30; d <= 14; d++) {
    const day = addDays(chinaDay(c.now), d);
    for (const room of c.rooms) {
      for (const [from, to] of SLOTS) {
        if (!rng.chance(0.18)) continue;
        const startsAt = new Date(startOfChinaDay(day).getTime() + from * HOUR);
        const byResident = room.bookableByResidents && rng.chance(0.5);
        const resident = rng.pick(c.residents);
        const clerk = rng.pick(c.clerks);
        const cancelled = startsAt > c.now && rng.chance(0.06);
        out.push({
          id: uuid(),
          communityId: c.communityId,
          roomId: room.id,
          startsAt,
          endsAt: new Date(startOfChinaDay(day).getTime() + to * HOUR),
          purpose: rng.pick(PURPOSES[room.kind] ?? PURPOSES.OTHER!),
          bookerName: byResident ? resident.name : clerk.name,
          attendees: rng.int(5, room.capacity),
          residentId: byResident ? resident.id : null,
          createdByAccountId: byResident ? null : clerk.id,
          status: cancelled ? "CANCELLED" : "CONFIRMED",
          cancelledAt: cancelled ? c.now : null,
          cancelReason: cancelled ? "活动改期" : null,
          createdAt: new Date(Math.min(startsAt.getTime() - rng.int(1, 7) * DAY, c.now.getTime())),
        });
      }
    }
  }
  return out;
}
