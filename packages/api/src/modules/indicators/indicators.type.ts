// The indicators in the contract: regionOverview (a period's 1+2+N figures for a district, street
// or community, per street and per community) and regionTrends (the same flows month by month).
// Every figure's description says how it is counted (metrics.ts), so a third-party dashboard gets
// the cockpit's numbers from the same fields.
import { builder } from "../../builder.js";
import { toGlobalId } from "../../shared/ids.js";
import { UserError } from "../../shared/errors.js";
import { ratio } from "../../shared/money.js";
import {
  MAX_TREND_MONTHS,
  regionOverview,
  regionTrends,
  type CommunityIndicators,
  type Coverage,
  type Figures,
  type RegionOverview,
  type StreetIndicators,
  type TrendMonth,
} from "./indicators.service.js";
import { positionOf } from "./figs.js";
import { FIGURES, PROJECT_STATUSES, TOPIC_STATUSES, type Capability } from "./metrics.js";

const STATUS_FIGURE = /^(topics|projects)[A-Z][A-Z_]+$/;
const rate = (part: number, whole: number) => ratio(Math.round(part), Math.round(whole));
const round2 = (v: number) => Math.round(v * 100) / 100;

const StatusCount = builder.objectRef<{ status: string; count: number }>("IndicatorStatusCount").implement({
  description: "A count by status.",
  fields: (t) => ({
    status: t.exposeString("status", { description: "A TopicStatus or ProjectStatus value." }),
    count: t.exposeInt("count"),
  }),
});

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;
type FieldBuilder = PothosSchemaTypes.ObjectFieldBuilder<Types, Figures>;

/** The raw figures of `capability` as fields (flows only with `flowsOnly`), each with its description. */
function figureFields(t: FieldBuilder, capability: Capability, flowsOnly: boolean) {
  const fields: Record<string, PothosSchemaTypes.FieldRef<Types, unknown, "Object">> = {};
  for (const f of FIGURES.filter((x) => x.capability === capability && (!flowsOnly || x.flow) && !STATUS_FIGURE.test(x.name))) {
    const description = f.flow ? f.description : `${f.description} (State now, whatever the period.)`;
    const name = f.name;
    if (f.type === "Int") fields[name] = t.int({ description, resolve: (r) => r[name]! });
    else if (f.type === "Float") fields[name] = t.float({ description, resolve: (r) => r[name]! });
    else fields[name] = t.field({ type: "Money", description, resolve: (r) => r[name]! });
  }
  return fields;
}

/** The figures computed from the raw ones (rates, averages), per capability; `flow`: also in the trends. */
interface Derived {
  name: string;
  capability: Capability;
  flow: boolean;
  nullable: boolean;
  description: string;
  value: (r: Figures) => number | null;
}
const DERIVED: Derived[] = [
  { capability: "service", name: "onTimeRate", flow: true, nullable: true, description: "ticketsClosedOnTime / ticketsClosed, 0–1; null when nothing closed.", value: (r) => rate(r.ticketsClosedOnTime!, r.ticketsClosed!) },
  {
    capability: "service",
    name: "averageRating",
    flow: true,
    nullable: true,
    description: "ratingSum / ratingCount (1–5, two decimals); null without ratings.",
    value: (r) => (r.ratingCount ? round2(r.ratingSum! / r.ratingCount) : null),
  },
  { capability: "deliberation", name: "implementationRate", flow: true, nullable: true, description: "resolutionsAdoptedDone / resolutionsAdopted, 0–1; null when none adopted.", value: (r) => rate(r.resolutionsAdoptedDone!, r.resolutionsAdopted!) },
  { capability: "deliberation", name: "escalationAnswerRate", flow: true, nullable: true, description: "escalationsAnswered / escalations, 0–1; null without escalations.", value: (r) => rate(r.escalationsAnswered!, r.escalations!) },
  { capability: "volunteering", name: "verifiedHours", flow: true, nullable: false, description: "verifiedMinutes / 60, one decimal.", value: (r) => Math.round(r.verifiedMinutes! / 6) / 10 },
  { capability: "projects", name: "burnRate", flow: false, nullable: true, description: "spentFen / budgetedFen; null without budget.", value: (r) => ratio(r.spentFen!, r.budgetedFen!) },
  {
    capability: "projects",
    name: "averageSatisfaction",
    flow: false,
    nullable: true,
    description: "surveyScoreSum / surveyResponses (1–5, two decimals); null without answers.",
    value: (r) => (r.surveyResponses ? round2(r.surveyScoreSum! / r.surveyResponses) : null),
  },
];

