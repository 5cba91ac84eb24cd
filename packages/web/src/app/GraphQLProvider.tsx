// Owns the urql client. Signing in or out starts a new client, so no cached data of one session
// is ever shown in the next.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from "react";
import { Provider } from "urql";
import { createGraphQLClient, type ClientOptions } from "./client";

const ResetContext = createContext<() => void>(() => {});

/** Start a fresh client (empty cache); used after sign-in and sign-out. */
export const useResetSession = () => useContext(ResetContext);

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
  return (
    <ResetContext.Provider value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetContext.Provider>
  );
}
