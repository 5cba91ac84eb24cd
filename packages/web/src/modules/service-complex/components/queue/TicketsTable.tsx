// The clerk's queue: one row per ticket, with its status and a loud flag when it is overdue or
// nearly due.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";
import { ticketPath } from "../../paths";
import { StatusBadge } from "../StatusBadge";
import { DueBadge } from "./DueBadge";

export const TicketRow = graphql(`
  fragment TicketRow on ServiceTicket {
    id
    number
    itemName
    applicantName
    channel
    status
    dueDate
    dueState
    assigneeName
    window {
      id
      name
    }
  }
`);

type Row = FragmentOf<typeof TicketRow>;

interface TicketsTableProps {
  tickets: readonly Row[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
}

export function TicketsTable({ tickets, fetching, error, paging }: TicketsTableProps) {
  const { t, i18n } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const none = t("none");
  const r = (row: Row) => readFragment(TicketRow, row);
  const columns: Column<Row>[] = [
    {
      key: "number",
      header: t("ticket.number"),
      render: (row) => (
        <Anchor component={Link} to={ticketPath(r(row).id)} fw={500} ff="monospace">
          {r(row).number}
        </Anchor>
      ),
    },
    { key: "item", header: t("ticket.item"), render: (row) => r(row).itemName },
    { key: "applicant", header: t("ticket.applicant"), render: (row) => r(row).applicantName },
    { key: "channel", header: t("ticket.channel"), render: (row) => label("ServiceTicketChannel", r(row).channel) },
    { key: "status", header: t("ticket.status"), render: (row) => <StatusBadge kind="ServiceTicketStatus" value={r(row).status} /> },
    {
      key: "due",
      header: t("ticket.dueDate"),
      render: (row) => (
        <Group gap={6} wrap="nowrap">
          <Text size="sm">{formatDate(r(row).dueDate, i18n.language)}</Text>
          <DueBadge dueState={r(row).dueState} />
        </Group>
      ),
    },
    {
      key: "handler",
      header: t("ticket.handler"),
      render: (row) => (
        <Stack gap={0}>
          <Text size="sm">{r(row).window?.name ?? none}</Text>
          <Text size="xs" c="dimmed">
            {r(row).assigneeName ?? t("ticket.unassigned")}
          </Text>
        </Stack>
      ),
    },
  ];
  return (
    <DataTable
      data-testid="tickets-table"
      aria-label={t("queue.title")}
      columns={columns}
      rows={tickets}
      rowKey={(row) => r(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