/** The derived figures of `capability` as fields (those of the trends with `flowsOnly`). */
function derivedFields(t: FieldBuilder, capability: Capability, flowsOnly: boolean) {
  const fields: Record<string, PothosSchemaTypes.FieldRef<Types, unknown, "Object">> = {};
  for (const d of DERIVED.filter((x) => x.capability === capability && (!flowsOnly || x.flow))) {
    fields[d.name] = d.nullable ? t.float({ nullable: true, description: d.description, resolve: d.value }) : t.float({ description: d.description, resolve: (r) => d.value(r)! });
  }
  return fields;
}

const topicsByStatus = (t: FieldBuilder) =>
  t.field({
    type: [StatusCount],
    description: "The topics raised in the period by their status now (every TopicStatus listed).",
    resolve: (r) => TOPIC_STATUSES.map((status) => ({ status, count: Number(r[`topics${status}`]) })),
  });

/**
 * The columns communityTable can give, in its default order: per capability (service, deliberation,
 * volunteering, projects) its raw figures, then its derived ones, as "capability.figure" — every
 * scalar field of the capability's Indicators type.
 */
const CAPABILITIES: Capability[] = ["service", "deliberation", "volunteering", "projects"];
const TABLE_COLUMNS = new Map<string, (r: CommunityIndicators) => number | null>(
  CAPABILITIES.flatMap((c) => [
    ...FIGURES.filter((f) => f.capability === c && !STATUS_FIGURE.test(f.name)).map((f) => {
      const at = positionOf(f.name);
      return [`${c}.${f.name}`, (r: CommunityIndicators) => r.vector[at]!] as const;
    }),
    ...DERIVED.filter((d) => d.capability === c).map((d) => [`${c}.${d.name}`, (r: CommunityIndicators) => d.value(r.figures)] as const),
  ]),
);
export const TABLE_COLUMN_NAMES = [...TABLE_COLUMNS.keys()];
const MAX_TABLE_COLUMNS = TABLE_COLUMN_NAMES.length;

const ServiceIndicators = builder.objectRef<Figures>("ServiceIndicators").implement({
  description: "1 — the party-mass service complex (一窗口办理), counted as serviceReport counts it.",
  fields: (t) => ({ ...figureFields(t, "service", false), ...derivedFields(t, "service", false) }),
});
const DeliberationIndicators = builder.objectRef<Figures>("DeliberationIndicators").implement({
  description: "2a — the deliberation committee (议事委员会): committees, meetings, topics, resolutions, escalations, notices and objections.",
  fields: (t) => ({ ...figureFields(t, "deliberation", false), topicsByStatus: topicsByStatus(t), ...derivedFields(t, "deliberation", false) }),
});
const VolunteeringIndicators = builder.objectRef<Figures>("VolunteeringIndicators").implement({
  description: "2b — the volunteer service committee (志愿服务委员会) and points (积分): teams, volunteers, activities, hours, points and the store.",
  fields: (t) => ({ ...figureFields(t, "volunteering", false), ...derivedFields(t, "volunteering", false) }),
});
const ProjectIndicators = builder.objectRef<Figures>("ProjectIndicators").implement({
  description: "N — special service projects (特色服务项目), counted as projectPortfolio counts them.",
  fields: (t) => ({
    ...figureFields(t, "projects", false),
    projectsByStatus: t.field({
      type: [StatusCount],
      description: "Projects now by status (every ProjectStatus listed).",
      resolve: (r) => PROJECT_STATUSES.map((status) => ({ status, count: Number(r[`projects${status}`]) })),
    }),
    ...derivedFields(t, "projects", false),
  }),
});

const Indicators = builder.objectRef<Figures>("Indicators").implement({
  description: "The 1+2+N indicators of one community, or summed over communities (rates are computed from the sums).",
  fields: (t) => ({
    service: t.field({ type: ServiceIndicators, resolve: (r) => r }),
    deliberation: t.field({ type: DeliberationIndicators, resolve: (r) => r }),
    volunteering: t.field({ type: VolunteeringIndicators, resolve: (r) => r }),
    projects: t.field({ type: ProjectIndicators, resolve: (r) => r }),
  }),
});

