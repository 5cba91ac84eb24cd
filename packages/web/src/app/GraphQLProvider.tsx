// Owns the session's urql clients. Signing in or out starts a new generation of clients, so no
// cached data of one session is ever shown in the next. Outside the signed-in app (the sign-in page)
// the client has no cache; the signed-in app wraps its screens in <CachedGraphQL>, which makes a
// graphcache client of the same generation (loaded with the app's code, not on the sign-in page).
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { Provider } from "urql";
import { createGraphQLClient, type ClientOptions } from "./client";

interface Session {
  /** Start a fresh client (empty cache); used after sign-in and sign-out. */
  reset: () => void;
  generation: number;
  url?: string;
  /** The session is gone: start afresh (at most every few seconds). */
  expired: () => void;
}
const SessionContext = createContext<Session>({ reset: () => {}, generation: 0, expired: () => {} });

/** Start a fresh client (empty cache); used after sign-in and sign-out. */
export const useResetSession = () => useContext(SessionContext).reset;
/** For <CachedGraphQL>: the generation, URL and expiry callback its client is made with. */
export const useGraphQLSession = () => useContext(SessionContext);

export function GraphQLProvider({ children, url }: { children: ReactNode; url?: ClientOptions["url"] }) {
  const [generation, setGeneration] = useState(0);
  const reset = useCallback(() => setGeneration((g) => g + 1), []);
  // An expired session also starts afresh (the viewer then reads ANONYMOUS and sign-in follows),
  // at most every few seconds so a misbehaving query cannot spin the app.
  const lastExpiry = useRef(0);
  const expired = useCallback(() => {
    if (Date.now() - lastExpiry.current < 5_000) return;
    lastExpiry.current = Date.now();
    reset();
  }, [reset]);
  // A new client per generation.
  const client = useMemo(() => createGraphQLClient({ url, onUnauthenticated: expired }), [url, expired, generation]);
  const session = useMemo(() => ({ reset, generation, url, expired }), [reset, generation, url, expired]);
  return (
    <SessionContext.Provider value={session}>
      <Provider value={client}>{children}</Provider>
    </SessionContext.Provider>
  );
}
