// The audit log, newest first: who did what to which record, with before/after on demand.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Code, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../lib/format";
import { actionLabel } from "../../../lib/labels";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";
import { JsonBlock } from "../../../ui/JsonBlock";

export const AuditRow = graphql(`
  fragment AuditRow on AuditEntry {
    id
    createdAt
    action
    actorName
    targetType
    targetId
    before
    after
  }
`);

type Row = FragmentOf<typeof AuditRow>;

interface AuditTableProps {
  entries: readonly Row[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
}

export function AuditTable({ entries, fetching, error, paging }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const e = (row: Row) => readFragment(AuditRow, row);
  const columns: Column<Row>[] = [
    { key: "time", header: t("audit.createdAt"), width: 180, render: (row) => formatDateTime(e(row).createdAt, i18n.language) },
    {
      key: "action",
      header: t("audit.action"),
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm">{actionLabel(t, e(row).action)}</Text>
          <Text size="xs" c="dimmed">
            {e(row).action}
          </Text>
        </Stack>
      ),
    },
    { key: "actor", header: t("audit.actor"), render: (row) => e(row).actorName ?? t("common.none") },
    {
      key: "target",
      header: t("audit.target"),
      render: (row) => (
        <Text size="sm">
          {e(row).targetType} <Code>{e(row).targetId.slice(0, 8)}</Code>
        </Text>
      ),
    },
  ];
  return (
    <DataTable
      aria-label={t("audit.title")}
      columns={columns}
      rows={entries}
      rowKey={(row) => e(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
      expanded={(row) => (
        <Group align="flex-start" grow wrap="nowrap">
          <JsonBlock label={t("audit.before")} value={e(row).before} emptyText={t("audit.noData")} />
          <JsonBlock label={t("audit.after")} value={e(row).after} emptyText={t("audit.noData")} />
        </Group>
      )}
    />
  );
}
