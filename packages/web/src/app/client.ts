// The urql clients: fetch with the session cookie sent same-origin. The signed-in app puts
// graphcache in front (app/CachedGraphQL.tsx); the sign-in page does without it, so its first load
// carries neither graphcache nor the contract's type information.
import { Client, fetchExchange, mapExchange, type CombinedError, type Exchange } from "@urql/core";

export interface ClientOptions {
  /** Absolute URL of the GraphQL endpoint; defaults to /graphql on this origin. */
  url?: string;
  /** Called when the API says the session is gone (expired, signed out elsewhere). */
  onUnauthenticated?: () => void;
  /** A normalized cache exchange (graphcache); without one every query goes to the network. */
  cache?: Exchange;
}

const isUnauthenticated = (error: CombinedError) => error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");

export function createGraphQLClient({ url, onUnauthenticated, cache }: ClientOptions = {}) {
  return new Client({
    url: url ?? new URL("/graphql", window.location.origin).toString(),
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated?.();
        },
      }),
      ...(cache ? [cache] : []),
      fetchExchange,
    ],
    // The CSRF header the API requires of non-JSON (multipart upload) requests; sent on every request.
    fetchOptions: { credentials: "same-origin", headers: { "x-gongzhi-csrf": "1" } },
    requestPolicy: cache ? "cache-first" : "network-only",
  });
}
