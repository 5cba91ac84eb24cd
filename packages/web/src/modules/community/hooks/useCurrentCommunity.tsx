// The community the admin is working in: chosen in the header's switcher and remembered in
// localStorage, else the viewer's default community. Pages read its id and viewerActions.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from "react";
import { useQuery } from "urql";
import { holds, type ActionOf } from "../../../lib/actions";

export const COMMUNITY_STORAGE_KEY = "gongzhi.communityId";

export const CurrentCommunityQuery = graphql(`
  query CurrentCommunity($id: ID!) {
    node(id: $id) {
      __typename
      ... on Community {
        id
        name
        viewerActions
        street {
          id
          name
        }
      }
    }
  }
`);

type Node = NonNullable<ResultOf<typeof CurrentCommunityQuery>["node"]>;
export type CurrentCommunity = Extract<Node, { __typename: "Community" }>;
/** The contract's enum Action (RESIDENT_CREATE …). */
export type Action = CurrentCommunity["viewerActions"][number];

interface CurrentCommunityValue {
  communityId: string | null;
  community: CurrentCommunity | null;
  fetching: boolean;
  setCommunityId: (id: string) => void;
  /** Does the viewer hold this action (e.g. "resident:create", checked against the enum Action) in the current community? */
  can: <A extends string>(action: ActionOf<A, Action>) => boolean;
}

const Context = createContext<CurrentCommunityValue | null>(null);

const readStored = () => {
  try {
    return globalThis.localStorage?.getItem(COMMUNITY_STORAGE_KEY) ?? null;
  } catch {
    return null;
  }
};

export function CurrentCommunityProvider({ defaultCommunityId, children }: { defaultCommunityId: string | null; children: ReactNode }) {
  const [chosen, setChosen] = useState<string | null>(readStored);
  const communityId = chosen ?? defaultCommunityId;
  const [{ data, fetching }] = useQuery({ query: CurrentCommunityQuery, variables: { id: communityId ?? "" }, pause: !communityId });

  const node = data?.node;
  const community = node?.__typename === "Community" ? node : null;
  // A remembered community that is gone (or no longer readable) falls back to the default.
  const stale = !!chosen && !!data && !community && chosen !== defaultCommunityId;
  useEffect(() => {
    if (!stale) return;
    globalThis.localStorage?.removeItem(COMMUNITY_STORAGE_KEY);
    setChosen(null);
  }, [stale]);

  const setCommunityId = useCallback((id: string) => {
    try {
      globalThis.localStorage?.setItem(COMMUNITY_STORAGE_KEY, id);
    } catch {
      // not persisted in private mode
    }
    setChosen(id);
  }, []);

  const value = useMemo<CurrentCommunityValue>(
    () => ({
      communityId: community?.id ?? (stale ? defaultCommunityId : communityId),
      community,
      fetching,
      setCommunityId,
      can: (action) => holds(community?.viewerActions, action),
    }),
    [community, communityId, defaultCommunityId, fetching, setCommunityId, stale],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCurrentCommunity(): CurrentCommunityValue {
  const value = useContext(Context);
  if (!value) throw new Error("useCurrentCommunity outside CurrentCommunityProvider");
  return value;
}
