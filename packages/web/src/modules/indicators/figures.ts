// The figures the cockpit shows (KPI cards, the per-community table, the comparison chart), as
// regionOverview gives them (IndicatorFields), with how each is formatted.
import { graphql, type ResultOf } from "@gongzhi/schema";

export const IndicatorFields = graphql(`
  fragment IndicatorFields on Indicators {
    service {
      serviceComplexes
      ticketsSubmitted
      ticketsClosed
      onTimeRate
      ticketsOverdueNow
      averageRating
      visits
      opinions
    }
    deliberation {
      committees
      meetingsHeld
      topicsSubmitted
      resolutionsAdopted
      implementationRate
      resolutionsPastDue
      escalationAnswerRate
      noticesPublished
      objectionsUpheld
    }
    volunteering {
      volunteerCommittees
      volunteers
      dualRegistered
      activities
      personTimes
      verifiedHours
      pointsAwarded
      activeHouseholds
      redemptions
    }
    projects {
      projects
      projectsApproved
      projectsCompleted
      budgetedFen
      spentFen
      burnRate
      beneficiaries
      overdueProjects
      averageSatisfaction
    }
  }
`);

export type Indicators = ResultOf<typeof IndicatorFields>;
export const CAPABILITIES = ["service", "deliberation", "volunteering", "projects"] as const;
export type Capability = (typeof CAPABILITIES)[number];

/**
 * IndicatorFields' figures as regionOverview's communityTable columns ("capability.figure"): the
 * cockpit reads the communities of a district (up to thousands) as rows of numbers, not as fields.
 */
const TABLE_KEYS: { [C in Capability]: (keyof Indicators[C] & string)[] } = {
  service: ["serviceComplexes", "ticketsSubmitted", "ticketsClosed", "onTimeRate", "ticketsOverdueNow", "averageRating", "visits", "opinions"],
  deliberation: ["committees", "meetingsHeld", "topicsSubmitted", "resolutionsAdopted", "implementationRate", "resolutionsPastDue", "escalationAnswerRate", "noticesPublished", "objectionsUpheld"],
  volunteering: ["volunteerCommittees", "volunteers", "dualRegistered", "activities", "personTimes", "verifiedHours", "pointsAwarded", "activeHouseholds", "redemptions"],
  projects: ["projects", "projectsApproved", "projectsCompleted", "budgetedFen", "spentFen", "burnRate", "beneficiaries", "overdueProjects", "averageSatisfaction"],
};
export const TABLE_COLUMNS = CAPABILITIES.flatMap((c) => TABLE_KEYS[c].map((k) => `${c}.${k}`));

/** A communityTable row's values (in `columns`' order) as the Indicators the table and chart read. */
export function indicatorsFromRow(columns: readonly string[], values: readonly (number | null)[]): Indicators {
  const out = { service: {}, deliberation: {}, volunteering: {}, projects: {} } as Record<Capability, Record<string, number | null>>;
  columns.forEach((column, i) => {
    const [capability, key] = column.split(".") as [Capability, string];
    out[capability][key] = values[i] ?? null;
  });
  return out as unknown as Indicators;
}
export type Format = "int" | "rate" | "decimal" | "yuan";

export interface FigureDef {
  key: string;
  capability: Capability;
  format: Format;
  value: (i: Indicators) => number | null;
}

const f = <C extends Capability>(capability: C, key: keyof Indicators[C] & string, format: Format = "int"): FigureDef => ({
  key,
  capability,
  format,
  value: (i) => (i[capability] as Record<string, number | null>)[key] ?? null,
});

/** The table's and the comparison chart's columns, per capability. */
export const TABLE_FIGURES: Record<Capability, FigureDef[]> = {
  service: [f("service", "ticketsSubmitted"), f("service", "ticketsClosed"), f("service", "onTimeRate", "rate"), f("service", "ticketsOverdueNow"), f("service", "averageRating", "decimal"), f("service", "visits")],
  deliberation: [
    f("deliberation", "meetingsHeld"),
    f("deliberation", "topicsSubmitted"),
    f("deliberation", "resolutionsAdopted"),
    f("deliberation", "implementationRate", "rate"),
    f("deliberation", "resolutionsPastDue"),
    f("deliberation", "noticesPublished"),
  ],
  volunteering: [
    f("volunteering", "volunteers"),
    f("volunteering", "dualRegistered"),
    f("volunteering", "activities"),
    f("volunteering", "personTimes"),
    f("volunteering", "verifiedHours", "decimal"),
    f("volunteering", "pointsAwarded"),
  ],
  projects: [f("projects", "projects"), f("projects", "projectsApproved"), f("projects", "budgetedFen", "yuan"), f("projects", "spentFen", "yuan"), f("projects", "beneficiaries"), f("projects", "overdueProjects")],
};

/** The KPI cards' figures, per capability. */
export const KPI_FIGURES: Record<Capability, FigureDef[]> = {
  service: [f("service", "ticketsSubmitted"), f("service", "onTimeRate", "rate"), f("service", "ticketsOverdueNow"), f("service", "averageRating", "decimal")],
  deliberation: [f("deliberation", "meetingsHeld"), f("deliberation", "topicsSubmitted"), f("deliberation", "implementationRate", "rate"), f("deliberation", "escalationAnswerRate", "rate")],
  volunteering: [f("volunteering", "volunteers"), f("volunteering", "personTimes"), f("volunteering", "verifiedHours", "decimal"), f("volunteering", "pointsAwarded")],
  projects: [f("projects", "projects"), f("projects", "burnRate", "rate"), f("projects", "beneficiaries"), f("projects", "overdueProjects")],
};

/** The coverage counts shown under each capability's card. */
export const COVERAGE: Record<Capability, ("serviceComplex" | "deliberationCommittee" | "fullySeatedCommittee" | "monthlyMeetings" | "volunteerCommittee" | "pointsInUse" | "withProjects")[]> = {
  service: ["serviceComplex"],
  deliberation: ["deliberationCommittee", "fullySeatedCommittee", "monthlyMeetings"],
  volunteering: ["volunteerCommittee", "pointsInUse"],
  projects: ["withProjects"],
};

/** A figure as text in the reader's language; "—" for none (a rate without a base). */
export function formatFigure(value: number | null, format: Format, lng: string): string {
  if (value === null || Number.isNaN(value)) return "—";
  switch (format) {
    case "rate":
      return `${(value * 100).toFixed(1)}%`;
    case "decimal":
      return value.toLocaleString(lng, { maximumFractionDigits: 2 });
    case "yuan":
      return (value / 100).toLocaleString(lng, { maximumFractionDigits: 0 });
    default:
      return value.toLocaleString(lng);
  }
}

/** A figure as a chart value (yuan for money, percent for rates). */
export const chartValue = (value: number | null, format: Format) => (value === null ? 0 : format === "yuan" ? Math.round(value / 100) : format === "rate" ? Math.round(value * 1000) / 10 : value);
