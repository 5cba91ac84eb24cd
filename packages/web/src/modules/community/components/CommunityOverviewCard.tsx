// A community at a glance: what it is, where, and how large.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";

export const CommunityOverviewFields = graphql(`
  fragment CommunityOverviewFields on Community {
    id
    name
    kind
    code
    address
    gridCount
    householdCount
    residentCount
    street {
      id
      name
    }
  }
`);

function Stat({ label, value }: { label: ReactNode; value: number }) {
  return (
    <Paper withBorder p="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fz={28} fw={700}>
        {value.toLocaleString()}
      </Text>
    </Paper>
  );
}

function Field({ label, value }: { label: ReactNode; value: ReactNode }) {
  return (
    <Group gap="xs" wrap="nowrap" align="baseline">
      <Text size="sm" c="dimmed" w={90}>
        {label}
      </Text>
      <Text size="sm">{value}</Text>
    </Group>
  );
}

export function CommunityOverviewCard({ community }: { community: FragmentOf<typeof CommunityOverviewFields> }) {
  const { t } = useTranslation();
  const c = readFragment(CommunityOverviewFields, community);
  return (
    <Stack>
      <Paper withBorder p="lg">
        <Group gap="sm" mb="sm">
          <Title order={3}>{c.name}</Title>
          <Badge variant="light">{t(`enums.CommunityKind.${c.kind}`)}</Badge>
        </Group>
        <Stack gap={6}>
          <Field label={t("overview.street")} value={c.street.name} />
          <Field label={t("overview.code")} value={c.code ?? t("common.none")} />
          <Field label={t("overview.address")} value={c.address ?? t("common.none")} />
        </Stack>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stat label={t("overview.gridCount")} value={c.gridCount} />
        <Stat label={t("overview.householdCount")} value={c.householdCount} />
        <Stat label={t("overview.residentCount")} value={c.residentCount} />
      </SimpleGrid>
    </Stack>
  );
}