const CommunityKind = builder.enumType("IndicatorCommunityKind", { values: { URBAN: { description: "社区" }, RURAL: { description: "村" } } });

const CommunityRow = builder.objectRef<CommunityIndicators>("CommunityIndicators").implement({
  description: "One community's indicators for the period.",
  fields: (t) => ({
    communityId: t.id({ description: "The Community (drill down with regionOverview(nodeId: communityId))", resolve: (r) => toGlobalId("Community", r.communityId) }),
    communityName: t.exposeString("communityName"),
    communityKind: t.expose("communityKind", { type: CommunityKind }),
    streetId: t.id({ description: "The Region (street) the community belongs to.", resolve: (r) => toGlobalId("Region", r.streetId) }),
    streetName: t.exposeString("streetName"),
    indicators: t.field({ type: Indicators, resolve: (r) => r.figures }),
  }),
});

const StreetRow = builder.objectRef<StreetIndicators>("StreetIndicators").implement({
  description: "A street's subtotal and its communities (by name).",
  fields: (t) => ({
    streetId: t.id({ resolve: (r) => toGlobalId("Region", r.streetId) }),
    streetName: t.exposeString("streetName"),
    communityCount: t.exposeInt("communityCount", { description: "Communities of the street covered (where the viewer holds report:read)." }),
    indicators: t.field({ type: Indicators, description: "The sums over the street's communities.", resolve: (r) => r.figures }),
    communities: t.field({ type: [CommunityRow], resolve: (r) => r.communities }),
  }),
});

/** communityTable's rows: the communities with their figures' values in the columns' order. */
interface Table {
  columns: string[];
  rows: CommunityIndicators[];
  values: ((r: CommunityIndicators) => number | null)[];
}

const TableRow = builder.objectRef<{ row: CommunityIndicators; table: Table }>("IndicatorTableRow").implement({
  description: "One community's figures for the period, in the order of IndicatorTable.columns.",
  fields: (t) => ({
    communityId: t.id({ description: "The Community (drill down with regionOverview(nodeId: communityId)).", resolve: ({ row }) => toGlobalId("Community", row.communityId) }),
    communityName: t.string({ resolve: ({ row }) => row.communityName }),
    communityKind: t.field({ type: CommunityKind, resolve: ({ row }) => row.communityKind }),
    streetId: t.id({ description: "The Region (street) the community belongs to.", resolve: ({ row }) => toGlobalId("Region", row.streetId) }),
    streetName: t.string({ resolve: ({ row }) => row.streetName }),
    values: t.field({
      type: ["Float"],
      nullable: { list: false, items: true },
      description: "The figures in the order of columns: counts and sums as numbers, Money as whole fen, rates and averages null where their field is null.",
      resolve: ({ row, table }) => table.values.map((v) => v(row)),
    }),
  }),
});

const TableRef = builder.objectRef<Table>("IndicatorTable").implement({
  description:
    "The per-community breakdown in a compact shape: the figures of `communities { indicators }`, one list of numbers per community. For dashboards of many communities: a district of 2,000 communities is 2,000 short rows rather than some 80,000 fields.",
  fields: (t) => ({
    columns: t.exposeStringList("columns", {
      description: `The figures of each row's values, in order, as "capability.figure" — the scalar fields of ServiceIndicators, DeliberationIndicators, VolunteeringIndicators and ProjectIndicators (e.g. service.ticketsSubmitted, service.onTimeRate, projects.budgetedFen), described there.`,
    }),
    rows: t.field({ type: [TableRow], description: "Every community covered, by street then name (as communities).", resolve: (table) => table.rows.map((row) => ({ row, table })) }),
  }),
});

