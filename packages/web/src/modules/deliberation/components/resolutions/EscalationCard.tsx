// 向上级提交建议: what was sent to the street, and the street's reply once recorded.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Anchor, Badge, Button, Group, Paper, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatDateTime } from "../../../../lib/format";
import { topicPath } from "../../paths";

export const EscalationFields = graphql(`
  fragment EscalationFields on Escalation {
    id
    addressedTo
    text
    submittedAt
    replyText
    repliedOn
    allowedSteps
    topic {
      id
      title
    }
  }
`);

/** The parent holds the reply modal (the reply's command refreshes this card). */
export function EscalationCard({ escalation, showTopic = true, onReply }: { escalation: FragmentOf<typeof EscalationFields>; showTopic?: boolean; onReply?: (e: { id: string; addressedTo: string }) => void }) {
  const { t, i18n } = useTranslation("deliberation");
  const e = readFragment(EscalationFields, escalation);
  return (
    <Paper withBorder p="md" component="article" aria-label={t("escalations.itemLabel", { to: e.addressedTo })}>
      <Group justify="space-between" mb={6}>
        <Group gap="xs">
          {showTopic && (
            <Anchor component={Link} to={topicPath(e.topic.id)} fw={600}>
              {e.topic.title}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {t("escalations.sentTo", { to: e.addressedTo, date: formatDateTime(e.submittedAt, i18n.language) })}
          </Text>
        </Group>
        <Badge color={e.replyText ? "green" : "orange"} variant="light">
          {e.replyText ? t("escalations.replied") : t("escalations.awaiting")}
        </Badge>
      </Group>
      <Text size="sm" style={{ whiteSpace: "pre-wrap" }} mb="xs">
        {e.text}
      </Text>
      {e.replyText && (
        <Alert color="green" variant="light" title={t("escalations.replyOn", { date: formatDate(e.repliedOn, i18n.language) })}>
          <Text size="sm" style={{ whiteSpace: "pre-wrap" }}>
            {e.replyText}
          </Text>
        </Alert>
      )}
      {onReply && e.allowedSteps.includes("REPLY") && (
        <Button size="xs" variant="light" onClick={() => onReply?.(e)}>
          {t("escalations.recordReply")}
        </Button>
      )}
    </Paper>
  );
}
