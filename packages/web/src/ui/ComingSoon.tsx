// An honest page for a capability that is not in the API yet: what it is and what it will do.
import { Alert, Badge, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconTools } from "@tabler/icons-react";
import type { ReactNode } from "react";

interface ComingSoonProps {
  title: ReactNode;
  badge: ReactNode;
  intro: ReactNode;
  description: ReactNode;
  plannedTitle: ReactNode;
  planned: ReactNode;
}

export function ComingSoon({ title, badge, intro, description, plannedTitle, planned }: ComingSoonProps) {
  return (
    <Stack maw={760}>
      <Group gap="sm">
        <Title order={2}>{title}</Title>
        <Badge color="gray" variant="light">
          {badge}
        </Badge>
      </Group>
      <Alert icon={<IconTools size={18} />} color="blue" variant="light">
        {intro}
      </Alert>
      <Text>{description}</Text>
      <Paper withBorder p="md">
        <Text fw={600} mb={4}>
          {plannedTitle}
        </Text>
        <Text size="sm">{planned}</Text>
      </Paper>
    </Stack>
  );
}
