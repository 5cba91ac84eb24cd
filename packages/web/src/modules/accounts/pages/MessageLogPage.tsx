// 短信记录: what was sent to the community's residents' phones (resident sign-in codes). With the
// development message provider the text holds the code, so a clerk can read it to a resident who
// cannot read their phone; with a real SMS provider the code is masked.
import { graphql } from "@gongzhi/schema";
import { Alert, Badge, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { formatDateTime } from "../../../lib/format";
import { DataTable, type Column } from "../../../ui/DataTable";
import { PageHeader } from "../../../ui/PageHeader";
import { useCursorPaging } from "../../../ui/useCursorPaging";
import { useCurrentCommunity } from "../../community/hooks/useCurrentCommunity";

const MessageLogQuery = graphql(`
  query MessageLog($communityId: ID!, $first: Int, $after: String) {
    messageLog(communityId: $communityId, first: $first, after: $after) {
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          createdAt
          phone
          body
          provider
          status
          error
          resident {
            id
            name
          }
        }
      }
    }
  }
`);

const STATUS_COLOR = { QUEUED: "gray", SENT: "green", FAILED: "red" } as const;

export function MessageLogPage({ communityId }: { communityId: string }) {
  const { t, i18n } = useTranslation();
  const { can } = useCurrentCommunity();
  const allowed = can("message:read");
  const pager = useCursorPaging(communityId);
  const [{ data, fetching, error }] = useQuery({
    query: MessageLogQuery,
    variables: { communityId, ...pager.variables },
    pause: !allowed,
    // Codes arrive while the clerk waits with the resident.
    requestPolicy: "cache-and-network",
  });
  type Row = NonNullable<typeof data>["messageLog"]["edges"][number]["node"];
  const columns: Column<Row>[] = [
    { key: "time", header: t("messages.createdAt"), width: 170, render: (m) => formatDateTime(m.createdAt, i18n.language) },
    {
      key: "to",
      header: t("messages.to"),
      render: (m) => (
        <Stack gap={0}>
          <Text size="sm">{m.resident?.name ?? t("common.none")}</Text>
          <Text size="xs" c="dimmed">
            {m.phone}
          </Text>
        </Stack>
      ),
    },
    { key: "body", header: t("messages.body"), render: (m) => <Text size="sm">{m.body}</Text> },
    {
      key: "status",
      header: t("messages.status"),
      width: 110,
      render: (m) => (
        <Badge color={STATUS_COLOR[m.status]} variant="light" title={m.error ?? undefined}>
          {t(`messages.statuses.${m.status}`)}
        </Badge>
      ),
    },
  ];
  const development = data?.messageLog.edges.some((e) => e.node.provider === "development");

  return (
    <>
      <PageHeader title={t("messages.title")} description={t("messages.intro")} />
      {!allowed ? (
        <Alert color="yellow">{t("common.noPermission")}</Alert>
      ) : (
        <>
          {development && (
            <Alert color="blue" mb="sm">
              {t("messages.developmentHint")}
            </Alert>
          )}
          <DataTable
            aria-label={t("messages.title")}
            columns={columns}
            rows={data?.messageLog.edges.map((e) => e.node)}
            rowKey={(m) => m.id}
            fetching={fetching}
            error={error}
            paging={{ pager, pageInfo: data?.messageLog.pageInfo }}
          />
        </>
      )}
    </>
  );
}
