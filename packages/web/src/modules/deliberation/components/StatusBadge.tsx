import { Badge, type BadgeProps } from "@mantine/core";
import { colorOf, useEnumLabel, type COLORS } from "../enums";

/** A coloured badge naming an enum value (议题状态, 会议状态, 公示状态 …). */
export function StatusBadge({ kind, value, ...props }: { kind: keyof typeof COLORS; value: string } & BadgeProps) {
  const label = useEnumLabel();
  return (
    <Badge color={colorOf(kind, value)} variant="light" {...props}>
      {label(kind, value)}
    </Badge>
  );
}
