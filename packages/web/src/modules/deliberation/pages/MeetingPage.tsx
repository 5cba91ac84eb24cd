// 议事会 in the room, on a tablet: the quorum always in view; 签到, 议程与表决 and 纪要 in tabs.
// While the meeting runs the page refreshes every few seconds, so every screen shows the same tally.
import { graphql } from "@gongzhi/schema";
import { Stack, Tabs } from "@mantine/core";
import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { DetailPage } from "../../../ui/DetailPage";
import { useCommand } from "../../../lib/useCommand";
import { AgendaPanel, MeetingAgendaFields } from "../components/meetings/AgendaPanel";
import { AttendancePanel, MeetingAttendanceFields } from "../components/meetings/AttendancePanel";
import { MeetingActions } from "../components/meetings/MeetingActions";
import { RecordAttendanceMutation, RecordMinutesMutation } from "../components/meetings/meetingCommands";
import { MeetingHeader, MeetingHeaderFields } from "../components/meetings/MeetingHeader";
import { MeetingMinutesFields, MinutesEditor } from "../components/meetings/MinutesEditor";
import { MeetingQuorumFields, QuorumCard } from "../components/meetings/QuorumCard";
import { LIVE_MEETING } from "../enums";
import { MEETINGS_PATH } from "../paths";

const REFRESH_MS = 10_000;

export const MeetingPageQuery = graphql(
  `
    query MeetingPage($id: ID!) {
      node(id: $id) {
        __typename
        ... on Meeting {
          id
          title
          status
          allowedSteps
          community {
            id
          }
          quorum {
            reached
          }
          attendance {
            attendeeId
            kind
            name
            topicTitle
            mayVote
            votesNow
            status
          }
          ...MeetingHeaderFields
          ...MeetingQuorumFields
          ...MeetingAttendanceFields
          ...MeetingAgendaFields
          ...MeetingMinutesFields
        }
      }
    }
  `,
  [MeetingHeaderFields, MeetingQuorumFields, MeetingAttendanceFields, MeetingAgendaFields, MeetingMinutesFields],
);

export function MeetingPage({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation("deliberation");
  const [{ data, fetching, error }, refresh] = useQuery({ query: MeetingPageQuery, variables: { id: meetingId }, requestPolicy: "cache-and-network" });
  const meeting = data?.node?.__typename === "Meeting" ? data.node : null;
  const running = !!meeting && LIVE_MEETING[meeting.status];
  // The page composes the panels and the commands that refresh them (a panel never imports its own refresher).
  const [recordAttendance] = useCommand(RecordAttendanceMutation, (d) => d.recordAttendance);
  const [recordMinutes, recordingMinutes] = useCommand(RecordMinutesMutation, (d) => d.recordMinutes);
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => refresh({ requestPolicy: "network-only" }), REFRESH_MS);
    return () => clearInterval(timer);
  }, [running, refresh]);

  const voters = (meeting?.attendance ?? [])
    .filter((a) => a.votesNow)
    .map((a) => ({ attendeeId: a.attendeeId, name: a.name, topicTitle: a.kind === "MEMBER" ? null : (a.topicTitle ?? "") }));

  return (
    <DetailPage back={{ to: MEETINGS_PATH, label: t("meeting.back") }} query={{ data, fetching, error }} record={meeting} notFound={t("meeting.notFound")}>
      {(meeting) => (
        <Stack gap="md">
          <MeetingHeader meeting={meeting} actions={<MeetingActions meeting={meeting} />} />
          <QuorumCard meeting={meeting} />
          <Tabs defaultValue={running ? "agenda" : "attendance"} variant="pills" radius="md">
            <Tabs.List mb="md">
              <Tabs.Tab value="attendance" fz="lg" px="xl" py="sm">
                {t("meeting.tabs.attendance")}
              </Tabs.Tab>
              <Tabs.Tab value="agenda" fz="lg" px="xl" py="sm">
                {t("meeting.tabs.agenda")}
              </Tabs.Tab>
              <Tabs.Tab value="minutes" fz="lg" px="xl" py="sm">
                {t("meeting.tabs.minutes")}
              </Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="attendance">
              <AttendancePanel meeting={meeting} record={recordAttendance} />
            </Tabs.Panel>
            <Tabs.Panel value="agenda">
              <AgendaPanel
                communityId={meeting.community.id}
                meeting={meeting}
                title={meeting.title}
                quorumReached={meeting.quorum.reached}
                voters={voters}
              />
            </Tabs.Panel>
            <Tabs.Panel value="minutes">
              <MinutesEditor meeting={meeting} record={{ run: recordMinutes, running: recordingMinutes }} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </DetailPage>
  );
}
