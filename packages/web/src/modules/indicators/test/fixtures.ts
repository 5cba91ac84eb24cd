// API-shaped answers for the cockpit and the workbench (msw), with __typename on every object.
import { graphql, HttpResponse } from "msw";
import { ACCOUNT, COMMUNITY } from "../../../test/fixtures";
import { TABLE_COLUMNS } from "../figures";

export const DISTRICT = { __typename: "Region", id: "UmVnaW9uOmQ=", name: "江海区", kind: "DISTRICT" } as const;
export const WAIHAI = { __typename: "Region", id: "UmVnaW9uOnc=", name: "外海街道", kind: "STREET" } as const;
export const LILE = { __typename: "Region", id: "UmVnaW9uOmw=", name: "礼乐街道", kind: "STREET" } as const;
export const ZHICHONG = { id: "Q29tbXVuaXR5Ono=", name: "直冲村" };
export const DONGNING = { id: "Q29tbXVuaXR5OmRu", name: "东宁社区" };
export const JIANGCUI = { id: "Q29tbXVuaXR5Omo=", name: "江翠社区" };

/** Every figure the cockpit asks for, scaled by `n` (rates and averages fixed, so they read well). */
export function indicators(n: number) {
  return {
    __typename: "Indicators",
    service: { __typename: "ServiceIndicators", serviceComplexes: 1, ticketsSubmitted: 10 * n, ticketsClosed: 8 * n, onTimeRate: n ? 0.75 : null, ticketsOverdueNow: n, averageRating: n ? 4.5 : null, visits: 3 * n, opinions: n },
    deliberation: {
      __typename: "DeliberationIndicators",
      committees: 1,
      meetingsHeld: n,
      topicsSubmitted: 4 * n,
      resolutionsAdopted: 2 * n,
      implementationRate: n ? 0.5 : null,
      resolutionsPastDue: 0,
      escalationAnswerRate: null,
      noticesPublished: n,
      objectionsUpheld: 0,
    },
    volunteering: { __typename: "VolunteeringIndicators", volunteerCommittees: 1, volunteers: 20 * n, dualRegistered: 2 * n, activities: n, personTimes: 15 * n, verifiedHours: 12.5 * n, pointsAwarded: 100 * n, activeHouseholds: 5 * n, redemptions: n },
    projects: { __typename: "ProjectIndicators", projects: n, projectsApproved: n, projectsCompleted: 0, budgetedFen: 1_000_000 * n, spentFen: 250_000 * n, burnRate: n ? 0.25 : null, beneficiaries: 50 * n, overdueProjects: 0, averageSatisfaction: null },
  };
}

const sum = (...ns: number[]) => ns.reduce((a, b) => a + b, 0);
type Rows = [{ id: string; name: string }, number][];
const street = (s: { id: string; name: string }, rows: Rows) => ({
  __typename: "StreetIndicators",
  streetId: s.id,
  streetName: s.name,
  communityCount: rows.length,
  indicators: indicators(sum(...rows.map((r) => r[1]))),
});
/** communityTable: each community's indicators(n) as one row of values in TABLE_COLUMNS' order. */
const table = (streets: [{ id: string; name: string }, Rows][]) => ({
  __typename: "IndicatorTable",
  columns: TABLE_COLUMNS,
  rows: streets.flatMap(([s, rows]) =>
    rows.map(([c, n]) => {
      const ind = indicators(n) as unknown as Record<string, Record<string, number | null>>;
      return { __typename: "IndicatorTableRow", communityId: c.id, communityName: c.name, streetId: s.id, values: TABLE_COLUMNS.map((col) => ind[col.split(".")[0]!]![col.split(".")[1]!] ?? null) };
    }),
  ),
});

const coverage = (count: number) => ({
  __typename: "IndicatorCoverage",
  communityCount: count,
  serviceComplex: count,
  deliberationCommittee: count,
  fullySeatedCommittee: count - 1,
  monthlyMeetings: 1,
  volunteerCommittee: count,
  pointsInUse: count,
  withProjects: count,
});

/** regionOverview of the district (外海: 直冲村 3, 东宁社区 1; 礼乐: 江翠社区 2) or of one community. */
export function overview(nodeId: string, period: string) {
  const base = { __typename: "RegionOverview", nodeId, period, periodLabel: period, asOf: "2026-11-20T02:00:00.000Z" };
  const communityNode = [ZHICHONG, DONGNING, JIANGCUI].find((c) => c.id === nodeId);
  if (communityNode) {
    const n = communityNode === ZHICHONG ? 3 : 1;
    const st = communityNode === JIANGCUI ? { id: LILE.id, name: LILE.name } : { id: WAIHAI.id, name: WAIHAI.name };
    return { ...base, nodeName: communityNode.name, nodeKind: "COMMUNITY", coverage: coverage(1), totals: indicators(n), streets: [street(st, [[communityNode, n]])], communityTable: table([[st, [[communityNode, n]]]]) };
  }
  const streets: [{ id: string; name: string }, Rows][] = [
    [{ id: LILE.id, name: LILE.name }, [[JIANGCUI, 2]]],
    [
      { id: WAIHAI.id, name: WAIHAI.name },
      [
        [DONGNING, 1],
        [ZHICHONG, 3],
      ],
    ],
  ];
  return {
    ...base,
    nodeName: DISTRICT.name,
    nodeKind: "DISTRICT",
    coverage: coverage(3),
    totals: indicators(6),
    streets: streets.map(([s, rows]) => street(s, rows)),
    communityTable: table(streets),
  };
}

export function trends(nodeId: string) {
  return {
    __typename: "RegionTrends",
    nodeId,
    months: Array.from({ length: 12 }, (_x, i) => ({
      __typename: "RegionTrendMonth",
      month: `2026-${String(i + 1).padStart(2, "0")}`,
      service: { __typename: "ServiceTrend", ticketsSubmitted: i, ticketsClosed: i, visits: 1 },
      deliberation: { __typename: "DeliberationTrend", meetingsHeld: 1, topicsSubmitted: i, resolutionsAdopted: 0 },
      volunteering: { __typename: "VolunteeringTrend", activities: 2, personTimes: 3 * i, verifiedHours: 1.5 },
      projects: { __typename: "ProjectTrend", projectsApproved: 0, projectsCompleted: 1 },
    })),
  };
}

/** The viewer's grants (ReportScopes): a district ADMIN grant, or the community's only. */
export const scopes = (kind: "district" | "community") =>
  graphql.query("ReportScopes", () =>
    HttpResponse.json({
      data: {
        viewer: {
          __typename: "Viewer",
          account: {
            ...ACCOUNT,
            grants: [
              kind === "district"
                ? { __typename: "Grant", id: "R3JhbnQ6MQ==", actions: ["report:read", "community:read"], region: { ...DISTRICT, children: [WAIHAI, LILE] } }
                : { __typename: "Grant", id: "R3JhbnQ6Mg==", actions: ["report:read", "community:read"], region: null },
            ],
          },
        },
      },
    }),
  );

export { COMMUNITY };
