// The steps the viewer may take on the ticket now (allowedSteps: the server decides from the
// ticket's state and the viewer's grants).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";

export const TicketActionFields = graphql(`
  fragment TicketActionFields on ServiceTicket {
    id
    status
    allowedSteps
    returnedMaterials
    community {
      id
    }
    item {
      id
      materials
    }
    window {
      id
    }
    assignee {
      id
    }
  }
`);

export const STEPS = ["ACCEPT", "RETURN", "RESUBMIT", "TRANSFER", "TRANSFER_REPLY", "COMPLETE", "REJECT", "ASSIGN", "RATE"] as const;
export type Step = (typeof STEPS)[number];

/** A step chosen on a ticket, with what its form needs. */
export interface ChosenStep {
  step: Step;
  ticketId: string;
  communityId: string;
  materials: readonly string[];
}

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

// The page opens the step's form (TicketStepModal runs the command, whose result spreads this
// component's fragment: importing it here would be a cycle).
export function TicketActions({ ticket, onStep }: { ticket: FragmentOf<typeof TicketActionFields>; onStep: (chosen: ChosenStep) => void }) {
  const { t } = useTranslation("serviceComplex");
  const x = readFragment(TicketActionFields, ticket);
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
            <Button key={s} fullWidth {...LOOK[s]} onClick={() => onStep({ step: s, ticketId: x.id, communityId: x.community.id, materials: x.item.materials })}>
              {t(`steps.${s}.button`)}
            </Button>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
