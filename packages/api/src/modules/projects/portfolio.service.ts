// The project portfolio of a community, a street or a district: projects by status and type, funds
// budgeted and spent, sponsorship received, beneficiaries, overdue and overspent projects, and
// satisfaction, per community. Aggregated in the database over the communities below the node
// where the viewer holds project:read.
import type { Prisma } from "../../db.js";
import type { BeneficiaryGroup, ProjectStatus } from "../../generated/prisma/enums.js";
import { canAtPath, communityScope } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { notFound } from "../../shared/errors.js";
import { toGlobalId } from "../../shared/ids.js";
import { ratio, sumFen } from "../../shared/money.js";
import { parseTypedId } from "../../shared/ids.js";
import { overdueWhere } from "./project.access.js";

/** Approved or running projects with a milestone past its planned end (projects(overdue: true), the portfolio's overdue count, the workbench's). */
export const overdueProjectWhere = overdueWhere;
import { STATUSES } from "./rules.js";

const GROUPS: BeneficiaryGroup[] = ["ELDERLY", "CHILDREN", "DISADVANTAGED", "OTHER"];

export interface Funds {
  projectCount: number;
  byStatus: { status: ProjectStatus; count: number }[];
  budgetedFen: bigint;
  spentFen: bigint;
  receivedSponsorshipFen: bigint;
  burnRate: number | null;
  beneficiaryTotal: number;
  overdueProjectCount: number;
  overspentProjectCount: number;
  surveyResponseCount: number;
  averageSatisfaction: number | null;
}
export interface CommunityFunds extends Funds {
  communityId: string;
  communityName: string;
}
export interface TypeFunds {
  typeName: string;
  projectCount: number;
  budgetedFen: bigint;
  spentFen: bigint;
  beneficiaryTotal: number;
}
export interface PortfolioProject {
  id: string;
  title: string;
  communityName: string;
  typeName: string;
  status: ProjectStatus;
  leadName: string | null;
  organizationName: string | null;
  percentComplete: number;
  budgetedFen: bigint;
  spentFen: bigint;
  beneficiaryTotal: number;
  approvedAt: Date | null;
  completedAt: Date | null;
}
export interface Portfolio extends Funds {
  nodeId: string;
  nodeName: string;
  nodeKind: "COMMUNITY" | "STREET" | "DISTRICT";
  communityCount: number;
  beneficiaries: { group: BeneficiaryGroup; count: number }[];
  byCommunity: CommunityFunds[];
  byType: TypeFunds[];
}

/** The node (Community or Region) covered; unknown or out of reach → NOT_FOUND on nodeId. */
async function resolveNode(ctx: Context, nodeId: string) {
  const node = parseTypedId("nodeId", nodeId, ["Community", "Region"] as const);
  if (node.type === "Community") {
    const c = await ctx.prisma.community.findUnique({ where: { id: node.id }, select: { id: true, name: true, path: true } });
    if (!c || !canAtPath(ctx, "project:read", c.path, c.id)) throw notFound("nodeId", "社区");
    return { id: toGlobalId("Community", c.id), name: c.name, path: c.path, kind: "COMMUNITY" as const };
  }
  const r = await ctx.prisma.region.findUnique({ where: { id: node.id }, select: { id: true, name: true, path: true, kind: true } });
  if (!r || !canAtPath(ctx, "project:read", r.path)) throw notFound("nodeId", "区/街道");
  return { id: toGlobalId("Region", r.id), name: r.name, path: r.path, kind: r.kind };
}

const round2 = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

interface Row {
  id: string;
  communityId: string;
  typeName: string;
  status: ProjectStatus;
  approved: boolean;
  overdue: boolean;
  budgeted: bigint;
  spent: bigint;
  overspent: boolean;
  received: bigint;
  beneficiaries: number;
  scores: { sum: number; count: number };
}

function sumUp(rows: Row[]): Funds {
  const approved = rows.filter((r) => r.approved);
  const budgetedFen = sumFen(approved.map((r) => r.budgeted));
  const spentFen = sumFen(approved.map((r) => r.spent));
  const scoreSum = rows.reduce((s, r) => s + r.scores.sum, 0);
  const scoreCount = rows.reduce((s, r) => s + r.scores.count, 0);
  return {
    projectCount: rows.length,
    byStatus: STATUSES.map((status) => ({ status, count: rows.filter((r) => r.status === status).length })),
    budgetedFen,
    spentFen,
    receivedSponsorshipFen: sumFen(rows.map((r) => r.received)),
    burnRate: ratio(spentFen, budgetedFen),
    beneficiaryTotal: rows.reduce((s, r) => s + r.beneficiaries, 0),
    overdueProjectCount: rows.filter((r) => r.overdue).length,
    overspentProjectCount: approved.filter((r) => r.overspent).length,
    surveyResponseCount: scoreCount,
    averageSatisfaction: scoreCount ? round2(scoreSum / scoreCount) : null,
  };
}

