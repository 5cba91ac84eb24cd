// 议程与表决: the agenda in order (add, reorder, remove while it can still change), each item with its vote.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { ActionIcon, Anchor, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCommand } from "../../../../lib/useCommand";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { topicPath } from "../../paths";
import { StatusBadge } from "../StatusBadge";
import { AddAgendaItemModal } from "./AddAgendaItemModal";
import { RemoveAgendaItemMutation, ReorderAgendaMutation } from "./agendaCommands";
import { CastBallotMutation, CloseVoteMutation } from "./meetingCommands";
import { OpenVoteModal } from "./OpenVoteModal";
import { VotePanel, VotePanelFields, type VoteCommands, type Voter } from "./VotePanel";
import { VoteSummaryFields } from "./VoteSummary";

export const MeetingAgendaFields = graphql(
  `
    fragment MeetingAgendaFields on Meeting {
      id
      allowedSteps
      agenda {
        id
        position
        allowedSteps
        topic {
          id
          title
          status
          allowedSteps
        }
        vote {
          id
          ...VotePanelFields
          ...VoteSummaryFields
        }
      }
    }
  `,
  [VotePanelFields, VoteSummaryFields],
);

interface Props {
  communityId: string;
  meeting: FragmentOf<typeof MeetingAgendaFields>;
  title: string;
  quorumReached: boolean;
  /** Present attendees who may vote, with the topic a stakeholder was invited to (null for members). */
  voters: readonly (Voter & { topicTitle: string | null })[];
}

export function AgendaPanel({ communityId, meeting, title, quorumReached, voters }: Props) {
  const { t } = useTranslation("deliberation");
  const m = readFragment(MeetingAgendaFields, meeting);
  const [adding, setAdding] = useState(false);
  const [remove] = useCommand(RemoveAgendaItemMutation, (d) => d.removeAgendaItem);
  const [reorder, reordering] = useCommand(ReorderAgendaMutation, (d) => d.reorderAgenda);
  const [cast] = useCommand(CastBallotMutation, (d) => d.castBallot);
  const [closeVote, closing] = useCommand(CloseVoteMutation, (d) => d.closeVote);
  const [opening, setOpening] = useState<{ id: string; topic: { title: string } } | null>(null);
  const voteCommands: VoteCommands = { cast, closeVote, closing, onOpen: setOpening };
  const editable = m.allowedSteps.includes("EDIT_AGENDA");
  const ids = m.agenda.map((i) => i.id);
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids];
    [next[index], next[index + by]] = [next[index + by]!, next[index]!];
    return reorder({ meetingId: m.id, itemIds: next });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={4}>{t("agenda.title", { count: m.agenda.length })}</Title>
        {editable && (
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t("agenda.add")}
          </Button>
        )}
      </Group>
      {m.agenda.length === 0 && <Text c="dimmed">{t("agenda.empty")}</Text>}
      {m.agenda.map((item, index) => (
        <Paper key={item.id} withBorder p="md" component="section" aria-label={t("agenda.itemLabel", { position: item.position, title: item.topic.title })}>
          <Group justify="space-between" wrap="nowrap" mb="sm">
            <Group gap="sm" wrap="nowrap">
              <Text fz={28} fw={700} c="dimmed" w={36} ta="center">
                {item.position}
              </Text>
              <Stack gap={2}>
                <Anchor component={Link} to={topicPath(item.topic.id)} fw={600} size="lg">
                  {item.topic.title}
                </Anchor>
                <StatusBadge kind="TopicStatus" value={item.topic.status} size="sm" w="fit-content" />
              </Stack>
            </Group>
            {editable && (
              <Group gap={4} wrap="nowrap">
                <ActionIcon size="lg" variant="default" aria-label={t("agenda.moveUp")} disabled={index === 0 || reordering} onClick={() => void move(index, -1)}>
                  <IconArrowUp size={18} />
                </ActionIcon>
                <ActionIcon size="lg" variant="default" aria-label={t("agenda.moveDown")} disabled={index === ids.length - 1 || reordering} onClick={() => void move(index, 1)}>
                  <IconArrowDown size={18} />
                </ActionIcon>
                {item.allowedSteps.includes("REMOVE") && (
                  <ConfirmButton
                    question={t("agenda.removeQuestion", { title: item.topic.title })}
                    onConfirm={() => remove({ id: item.id }, { success: t("agenda.removed") })}
                    trigger={(openConfirm) => (
                      <ActionIcon size="lg" variant="default" color="red" aria-label={t("agenda.remove")} onClick={openConfirm}>
                        <IconTrash size={18} />
                      </ActionIcon>
                    )}
                  >
                    {t("agenda.remove")}
                  </ConfirmButton>
                )}
              </Group>
            )}
          </Group>
          <VotePanel
            item={item}
            vote={item.vote}
            meeting={{ id: m.id, title, quorumReached }}
            voters={voters.filter((v) => v.topicTitle === null || v.topicTitle === item.topic.title)}
            commands={voteCommands}
          />
        </Paper>
      ))}
      {adding && <AddAgendaItemModal communityId={communityId} meetingId={m.id} onClose={() => setAdding(false)} />}
      {opening && <OpenVoteModal agendaItemId={opening.id} topicTitle={opening.topic.title} onClose={() => setOpening(null)} />}
    </Stack>
  );
}
