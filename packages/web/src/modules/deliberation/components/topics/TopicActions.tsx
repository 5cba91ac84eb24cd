// What can be done with the topic now (its allowedSteps: the server's rules and the viewer's grants):
// review, schedule, resolve, escalate, and make each stage public (三议三公开).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Divider, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { STAGES, useEnumLabel } from "../../enums";
import { CreateResolutionModal, type Basis } from "../resolutions/CreateResolutionModal";
import { EscalateModal } from "../resolutions/EscalateModal";
import { AcceptTopicModal } from "./AcceptTopicModal";
import { DeclineTopicModal } from "./DeclineTopicModal";
import { PublishStageModal } from "./PublishStageModal";
import { ScheduleTopicModal } from "./ScheduleTopicModal";

export const TopicActionFields = graphql(`
  fragment TopicActionFields on Topic {
    id
    title
    status
    readyForReview
    allowedSteps
    votes {
      id
      status
      result
      question
      meeting {
        id
        title
      }
    }
    agendaItems {
      id
      removedAt
      meeting {
        id
        title
        startedAt
      }
    }
  }
`);

type Stage = (typeof STAGES)[number];
const PUBLISH_STEP = { PROPOSAL: "PUBLISH_PROPOSAL", DELIBERATION: "PUBLISH_DELIBERATION", RESOLUTION: "PUBLISH_RESOLUTION" } as const satisfies Record<Stage, string>;
type Dialog = "accept" | "decline" | "schedule" | "resolve" | "escalate" | { stage: Stage } | null;

export function TopicActions({ communityId, topic }: { communityId: string; topic: FragmentOf<typeof TopicActionFields> }) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const { community } = useCurrentCommunity();
  const x = readFragment(TopicActionFields, topic);
  const steps = new Set(x.allowedSteps);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const bases: Basis[] = [
    ...x.votes.filter((v) => v.result === "PASSED").map((v) => ({ value: v.id, label: t("resolutions.basisVote", { question: v.question, meeting: v.meeting.title }), voteId: v.id, meetingId: v.meeting.id })),
    ...x.agendaItems
      .filter((i) => !i.removedAt && i.meeting.startedAt)
      .map((i) => ({ value: i.meeting.id, label: t("resolutions.basisMeeting", { meeting: i.meeting.title }), voteId: null, meetingId: i.meeting.id })),
  ];
  const actions = [
    // A reviewer may decline a topic in review; accept it once ready (the tooltip says why not yet).
    steps.has("DECLINE") && (
      <Tooltip key="accept" label={t("topics.notReadyHint")} disabled={steps.has("ACCEPT")}>
        <div>
          <Button fullWidth color="green" disabled={!steps.has("ACCEPT")} onClick={() => setDialog("accept")}>
            {t("topics.accept")}
          </Button>
        </div>
      </Tooltip>
    ),
    steps.has("DECLINE") && (
      <Button key="decline" variant="light" color="gray" onClick={() => setDialog("decline")}>
        {t("topics.decline")}
      </Button>
    ),
    steps.has("SCHEDULE") && (
      <Button key="schedule" onClick={() => setDialog("schedule")}>
        {t("agenda.schedule")}
      </Button>
    ),
    steps.has("RESOLVE") && bases.length > 0 && (
      <Button key="resolve" color="green" onClick={() => setDialog("resolve")}>
        {t("resolutions.create")}
      </Button>
    ),
    steps.has("ESCALATE") && (
      <Button key="escalate" variant="light" color="orange" onClick={() => setDialog("escalate")}>
        {t("escalations.escalate")}
      </Button>
    ),
  ].filter(Boolean);
  const publishable = STAGES.filter((stage) => steps.has(PUBLISH_STEP[stage]));

  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {t("topic.actions")}
      </Title>
      <Stack gap="xs">
        {actions}
        {actions.length === 0 && publishable.length === 0 && (
          <Text size="sm" c="dimmed">
            {t("topic.noActions")}
          </Text>
        )}
        {publishable.length > 0 && (
          <>
            <Divider label={t("topic.publishStages")} labelPosition="left" />
            {publishable.map((stage) => (
              <Button key={stage} variant="default" onClick={() => setDialog({ stage })}>
                {t("topic.publishStage", { stage: label("TopicStage", stage) })}
              </Button>
            ))}
          </>
        )}
      </Stack>
      {dialog === "accept" && <AcceptTopicModal topic={x} onClose={close} />}
      {dialog === "decline" && <DeclineTopicModal communityId={communityId} topic={x} onClose={close} />}
      {dialog === "schedule" && <ScheduleTopicModal communityId={communityId} topic={x} onClose={close} />}
      {dialog === "resolve" && <CreateResolutionModal topic={x} bases={bases} onClose={close} />}
      {dialog === "escalate" && <EscalateModal topic={x} defaultAddressee={community?.street?.name ?? ""} onClose={close} />}
      {typeof dialog === "object" && dialog && <PublishStageModal topic={x} stage={dialog.stage} onClose={close} />}
    </Paper>
  );
}
