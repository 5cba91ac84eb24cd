// Who is signed in, and what they may do anywhere. The community-level rights come from
// Community.viewerActions (see useCurrentCommunity).
import { graphql } from "@gongzhi/schema";
import { useQuery } from "urql";
import { UserMenuAccount } from "../components/UserMenu";

export const ViewerQuery = graphql(
  `
    query Viewer {
      viewer {
        kind
        actions
        allActions
        account {
          id
          ...UserMenuAccount
        }
        defaultCommunity {
          id
        }
      }
    }
  `,
  [UserMenuAccount],
);

export function useViewer() {
  const [{ data, fetching, error }] = useQuery({ query: ViewerQuery });
  return { viewer: data?.viewer, fetching, error };
}
