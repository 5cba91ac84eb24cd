// An account's ledger, newest first: what moved the points, in which month, who posted and approved
// it, and whether it was reversed (冲正). The page runs the reversal; this table reports the entry.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";
import { Points } from "../Points";
import { StatusBadge } from "../StatusBadge";

export const EntryRowFields = graphql(`
  fragment EntryRowFields on PointsEntry {
    id
    kind
    delta
    month
    note
    createdAt
    actorName
    approvedByName
    sourceType
    rule {
      id
      name
      code
    }
    reversedBy {
      id
      createdAt
    }
    reverses {
      id
    }
    allowedSteps
  }
`);

interface LedgerTableProps {
  entries: readonly FragmentOf<typeof EntryRowFields>[];
  fetching: boolean;
  paging: Paging;
  /** Offered on awards and deductions not yet reversed; absent without the right to reverse. */
  onReverse?: (entry: { id: string; delta: number }) => void;
}

export function LedgerTable({ entries, fetching, paging, onReverse }: LedgerTableProps) {
  const { t, i18n } = useTranslation("points");
  const label = useEnumLabel();
  const rows = entries.map((e) => readFragment(EntryRowFields, e));
  const columns: Column<(typeof rows)[number]>[] = [
    { key: "at", header: t("ledger.at"), render: (e) => formatDateTime(e.createdAt, i18n.language) },
    { key: "kind", header: t("ledger.kind"), render: (e) => <StatusBadge kind="PointsEntryKind" value={e.kind} /> },
    { key: "delta", header: t("ledger.delta"), render: (e) => <Points value={e.delta} /> },
    {
      key: "what",
      header: t("ledger.what"),
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm">{[e.rule?.code, e.rule?.name].filter(Boolean).join(" ") || label("PointsEntryKind", e.kind)}</Text>
          {e.note && (
            <Text size="xs" c="dimmed">
              {e.note}
            </Text>
          )}
        </Stack>
      ),
    },
    { key: "month", header: t("ledger.month"), render: (e) => e.month },
    {
      key: "by",
      header: t("ledger.by"),
      render: (e) => (
        <Stack gap={0}>
          <Text size="sm">{e.actorName}</Text>
          {e.approvedByName && (
            <Text size="xs" c="dimmed">
              {t("ledger.approvedBy", { name: e.approvedByName })}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: "state",
      header: t("ledger.state"),
      render: (e) =>
        e.reversedBy ? (
          <Badge color="gray" variant="outline">
            {t("ledger.reversed")}
          </Badge>
        ) : onReverse && e.allowedSteps.includes("REVERSE") ? (
          <Button size="xs" variant="subtle" color="red" onClick={() => onReverse(e)}>
            {t("ledger.reverse")}
          </Button>
        ) : null,
    },
  ];
  return <DataTable data-testid="ledger-table" aria-label={t("ledger.title")} columns={columns} rows={rows} rowKey={(e) => e.id} fetching={fetching} paging={paging} />;
}
