// A column of the topic board: one status, its count and its topics.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Group, Paper, ScrollArea, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { colorOf, useEnumLabel } from "../../enums";
import { TopicCard, TopicCardFields, type ReviewActions } from "./TopicCard";

export const TopicColumnFields = graphql(
  `
    fragment TopicColumnFields on QueryTopicsConnection {
      totalCount
      edges {
        node {
          id
          ...TopicCardFields
        }
      }
    }
  `,
  [TopicCardFields],
);

interface Props {
  status: string;
  column: FragmentOf<typeof TopicColumnFields> | undefined;
  review?: ReviewActions;
}

export function TopicColumn({ status, column, review }: Props) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const c = column ? readFragment(TopicColumnFields, column) : null;
  const shown = c?.edges.length ?? 0;
  return (
    <Paper withBorder p="sm" bg="gray.0" component="section" aria-label={label("TopicStatus", status)} data-testid={`column-${status}`}>
      <Group justify="space-between" mb="sm">
        <Title order={5}>{label("TopicStatus", status)}</Title>
        <Badge color={colorOf("TopicStatus", status)} variant="filled" circle={false}>
          {c?.totalCount ?? "…"}
        </Badge>
      </Group>
      <ScrollArea.Autosize mah={520} type="auto" offsetScrollbars>
        <Stack gap="xs">
          {c?.edges.map((e) => <TopicCard key={e.node.id} topic={e.node} review={review} />)}
          {c && shown === 0 && (
            <Text size="sm" c="dimmed" ta="center" py="md">
              {t("topics.columnEmpty")}
            </Text>
          )}
          {c && c.totalCount > shown && (
            <Text size="xs" c="dimmed" ta="center">
              {t("topics.more", { count: c.totalCount - shown })}
            </Text>
          )}
        </Stack>
      </ScrollArea.Autosize>
    </Paper>
  );
}
