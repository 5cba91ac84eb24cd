// One topic on the board: title, category, who raised it, co-signatures, and the review actions.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Badge, Button, Group, Paper, Progress, Stack, Text, Tooltip } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../../lib/format";
import { IN_REVIEW, useEnumLabel } from "../../enums";
import { topicPath } from "../../paths";

export const TopicCardFields = graphql(`
  fragment TopicCardFields on Topic {
    id
    title
    category
    source
    status
    proposerName
    cosignCount
    cosignThreshold
    readyForReview
    allowedSteps
    createdAt
  }
`);

export interface ReviewActions {
  onAccept: (topic: { id: string; title: string }) => void;
  onDecline: (topic: { id: string; title: string }) => void;
}

export function TopicCard({ topic, review }: { topic: FragmentOf<typeof TopicCardFields>; review?: ReviewActions }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const x = readFragment(TopicCardFields, topic);
  const inReview = IN_REVIEW[x.status];
  const needsCosign = inReview && x.source === "RESIDENT" && x.cosignThreshold > 0;
  // A reviewer may decline any topic in review; accept it once it is ready (the tooltip says why not yet).
  const reviewer = x.allowedSteps.includes("DECLINE");
  return (
    <Paper withBorder p="sm" radius="md" shadow="xs" component="article" aria-label={x.title}>
      <Stack gap={6}>
        <Anchor component={Link} to={topicPath(x.id)} fw={600} lh={1.35}>
          {x.title}
        </Anchor>
        <Group gap={4}>
          <Badge size="sm" variant="light" color="grape">
            {label("TopicCategory", x.category)}
          </Badge>
          {inReview && x.readyForReview && (
            <Badge size="sm" color="green">
              {t("topics.ready")}
            </Badge>
          )}
        </Group>
        <Text size="xs" c="dimmed">
          {x.proposerName} · {label("TopicSource", x.source)} · {formatDate(x.createdAt, i18n.language)}
        </Text>
        {needsCosign && (
          <Stack gap={2}>
            <Text size="xs">{t("topics.cosigns", { count: x.cosignCount, threshold: x.cosignThreshold })}</Text>
            <Progress size="sm" value={Math.min(100, (100 * x.cosignCount) / x.cosignThreshold)} color={x.readyForReview ? "green" : "yellow"} aria-hidden />
          </Stack>
        )}
        {review && reviewer && (
          <Group gap="xs" mt={4}>
            <Tooltip label={t("topics.notReadyHint")} disabled={x.readyForReview}>
              {/* A disabled button fires no events: the wrapper shows the tooltip. */}
              <span>
                <Button size="xs" color="green" disabled={!x.allowedSteps.includes("ACCEPT")} onClick={() => review.onAccept(x)}>
                  {t("topics.accept")}
                </Button>
              </span>
            </Tooltip>
            <Button size="xs" variant="light" color="gray" onClick={() => review.onDecline(x)}>
              {t("topics.decline")}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
