// Where the viewer may read region reports (the cockpit, the service monthly report): the districts
// and streets of their grants that carry report:read (a district's streets too), widest first.
// Empty for community accounts.
import { graphql } from "@gongzhi/schema";
import { useQuery } from "urql";

export const ReportScopesQuery = graphql(`
  query ReportScopes {
    viewer {
      account {
        id
        grants {
          id
          actions
          region {
            id
            name
            kind
            children {
              id
              name
              kind
            }
          }
        }
      }
    }
  }
`);

export interface Scope {
  id: string;
  name: string;
  kind: "DISTRICT" | "STREET";
}

export function useReportScopes() {
  const [{ data, fetching, error }] = useQuery({ query: ReportScopesQuery });
  const scopes = new Map<string, Scope>();
  for (const g of data?.viewer.account?.grants ?? []) {
    if (!g.region || !g.actions.includes("report:read")) continue;
    for (const r of [g.region, ...g.region.children]) {
      if ((r.kind === "DISTRICT" || r.kind === "STREET") && !scopes.has(r.id)) scopes.set(r.id, { id: r.id, name: r.name, kind: r.kind });
    }
  }
  const list = [...scopes.values()].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === "DISTRICT" ? -1 : 1));
  return { scopes: list, fetching: fetching || (!data && !error), error };
}
