// The topic itself: what was raised, by whom, co-signatures against the threshold, and how it was
// reviewed (accepted with a note, or declined citing a 不议 clause and a reason).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Alert, Anchor, Badge, Group, Paper, Progress, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconPaperclip } from "@tabler/icons-react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDateTime } from "../../../../lib/format";
import { IN_REVIEW, useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";
import { Fact } from "../Fact";

export const TopicSummaryFields = graphql(`
  fragment TopicSummaryFields on Topic {
    id
    title
    description
    category
    source
    status
    proposerName
    cosignCount
    cosignThreshold
    readyForReview
    voteThreshold
    reviewNote
    reviewedAt
    declineReason
    declineClause {
      id
      label
      text
    }
    attachments {
      id
      name
      url
    }
    cosignatures {
      id
      residentName
    }
    serviceVisit {
      id
      kind
      visitedAt
    }
    createdAt
  }
`);


export function TopicSummary({ topic }: { topic: FragmentOf<typeof TopicSummaryFields> }) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const x = readFragment(TopicSummaryFields, topic);
  const threshold = x.source === "RESIDENT" ? x.cosignThreshold : 0;
  return (
    <Paper withBorder p="lg">
      <Group gap="sm" mb="xs">
        <Title order={3}>{x.title}</Title>
        <StatusBadge kind="TopicStatus" value={x.status} size="lg" />
      </Group>
      <Text style={{ whiteSpace: "pre-wrap" }} mb="md">
        {x.description}
      </Text>
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" mb="md">
        <Fact label={t("topic.category")}>{label("TopicCategory", x.category)}</Fact>
        <Fact label={t("topic.proposer")}>
          {x.proposerName}（{label("TopicSource", x.source)}）
        </Fact>
        <Fact label={t("topic.proposedAt")}>{formatDateTime(x.createdAt, i18n.language)}</Fact>
        <Fact label={t("topic.voteThreshold")}>{x.voteThreshold ? label("VoteThreshold", x.voteThreshold) : t("topic.charterDefault")}</Fact>
      </SimpleGrid>
      {threshold > 0 && (IN_REVIEW[x.status] || x.cosignCount > 0) && (
        <Stack gap={4} mb="md" maw={420}>
          <Group justify="space-between">
            <Text size="sm" fw={500}>
              {t("topics.cosigns", { count: x.cosignCount, threshold })}
            </Text>
            {IN_REVIEW[x.status] && (
              <Badge color={x.readyForReview ? "green" : "yellow"} variant="light">
                {x.readyForReview ? t("topics.ready") : t("topics.collecting")}
              </Badge>
            )}
          </Group>
          <Progress value={Math.min(100, (100 * x.cosignCount) / threshold)} color={x.readyForReview ? "green" : "yellow"} aria-label={t("topic.cosignProgress")} />
          {x.cosignatures && x.cosignatures.length > 0 && (
            <Text size="xs" c="dimmed">
              {t("topic.cosigners", { names: x.cosignatures.map((c) => c.residentName).join("、") })}
            </Text>
          )}
        </Stack>
      )}
      {x.declineClause && (
        <Alert color="gray" title={t("topic.declinedTitle", { clause: x.declineClause.label })} mb="md">
          <Text size="sm" c="dimmed" mb={4}>
            {x.declineClause.text}
          </Text>
          <Text size="sm">{t("topic.declineReason", { reason: x.declineReason ?? "" })}</Text>
        </Alert>
      )}
      {x.serviceVisit && (
        <Text size="sm" mb="md">
          {t("topic.fromVisit", { at: formatDateTime(x.serviceVisit.visitedAt, i18n.language) })}{" "}
          <Anchor component={Link} to="/service-complex/visits" size="sm">
            {t("topic.openVisits")}
          </Anchor>
        </Text>
      )}
      {x.reviewNote && (
        <Text size="sm" mb="md">
          {t("topic.reviewNote", { note: x.reviewNote })}
        </Text>
      )}
      {x.attachments.length > 0 && (
        <Group gap="sm">
          {x.attachments.map((a) => (
            <Anchor key={a.id} href={a.url} target="_blank" rel="noreferrer" size="sm">
              <Group gap={4}>
                <IconPaperclip size={14} />
                {a.name}
              </Group>
            </Anchor>
          ))}
        </Group>
      )}
    </Paper>
  );
}
