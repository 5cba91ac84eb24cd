// The ticket's full history: who, when, from which status to which, and the note.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Group, Paper, Text, Timeline, Title } from "@mantine/core";
import { IconArrowRight } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { colorOf, useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";

export const TicketTimelineFields = graphql(`
  fragment TicketTimelineFields on ServiceTicket {
    id
    events {
      id
      kind
      fromStatus
      toStatus
      note
      actorName
      createdAt
    }
  }
`);

export function TicketTimeline({ ticket }: { ticket: FragmentOf<typeof TicketTimelineFields> }) {
  const { t, i18n } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const { events } = readFragment(TicketTimelineFields, ticket);
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="md">
        {t("ticket.history")}
      </Title>
      <Timeline active={events.length - 1} bulletSize={14} lineWidth={2} data-testid="ticket-timeline">
        {events.map((e) => (
          <Timeline.Item key={e.id} color={colorOf("ServiceTicketStatus", e.toStatus)} title={label("ServiceTicketEventKind", e.kind)}>
            <Text size="xs" c="dimmed">
              {[e.actorName ?? t("ticket.system"), formatDateTime(e.createdAt, i18n.language)].join(" · ")}
            </Text>
            <Group gap={4} mt={4}>
              {e.fromStatus && (
                <>
                  <StatusBadge kind="ServiceTicketStatus" value={e.fromStatus} size="xs" />
                  <IconArrowRight size={12} aria-label={t("ticket.to")} />
                </>
              )}
              <StatusBadge kind="ServiceTicketStatus" value={e.toStatus} size="xs" />
            </Group>
            {e.note && (
              <Text size="sm" mt={4}>
                {e.note}
              </Text>
            )}
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
