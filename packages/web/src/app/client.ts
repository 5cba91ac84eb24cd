// The urql client: graphcache in front of fetch, the session cookie sent same-origin.
import { Client, fetchExchange, mapExchange, type CombinedError } from "@urql/core";
import { createCacheExchange } from "./cache";

export interface ClientOptions {
  /** Absolute URL of the GraphQL endpoint; defaults to /graphql on this origin. */
  url?: string;
  /** Called when the API says the session is gone (expired, signed out elsewhere). */
  onUnauthenticated?: () => void;
}

const isUnauthenticated = (error: CombinedError) => error.graphQLErrors.some((e) => e.extensions?.code === "UNAUTHENTICATED");

export function createGraphQLClient({ url, onUnauthenticated }: ClientOptions = {}) {
  return new Client({
    url: url ?? new URL("/graphql", window.location.origin).toString(),
    exchanges: [
      mapExchange({
        onError(error) {
          if (isUnauthenticated(error)) onUnauthenticated?.();
        },
      }),
      createCacheExchange(),
      fetchExchange,
    ],
    // The CSRF header the API requires of non-JSON (multipart upload) requests; sent on every request.
    fetchOptions: { credentials: "same-origin", headers: { "x-gongzhi-csrf": "1" } },
    requestPolicy: "cache-first",
  });
}
