// API-shaped notices data for the msw handlers of this module's component tests.
import { communities, COMMUNITY, signedIn } from "../../../test/fixtures";

export const NOTICE_ACTIONS = ["notice:read", "notice:publish", "notice:object", "notice:answer"];

/** Signed in, in a community where the viewer holds `actions`. */
export const inCommunity = (actions: readonly string[] = [...COMMUNITY.viewerActions, ...NOTICE_ACTIONS]) => [signedIn, ...communities([{ ...COMMUNITY, viewerActions: actions }])];

export const connection = (typename: string, nodes: object[], totalCount = nodes.length) => ({
  __typename: `${typename}Connection`,
  totalCount,
  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
  edges: nodes.map((node) => ({ __typename: `${typename}ConnectionEdge`, node })),
});
