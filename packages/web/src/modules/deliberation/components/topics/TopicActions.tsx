// What can be done with the topic now, by its status and the viewer's actions: review, schedule,
// invite, resolve, escalate, and make each stage public (三议三公开).
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Divider, Paper, Stack, Text, Title, Tooltip } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { STAGE_READY, STAGES, useEnumLabel } from "../../enums";
import { CreateResolutionModal, type Basis } from "../resolutions/CreateResolutionModal";
import { EscalateModal } from "../resolutions/EscalateModal";
import { AcceptTopicModal } from "./AcceptTopicModal";
import { DeclineTopicModal } from "./DeclineTopicModal";
import { PublishStageModal } from "./PublishStageModal";
import { ScheduleTopicModal } from "./ScheduleTopicModal";
import { TopicActionFields } from "./fragments";

type Stage = (typeof STAGES)[number];
type Dialog = "accept" | "decline" | "schedule" | "resolve" | "escalate" | { stage: Stage } | null;

export function TopicActions({ communityId, topic }: { communityId: string; topic: FragmentOf<typeof TopicActionFields> }) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const { can, community } = useCurrentCommunity();
  const x = readFragment(TopicActionFields, topic);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const bases: Basis[] = [
    ...x.votes.filter((v) => v.result === "PASSED").map((v) => ({ value: v.id, label: t("resolutions.basisVote", { question: v.question, meeting: v.meeting.title }), voteId: v.id, meetingId: v.meeting.id })),
    ...x.agendaItems
      .filter((i) => !i.removedAt && (i.meeting.status === "IN_PROGRESS" || i.meeting.status === "CLOSED"))
      .map((i) => ({ value: i.meeting.id, label: t("resolutions.basisMeeting", { meeting: i.meeting.title }), voteId: null, meetingId: i.meeting.id })),
  ];
  const actions = [
    x.status === "SUBMITTED" && can("topic:review") && (
      <Tooltip key="accept" label={t("topics.notReadyHint")} disabled={x.readyForReview}>
        <div>
          <Button fullWidth color="green" disabled={!x.readyForReview} onClick={() => setDialog("accept")}>
            {t("topics.accept")}
          </Button>
        </div>
      </Tooltip>
    ),
    x.status === "SUBMITTED" && can("topic:review") && (
      <Button key="decline" variant="light" color="gray" onClick={() => setDialog("decline")}>
        {t("topics.decline")}
      </Button>
    ),
    ["ACCEPTED", "DELIBERATED", "ESCALATED"].includes(x.status) && can("meeting:manage") && (
      <Button key="schedule" onClick={() => setDialog("schedule")}>
        {t("agenda.schedule")}
      </Button>
    ),
    ["DELIBERATED", "ESCALATED", "RESOLVED"].includes(x.status) && can("resolution:manage") && bases.length > 0 && (
      <Button key="resolve" color="green" onClick={() => setDialog("resolve")}>
        {t("resolutions.create")}
      </Button>
    ),
    x.status === "DELIBERATED" && can("resolution:manage") && (
      <Button key="escalate" variant="light" color="orange" onClick={() => setDialog("escalate")}>
        {t("escalations.escalate")}
      </Button>
    ),
  ].filter(Boolean);
  const canPublish = can("notice:publish");

  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {t("topic.actions")}
      </Title>
      <Stack gap="xs">
        {actions}
        {actions.length === 0 && !canPublish && (
          <Text size="sm" c="dimmed">
            {t("topic.noActions")}
          </Text>
        )}
        {canPublish && (
          <>
            <Divider label={t("topic.publishStages")} labelPosition="left" />
            {STAGES.map((stage) => (
              <Button key={stage} variant="default" disabled={!STAGE_READY[stage].includes(x.status)} onClick={() => setDialog({ stage })}>
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
