// Where each project screen lives (under /projects/*).
export const SECTIONS = ["mine", "list", "needs", "portfolio", "types"] as const;
export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/projects/${section}`;
export const projectPath = (id: string) => `/projects/items/${encodeURIComponent(id)}`;
