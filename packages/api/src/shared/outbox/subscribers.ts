// The outbox's subscribers, registered in code: `subscribe(name, handler)`. Notifications and
// webhooks (later) register here; the delivery worker (worker.ts) hands each of them every event
// in commit order, at least once. Also the in-process nudge `command()` sends after a commit.

/** An event as a subscriber receives it. */
export interface OutboxMessage {
  /** Stable across redeliveries: a subscriber that must not act twice keeps the ids it has handled. */
  id: string;
  /** Commit order: strictly increasing in the order a subscriber receives events. */
  position: bigint;
  /** "<subject>:<what happened>", e.g. "topic:accepted" (shared/outbox/event.ts). */
  type: string;
  subjectType: string;
  subjectId: string;
  communityId: string | null;
  regionId: string | null;
  /** The authorization action of the command, e.g. "topic:review". */
  action: string;
  actor: { accountId: string | null; apiClientId: string | null; actingResidentId: string | null };
  /** The subject after the change (before it, for a removal), masked as on the audit row. */
  payload: unknown;
  occurredAt: Date;
}

export type OutboxHandler = (event: OutboxMessage) => Promise<void> | void;

export interface SubscribeOptions {
  /**
   * Where a subscriber seen for the first time starts: "now" (default) skips the events committed
   * before its first run, "start" receives the whole history. Later runs resume where it stopped.
   */
  from?: "now" | "start";
}

export interface Subscriber {
  name: string;
  handler: OutboxHandler;
  from: "now" | "start";
}

const registry = new Map<string, Subscriber>();
const NAME = /^[a-z][a-z0-9._:-]{0,63}$/;

/**
 * Register a subscriber. The name is its identity in the database (its cursor and delivery
 * records): keep it stable. A handler that throws is retried with backoff, and later events wait
 * for it (order is kept); other subscribers are not held up. Returns an unsubscribe function.
 */
export function subscribe(name: string, handler: OutboxHandler, options: SubscribeOptions = {}): () => void {
  if (!NAME.test(name)) throw new Error(`outbox subscriber name ${JSON.stringify(name)}: lower-case letters, digits and . _ : - (at most 64)`);
  if (registry.has(name)) throw new Error(`outbox subscriber ${name} is already registered`);
  const sub: Subscriber = { name, handler, from: options.from ?? "now" };
  registry.set(name, sub);
  outboxCommitted();
  return () => {
    if (registry.get(name) === sub) registry.delete(name);
  };
}

/** The registered subscribers (the worker reads this on every run, so late registrations are picked up). */
export const subscribers = (): Subscriber[] => [...registry.values()];

const wakers = new Set<() => void>();

/** Called after a command commits: wakes this process's delivery worker, if one runs. */
export function outboxCommitted(): void {
  for (const wake of wakers) wake();
}

/** The worker's hook for outboxCommitted(); returns its removal. */
export function onOutboxCommitted(wake: () => void): () => void {
  wakers.add(wake);
  return () => void wakers.delete(wake);
}