const CoverageRef = builder.objectRef<Coverage>("IndicatorCoverage").implement({
  description: "How many of the communities covered have each body of the 1+2+N set up.",
  fields: (t) => ({
    communityCount: t.exposeInt("communityCount", { description: "Communities covered." }),
    serviceComplex: t.exposeInt("serviceComplex", { description: "With a service complex (党群服务综合体)." }),
    deliberationCommittee: t.exposeInt("deliberationCommittee", { description: "With a deliberation committee (议事委员会)." }),
    fullySeatedCommittee: t.exposeInt("fullySeatedCommittee", { description: `Whose committee has a member serving today in each of the seven fixed seat categories ("7+X").` }),
    monthlyMeetings: t.exposeInt("monthlyMeetings", { description: "That held a deliberation meeting in every month of the period (协商议事日)." }),
    volunteerCommittee: t.exposeInt("volunteerCommittee", { description: "With a volunteer service committee (志愿服务委员会)." }),
    pointsInUse: t.exposeInt("pointsInUse", { description: "Where a points account was awarded or lost points in the period." }),
    withProjects: t.exposeInt("withProjects", { description: "With at least one special service project (any status)." }),
  }),
});

const PeriodKind = builder.enumType("IndicatorPeriodKind", { values: ["MONTH", "QUARTER", "YEAR"] as const });
const NodeKind = builder.enumType("IndicatorNodeKind", { values: ["COMMUNITY", "STREET", "DISTRICT"] as const });

const ProjectTypeRow = builder.objectRef<RegionOverview["projectTypes"][number]>("IndicatorProjectType").implement({
  description: "Projects of one type name (e.g. 四点半课堂) across the communities covered, now.",
  fields: (t) => ({
    typeName: t.exposeString("typeName"),
    projects: t.exposeInt("projects"),
    budgetedFen: t.expose("budgetedFen", { type: "Money", description: "Budget of the approved ones, whole fen." }),
    beneficiaries: t.exposeInt("beneficiaries"),
  }),
});

export const OverviewRef = builder.objectRef<RegionOverview>("RegionOverview").implement({
  description:
    "The 1+2+N indicators of a district, street or community for a China calendar month, quarter or year: totals, coverage, per street and per community. Flows count rows whose time falls in the period (China time, UTC+8); figures marked 'State now' count rows as they are at asOf.",
  fields: (t) => ({
    nodeId: t.id({ description: "The Region or Community covered.", resolve: (o) => o.node.gid }),
    nodeName: t.string({ resolve: (o) => o.node.name }),
    nodeKind: t.field({ type: NodeKind, resolve: (o) => o.node.kind }),
    period: t.string({ description: `The period as given back: "2026-11", "2026-Q4" or "2026".`, resolve: (o) => o.period.key }),
    periodKind: t.field({ type: PeriodKind, resolve: (o) => o.period.kind }),
    periodLabel: t.string({ description: "2026年11月, 2026年第4季度, 2026年.", resolve: (o) => o.period.label }),
    from: t.expose("from", { type: "DateTime", description: "First instant of the period (China midnight), in UTC." }),
    to: t.expose("to", { type: "DateTime", description: "First instant after the period (exclusive)." }),
    asOf: t.expose("asOf", { type: "DateTime", description: "When the state figures were read." }),
    totals: t.field({ type: Indicators, description: "Sums over every community covered.", resolve: (o) => o.totals }),
    coverage: t.field({ type: CoverageRef, resolve: (o) => o.coverage }),
    streets: t.field({ type: [StreetRow], description: "Per street (by name), each with its communities (by name).", resolve: (o) => o.streets }),
    communities: t.field({ type: [CommunityRow], description: "Every community covered, by street then name (the streets' rows, flat).", resolve: (o) => o.streets.flatMap((s) => s.communities) }),
    communityTable: t.field({
      type: TableRef,
      description: "Every community covered, by street then name, with its figures as one list of numbers (the compact form of communities { indicators }).",
      args: {
        columns: t.arg.stringList({
          required: false,
          description: `The figures wanted, in this order, as "capability.figure" (see IndicatorTable.columns); default: all ${MAX_TABLE_COLUMNS}, per capability, raw figures then derived ones.`,
        }),
      },
      resolve: (o, args) => {
        const columns = args.columns ?? TABLE_COLUMN_NAMES;
        if (columns.length > MAX_TABLE_COLUMNS) throw new UserError("INVALID", `指标列最多 ${MAX_TABLE_COLUMNS} 个 (columns: at most ${MAX_TABLE_COLUMNS})`, "columns");
        const unknown = columns.find((c) => !TABLE_COLUMNS.has(c));
        if (unknown !== undefined) throw new UserError("INVALID", `没有这个指标列：${unknown.slice(0, 60)} (columns: unknown figure)`, "columns");
        return { columns, rows: o.streets.flatMap((s) => s.communities), values: columns.map((c) => TABLE_COLUMNS.get(c)!) };
      },
    }),
    projectTypes: t.field({ type: [ProjectTypeRow], description: "Projects by type name, most first.", resolve: (o) => o.projectTypes }),
  }),
});