/** Per-project figures for every project of `communityIds` (the portfolio's and the Excel list's source). */
async function projectRows(ctx: Context, communityIds: string[]) {
  const db = ctx.prisma;
  const inScope: Prisma.ProjectWhereInput = { communityId: { in: communityIds } };
  const [projects, overdue, lines, spentByLine, received, beneficiaries, scores] = await Promise.all([
    db.project.findMany({
      where: inScope,
      select: {
        id: true,
        communityId: true,
        title: true,
        status: true,
        approvedAt: true,
        completedAt: true,
        percentComplete: true,
        type: { select: { name: true } },
        lead: { select: { displayName: true } },
        organization: { select: { name: true } },
      },
      orderBy: { id: "asc" },
    }),
    db.project.findMany({ where: { ...inScope, ...overdueWhere(ctx) }, select: { id: true } }),
    db.projectBudgetLine.findMany({ where: { communityId: { in: communityIds } }, select: { id: true, projectId: true, amountFen: true } }),
    db.projectExpense.groupBy({ by: ["budgetLineId"], where: { communityId: { in: communityIds } }, _sum: { amountFen: true } }),
    db.sponsorship.groupBy({ by: ["projectId"], where: { communityId: { in: communityIds }, status: "RECEIVED", projectId: { not: null } }, _sum: { receivedFen: true } }),
    db.projectBeneficiary.groupBy({ by: ["projectId", "group"], where: { communityId: { in: communityIds } }, _sum: { count: true } }),
    db.projectSurveyResponse.groupBy({ by: ["projectId"], where: { communityId: { in: communityIds } }, _sum: { score: true }, _count: { _all: true } }),
  ]);
  const overdueIds = new Set(overdue.map((p) => p.id));
  const spentOf = new Map(spentByLine.map((g) => [g.budgetLineId, g._sum.amountFen ?? 0n]));
  const linesOf = new Map<string, { amountFen: bigint; spent: bigint }[]>();
  for (const l of lines) linesOf.set(l.projectId, [...(linesOf.get(l.projectId) ?? []), { amountFen: l.amountFen, spent: spentOf.get(l.id) ?? 0n }]);
  const receivedOf = new Map(received.map((g) => [g.projectId!, g._sum.receivedFen ?? 0n]));
  const peopleOf = new Map<string, number>();
  const groupsOf = new Map<string, Map<BeneficiaryGroup, number>>();
  for (const b of beneficiaries) {
    peopleOf.set(b.projectId, (peopleOf.get(b.projectId) ?? 0) + (b._sum.count ?? 0));
    const m = groupsOf.get(b.projectId) ?? new Map<BeneficiaryGroup, number>();
    m.set(b.group, b._sum.count ?? 0);
    groupsOf.set(b.projectId, m);
  }
  const scoresOf = new Map(scores.map((g) => [g.projectId, { sum: g._sum.score ?? 0, count: g._count._all }]));
  const rows = projects.map((p) => {
    const ls = linesOf.get(p.id) ?? [];
    const budgeted = sumFen(ls.map((l) => l.amountFen));
    const spent = sumFen(ls.map((l) => l.spent));
    const row: Row & { details: PortfolioProject } = {
      id: p.id,
      communityId: p.communityId,
      typeName: p.type.name,
      status: p.status,
      approved: p.approvedAt !== null,
      overdue: overdueIds.has(p.id),
      budgeted,
      spent,
      overspent: spent > budgeted || ls.some((l) => l.spent > l.amountFen),
      received: receivedOf.get(p.id) ?? 0n,
      beneficiaries: peopleOf.get(p.id) ?? 0,
      scores: scoresOf.get(p.id) ?? { sum: 0, count: 0 },
      details: {
        id: p.id,
        title: p.title,
        communityName: "",
        typeName: p.type.name,
        status: p.status,
        leadName: p.lead?.displayName ?? null,
        organizationName: p.organization?.name ?? null,
        percentComplete: p.percentComplete,
        budgetedFen: budgeted,
        spentFen: spent,
        beneficiaryTotal: peopleOf.get(p.id) ?? 0,
        approvedAt: p.approvedAt,
        completedAt: p.completedAt,
      },
    };
    return row;
  });
  return { rows, groupsOf };
}

/** The portfolio of a Community or a Region (street or district). Needs project:read on the node. */
export async function projectPortfolio(ctx: Context, nodeId: string): Promise<Portfolio & { projects: PortfolioProject[] }> {
  const node = await resolveNode(ctx, nodeId);
  const communities = await ctx.prisma.community.findMany({
    where: { AND: [{ path: { startsWith: node.path } }, communityScope(ctx, "project:read")] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  const nameOf = new Map(communities.map((c) => [c.id, c.name]));
  const { rows, groupsOf } = await projectRows(ctx, communities.map((c) => c.id));
  const byType = new Map<string, Row[]>();
  for (const r of rows) byType.set(r.typeName, [...(byType.get(r.typeName) ?? []), r]);
  const beneficiaries = GROUPS.map((group) => ({ group, count: rows.reduce((s, r) => s + (groupsOf.get(r.id)?.get(group) ?? 0), 0) }));
  return {
    nodeId: node.id,
    nodeName: node.name,
    nodeKind: node.kind,
    communityCount: communities.length,
    ...sumUp(rows),
    beneficiaries,
    byCommunity: communities.map((c) => ({ communityId: c.id, communityName: c.name, ...sumUp(rows.filter((r) => r.communityId === c.id)) })),
    byType: [...byType.entries()]
      .map(([typeName, rs]) => {
        const f = sumUp(rs);
        return { typeName, projectCount: rs.length, budgetedFen: f.budgetedFen, spentFen: f.spentFen, beneficiaryTotal: f.beneficiaryTotal };
      })
      .sort((a, b) => b.projectCount - a.projectCount || a.typeName.localeCompare(b.typeName, "zh")),
    projects: rows.map((r) => ({ ...r.details, communityName: nameOf.get(r.communityId) ?? "" })),
  };
}
