import { Code, Stack, Text } from "@mantine/core";
import type { ReactNode } from "react";

/** A labelled, pretty-printed JSON value (audit before/after). */
export function JsonBlock({ label, value, emptyText }: { label: ReactNode; value: unknown; emptyText: ReactNode }) {
  return (
    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {value == null ? (
        <Text size="sm" c="dimmed">
          {emptyText}
        </Text>
      ) : (
        <Code block>{JSON.stringify(value, null, 2)}</Code>
      )}
    </Stack>
  );
}
