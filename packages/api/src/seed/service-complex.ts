// Demo data of the service complex (the "1" of 1+2+N): 江海区's 103-item template catalog and its
// 2026 holiday calendar; the complexes of 直冲村 (its 党群服务中心 with one-stop service) and 江翠社区
// with rooms, windows and clerks (the demo accounts), both catalogs, and two months of tickets,
// ratings, visits and room bookings relative to `now`. Written with createMany.
import type { Prisma } from "../generated/prisma/client.js";
import { CHINA_HOLIDAYS_2026, calendarOf } from "../modules/service-complex/holidays.js";
import { buildBookings, buildTickets, buildVisits, Rng, type ActivityContext } from "./service-complex.activity.js";
import { DISTRICT_SERVICE_ITEMS, OWN_ITEMS } from "./service-complex.items.js";

type Tx = Prisma.TransactionClient;
type RoomKind = "MEETING" | "DELIBERATION" | "ACTIVITY" | "READING" | "TRAINING" | "OTHER";
type WindowKind = (typeof DISTRICT_SERVICE_ITEMS)[number]["windowKind"];

interface ComplexDef {
  community: string;
  name: string;
  address: string;
  phone: string;
  description: string;
  hours: { weekday: number; opens: string; closes: string }[];
  hoursNote: string;
  rooms: [name: string, kind: RoomKind, capacity: number, bookableByResidents: boolean][];
  windows: [number: string, name: string, kind: WindowKind, clerks: string[]][];
  seed: number;
}

const weekdays = (days: number[], periods: [string, string][]) => days.flatMap((weekday) => periods.map(([opens, closes]) => ({ weekday, opens, closes })));

const COMPLEXES: ComplexDef[] = [
  {
    community: "直冲村",
    name: "直冲村党群服务中心",
    address: "广东省江门市江海区外海街道直冲村工业园区党群服务中心",
    phone: "0750-3860101",
    description: "街道+村+园区“三位一体”党群服务阵地，配套村公共服务信息系统，村民一站式办事：党群服务窗口统一受理，各窗口分类办理。",
    hours: [...weekdays([1, 2, 3, 4, 5], [["08:30", "12:00"], ["14:30", "17:30"]]), ...weekdays([6], [["09:00", "12:00"]])],
    hoursNote: "法定节假日休息，调休上班日照常开放；周六上午设值班窗口",
    rooms: [
      ["党员活动室", "ACTIVITY", 40, true],
      ["会议室", "MEETING", 30, false],
      ["议事厅", "DELIBERATION", 50, false],
      ["农民夜校课室", "TRAINING", 60, true],
      ["农家书屋", "READING", 20, true],
    ],
    windows: [
      ["1", "党群服务窗口（一站式受理）", "PARTY_SERVICE", ["zhichong_staff", "zhichong_admin"]],
      ["2", "民政救助窗口", "CIVIL_AFFAIRS", ["zhichong_staff"]],
      ["3", "社会保障窗口", "SOCIAL_SECURITY", ["zhichong_staff"]],
      ["4", "计生服务窗口", "FAMILY_PLANNING", ["zhichong_staff"]],
      ["5", "综合治理窗口", "COMPREHENSIVE_GOVERNANCE", ["zhichong_admin"]],
      ["6", "人民调解室", "MEDIATION", ["zhichong_admin"]],
      ["7", "帮办代办窗口", "PROXY_SERVICE", ["zhichong_staff"]],
    ],
    seed: 6_2026_01,
  },
  {
    community: "江翠社区",
    name: "江翠社区党群服务中心",
    address: "广东省江门市江海区江南街道江翠社区党群服务中心",
    phone: "0750-3502202",
    description: "全省社区级基层立法联络单位；“1+2+N”党群服务综合体，设综合受理窗口与七类专门窗口。",
    hours: weekdays([1, 2, 3, 4, 5, 6], [["08:30", "12:00"], ["14:30", "18:00"]]),
    hoursNote: "周日及法定节假日休息，调休上班日照常开放",
    rooms: [
      ["会议室", "MEETING", 24, false],
      ["议事厅（立法联络站）", "DELIBERATION", 40, false],
      ["多功能活动室", "ACTIVITY", 60, true],
      ["四点半课堂", "TRAINING", 30, true],
      ["长者活动室", "ACTIVITY", 30, true],
    ],
    windows: [
      ["1", "综合受理窗口", "GENERAL", ["jiangcui_admin"]],
      ["2", "党群服务窗口", "PARTY_SERVICE", ["jiangcui_admin"]],
      ["3", "民政救助窗口", "CIVIL_AFFAIRS", ["jiangcui_admin"]],
      ["4", "社会保障窗口", "SOCIAL_SECURITY", ["jiangcui_admin"]],
      ["5", "计生服务窗口", "FAMILY_PLANNING", ["jiangcui_admin"]],
      ["6", "综合治理窗口", "COMPREHENSIVE_GOVERNANCE", ["jiangcui_admin"]],
      ["7", "人民调解室", "MEDIATION", ["jiangcui_admin"]],
      ["8", "帮办代办窗口", "PROXY_SERVICE", ["jiangcui_admin"]],
    ],
    seed: 6_2026_02,
  },
];

