// The resident side's requests (居民端, issue #14): POST /graphql with the resident's session cookie
// (gz_resident, HttpOnly: set by signInResident, sent with credentials: "include"), never cached.
// Same time limit as the public pages; every failure ends in a ResidentError the page shows:
//   network / timeout / server — with a retry;
//   user — the server's own Chinese message (a mutation's UserError, or an error with a user code);
//   unauthenticated — not signed in (or the session ended): sign in again.
// Mutation documents select `__typename` and `... on UserError { code field message }` on their
// result union (see residentQueries.ts); a UserError there is thrown as kind "user".
import { useCallback, useEffect, useRef, useState } from "react";
import { GRAPHQL_URL, PublicQueryError, TIMEOUT_MS, type QueryErrorKind, type QueryState } from "../api";

export type ResidentErrorKind = QueryErrorKind;

/** The server's UserError codes (packages/schema UserErrorCode). */
const USER_CODES = new Set(["INVALID", "REQUIRED", "NOT_FOUND", "DUPLICATE", "FORBIDDEN", "CONFLICT", "UNAUTHENTICATED", "RATE_LIMITED"]);

export class ResidentError extends PublicQueryError {
  constructor(
    kind: ResidentErrorKind,
    message: string,
    /** The server's code (CONFLICT, RATE_LIMITED, …) for kind "user". */
    readonly code: string | null = null,
    /** The input field it names (input.code, input.phone, …). */
    readonly field: string | null = null,
  ) {
    super(kind, message);
    this.name = "ResidentError";
  }
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string; field?: string | null } }[];
}

interface UserErrorShape {
  __typename: "UserError";
  message: string;
  code: string;
  field: string | null;
}
const isUserError = (v: unknown): v is UserErrorShape => !!v && typeof v === "object" && (v as { __typename?: string }).__typename === "UserError";

/** Told when a request finds the resident no longer signed in. */
export const sessionEndedListeners = new Set<() => void>();

/** One request as the signed-in resident; throws ResidentError. */
export async function residentRequest<T>(query: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal?.addEventListener("abort", onAbort);
  let res: Response;
  try {
    res = await fetch(new URL(GRAPHQL_URL, location.href).href, {
      method: "POST",
      credentials: "include",
      cache: "no-store",
      headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
      body: JSON.stringify({ query, variables }),
      signal: timeout.signal,
    });
  } catch {
    throw new ResidentError(signal?.aborted ? "network" : timeout.signal.aborted ? "timeout" : "network", "network");
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
  let body: GraphQLBody<T>;
  try {
    body = (await res.json()) as GraphQLBody<T>;
  } catch {
    throw new ResidentError("server", `HTTP ${res.status}`);
  }
  const first = body.errors?.[0];
  if (first) {
    const code = first.extensions?.code ?? null;
    if (code === "UNAUTHENTICATED") {
      // The session ended (signed out everywhere, expired): the session provider reads the viewer again.
      sessionEndedListeners.forEach((l) => l());
      throw new ResidentError("unauthenticated", first.message, code);
    }
    if (code && USER_CODES.has(code)) throw new ResidentError("user", first.message, code, first.extensions?.field ?? null);
    throw new ResidentError("server", first.message, code);
  }
  if (!body.data) throw new ResidentError("server", `HTTP ${res.status}`);
  for (const value of Object.values(body.data as Record<string, unknown>)) {
    if (isUserError(value)) throw new ResidentError("user", value.message, value.code, value.field);
  }
  return body.data;
}

const asResidentError = (e: unknown) => (e instanceof ResidentError ? e : new ResidentError("server", String(e)));

/**
 * Bumped after sign-in and sign-out: every resident query runs again (another resident, or none).
 */
const sessionListeners = new Set<() => void>();
export function residentDataChanged() {
  sessionListeners.forEach((l) => l());
}
function useSessionEpoch() {
  const [epoch, setEpoch] = useState(0);
  useEffect(() => {
    const bump = () => setEpoch((e) => e + 1);
    sessionListeners.add(bump);
    return () => void sessionListeners.delete(bump);
  }, []);
  return epoch;
}

/** Runs the query when the variables change (null: not yet); `retry` runs it again. Same shape as usePublicQuery, so `Loaded` shows it. */
export function useResidentQuery<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const key = variables ? JSON.stringify(variables) : null;
  const epoch = useSessionEpoch();
  const [attempt, setAttempt] = useState(0);
  const run = `${attempt}:${epoch}`;
  const [state, setState] = useState<{ key: string | null; run: string; data: T | null; error: ResidentError | null }>({ key: null, run: "", data: null, error: null });
  useEffect(() => {
    if (key === null) return;
    const abort = new AbortController();
    residentRequest<T>(query, JSON.parse(key) as Record<string, unknown>, abort.signal).then(
      (data) => !abort.signal.aborted && setState({ key, run, data, error: null }),
      (error: unknown) => !abort.signal.aborted && setState({ key, run, data: null, error: asResidentError(error) }),
    );
    return () => abort.abort();
  }, [query, key, run]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const current = state.key === key && state.run === run;
  // Refreshing the same variables (retry, sign-in elsewhere) keeps the answer on screen until the new one comes.
  const stale = !current && state.key === key ? state.data : null;
  return { data: current ? state.data : stale, error: current ? state.error : null, loading: key !== null && !current && stale === null, retry };
}

export interface MutationState<TData, TVars> {
  /** Sends the mutation; resolves with the data, or null when it failed (then `error` says why). A second call while one runs resolves null. */
  run: (vars: TVars) => Promise<TData | null>;
  running: boolean;
  error: ResidentError | null;
  /** Forget the last error (e.g. when the input changes). */
  reset: () => void;
}

export function useResidentMutation<TData, TVars extends Record<string, unknown> = Record<string, unknown>>(query: string): MutationState<TData, TVars> {
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ResidentError | null>(null);
  const busy = useRef(false);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => void (mounted.current = false);
  }, []);
  const run = useCallback(
    async (vars: TVars) => {
      if (busy.current) return null;
      busy.current = true;
      setRunning(true);
      setError(null);
      try {
        return await residentRequest<TData>(query, vars);
      } catch (e) {
        if (mounted.current) setError(asResidentError(e));
        return null;
      } finally {
        busy.current = false;
        if (mounted.current) setRunning(false);
      }
    },
    [query],
  );
  const reset = useCallback(() => setError(null), []);
  return { run, running, error, reset };
}

export { userMessage } from "../format";