const TrendMonthRef = builder.objectRef<TrendMonth>("RegionTrendMonth").implement({
  description: "One China calendar month of a region's flows: the flow figures of regionOverview (period = that month) for the same node.",
  fields: (t) => ({
    month: t.exposeString("month", { description: "YYYY-MM" }),
    from: t.expose("from", { type: "DateTime" }),
    to: t.expose("to", { type: "DateTime" }),
    service: t.field({ type: ServiceTrend, resolve: (m) => m.figures }),
    deliberation: t.field({ type: DeliberationTrend, resolve: (m) => m.figures }),
    volunteering: t.field({ type: VolunteeringTrend, resolve: (m) => m.figures }),
    projects: t.field({ type: ProjectTrend, resolve: (m) => m.figures }),
  }),
});
const ServiceTrend = builder.objectRef<Figures>("ServiceTrend").implement({
  description: "The service complex's flows of a month (as in ServiceIndicators).",
  fields: (t) => ({ ...figureFields(t, "service", true), ...derivedFields(t, "service", true) }),
});
const DeliberationTrend = builder.objectRef<Figures>("DeliberationTrend").implement({
  description: "The deliberation committee's flows of a month (as in DeliberationIndicators).",
  fields: (t) => ({ ...figureFields(t, "deliberation", true), topicsByStatus: topicsByStatus(t), ...derivedFields(t, "deliberation", true) }),
});
const VolunteeringTrend = builder.objectRef<Figures>("VolunteeringTrend").implement({
  description: "Volunteering's and points' flows of a month (as in VolunteeringIndicators).",
  fields: (t) => ({ ...figureFields(t, "volunteering", true), ...derivedFields(t, "volunteering", true) }),
});
const ProjectTrend = builder.objectRef<Figures>("ProjectTrend").implement({
  description: "Projects' flows of a month (as in ProjectIndicators).",
  fields: (t) => figureFields(t, "projects", true),
});

const TrendsRef = builder.objectRef<Awaited<ReturnType<typeof regionTrends>>>("RegionTrends").implement({
  description: "A region's flows month by month, oldest first.",
  fields: (t) => ({
    nodeId: t.id({ resolve: (r) => r.node.gid }),
    nodeName: t.string({ resolve: (r) => r.node.name }),
    nodeKind: t.field({ type: NodeKind, resolve: (r) => r.node.kind }),
    months: t.field({ type: [TrendMonthRef], resolve: (r) => r.months }),
  }),
});

builder.queryFields((t) => ({
  regionOverview: t.field({
    type: OverviewRef,
    description:
      "The 1+2+N indicators (驾驶舱) of a district, street or community for a period, with coverage and the per-community breakdown grouped by street. Needs report:read on the node (a street or district grant covers the communities below it); a node out of reach is NOT_FOUND.",
    authScopes: { loggedIn: true },
    args: {
      nodeId: t.arg.id({ description: "A Region (district or street) or a Community." }),
      period: t.arg.string({ description: `A China calendar month "2026-11", quarter "2026-Q4" or year "2026".` }),
    },
    resolve: (_r, args, ctx) => regionOverview(ctx, String(args.nodeId), args.period),
  }),
  regionTrends: t.field({
    type: TrendsRef,
    description: "The flow indicators of a district, street or community month by month (China calendar months), for the trend charts. Needs report:read on the node.",
    authScopes: { loggedIn: true },
    args: {
      nodeId: t.arg.id({ description: "A Region (district or street) or a Community." }),
      until: t.arg.string({ required: false, description: "The last month, YYYY-MM; default: the current month." }),
      months: t.arg.int({ required: false, defaultValue: 12, description: `How many months up to \`until\` (1–${MAX_TREND_MONTHS}; default 12).` }),
    },
    resolve: (_r, args, ctx) => regionTrends(ctx, String(args.nodeId), args.until, args.months ?? 12),
  }),
}));
