// 向上级提交建议: what was sent to the street, and the street's reply once recorded.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Anchor, Badge, Button, Group, Paper, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate, formatDateTime } from "../../../../lib/format";
import { topicPath } from "../../paths";
import { EscalationReplyModal } from "./EscalationReplyModal";
import { EscalationFields } from "./fragments";

export function EscalationCard({ escalation, showTopic = true }: { escalation: FragmentOf<typeof EscalationFields>; showTopic?: boolean }) {
  const { t, i18n } = useTranslation("deliberation");
  const e = readFragment(EscalationFields, escalation);
  const [replying, setReplying] = useState(false);
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
      {e.allowedSteps.includes("REPLY") && (
        <Button size="xs" variant="light" onClick={() => setReplying(true)}>
          {t("escalations.recordReply")}
        </Button>
      )}
      {replying && <EscalationReplyModal escalation={e} onClose={() => setReplying(false)} />}
    </Paper>
  );
}
