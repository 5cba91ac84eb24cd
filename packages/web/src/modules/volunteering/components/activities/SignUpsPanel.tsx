// 报名与签到: sign-ups in the order they came (places, then the waiting list with positions),
// check-in and check-out with how they were taken (扫码 / 代签), and staff acting on a volunteer's
// behalf: sign up, 代签到, 代签退, cancel.
import { Badge, Button, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumLabel } from "../../enums";
import { ReasonModal } from "../../../../ui/ReasonModal";
import { StatusBadge } from "../StatusBadge";
import { VolunteerSelect } from "../VolunteerSelect";
import { CancelSignUpMutation, CheckInMutation, CheckOutMutation, SignUpMutation } from "./commands";
import type { ActivityHeaderData, SignUpData } from "./types";

function StaffSignUpModal({ activity, onClose }: { activity: ActivityHeaderData; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const form = useForm({ initialValues: { volunteerId: "" }, validate: { volunteerId: (v) => (v ? null : t("form.pickVolunteer")) } });
  const [signUp, signing] = useCommand(SignUpMutation, (d) => d.signUpForVolunteerActivity);
  const submit = form.onSubmit(async (v) => {
    const done = await signUp({ input: { activityId: activity.id, volunteerId: v.volunteerId } }, { form, success: t("signUps.signedUp") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("signUps.staffSignUp")} onSubmit={submit} submitting={signing} size="md">
      <VolunteerSelect communityId={activity.community.id} label={t("form.volunteer")} withAsterisk {...form.getInputProps("volunteerId")} />
      {activity.requiredSkills.length > 0 && (
        <Text size="sm" c="dimmed">
          {t("signUps.skillsNeeded", { skills: activity.requiredSkills.join("、") })}
        </Text>
      )}
    </FormModal>
  );
}

/** The steps this panel offers on a sign-up (the hours are verified in HoursPanel). */
const ATTENDANCE_STEPS = ["CANCEL", "CHECK_IN", "CHECK_OUT"] as const;

export function SignUpsPanel({ activity, signUps }: { activity: ActivityHeaderData; signUps: readonly SignUpData[] }) {
  const { t, i18n } = useTranslation("volunteering");
  const label = useEnumLabel();
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<SignUpData | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [checkIn] = useCommand(CheckInMutation, (d) => d.recordVolunteerCheckIn);
  const [checkOut] = useCommand(CheckOutMutation, (d) => d.recordVolunteerCheckOut);
  const [cancel] = useCommand(CancelSignUpMutation, (d) => d.cancelVolunteerSignUp);
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
  const act = async (id: string, run: () => Promise<unknown>) => {
    setBusy(id);
    await run();
    setBusy(null);
  };
  const columns: Column<SignUpData>[] = [
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
  if (signUps.some((s) => s.allowedSteps.some((x) => (ATTENDANCE_STEPS as readonly string[]).includes(x))))
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (s) => (
        <Group gap={4} wrap="nowrap">
            {s.allowedSteps.includes("CHECK_IN") && activity.phase !== "ENDED" && (
              <Button size="xs" variant="light" loading={busy === s.id} onClick={() => void act(s.id, () => checkIn({ input: { signUpId: s.id } }, { success: t("signUps.checkedIn", { name: s.volunteerName }) }))}>
                {t("signUps.recordCheckIn")}
              </Button>
            )}
            {s.allowedSteps.includes("CHECK_OUT") && (
              <Button size="xs" variant="light" color="teal" loading={busy === s.id} onClick={() => void act(s.id, () => checkOut({ input: { signUpId: s.id } }, { success: t("signUps.checkedOut", { name: s.volunteerName }) }))}>
                {t("signUps.recordCheckOut")}
              </Button>
            )}
            {s.allowedSteps.includes("CANCEL") && (
              <Button size="xs" variant="subtle" color="red" onClick={() => setCancelling(s)}>
                {t("signUps.cancel")}
              </Button>
            )}
          </Group>
        ),
    });
  const confirmed = signUps.filter((s) => s.status !== "WAITLISTED");
  const waiting = signUps.filter((s) => s.status === "WAITLISTED").sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("signUps.title", { count: activity.confirmedCount, capacity: activity.capacity })}</Title>
        {activity.allowedSteps.includes("SIGN_UP") && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setAdding(true)}>
            {t("signUps.staffSignUp")}
          </Button>
        )}
      </Group>
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
      {adding && <StaffSignUpModal activity={activity} onClose={() => setAdding(false)} />}
      {cancelling && (
        <ReasonModal
          optional
          title={t("signUps.cancelOf", { name: cancelling.volunteerName })}
          label={t("form.reasonOptional")}
          submitLabel={t("signUps.confirmCancel")}
          onClose={() => setCancelling(null)}
          run={(reason, form) => cancel({ id: cancelling.id, input: { reason: reason || null } }, { form, success: t("signUps.cancelled") })}
        />
      )}
    </Paper>
  );
}
