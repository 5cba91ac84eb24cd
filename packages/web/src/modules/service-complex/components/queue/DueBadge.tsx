// The deadline flag of a ticket: 已超期 (red) and 即将到期 (orange) stand out, filled; the other
// states are quiet.
import { Badge } from "@mantine/core";
import { IconAlarm, IconAlertTriangle } from "@tabler/icons-react";
import { colorOf, useEnumLabel } from "../../enums";

export function DueBadge({ dueState }: { dueState: string }) {
  const label = useEnumLabel();
  const loud = dueState === "OVERDUE" || dueState === "DUE_SOON";
  const Icon = dueState === "OVERDUE" ? IconAlertTriangle : IconAlarm;
  return (
    <Badge
      color={colorOf("ServiceTicketDueState", dueState)}
      variant={loud ? "filled" : "light"}
      leftSection={loud ? <Icon size={12} /> : undefined}
      data-due-state={dueState}
    >
      {label("ServiceTicketDueState", dueState)}
    </Badge>
  );
}
