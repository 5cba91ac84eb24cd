// 签到: one line per sitting member and per invited stakeholder, with large 出席/缺席/请假 buttons.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CommandOptions } from "../../../../lib/useCommand";
import { useEnumLabel } from "../../enums";
import { ChoiceButtons } from "../ChoiceButtons";
import { MeetingQuorumFields } from "./QuorumCard";

export const MeetingAttendanceFields = graphql(
  `
    fragment MeetingAttendanceFields on Meeting {
      id
      allowedSteps
      attendance {
        attendeeId
        kind
        name
        seat
        role
        topicTitle
        mayVote
        status
      }
      ...MeetingQuorumFields
    }
  `,
  [MeetingQuorumFields],
);

type Status = "PRESENT" | "ABSENT" | "EXCUSED";
const STATUSES: { value: Status; color: string }[] = [
  { value: "PRESENT", color: "green" },
  { value: "ABSENT", color: "red" },
  { value: "EXCUSED", color: "yellow" },
];

type Entry = { attendeeId: string; status: Status };
/** recordAttendance, from the page (the command refreshes this panel, so the panel does not hold it). */
export type RecordAttendance = (vars: { meetingId: string; entries: Entry[] }, options?: CommandOptions) => Promise<unknown>;

export function AttendancePanel({ meeting, record }: { meeting: FragmentOf<typeof MeetingAttendanceFields>; record: RecordAttendance }) {
  const { t } = useTranslation("deliberation");
  const label = useEnumLabel();
  const m = readFragment(MeetingAttendanceFields, meeting);
  const [pending, setPending] = useState<{ id: string; status: Status } | null>(null);
  const editable = m.allowedSteps.includes("RECORD_ATTENDANCE");
  const choices = STATUSES.map((s) => ({ ...s, label: label("AttendanceStatus", s.value) }));
  const members = m.attendance.filter((a) => a.kind === "MEMBER");
  const stakeholders = m.attendance.filter((a) => a.kind === "STAKEHOLDER");
  const unrecorded = members.filter((a) => !a.status);

  const set = async (attendeeId: string, status: Status) => {
    setPending({ id: attendeeId, status });
    await record({ meetingId: m.id, entries: [{ attendeeId, status }] });
    setPending(null);
  };
  const allPresent = () => record({ meetingId: m.id, entries: unrecorded.map((a) => ({ attendeeId: a.attendeeId, status: "PRESENT" as const })) }, { success: t("attendance.allMarked") });

  const rows = (list: typeof m.attendance) =>
    list.map((a) => (
      <Group key={a.attendeeId} justify="space-between" wrap="wrap" py={6} style={{ borderBottom: "1px solid var(--mantine-color-gray-2)" }} data-testid="attendance-row">
        <Stack gap={0}>
          <Text fw={600} size="lg">
            {a.name}
          </Text>
          <Text size="sm" c="dimmed">
            {a.kind === "MEMBER"
              ? [a.seat && label("SeatCategory", a.seat), a.role && label("CommitteeRole", a.role)].filter(Boolean).join(" · ")
              : t("attendance.stakeholderOf", { topic: a.topicTitle ?? "" })}
            {a.kind === "STAKEHOLDER" && (a.mayVote ? ` · ${t("stakeholders.mayVote")}` : ` · ${t("stakeholders.speakOnly")}`)}
          </Text>
        </Stack>
        {editable ? (
          <ChoiceButtons
            label={t("attendance.of", { name: a.name })}
            choices={choices}
            value={a.status ?? null}
            loading={pending?.id === a.attendeeId ? pending.status : null}
            onChange={(status) => void set(a.attendeeId, status)}
          />
        ) : a.status ? (
          <Badge size="lg" variant="light" color={STATUSES.find((s) => s.value === a.status)?.color}>
            {label("AttendanceStatus", a.status)}
          </Badge>
        ) : (
          <Text c="dimmed">{t("attendance.notRecorded")}</Text>
        )}
      </Group>
    ));

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("attendance.members", { count: members.length })}</Title>
        {editable && unrecorded.length > 0 && (
          <Button variant="light" size="md" onClick={() => void allPresent()}>
            {t("attendance.markAllPresent", { count: unrecorded.length })}
          </Button>
        )}
      </Group>
      {members.length === 0 && <Text c="dimmed">{t("attendance.noMembers")}</Text>}
      {rows(members)}
      {stakeholders.length > 0 && (
        <>
          <Title order={4} mt="lg" mb="xs">
            {t("attendance.stakeholders", { count: stakeholders.length })}
          </Title>
          {rows(stakeholders)}
        </>
      )}
    </Paper>
  );
}
