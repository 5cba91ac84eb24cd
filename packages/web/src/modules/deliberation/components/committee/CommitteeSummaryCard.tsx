// The committee at a glance: name, the rules in force, the current term, the 7 seats filled; the
// settings form its page hands it (the form's command refreshes this card, so it does not hold it).
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from "@mantine/core";
import { IconSettings } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../../lib/format";
import { useEnumLabel } from "../../enums";
import { Fact } from "../Fact";

export const CommitteeSummaryFields = graphql(`
  fragment CommitteeSummaryFields on Committee {
    id
    name
    description
    cosignThreshold
    rules {
      quorumRule
      defaultThreshold
      stakeholdersMayVote
    }
    currentTerm {
      id
      number
      name
      startsOn
      endsOn
    }
    seatSummary {
      seat
      count
    }
  }
`);

interface Props {
  committee: FragmentOf<typeof CommitteeSummaryFields>;
  canManage: boolean;
  /** The settings form (CommitteeSettingsModal), while open. */
  settings: (committee: ResultOf<typeof CommitteeSummaryFields>, onClose: () => void) => ReactNode;
}

export function CommitteeSummaryCard({ committee, canManage, settings }: Props) {
  const { t, i18n } = useTranslation("deliberation");
  const label = useEnumLabel();
  const c = readFragment(CommitteeSummaryFields, committee);
  const [editing, setEditing] = useState(false);
  const filled = c.seatSummary.filter((s) => s.count > 0).length;
  const sitting = c.seatSummary.reduce((n, s) => n + s.count, 0);
  const term = c.currentTerm;
  return (
    <Paper withBorder p="lg" mb="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Stack gap={4}>
          <Title order={3}>{c.name}</Title>
          {c.description && <Text c="dimmed" size="sm">{c.description}</Text>}
        </Stack>
        {canManage && (
          <Button variant="default" leftSection={<IconSettings size={16} />} onClick={() => setEditing(true)}>
            {t("committee.settings")}
          </Button>
        )}
      </Group>
      <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
        <Fact strong label={t("committee.currentTerm")}>
          {term ? `${t("terms.numbered", { number: term.number })}（${formatDate(term.startsOn, i18n.language)} – ${formatDate(term.endsOn, i18n.language)}）` : t("committee.noCurrentTerm")}
        </Fact>
        <Fact strong label={t("committee.seatsFilled")}>
          <Badge color={filled === 7 ? "green" : "orange"} variant="light" size="lg">
            {t("committee.seatsFilledValue", { filled, sitting })}
          </Badge>
        </Fact>
        <Fact strong label={t("committee.quorumRule")}>{label("QuorumRule", c.rules.quorumRule)}</Fact>
        <Fact strong label={t("committee.defaultThreshold")}>{label("VoteThreshold", c.rules.defaultThreshold)}</Fact>
        <Fact strong label={t("committee.cosignThreshold")}>{t("committee.cosignThresholdValue", { count: c.cosignThreshold })}</Fact>
      </SimpleGrid>
      {editing && settings(c, () => setEditing(false))}
    </Paper>
  );
}
