import { graphql } from "@gongzhi/schema";
import { Alert, Group, Select } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { actionLabel } from "../../../lib/labels";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useViewer } from "../../accounts/hooks/useViewer";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";
import { AuditRow, AuditTable } from "../components/AuditTable";

const AuditEntriesQuery = graphql(
  `
    query AuditEntries($communityId: ID!, $action: String, $first: Int, $after: String) {
      auditEntries(communityId: $communityId, action: $action, first: $first, after: $after) {
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

export function AuditPage({ communityId }: { communityId: string }) {
  const { t } = useTranslation();
  const { can } = useCurrentCommunity();
  const { viewer } = useViewer();
  const [action, setAction] = useState<string | null>(null);
  const pager = useCursorPaging(`${communityId}|${action}`);
  const allowed = can("audit:read");
  const [{ data, fetching, error }] = useQuery({
    query: AuditEntriesQuery,
    variables: { communityId, action, ...pager.variables },
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
          <AuditTable entries={data?.auditEntries.edges.map((e) => e.node)} fetching={fetching} error={error} paging={{ pager, pageInfo: data?.auditEntries.pageInfo }} />
        </>
      )}
    </>
  );
}
