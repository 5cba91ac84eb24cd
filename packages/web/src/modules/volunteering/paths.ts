// Where each volunteering and points screen lives (under /volunteering/*).
export const SECTIONS = ["teams", "activities", "rules", "claims", "accounts", "store", "rankings"] as const;
export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/volunteering/${section}`;
export const activityPath = (id: string) => `/volunteering/activities/${encodeURIComponent(id)}`;
export const accountPath = (id: string) => `/volunteering/accounts/${encodeURIComponent(id)}`;
