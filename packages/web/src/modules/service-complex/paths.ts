// Where each service-complex screen lives (under /service-complex/*).
export const SECTIONS = ["queue", "catalog", "visits", "rooms", "report", "settings"] as const;
export type Section = (typeof SECTIONS)[number];

export const sectionPath = (section: Section) => `/service-complex/${section}`;
export const ticketPath = (id: string) => `/service-complex/tickets/${encodeURIComponent(id)}`;
