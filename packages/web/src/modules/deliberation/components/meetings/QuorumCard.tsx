// 法定人数, live: members sitting (应到), required, present (实到), reached or not.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text } from "@mantine/core";
import { IconCircleCheck, IconAlertTriangle } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { useEnumLabel } from "../../enums";

export const MeetingQuorumFields = graphql(`
  fragment MeetingQuorumFields on Meeting {
    id
    quorum {
      rule
      sitting
      required
      present
      reached
    }
  }
`);

function Figure({ label, value, testId }: { label: string; value: number; testId: string }) {
  return (
    <Stack gap={0} align="center">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fz={32} fw={700} lh={1.1} data-testid={testId}>
        {value}
      </Text>
    </Stack>
  );
}

export function QuorumCard({ meeting }: { meeting: FragmentOf<typeof MeetingQuorumFields> }) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const { quorum: q } = readFragment(MeetingQuorumFields, meeting);
  return (
    <Paper withBorder p="md" component="section" aria-label={t("quorum.title")} data-testid="quorum">
      <Group justify="space-between" align="center" wrap="wrap" gap="md">
        <Stack gap={4}>
          <Text fw={600}>{t("quorum.title")}</Text>
          <Text size="xs" c="dimmed">
            {label("QuorumRule", q.rule)}
          </Text>
        </Stack>
        <SimpleGrid cols={3} spacing="xl">
          <Figure label={t("quorum.sitting")} value={q.sitting} testId="quorum-sitting" />
          <Figure label={t("quorum.required")} value={q.required} testId="quorum-required" />
          <Figure label={t("quorum.present")} value={q.present} testId="quorum-present" />
        </SimpleGrid>
        <Badge
          size="xl"
          color={q.reached ? "green" : "orange"}
          leftSection={q.reached ? <IconCircleCheck size={18} /> : <IconAlertTriangle size={18} />}
          data-testid="quorum-status"
        >
          {q.reached ? t("quorum.reached") : t("quorum.notReached", { missing: Math.max(0, q.required - q.present) })}
        </Badge>
      </Group>
      <Progress mt="sm" value={q.required > 0 ? Math.min(100, (100 * q.present) / q.required) : 0} color={q.reached ? "green" : "orange"} aria-hidden />
    </Paper>
  );
}
