// Where each points screen lives: beside volunteering's, under /volunteering/* (志愿服务与积分).
export const SECTIONS = ["rules", "claims", "accounts", "store", "rankings"] as const;
export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/volunteering/${section}`;
export const accountPath = (id: string) => `/volunteering/accounts/${encodeURIComponent(id)}`;
