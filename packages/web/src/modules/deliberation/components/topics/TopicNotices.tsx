// "三议三公开": the notices that made this topic's stages public, with their status and end date.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../../lib/format";
import { useEnumLabel } from "../../enums";
import { NOTICES_PATH } from "../../paths";
import { StatusBadge } from "../../../notices/components/StatusBadge";

export const TopicNoticesFields = graphql(`
  fragment TopicNoticesFields on Topic {
    id
    notices {
      id
      title
      stage
      status
      publishedAt
      endsAt
    }
  }
`);

export function TopicNotices({ topic }: { topic: FragmentOf<typeof TopicNoticesFields> }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const notices = readFragment(TopicNoticesFields, topic).notices;
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {t("topic.notices")}
      </Title>
      {notices.length === 0 && (
        <Text size="sm" c="dimmed">
          {t("topic.noNotices")}
        </Text>
      )}
      <Stack gap="xs">
        {notices.map((n) => (
          <Stack key={n.id} gap={2}>
            <Group gap="xs">
              {n.stage && <Text size="sm" fw={600}>{label("TopicStage", n.stage)}</Text>}
              <StatusBadge kind="NoticeStatus" value={n.status} size="sm" />
            </Group>
            <Anchor component={Link} to={NOTICES_PATH} size="sm">
              {n.title}
            </Anchor>
            <Text size="xs" c="dimmed">
              {t("notices.period", { from: formatDateTime(n.publishedAt, i18n.language), to: formatDateTime(n.endsAt, i18n.language) })}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
