import { Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** A small label over its value (the facts of a committee, a topic). */
export function Fact({ label, children, strong }: { label: ReactNode; children: ReactNode; strong?: boolean }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div" fw={strong ? 500 : undefined}>
        {children}
      </Text>
    </Stack>
  );
}
