import { graphql } from "@gongzhi/schema";
import { Alert, Group, SegmentedControl, Select, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { actionLabel } from "../../../lib/labels";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useViewer } from "../../accounts/hooks/useViewer";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { AuditRow, AuditTable } from "../components/AuditTable";
import { holds } from "../../../lib/actions";

const AuditEntriesQuery = graphql(
  `
    query AuditEntries($communityId: ID, $regionId: ID, $action: String, $first: Int, $after: String) {
      auditEntries(communityId: $communityId, regionId: $regionId, action: $action, first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...AuditRow
          }
        }
      }
    }
  `,
  [AuditRow],
);

/** The street and district above the community, with what the viewer may do on each. */
const AuditRegionsQuery = graphql(`
  query AuditRegions($id: ID!) {
    node(id: $id) {
      __typename
      ... on Community {
        id
        street {
          id
          name
          viewerActions
          parent {
            id
            name
            viewerActions
          }
        }
      }
    }
  }
`);

/** 本社区, or the region-level changes of the street or district above it where the viewer may audit. */
function useAuditScopes(communityId: string) {
  const { t } = useTranslation();
  const { community } = useCurrentCommunity();
  const [{ data }] = useQuery({ query: AuditRegionsQuery, variables: { id: communityId } });
  const node = data?.node?.__typename === "Community" ? data.node : null;
  const regions = [node?.street, node?.street.parent].filter((r) => !!r && holds(r.viewerActions, "audit:read")) as { id: string; name: string }[];
  return [{ value: communityId, label: community?.name ?? t("audit.thisCommunity") }, ...regions.map((r) => ({ value: r.id, label: t("audit.regionScope", { name: r.name }) }))];
}

export function AuditPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { can } = useCurrentCommunity();
  const { viewer } = useViewer();
  const [action, setAction] = useState<string | null>(null);
  const scopes = useAuditScopes(communityId);
  const [chosen, setScope] = useState(communityId);
  // A scope left behind by switching community falls back to the community itself.
  const scope = scopes.some((s) => s.value === chosen) ? chosen : communityId;
  const pager = useCursorPaging(`${scope}|${action}`);
  const allowed = can("audit:read");
  const region = scope !== communityId;
  const [{ data, fetching, error }] = useQuery({
    query: AuditEntriesQuery,
    variables: { communityId: region ? null : communityId, regionId: region ? scope : null, action, ...pager.variables },
    pause: !allowed,
    // The log grows while one reads it.
    requestPolicy: "cache-and-network",
  });

  return (
    <>
      <PageHeader title={t("audit.title")} description={t("audit.intro")} />
      {!allowed ? (
        <Alert color="yellow">{t("common.noPermission")}</Alert>
      ) : (
        <>
          <Group mb="sm">
            {scopes.length > 1 && <SegmentedControl aria-label={t("audit.scope")} value={scope} onChange={setScope} data={scopes} />}
            <Select
              aria-label={t("audit.actionFilter")}
              placeholder={t("audit.actionFilter")}
              clearable
              searchable
              w={260}
              value={action}
              onChange={setAction}
              data={(viewer?.allActions ?? []).map((a) => ({ value: a, label: actionLabel(t, a) }))}
            />
          </Group>
          {region && (
            <Text size="sm" c="dimmed" mb="xs">
              {t("audit.regionHint")}
            </Text>
          )}
          <AuditTable entries={data?.auditEntries.edges.map((e) => e.node)} fetching={fetching} error={error} paging={{ pager, pageInfo: data?.auditEntries.pageInfo }} />
        </>
      )}
    </>
  );
}
