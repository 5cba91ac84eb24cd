import { Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** A small label over its value (the facts of a project). */
export function Fact({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}
