// The ticket at a glance: number, item, status and deadline flag, who asked for what, where it is
// handled, and how it ended (办结说明, 不予办理理由, 转办答复).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate, formatDateTime } from "../../../../lib/format";
import { useEnumLabel } from "../../enums";
import { DueBadge } from "../queue/DueBadge";
import { StatusBadge } from "../StatusBadge";

export const TicketSummaryFields = graphql(`
  fragment TicketSummaryFields on ServiceTicket {
    id
    number
    status
    channel
    itemName
    itemCategory
    timeLimitDays
    dueDate
    dueState
    isClosed
    submittedAt
    acceptedAt
    closedAt
    applicantName
    proxyAgentName
    content
    assigneeName
    rejectReason
    resultNote
    transferDepartment
    transferReply
    transferRepliedAt
    resident {
      id
      name
    }
    window {
      id
      name
      number
    }
  }
`);

function Item({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

export function TicketSummary({ ticket, applicantPhone }: { ticket: FragmentOf<typeof TicketSummaryFields>; applicantPhone?: string | null }) {
  const { t, i18n } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const x = readFragment(TicketSummaryFields, ticket);
  const none = t("none");
  const limit = x.timeLimitDays === 0 ? t("catalog.immediate") : t("catalog.days", { count: x.timeLimitDays });
  return (
    <Paper withBorder p="md">
      <Group gap="sm" mb="md">
        <Title order={3}>{x.itemName}</Title>
        <StatusBadge kind="ServiceTicketStatus" value={x.status} size="lg" data-testid="ticket-status" />
        <DueBadge dueState={x.dueState} />
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <Item label={t("ticket.number")}>{x.number}</Item>
        <Item label={t("ticket.category")}>{label("ServiceItemCategory", x.itemCategory)}</Item>
        <Item label={t("ticket.channel")}>{label("ServiceTicketChannel", x.channel)}</Item>
        <Item label={t("ticket.applicant")}>{x.resident ? `${x.applicantName}（${t("ticket.registeredResident")}）` : x.applicantName}</Item>
        <Item label={t("ticket.applicantPhone")}>{applicantPhone ?? none}</Item>
        {x.proxyAgentName && <Item label={t("ticket.proxyAgent")}>{x.proxyAgentName}</Item>}
        <Item label={t("ticket.window")}>{x.window ? (x.window.number ? `${x.window.number} · ${x.window.name}` : x.window.name) : none}</Item>
        <Item label={t("ticket.assignee")}>{x.assigneeName ?? t("ticket.unassigned")}</Item>
        <Item label={t("ticket.submittedAt")}>{formatDateTime(x.submittedAt, i18n.language)}</Item>
        <Item label={t("ticket.dueDate")}>
          {formatDate(x.dueDate, i18n.language)}（{limit}）
        </Item>
        {x.acceptedAt && <Item label={t("ticket.acceptedAt")}>{formatDateTime(x.acceptedAt, i18n.language)}</Item>}
        {x.closedAt && <Item label={t("ticket.closedAt")}>{formatDateTime(x.closedAt, i18n.language)}</Item>}
      </SimpleGrid>
      {x.content && (
        <Stack gap={2} mt="md">
          <Text size="xs" c="dimmed">
            {t("ticket.content")}
          </Text>
          <Text size="sm">{x.content}</Text>
        </Stack>
      )}
      {x.resultNote && (
        <Alert color="green" variant="light" mt="md" title={t("ticket.resultNote")}>
          {x.resultNote}
        </Alert>
      )}
      {x.rejectReason && (
        <Alert color="red" variant="light" mt="md" title={t("ticket.rejectReason")}>
          {x.rejectReason}
        </Alert>
      )}
      {x.transferDepartment && (
        <Alert color="cyan" variant="light" mt="md" title={t("ticket.transferredTo", { department: x.transferDepartment })}>
          {x.transferReply ? `${t("ticket.transferReply")}：${x.transferReply}` : t("ticket.awaitingReply")}
        </Alert>
      )}
    </Paper>
  );
}
