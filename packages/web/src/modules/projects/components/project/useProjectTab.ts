// A tab of the project page loads its own query (node by id) when it opens; the page passes what
// the head already knows (the community). What the viewer may do there comes with the tab's data
// (Project.allowedWork, the rows' allowedSteps).
import type { AnyVariables, DocumentInput } from "@urql/core";
import { useRef } from "react";
import { useQuery } from "urql";

export interface TabProps {
  projectId: string;
  communityId: string;
}

/** The node when it is a Project. */
export const asProject = <N extends { __typename: string }>(node: N | null | undefined) => (node?.__typename === "Project" ? (node as Extract<N, { __typename: "Project" }>) : null);

/**
 * The tab's query, kept fresh while the tab is open. While a change below the project is fetched
 * again (its cached data went stale), the last data stays on screen, and the forms open over it.
 */
export function useProjectTab<Data, Variables extends AnyVariables>(query: DocumentInput<Data, Variables>, variables: Variables) {
  const [{ data, fetching, error }] = useQuery<Data, Variables>({ query, variables, requestPolicy: "cache-and-network" });
  return { data: useLast(data, JSON.stringify(variables)), fetching, error };
}

/** The last defined value for the same key (a refetch shows the previous data until the new one is in). */
export function useLast<T>(value: T | undefined, key: string): T | undefined {
  const last = useRef<{ key: string; value: T } | null>(null);
  if (value !== undefined) last.current = { key, value };
  return value ?? (last.current?.key === key ? last.current.value : undefined);
}
