// 工时核定's table: the minutes from check-in and check-out, what was verified and paid, and the
// steps the server allows the viewer on each (allowedSteps). HoursPanel runs the steps.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Alert, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { hoursOf } from "../../../../lib/dates";
import { formatDateTime } from "../../../../lib/format";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { StatusBadge } from "../StatusBadge";

export const HoursRowFields = graphql(`
  fragment HoursRowFields on VolunteerSignUp {
    id
    volunteerName
    checkedInAt
    checkedOutAt
    minutes
    hoursStatus
    verifiedMinutes
    verifyNote
    verifiedByName
    verifiedAt
    pointsAwarded
    allowedSteps
  }
`);

type HoursRow = ResultOf<typeof HoursRowFields>;
export type HoursStep = "APPROVE_HOURS" | "ADJUST_HOURS" | "REJECT_HOURS";

interface HoursTableProps {
  signUps: readonly FragmentOf<typeof HoursRowFields>[];
  /** The activity pays points (its rule). */
  paid: boolean;
  busy: string | null;
  bulking: boolean;
  onStep: (step: HoursStep, signUp: { id: string; volunteerName: string; minutes?: number | null }) => void;
  onApproveAll: () => void;
}

export function HoursTable({ signUps, paid, busy, bulking, onStep, onApproveAll }: HoursTableProps) {
  const { t, i18n } = useTranslation("volunteering");
  const rows = signUps.map((r) => readFragment(HoursRowFields, r)).filter((s) => s.hoursStatus !== "NONE");
  const pending = rows.filter((s) => s.hoursStatus === "PENDING");
  const approvable = rows.filter((s) => s.allowedSteps.includes("APPROVE_HOURS"));
  const columns: Column<HoursRow>[] = [
    { key: "name", header: t("signUps.volunteer"), render: (s) => <Text fw={500}>{s.volunteerName}</Text> },
    {
      key: "span",
      header: t("hoursPanel.span"),
      render: (s) => (
        <Text size="sm">
          {formatDateTime(s.checkedInAt, i18n.language)} – {formatDateTime(s.checkedOutAt, i18n.language)}
        </Text>
      ),
    },
    { key: "minutes", header: t("hoursPanel.computedShort"), render: (s) => t("hoursPanel.minutesValue", { minutes: s.minutes ?? 0, hours: hoursOf(s.minutes ?? 0) }) },
    {
      key: "status",
      header: t("hoursPanel.status"),
      render: (s) => (
        <Stack gap={2}>
          <StatusBadge kind="VolunteerHoursStatus" value={s.hoursStatus} />
          {s.verifyNote && (
            <Text size="xs" c="dimmed">
              {s.verifyNote}
            </Text>
          )}
        </Stack>
      ),
    },
    {
      key: "verified",
      header: t("hoursPanel.verified"),
      render: (s) =>
        s.hoursStatus === "PENDING" ? (
          <Text c="dimmed">{t("none")}</Text>
        ) : (
          <Stack gap={0}>
            <Text size="sm">{t("hoursPanel.minutesValue", { minutes: s.verifiedMinutes ?? 0, hours: hoursOf(s.verifiedMinutes ?? 0) })}</Text>
            <Text size="xs" c="dimmed">
              {s.verifiedByName}
            </Text>
          </Stack>
        ),
    },
    { key: "points", header: t("hoursPanel.points"), render: (s) => (s.pointsAwarded ? <Text fw={600} c="green.7">{`+${s.pointsAwarded}`}</Text> : <Text c="dimmed">{s.pointsAwarded === 0 && s.hoursStatus === "APPROVED" ? "0" : t("none")}</Text>) },
  ];
  if (rows.some((s) => s.allowedSteps.length > 0))
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (s) => (
        <Group gap={4} wrap="nowrap">
          {s.allowedSteps.includes("APPROVE_HOURS") && (
            <Button size="xs" loading={busy === s.id} onClick={() => onStep("APPROVE_HOURS", s)}>
              {t("hoursPanel.approve")}
            </Button>
          )}
          {s.allowedSteps.includes("ADJUST_HOURS") && (
            <Button size="xs" variant="light" onClick={() => onStep("ADJUST_HOURS", s)}>
              {t("hoursPanel.adjust")}
            </Button>
          )}
          {s.allowedSteps.includes("REJECT_HOURS") && (
            <Button size="xs" variant="subtle" color="red" onClick={() => onStep("REJECT_HOURS", s)}>
              {t("hoursPanel.reject")}
            </Button>
          )}
        </Group>
      ),
    });
  return (
    <Paper withBorder p="md" data-testid="hours-panel">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("hoursPanel.title", { count: pending.length })}</Title>
        {approvable.length > 1 && (
          <Button size="xs" variant="light" loading={bulking} onClick={onApproveAll}>
            {t("hoursPanel.approveAll", { count: approvable.length })}
          </Button>
        )}
      </Group>
      {!paid && (
        <Alert color="gray" variant="light" mb="xs">
          {t("hoursPanel.noRule")}
        </Alert>
      )}
      <DataTable data-testid="hours-table" aria-label={t("hoursPanel.list")} columns={columns} rows={rows} rowKey={(s) => s.id} />
    </Paper>
  );
}