const uuid = () => crypto.randomUUID();

export async function seedServiceComplex(tx: Tx, now: Date) {
  const district = await tx.region.findFirst({ where: { kind: "DISTRICT", name: "江海区" } });
  if (!district) return;
  const template = DISTRICT_SERVICE_ITEMS.map((i) => ({ ...i, id: uuid(), regionId: district.id }));
  await tx.serviceItem.createMany({ data: template });
  await tx.holidayCalendarDay.createMany({
    data: CHINA_HOLIDAYS_2026.map((d) => ({ regionId: district.id, date: new Date(`${d.date}T00:00:00Z`), isWorkday: d.isWorkday, name: d.name })),
  });
  const cal = calendarOf(CHINA_HOLIDAYS_2026);

  for (const def of COMPLEXES) {
    const community = await tx.community.findFirst({ where: { name: def.community, path: { startsWith: district.path } }, select: { id: true } });
    if (!community) continue;
    const communityId = community.id;
    const complexId = uuid();
    await tx.serviceComplex.create({
      data: { id: complexId, communityId, name: def.name, address: def.address, phone: def.phone, description: def.description, openingHours: def.hours, hoursNote: def.hoursNote },
    });
    const rooms = def.rooms.map(([name, kind, capacity, bookableByResidents]) => ({ id: uuid(), communityId, complexId, name, kind, capacity, bookableByResidents }));
    await tx.serviceRoom.createMany({ data: rooms });
    const windows = def.windows.map(([number, name, kind]) => ({ id: uuid(), communityId, complexId, number, name, kind }));
    await tx.serviceWindow.createMany({ data: windows });
    const usernames = [...new Set(def.windows.flatMap((w) => w[3]))];
    const accounts = await tx.account.findMany({ where: { username: { in: usernames } }, select: { id: true, username: true, displayName: true } });
    const idOf = new Map(accounts.map((a) => [a.username, a.id]));
    const windowClerks = new Map(def.windows.map((w, i) => [windows[i]!.id, w[3].map((u) => idOf.get(u)).filter((x): x is string => !!x)]));
    await tx.serviceWindowClerk.createMany({
      data: [...windowClerks].flatMap(([windowId, ids]) => ids.map((accountId) => ({ windowId, accountId, communityId }))),
    });

    // The catalog: every template item adopted, plus the community's own items.
    const adopted = template.map((t) => ({ id: uuid(), communityId, templateItemId: t.id }));
    const own = (OWN_ITEMS[def.community] ?? []).map((i) => ({ ...i, id: uuid(), communityId, materialsOverridden: true }));
    await tx.communityServiceItem.createMany({ data: [...adopted, ...own] });
    const catalog = [...template.map((t, i) => ({ ...t, id: adopted[i]!.id })), ...own];

    const residents = await tx.resident.findMany({ where: { communityId, birthDate: { lt: new Date("2008-01-01") } }, select: { id: true, name: true, phone: true }, orderBy: { id: "asc" } });
    if (residents.length === 0 || accounts.length === 0) continue;
    const ctx: ActivityContext = {
      communityId,
      now,
      cal,
      windows,
      clerks: accounts.map((a) => ({ id: a.id, name: a.displayName })),
      windowClerks,
      catalog,
      residents,
      rooms,
    };
    const rng = new Rng(def.seed);
    const { tickets, events } = buildTickets(ctx, rng);
    for (let i = 0; i < tickets.length; i += 500) await tx.serviceTicket.createMany({ data: tickets.slice(i, i + 500) });
    for (let i = 0; i < events.length; i += 1000) await tx.serviceTicketEvent.createMany({ data: events.slice(i, i + 1000) });
    await tx.serviceVisit.createMany({ data: buildVisits(ctx, rng) });
    await tx.roomBooking.createMany({ data: buildBookings(ctx, rng) });
  }
}
