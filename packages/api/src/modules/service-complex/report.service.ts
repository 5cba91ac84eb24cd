// The monthly service report of a community, a street or a district: tickets by item, status and
// channel, the on-time rate, ratings and visits. Months are China calendar months. Aggregated in
// the database (groupBy), over the communities below the node where the viewer holds report:read.
import { decodeGlobalID } from "@pothos/plugin-relay";
import type { Prisma } from "../../db.js";
import { canAtPath, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { parseId, toGlobalId } from "../../shared/ids.js";
import { parseInput } from "../../shared/service.js";
import { monthArg } from "./service.validation.js";
import type { TicketStatus } from "./ticket.rules.js";
import { chinaMonth } from "./workdays.js";

const STATUSES: TicketStatus[] = ["SUBMITTED", "ACCEPTED", "RETURNED", "TRANSFERRED", "COMPLETED", "REJECTED"];
const CHANNELS = ["WINDOW", "ONLINE", "PROXY"] as const;
const VISIT_KINDS = ["VISIT", "OPINION", "COMPLAINT", "CONSULTATION"] as const;

export interface ItemRow {
  itemName: string;
  category: "BASIC" | "ENHANCED" | "CONVENIENCE";
  submitted: number;
  byStatus: Record<TicketStatus, number>;
  overdueOpen: number;
}
export interface CommunityRow {
  communityId: string;
  communityName: string;
  submitted: number;
  closed: number;
  closedOnTime: number;
  onTimeRate: number | null;
  averageRating: number | null;
  ratingCount: number;
  visits: number;
}
export interface ServiceReport {
  nodeId: string;
  nodeName: string;
  nodeKind: "COMMUNITY" | "STREET" | "DISTRICT";
  month: string;
  from: Date;
  to: Date;
  communityCount: number;
  submitted: number;
  closed: number;
  closedOnTime: number;
  onTimeRate: number | null;
  late: number;
  averageRating: number | null;
  ratingCount: number;
  visits: number;
  visitsByKind: { kind: (typeof VISIT_KINDS)[number]; count: number }[];
  byStatus: { status: TicketStatus; count: number }[];
  byChannel: { channel: (typeof CHANNELS)[number]; count: number }[];
  byItem: ItemRow[];
  byCommunity: CommunityRow[];
}

/** The node (Community or Region) a report covers; unknown or unseen → NOT_FOUND on nodeId. */
async function resolveNode(ctx: Context, nodeId: string) {
  const id = parseId("nodeId", nodeId, "Community", "Region");
  const decoded = { type: decodeGlobalID(nodeId).typename, id };
  if (decoded.type === "Community") {
    const c = await ctx.prisma.community.findUnique({ where: { id: decoded.id }, select: { id: true, name: true, path: true } });
    if (!c || !canAtPath(ctx, "report:read", c.path, c.id)) throw notFound("nodeId", "社区");
    return { id: toGlobalId("Community", c.id), name: c.name, path: c.path, kind: "COMMUNITY" as const };
  }
  const r = await ctx.prisma.region.findUnique({ where: { id: decoded.id }, select: { id: true, name: true, path: true, kind: true } });
  if (!r || !canAtPath(ctx, "report:read", r.path)) throw notFound("nodeId", "区/街道");
  return { id: toGlobalId("Region", r.id), name: r.name, path: r.path, kind: r.kind };
}

const rate = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);
const round2 = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v * 100) / 100);

