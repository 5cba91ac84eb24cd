// The signed-in app's urql client: graphcache (app/cache.ts) in front of fetch, one per session
// generation (see GraphQLProvider). Loaded with the signed-in app's code, not by the sign-in page.
import { useMemo, type ReactNode } from "react";
import { Provider } from "urql";
import { createCacheExchange } from "./cache";
import { createGraphQLClient } from "./client";
import { useGraphQLSession } from "./GraphQLProvider";

export function CachedGraphQL({ children }: { children: ReactNode }) {
  const { generation, url, expired } = useGraphQLSession();
  const client = useMemo(() => createGraphQLClient({ url, onUnauthenticated: expired, cache: createCacheExchange() }), [url, expired, generation]);
  return <Provider value={client}>{children}</Provider>;
}
