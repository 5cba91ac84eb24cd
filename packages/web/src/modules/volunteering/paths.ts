// Where each volunteering screen lives (under /volunteering/*; the points screens share the area).
export const SECTIONS = ["teams", "activities"] as const;
export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/volunteering/${section}`;
export const activityPath = (id: string) => `/volunteering/activities/${encodeURIComponent(id)}`;
