// Third-party apps: what they may do, where, when last used; revoked ones stay listed.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Code, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { actionLabel } from "../../../lib/labels";
import { ConfirmButton } from "../../../ui/ConfirmButton";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";

export const ApiClientRow = graphql(`
  fragment ApiClientRow on ApiClient {
    id
    name
    tokenPrefix
    actions
    lastUsedAt
    revokedAt
    allowedSteps
    communities {
      id
      name
    }
  }
`);

type Row = FragmentOf<typeof ApiClientRow>;

interface ApiClientsTableProps {
  clients: readonly Row[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  onRevoke?: (client: { id: string }) => Promise<unknown>;
}

export function ApiClientsTable({ clients, fetching, error, paging, onRevoke }: ApiClientsTableProps) {
  const { t, i18n } = useTranslation();
  const c = (row: Row) => readFragment(ApiClientRow, row);
  const none = t("common.none");
  const columns: Column<Row>[] = [
    { key: "name", header: t("apiClients.name"), render: (row) => <Text fw={500} size="sm">{c(row).name}</Text> },
    { key: "prefix", header: t("apiClients.tokenPrefix"), render: (row) => <Code>{c(row).tokenPrefix}…</Code> },
    {
      key: "actions",
      header: t("apiClients.actions"),
      render: (row) => (
        <Group gap={4}>
          {c(row).actions.map((a) => (
            <Badge key={a} variant="outline" size="sm" title={a}>
              {actionLabel(t, a)}
            </Badge>
          ))}
        </Group>
      ),
    },
    { key: "communities", header: t("apiClients.communities"), render: (row) => c(row).communities.map((x) => x.name).join("、") || none },
    { key: "lastUsed", header: t("apiClients.lastUsedAt"), render: (row) => formatDateTime(c(row).lastUsedAt, i18n.language) ?? t("accounts.never") },
    {
      key: "status",
      header: t("apiClients.status"),
      render: (row) =>
        c(row).revokedAt ? (
          <Badge color="gray" title={formatDateTime(c(row).revokedAt, i18n.language) ?? undefined}>
            {t("apiClients.revoked")} · {formatDateTime(c(row).revokedAt, i18n.language)}
          </Badge>
        ) : (
          <Badge color="green" variant="light">
            {t("apiClients.active")}
          </Badge>
        ),
    },
  ];
  if (onRevoke)
    columns.push({
      key: "revoke",
      header: t("common.actions"),
      render: (row) =>
        c(row).allowedSteps.includes("REVOKE") && (
          <ConfirmButton color="red" question={t("apiClients.revokeConfirm", { name: c(row).name })} onConfirm={() => onRevoke(c(row))}>
            {t("apiClients.revoke")}
          </ConfirmButton>
        ),
    });
  return (
    <DataTable
      aria-label={t("accounts.apiClientsTab")}
      columns={columns}
      rows={clients}
      rowKey={(row) => c(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
