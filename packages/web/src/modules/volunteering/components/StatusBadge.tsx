import { Badge, type BadgeProps } from "@mantine/core";
import { colorOf, type COLORS, useEnumLabel } from "../enums";

/** A coloured badge naming an enum value (活动状态, 报名状态, 工时状态 …). */
export function StatusBadge({ kind, value, ...props }: { kind: keyof typeof COLORS; value: string } & BadgeProps) {
  const label = useEnumLabel();
  return (
    <Badge color={colorOf(kind, value)} variant="light" {...props}>
      {label(kind, value)}
    </Badge>
  );
}
