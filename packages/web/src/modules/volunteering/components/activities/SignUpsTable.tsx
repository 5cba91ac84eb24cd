// The sign-ups of an activity in the order they came: places, then the waiting list with positions;
// check-in and check-out with how they were taken (扫码 / 代签), and the steps the server allows
// the viewer on each (allowedSteps). The panel runs the steps; this table reports the one chosen.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";
import { StatusBadge } from "../StatusBadge";

export const SignUpRowFields = graphql(`
  fragment SignUpRowFields on VolunteerSignUp {
    id
    volunteerName
    status
    waitlistPosition
    signedUpAt
    promotedAt
    cancelledAt
    checkedInAt
    checkInMethod
    checkedOutAt
    checkOutMethod
    allowedSteps
  }
`);

type SignUpRow = ResultOf<typeof SignUpRowFields>;
/** The steps this table offers (the hours are verified in HoursPanel). */
export type AttendanceStep = "CANCEL" | "CHECK_IN" | "CHECK_OUT";
const ATTENDANCE_STEPS: readonly string[] = ["CANCEL", "CHECK_IN", "CHECK_OUT"];

interface SignUpsTableProps {
  signUps: readonly FragmentOf<typeof SignUpRowFields>[];
  /** The activity has ended: no more check-ins from here. */
  ended: boolean;
  /** The sign-up whose step is running. */
  busy: string | null;
  onStep: (step: AttendanceStep, signUp: { id: string; volunteerName: string }) => void;
}

export function SignUpsTable({ signUps: refs, ended, busy, onStep }: SignUpsTableProps) {
  const { t, i18n } = useTranslation("volunteering");
  const label = useEnumLabel();
  const signUps = refs.map((r) => readFragment(SignUpRowFields, r));
  const time = (iso: string | null | undefined, method: string | null | undefined) =>
    iso ? (
      <Stack gap={0}>
        <Text size="sm">{formatDateTime(iso, i18n.language)}</Text>
        {method && (
          <Text size="xs" c="dimmed">
            {label("VolunteerCheckMethod", method)}
          </Text>
        )}
      </Stack>
    ) : (
      <Text c="dimmed">{t("none")}</Text>
    );
  const columns: Column<SignUpRow>[] = [
    { key: "name", header: t("signUps.volunteer"), render: (s) => <Text fw={500}>{s.volunteerName}</Text> },
    {
      key: "status",
      header: t("signUps.status"),
      render: (s) => (
        <Group gap={4}>
          <StatusBadge kind="VolunteerSignUpStatus" value={s.status} />
          {s.waitlistPosition != null && (
            <Badge variant="outline" color="orange" size="sm">
              {t("signUps.position", { n: s.waitlistPosition })}
            </Badge>
          )}
          {s.promotedAt && s.status === "CONFIRMED" && (
            <Badge variant="outline" size="sm">
              {t("signUps.promoted")}
            </Badge>
          )}
        </Group>
      ),
    },
    { key: "signedUp", header: t("signUps.signedUpAt"), render: (s) => formatDateTime(s.signedUpAt, i18n.language) },
    { key: "in", header: t("signUps.checkIn"), render: (s) => time(s.checkedInAt, s.checkInMethod) },
    { key: "out", header: t("signUps.checkOut"), render: (s) => time(s.checkedOutAt, s.checkOutMethod) },
  ];
  if (signUps.some((s) => s.allowedSteps.some((x) => ATTENDANCE_STEPS.includes(x))))
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (s) => (
        <Group gap={4} wrap="nowrap">
            {s.allowedSteps.includes("CHECK_IN") && !ended && (
              <Button size="xs" variant="light" loading={busy === s.id} onClick={() => onStep("CHECK_IN", s)}>
                {t("signUps.recordCheckIn")}
              </Button>
            )}
            {s.allowedSteps.includes("CHECK_OUT") && (
              <Button size="xs" variant="light" color="teal" loading={busy === s.id} onClick={() => onStep("CHECK_OUT", s)}>
                {t("signUps.recordCheckOut")}
              </Button>
            )}
            {s.allowedSteps.includes("CANCEL") && (
              <Button size="xs" variant="subtle" color="red" onClick={() => onStep("CANCEL", s)}>
                {t("signUps.cancel")}
              </Button>
            )}
          </Group>
        ),
    });
  const confirmed = signUps.filter((s) => s.status !== "WAITLISTED");
  const waiting = signUps.filter((s) => s.status === "WAITLISTED").sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return (
    <>
      <DataTable data-testid="signups-table" aria-label={t("signUps.list")} columns={columns} rows={confirmed} rowKey={(s) => s.id} />
      <Title order={5} mt="md" mb="xs">
        {t("signUps.waitlist", { count: waiting.length })}
      </Title>
      {waiting.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t("signUps.noWaitlist")}
        </Text>
      ) : (
        <DataTable data-testid="waitlist-table" aria-label={t("signUps.waitlistLabel")} columns={columns.filter((c) => c.key !== "in" && c.key !== "out")} rows={waiting} rowKey={(s) => s.id} />
      )}
    </>
  );
}