export async function serviceReport(ctx: Context, nodeId: string, rawMonth: string): Promise<ServiceReport> {
  const month = parseInput(monthArg, rawMonth, "month");
  const node = await resolveNode(ctx, nodeId);
  const { from, to } = chinaMonth(month);
  const now = ctx.now();
  const community: Prisma.CommunityWhereInput = { AND: [{ path: { startsWith: node.path } }, communityScope(ctx, "report:read")] };
  const communities = await ctx.prisma.community.findMany({ where: community, select: { id: true, name: true }, orderBy: { name: "asc" } });
  const ids = communities.map((c) => c.id);
  const db = ctx.prisma;
  const t = db.serviceTicket;
  const submittedIn: Prisma.ServiceTicketWhereInput = { communityId: { in: ids }, submittedAt: { gte: from, lt: to } };
  const closedIn: Prisma.ServiceTicketWhereInput = { communityId: { in: ids }, closedAt: { gte: from, lt: to } };
  const overdueNow: Prisma.ServiceTicketWhereInput = { closedAt: null, status: { not: "RETURNED" }, dueAt: { lt: now } };
  const onTime: Prisma.ServiceTicketWhereInput = { ...closedIn, closedAt: { gte: from, lt: to, lte: t.fields.dueAt } };

  const [byItemStatus, byChannel, submittedBy, closedBy, onTimeBy, ratingsBy, overdueByItem, late, visitsBy] = await Promise.all([
    t.groupBy({ by: ["itemName", "itemCategory", "status"], where: submittedIn, _count: { _all: true } }),
    t.groupBy({ by: ["channel"], where: submittedIn, _count: { _all: true } }),
    t.groupBy({ by: ["communityId"], where: submittedIn, _count: { _all: true } }),
    t.groupBy({ by: ["communityId"], where: closedIn, _count: { _all: true } }),
    t.groupBy({ by: ["communityId"], where: onTime, _count: { _all: true } }),
    t.groupBy({ by: ["communityId"], where: { communityId: { in: ids }, ratedAt: { gte: from, lt: to } }, _count: { rating: true }, _sum: { rating: true } }),
    t.groupBy({ by: ["itemName"], where: { ...submittedIn, ...overdueNow }, _count: { _all: true } }),
    t.count({ where: { ...submittedIn, OR: [{ closedAt: { gt: t.fields.dueAt } }, overdueNow] } }),
    db.serviceVisit.groupBy({ by: ["communityId", "kind"], where: { communityId: { in: ids }, visitedAt: { gte: from, lt: to } }, _count: { _all: true } }),
  ]);

  const items = new Map<string, ItemRow>();
  for (const g of byItemStatus) {
    let row = items.get(g.itemName);
    if (!row) {
      row = { itemName: g.itemName, category: g.itemCategory, submitted: 0, byStatus: Object.fromEntries(STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>, overdueOpen: 0 };
      items.set(g.itemName, row);
    }
    row.submitted += g._count._all;
    row.byStatus[g.status] += g._count._all;
  }
  for (const g of overdueByItem) {
    const row = items.get(g.itemName);
    if (row) row.overdueOpen = g._count._all;
  }
  const count = <K extends string>(rows: ({ _count: { _all: number } } & Record<K, string>)[], key: K, value: string) =>
    rows.filter((r) => r[key] === value).reduce((s, r) => s + r._count._all, 0);
  const sum = (rows: { _count: { _all: number } }[]) => rows.reduce((s, r) => s + r._count._all, 0);

  const byCommunity: CommunityRow[] = communities.map((c) => {
    const closed = count(closedBy, "communityId", c.id);
    const closedOnTime = count(onTimeBy, "communityId", c.id);
    const r = ratingsBy.find((x) => x.communityId === c.id);
    const ratingCount = r?._count.rating ?? 0;
    return {
      communityId: c.id,
      communityName: c.name,
      submitted: count(submittedBy, "communityId", c.id),
      closed,
      closedOnTime,
      onTimeRate: rate(closedOnTime, closed),
      averageRating: ratingCount ? round2((r?._sum.rating ?? 0) / ratingCount) : null,
      ratingCount,
      visits: count(visitsBy, "communityId", c.id),
    };
  });
  const closed = sum(closedBy);
  const closedOnTime = sum(onTimeBy);
  const ratingCount = ratingsBy.reduce((s, r) => s + r._count.rating, 0);
  const ratingSum = ratingsBy.reduce((s, r) => s + (r._sum.rating ?? 0), 0);
  return {
    nodeId: node.id,
    nodeName: node.name,
    nodeKind: node.kind,
    month,
    from,
    to,
    communityCount: communities.length,
    submitted: sum(submittedBy),
    closed,
    closedOnTime,
    onTimeRate: rate(closedOnTime, closed),
    late,
    averageRating: ratingCount ? round2(ratingSum / ratingCount) : null,
    ratingCount,
    visits: sum(visitsBy),
    visitsByKind: VISIT_KINDS.map((kind) => ({ kind, count: count(visitsBy, "kind", kind) })),
    byStatus: STATUSES.map((status) => ({ status, count: count(byItemStatus, "status", status) })),
    byChannel: CHANNELS.map((channel) => ({ channel, count: count(byChannel, "channel", channel) })),
    byItem: [...items.values()].sort((a, b) => b.submitted - a.submitted || a.itemName.localeCompare(b.itemName, "zh")),
    byCommunity,
  };
}
