// A vote's tally (赞成/反对/弃权 against the voters present and the FOR votes needed) and its result:
// live while OPEN, final once CLOSED.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Group, Progress, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";

export const VoteSummaryFields = graphql(`
  fragment VoteSummaryFields on Vote {
    id
    question
    status
    result
    threshold
    tally {
      for
      against
      abstain
      cast
      present
      required
      quorumReached
      projected
    }
  }
`);

export function VoteSummary({ vote }: { vote: FragmentOf<typeof VoteSummaryFields> }) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const v = readFragment(VoteSummaryFields, vote);
  const { tally } = v;
  const pct = (n: number) => (tally.present > 0 ? (100 * n) / tally.present : 0);
  return (
    <Stack gap={6} data-testid="vote-tally">
      <Group justify="space-between" wrap="nowrap">
        <Text fw={500}>{v.question}</Text>
        {v.result ? <StatusBadge kind="VoteResult" value={v.result} size="lg" /> : <StatusBadge kind="VoteStatus" value={v.status} />}
      </Group>
      <Progress.Root size={22} aria-label={t("vote.tally")}>
        <Progress.Section value={pct(tally.for)} color="green">
          <Progress.Label>{tally.for}</Progress.Label>
        </Progress.Section>
        <Progress.Section value={pct(tally.against)} color="red">
          <Progress.Label>{tally.against}</Progress.Label>
        </Progress.Section>
        <Progress.Section value={pct(tally.abstain)} color="gray">
          <Progress.Label>{tally.abstain}</Progress.Label>
        </Progress.Section>
      </Progress.Root>
      <Text size="sm">
        {t("vote.counts", { for: tally.for, against: tally.against, abstain: tally.abstain, cast: tally.cast, present: tally.present })}
      </Text>
      <Text size="sm" c="dimmed">
        {t("vote.needed", { threshold: label("VoteThreshold", v.threshold), required: tally.required })}
        {!v.result && ` · ${t("vote.projected", { result: label("VoteResult", tally.projected) })}`}
      </Text>
    </Stack>
  );
}
