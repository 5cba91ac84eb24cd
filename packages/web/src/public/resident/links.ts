// The links on the resident's 我的 page, in order: [path segment after /me, catalog key of its label].
// Other page groups add theirs here.
export const ME_LINKS: readonly { segment: string; label: string }[] = [
  { segment: "store", label: "resident.me.links.store" },
  { segment: "redemptions", label: "resident.me.links.redemptions" },
  { segment: "activities", label: "resident.me.links.activities" },
  // ---- h14b: me/topics, me/tickets, me/requests … ----
  { segment: "topics", label: "resident.me.links.topics" },
  { segment: "objections", label: "resident.me.links.objections" },
  { segment: "tickets", label: "resident.me.links.tickets" },
  { segment: "requests", label: "resident.me.links.requests" },
];
