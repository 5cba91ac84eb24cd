// The public pages read only the anonymous GraphQL queries (public*), over GET so that the server
// and any proxy can cache the answer (ETag, Cache-Control): a whole village scanning one poster
// costs one database read a minute. No cookies are sent (credentials: "omit"): the answer is the
// same for everyone. A slow or lost network ends in an error the page shows with a retry button.
import { useCallback, useEffect, useState } from "react";

/** Where the API is (same origin in production and behind the dev proxy). */
export const GRAPHQL_URL = "/graphql";
/** Give up after this long and offer a retry (a phone on a weak signal should not wait forever). */
export const TIMEOUT_MS = 15_000;

/** network, timeout, server: retry; user: the server's message (a resident's request refused); unauthenticated: sign in first. */
export type QueryErrorKind = "network" | "timeout" | "server" | "user" | "unauthenticated";

export class PublicQueryError extends Error {
  constructor(
    readonly kind: QueryErrorKind,
    message: string,
  ) {
    super(message);
  }
}

export async function publicQuery<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const url = `${new URL(GRAPHQL_URL, location.href).href}?query=${encodeURIComponent(query.replace(/\s+/g, " ").trim())}&variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), TIMEOUT_MS);
  const onAbort = () => timeout.abort();
  signal?.addEventListener("abort", onAbort);
  let res: Response;
  try {
    res = await fetch(url, { method: "GET", credentials: "omit", headers: { accept: "application/graphql-response+json, application/json" }, signal: timeout.signal });
  } catch {
    throw new PublicQueryError(signal?.aborted ? "network" : timeout.signal.aborted ? "timeout" : "network", "network");
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
  let body: { data?: T; errors?: { message: string }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new PublicQueryError("server", `HTTP ${res.status}`);
  }
  if (body.errors?.length || !body.data) throw new PublicQueryError("server", body.errors?.[0]?.message ?? `HTTP ${res.status}`);
  return body.data;
}

export interface QueryState<T> {
  data: T | null;
  error: PublicQueryError | null;
  loading: boolean;
  retry: () => void;
}

/** Runs the query when the variables change; `retry` runs it again. */
export function usePublicQuery<T>(query: string, variables: Record<string, unknown> | null): QueryState<T> {
  const key = variables ? JSON.stringify(variables) : null;
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string | null; attempt: number; data: T | null; error: PublicQueryError | null }>({ key: null, attempt: -1, data: null, error: null });
  useEffect(() => {
    if (key === null) return;
    const abort = new AbortController();
    publicQuery<T>(query, JSON.parse(key) as Record<string, unknown>, abort.signal).then(
      (data) => !abort.signal.aborted && setState({ key, attempt, data, error: null }),
      (error: unknown) => !abort.signal.aborted && setState({ key, attempt, data: null, error: error instanceof PublicQueryError ? error : new PublicQueryError("server", String(error)) }),
    );
    return () => abort.abort();
  }, [query, key, attempt]);
  const retry = useCallback(() => setAttempt((a) => a + 1), []);
  const current = state.key === key && state.attempt === attempt;
  return { data: current ? state.data : null, error: current ? state.error : null, loading: key !== null && !current, retry };
}
