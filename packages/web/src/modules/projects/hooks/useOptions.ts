// Options for the project forms, each from its own query (a viewer may read some and not others):
// the community's project types, leads (accounts), social organizations, grids, deliberation
// topics, needs of the needs board, alliance units.
import { graphql } from "@gongzhi/schema";
import { useQuery } from "urql";

export interface Option {
  value: string;
  label: string;
}

const TypesQuery = graphql(`
  query ProjectTypeOptions($communityId: ID!) {
    projectTypes(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
          active
        }
      }
    }
  }
`);

const AccountsQuery = graphql(`
  query ProjectLeadOptions($communityId: ID!) {
    accounts(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          displayName
          username
        }
      }
    }
  }
`);

const OrganizationsQuery = graphql(`
  query ProjectOrganizationOptions($communityId: ID!) {
    socialOrganizations(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const GridsQuery = graphql(`
  query ProjectGridOptions($communityId: ID!) {
    grids(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const TopicsQuery = graphql(`
  query ProjectTopicOptions($communityId: ID!) {
    topics(communityId: $communityId, first: 100, status: [ACCEPTED, SCHEDULED, DELIBERATED, RESOLVED, ESCALATED, DONE]) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`);

const NeedsQuery = graphql(`
  query ProjectNeedOptions($communityId: ID!) {
    communityNeeds(communityId: $communityId, first: 100, statuses: [OPEN, CLAIMED, FULFILLED]) {
      edges {
        node {
          id
          title
          project {
            id
          }
        }
      }
    }
  }
`);

const UnitsQuery = graphql(`
  query ProjectAllianceUnitOptions($nodeId: ID!) {
    allianceUnits(nodeId: $nodeId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const opts = (pause: boolean) => ({ pause });

export function useTypeOptions(communityId: string): Option[] {
  const [{ data }] = useQuery({ query: TypesQuery, variables: { communityId } });
  return (data?.projectTypes.edges ?? []).filter((e) => e.node.active).map((e) => ({ value: e.node.id, label: e.node.name }));
}

export function useLeadOptions(communityId: string, pause = false): Option[] {
  const [{ data }] = useQuery({ query: AccountsQuery, variables: { communityId }, ...opts(pause) });
  return (data?.accounts.edges ?? []).map((e) => ({ value: e.node.id, label: `${e.node.displayName}（${e.node.username}）` }));
}

export function useOrganizationOptions(communityId: string): Option[] {
  const [{ data }] = useQuery({ query: OrganizationsQuery, variables: { communityId } });
  return (data?.socialOrganizations.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
}

export function useGridOptions(communityId: string): Option[] {
  const [{ data }] = useQuery({ query: GridsQuery, variables: { communityId } });
  return (data?.grids.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
}

export function useTopicOptions(communityId: string, pause = false): Option[] {
  const [{ data }] = useQuery({ query: TopicsQuery, variables: { communityId }, ...opts(pause) });
  return (data?.topics.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.title }));
}

/** Needs not yet carried out by a project. */
export function useNeedOptions(communityId: string, pause = false): Option[] {
  const [{ data }] = useQuery({ query: NeedsQuery, variables: { communityId }, ...opts(pause) });
  return (data?.communityNeeds.edges ?? []).filter((e) => !e.node.project).map((e) => ({ value: e.node.id, label: e.node.title }));
}

/** The community's alliance units and its street's. */
export function useAllianceUnitOptions(communityId: string): Option[] {
  const [{ data }] = useQuery({ query: UnitsQuery, variables: { nodeId: communityId } });
  return (data?.allianceUnits.edges ?? []).map((e) => ({ value: e.node.id, label: e.node.name }));
}

const ResolutionsQuery = graphql(`
  query ProjectResolutionOptions($topicId: ID!) {
    node(id: $topicId) {
      __typename
      ... on Topic {
        id
        resolutions {
          id
          text
        }
      }
    }
  }
`);

/** The resolutions (决议) of the project's topic: what approval after deliberation rests on. */
export function useResolutionOptions(topicId: string | null): Option[] {
  const [{ data }] = useQuery({ query: ResolutionsQuery, variables: { topicId: topicId ?? "" }, pause: !topicId });
  const node = data?.node;
  return node?.__typename === "Topic" ? node.resolutions.map((r) => ({ value: r.id, label: r.text.length > 60 ? `${r.text.slice(0, 60)}…` : r.text })) : [];
}
