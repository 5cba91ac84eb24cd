// API-shaped data for msw handlers, with the __typename graphcache needs on every object.
import { graphql, HttpResponse } from "msw";
import { actionEnum } from "../lib/actions";

export const STREET = { __typename: "Region", id: "UmVnaW9uOnN0cmVldA==", name: "北街街道" } as const;

export interface CommunityFixture {
  __typename: "Community";
  id: string;
  name: string;
  code: string;
  kind: "URBAN" | "RURAL";
  address: string;
  gridCount: number;
  householdCount: number;
  residentCount: number;
  street: typeof STREET;
  /** Written resource:verb, as the API's list of actions; answered as the contract's enum Action (see `asServed`). */
  viewerActions: readonly string[];
}

/** A community as the API answers it: viewerActions in the enum's spelling (resident:viewPii → RESIDENT_VIEW_PII). */
export const asServed = <C extends { viewerActions: readonly string[] }>(c: C): C => ({ ...c, viewerActions: c.viewerActions.map(actionEnum) });

export const COMMUNITY: CommunityFixture = {
  __typename: "Community",
  id: "Q29tbXVuaXR5OmM=",
  name: "荷塘社区",
  code: "440703001",
  kind: "URBAN",
  address: "荷塘路 1 号",
  gridCount: 2,
  householdCount: 40,
  residentCount: 120,
  street: STREET,
  viewerActions: ["community:read", "community:update", "grid:read", "grid:manage", "resident:read", "resident:create", "resident:update", "resident:viewPii"],
};

export const OTHER_COMMUNITY: CommunityFixture = { ...COMMUNITY, id: "Q29tbXVuaXR5OmQ=", name: "棠下村", code: "440703002", kind: "RURAL" };

export const ACCOUNT = { __typename: "Account", id: "QWNjb3VudDph", displayName: "李书记", username: "zhichong_admin" } as const;

export const signedIn = graphql.query("Viewer", () =>
  HttpResponse.json({
    data: {
      viewer: {
        __typename: "Viewer",
        kind: "ACCOUNT",
        actions: COMMUNITY.viewerActions,
        allActions: COMMUNITY.viewerActions,
        account: ACCOUNT,
        defaultCommunity: { __typename: "Community", id: COMMUNITY.id },
      },
    },
  }),
);

export const anonymous = graphql.query("Viewer", () =>
  HttpResponse.json({
    data: { viewer: { __typename: "Viewer", kind: "ANONYMOUS", actions: [], allActions: [], account: null, defaultCommunity: null } },
  }),
);

/** The current community (node query) and the switcher's list. */
export const communities = (list: readonly CommunityFixture[] = [COMMUNITY, OTHER_COMMUNITY]) => [
  graphql.query("CurrentCommunity", ({ variables }) =>
    HttpResponse.json({ data: { node: list.map(asServed).find((c) => c.id === variables.id) ?? null } }),
  ),
  graphql.query("SwitcherCommunities", ({ variables }) => {
    const search = (variables.search as string | null) ?? "";
    const found = list.map(asServed).filter((c) => c.name.includes(search) || c.code.includes(search));
    return HttpResponse.json({
      data: {
        communities: {
          __typename: "QueryCommunitiesConnection",
          totalCount: found.length,
          edges: found.map((node) => ({ __typename: "QueryCommunitiesConnectionEdge", node })),
        },
      },
    });
  }),
];

const connection = (typename: string, nodes: object[]) => ({
  __typename: `${typename}Connection`,
  totalCount: nodes.length,
  pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null as string | null },
  edges: nodes.map((node) => ({ __typename: `${typename}ConnectionEdge`, node })),
});

export const emptyOptions = [
  graphql.query("GridOptions", () => HttpResponse.json({ data: { grids: connection("QueryGrids", []) } })),
  graphql.query("HouseholdOptions", () => HttpResponse.json({ data: { households: connection("QueryHouseholds", []) } })),
  graphql.query("PartyOrganizationOptions", () => HttpResponse.json({ data: { partyOrganizations: connection("QueryPartyOrganizations", []) } })),
];

export function resident(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: "Resident",
    id: `UmVzaWRlbnQ6${n}`,
    name: ["王秀英", "陈建国", "黄丽华", "林志强"][n % 4],
    gender: n % 2 ? "MALE" : "FEMALE",
    birthDate: "1968-05-0" + ((n % 9) + 1),
    birthYear: 1968,
    age: 58,
    registration: n % 3 ? "REGISTERED" : "RESIDENT",
    maskedPhone: `138****${String(1000 + n)}`,
    maskedIdNumber: "4407**********123X",
    isPartyMember: n % 2 === 0,
    isNotable: false,
    isDeputy: false,
    isRetiredCadre: false,
    note: null,
    grid: { __typename: "Grid", id: "R3JpZDox", name: "第一网格" },
    household: { __typename: "Household", id: `SG91c2Vob2xkOj${n}`, address: `荷塘路 ${n} 号` },
    partyOrganization: null,
    ...extra,
  };
}

export const residentsConnection = (nodes: object[], totalCount = nodes.length) => ({ ...connection("QueryResidents", nodes), totalCount });
