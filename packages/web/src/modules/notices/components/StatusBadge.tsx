import { Badge, type BadgeProps } from "@mantine/core";
import { colorOf, useEnumLabel, type COLORS } from "../enums";

/** A coloured badge naming a notice's or an objection's status (公示中, 已生效, 异议成立 …). */
export function StatusBadge({ kind, value, ...props }: { kind: keyof typeof COLORS; value: string } & BadgeProps) {
  const label = useEnumLabel();
  return (
    <Badge color={colorOf(kind, value)} variant="light" {...props}>
      {label(kind, value)}
    </Badge>
  );
}
