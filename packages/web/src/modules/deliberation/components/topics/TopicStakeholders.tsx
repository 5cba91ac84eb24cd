// "X" of 7+X: the people invited to this topic, who may speak and (if the charter allows) vote on it.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconUserPlus } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";

export const TopicStakeholderFields = graphql(`
  fragment TopicStakeholderFields on Topic {
    id
    allowedSteps
    stakeholders {
      id
      name
      affiliation
      mayVote
    }
  }
`);

/** The page holds the invitation modal (its command refreshes this list). */
export function TopicStakeholders({ topic, onInvite }: { topic: FragmentOf<typeof TopicStakeholderFields>; onInvite?: () => void }) {
  const { t } = useTranslation("deliberation");
  const x = readFragment(TopicStakeholderFields, topic);
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t("stakeholders.title")}</Title>
        {onInvite && x.allowedSteps.includes("INVITE_STAKEHOLDER") && (
          <Button size="xs" variant="light" leftSection={<IconUserPlus size={14} />} onClick={onInvite}>
            {t("stakeholders.invite")}
          </Button>
        )}
      </Group>
      {x.stakeholders.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("stakeholders.none")}
        </Text>
      )}
      <Stack gap={6}>
        {x.stakeholders.map((s) => (
          <Group key={s.id} gap="xs">
            <Text size="sm" fw={500}>
              {s.name}
            </Text>
            {s.affiliation && (
              <Text size="sm" c="dimmed">
                {s.affiliation}
              </Text>
            )}
            <Badge size="xs" variant="light" color={s.mayVote ? "green" : "gray"}>
              {s.mayVote ? t("stakeholders.mayVote") : t("stakeholders.speakOnly")}
            </Badge>
          </Group>
        ))}
      </Stack>
    </Paper>
  );
}
