// What a command's domain event says (issue #12, the outbox): derived from the audit row it is
// written with, so every command that audits (all of them, through shared/audit.ts) also emits,
// in the same transaction, with nothing to add in the modules. Pure functions, unit-tested.

/**
 * Audit records that are not domain events: nothing in a community changed. Sign-in, sign-out and
 * a password change are the account's own security log (no community; one per session; sending
 * them to webhooks would broadcast when staff work); a probe for a duplicate ID number is a
 * refused attempt. They stay in the audit log only. Every action of the authorization list is a
 * command and emits; a new audit-only literal must be listed here (the type forces the decision).
 */
export const AUDIT_ONLY = {
  "account:signIn": true,
  "account:signOut": true,
  "account:changePassword": true,
  "resident:idNumberDuplicate": true,
  "resident:signIn": true,
  "resident:signOut": true,
} as const;
export type AuditOnlyAction = keyof typeof AUDIT_ONLY;

export const isAuditOnly = (action: string): action is AuditOnlyAction => Object.hasOwn(AUDIT_ONLY, action);

interface Change {
  targetType: string;
  before?: unknown;
  after?: unknown;
  /** An explicit event name (verb or "subject:verb"), when the derived one says too little. */
  event?: string;
}

const statusOf = (row: unknown): string | null => {
  if (!row || typeof row !== "object") return null;
  const s = (row as { status?: unknown }).status;
  return typeof s === "string" ? s : null;
};

/** "ServiceTicket" → "serviceTicket". */
const subjectName = (targetType: string) => targetType.charAt(0).toLowerCase() + targetType.slice(1);

/**
 * The event's type, "<subject>:<what happened>": `created` (no before), `deleted` (no after), the
 * new status in lower case when the status changed (SUBMITTED → ACCEPTED: "topic:accepted"),
 * otherwise `updated`. An explicit `event` wins ("closed" → "meeting:closed").
 */
export function eventType(change: Change): string {
  const subject = subjectName(change.targetType);
  if (change.event) return change.event.includes(":") ? change.event : `${subject}:${change.event}`;
  const hasBefore = change.before !== undefined && change.before !== null;
  const hasAfter = change.after !== undefined && change.after !== null;
  if (!hasBefore && hasAfter) return `${subject}:created`;
  if (hasBefore && !hasAfter) return `${subject}:deleted`;
  const from = statusOf(change.before);
  const to = statusOf(change.after);
  if (to !== null && from !== to) return `${subject}:${to.toLowerCase()}`;
  return `${subject}:updated`;
}
