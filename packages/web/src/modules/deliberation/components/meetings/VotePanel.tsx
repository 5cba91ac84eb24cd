// The vote on one agenda item: open it (with quorum), record each present voter's 赞成/反对/弃权
// (changeable until the close), watch the tally, close it, and act on a passed result.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text, Tooltip } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommandOptions } from "../../../../lib/useCommand";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { colorOf, useEnumLabel } from "../../enums";
import { ChoiceButtons } from "../ChoiceButtons";
import { CreateResolutionModal } from "../resolutions/CreateResolutionModal";
import { type VoteSummaryFields } from "./VoteSummary";
import { VoteSummary } from "./VoteSummary";

/** The ballots of a vote; spread beside VoteSummaryFields (its tally), not inside it, to stay shallow. */
export const VotePanelFields = graphql(`
  fragment VotePanelFields on Vote {
    id
    question
    status
    result
    allowedSteps
    tally {
      cast
      present
    }
    ballots {
      id
      choice
      voterId
      voterName
    }
  }
`);

type Choice = "FOR" | "AGAINST" | "ABSTAIN";
const CHOICES: Choice[] = ["FOR", "AGAINST", "ABSTAIN"];

export interface Voter {
  attendeeId: string;
  name: string;
}

/** Open (the modal), cast and close: AgendaPanel holds them. */
export interface VoteCommands {
  cast: (vars: { input: { voteId: string; voterId: string; choice: "FOR" | "AGAINST" | "ABSTAIN" } }, options?: CommandOptions) => Promise<unknown>;
  closeVote: (vars: { id: string }, options?: CommandOptions) => Promise<unknown>;
  closing: boolean;
  onOpen: (item: { id: string; topic: { title: string } }) => void;
}

interface Props {
  /** The agenda item: its allowedSteps (OPEN_VOTE) and its topic's (RESOLVE). */
  item: { id: string; allowedSteps: readonly string[]; topic: { id: string; title: string; allowedSteps: readonly string[] } };
  vote: (FragmentOf<typeof VotePanelFields> & FragmentOf<typeof VoteSummaryFields>) | null | undefined;
  meeting: { id: string; title: string; quorumReached: boolean };
  voters: readonly Voter[];
  /** The vote commands, from AgendaPanel (they refresh this panel, so it does not hold them). */
  commands: VoteCommands;
}

export function VotePanel({ item, vote, meeting, voters, commands }: Props) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const v = vote ? readFragment(VotePanelFields, vote) : null;
  const steps = new Set(v?.allowedSteps ?? []);
  const [resolving, setResolving] = useState(false);
  const [pending, setPending] = useState<{ voterId: string; choice: Choice } | null>(null);
  const { cast, closeVote, closing } = commands;
  const choices = CHOICES.map((c) => ({ value: c, label: label("BallotChoice", c), color: colorOf("BallotChoice", c) }));

  if (!v) {
    if (!item.allowedSteps.includes("OPEN_VOTE")) return null;
    return (
      <>
        <Tooltip label={t("vote.needsQuorum")} disabled={meeting.quorumReached}>
          <span style={{ width: "fit-content" }}>
            <Button size="md" color="red" disabled={!meeting.quorumReached} onClick={() => commands.onOpen(item)}>
              {t("vote.open")}
            </Button>
          </span>
        </Tooltip>
      </>
    );
  }

  const ballotOf = (voterId: string) => v.ballots.find((b) => b.voterId === voterId)?.choice ?? null;
  const castFor = async (voterId: string, choice: Choice) => {
    setPending({ voterId, choice });
    await cast({ input: { voteId: v.id, voterId, choice } });
    setPending(null);
  };

  return (
    <Stack gap="sm">
      <VoteSummary vote={vote!} />
      {(steps.has("CAST") || steps.has("CLOSE")) && (
        <Stack gap={4}>
          {voters.length === 0 && <Text c="dimmed">{t("vote.noVoters")}</Text>}
          {voters.map((voter) => (
            <Group key={voter.attendeeId} justify="space-between" wrap="wrap" py={4} data-testid="ballot-row">
              <Text fw={600} size="lg">
                {voter.name}
              </Text>
              <ChoiceButtons
                label={t("vote.ballotOf", { name: voter.name })}
                choices={choices}
                value={ballotOf(voter.attendeeId)}
                disabled={!steps.has("CAST")}
                loading={pending?.voterId === voter.attendeeId ? pending.choice : null}
                onChange={(choice) => void castFor(voter.attendeeId, choice)}
              />
            </Group>
          ))}
          {steps.has("CLOSE") && (
            <ConfirmButton size="md" color="red" variant="filled" w="fit-content" question={t("vote.closeQuestion", { cast: v.tally.cast, present: v.tally.present })} onConfirm={() => closeVote({ id: v.id }, { success: t("vote.closed") })} loading={closing}>
              {t("vote.close")}
            </ConfirmButton>
          )}
        </Stack>
      )}
      {v.result && (
        <>
          <Group gap={6}>
            {v.ballots.map((b) => (
              <Badge key={b.id} variant="light" color={colorOf("BallotChoice", b.choice)} size="lg">
                {b.voterName}：{label("BallotChoice", b.choice)}
              </Badge>
            ))}
          </Group>
          {v.result === "PASSED" && item.topic.allowedSteps.includes("RESOLVE") && (
            <Button color="green" size="md" w="fit-content" onClick={() => setResolving(true)}>
              {t("resolutions.create")}
            </Button>
          )}
        </>
      )}
      {resolving && (
        <CreateResolutionModal
          topic={item.topic}
          bases={[{ value: v.id, label: t("resolutions.basisVote", { question: v.question, meeting: meeting.title }), voteId: v.id, meetingId: meeting.id }]}
          onClose={() => setResolving(false)}
        />
      )}
    </Stack>
  );
}
