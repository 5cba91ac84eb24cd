// The steps the viewer may take on the ticket now (allowedSteps: the server decides from the
// ticket's state and the viewer's grants).
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { TicketActionFields } from "./fragments";
import { STEPS, type Step } from "./ticketCommands";
import { TicketStepModal } from "./TicketStepModal";

const LOOK: Record<Step, { color: string; variant: "filled" | "light" }> = {
  ACCEPT: { color: "blue", variant: "filled" },
  COMPLETE: { color: "green", variant: "filled" },
  RESUBMIT: { color: "blue", variant: "filled" },
  TRANSFER_REPLY: { color: "cyan", variant: "filled" },
  RETURN: { color: "grape", variant: "light" },
  TRANSFER: { color: "cyan", variant: "light" },
  ASSIGN: { color: "gray", variant: "light" },
  REJECT: { color: "red", variant: "light" },
  RATE: { color: "yellow", variant: "light" },
};

export function TicketActions({ ticket }: { ticket: FragmentOf<typeof TicketActionFields> }) {
  const { t } = useTranslation("serviceComplex");
  const x = readFragment(TicketActionFields, ticket);
  const [open, setOpen] = useState<Step | null>(null);
  const steps = STEPS.filter((s) => x.allowedSteps.includes(s));
  return (
    <Paper withBorder p="md">
      <Title order={4} mb="sm">
        {t("ticket.actions")}
      </Title>
      {steps.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t("ticket.noActions")}
        </Text>
      ) : (
        <Stack gap="xs">
          {steps.map((s) => (
            <Button key={s} fullWidth {...LOOK[s]} onClick={() => setOpen(s)}>
              {t(`steps.${s}.button`)}
            </Button>
          ))}
        </Stack>
      )}
      {open && (
        <TicketStepModal
          key={open}
          step={open}
          ticketId={x.id}
          communityId={x.community.id}
          materials={x.item.materials}
          onClose={() => setOpen(null)}
        />
      )}
    </Paper>
  );
}
