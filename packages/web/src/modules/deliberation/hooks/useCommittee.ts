// The community's deliberation committee, for screens that need its id (scheduling a meeting) or
// must say that there is none yet.
import { graphql } from "@gongzhi/schema";
import { useQuery } from "urql";

export const CommitteeRefQuery = graphql(`
  query CommitteeRef($communityId: ID!) {
    deliberationCommittee(communityId: $communityId) {
      id
      name
      cosignThreshold
    }
  }
`);

export function useCommittee(communityId: string) {
  const [{ data, fetching, error }] = useQuery({ query: CommitteeRefQuery, variables: { communityId } });
  return { committee: data?.deliberationCommittee ?? null, loaded: !!data, fetching, error };
}
