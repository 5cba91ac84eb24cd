// 工时核定: the minutes from check-in and check-out (capped by the activity's window), verified by
// the coordinator before any points: 核定 (approve), 调整后核定 (other minutes with a reason),
// 不予核定 (reject with a reason), or approve all pending at once.
import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { hoursOf } from "../../../../lib/dates";
import { ReasonModal } from "../../../../ui/ReasonModal";
import { StatusBadge } from "../StatusBadge";
import { AdjustHoursMutation, ApproveHoursMutation, BulkApproveMutation, RejectHoursMutation } from "./commands";
import type { ActivityHeaderData, SignUpData } from "./types";

function AdjustModal({ signUp, maxMinutes, onClose }: { signUp: SignUpData; maxMinutes: number; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const form = useForm({
    initialValues: { minutes: signUp.minutes ?? 0, reason: "" },
    validate: {
      minutes: (v) => (Number.isInteger(v) && v >= 0 && v <= maxMinutes ? null : t("hoursPanel.minutesInvalid", { max: maxMinutes })),
      reason: (v) => (v.trim() ? null : t("form.reasonRequired")),
    },
  });
  const [adjust, adjusting] = useCommand(AdjustHoursMutation, (d) => d.adjustVolunteerHours);
  const submit = form.onSubmit(async (v) => {
    const done = await adjust({ id: signUp.id, input: { minutes: v.minutes, reason: v.reason.trim() } }, { form, success: t("hoursPanel.adjusted", { name: signUp.volunteerName }) });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("hoursPanel.adjustOf", { name: signUp.volunteerName })} onSubmit={submit} submitting={adjusting} submitLabel={t("hoursPanel.confirmAdjust")} size="md">
      <Text size="sm" c="dimmed">
        {t("hoursPanel.computed", { minutes: signUp.minutes ?? 0 })}
      </Text>
      <NumberInput label={t("hoursPanel.minutes")} min={0} max={maxMinutes} allowDecimal={false} withAsterisk {...form.getInputProps("minutes")} />
      <Textarea label={t("hoursPanel.adjustReason")} withAsterisk autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}

export function HoursPanel({ activity, signUps }: { activity: ActivityHeaderData; signUps: readonly SignUpData[] }) {
  const { t, i18n } = useTranslation("volunteering");
  const [adjusting, setAdjusting] = useState<SignUpData | null>(null);
  const [rejecting, setRejecting] = useState<SignUpData | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [approve] = useCommand(ApproveHoursMutation, (d) => d.approveVolunteerHours);
  const [reject] = useCommand(RejectHoursMutation, (d) => d.rejectVolunteerHours);
  const [bulk, bulking] = useCommand(BulkApproveMutation, (d) => d.bulkApproveVolunteerHours);
  const rows = signUps.filter((s) => s.hoursStatus !== "NONE");
  const pending = rows.filter((s) => s.hoursStatus === "PENDING");
  const approvable = rows.filter((s) => s.allowedSteps.includes("APPROVE_HOURS"));
  const maxMinutes = Math.round((new Date(activity.endsAt).getTime() - new Date(activity.startsAt).getTime()) / 60_000);

  const approveOne = async (s: SignUpData) => {
    setBusy(s.id);
    await approve({ id: s.id }, { success: t("hoursPanel.approved", { name: s.volunteerName }) });
    setBusy(null);
  };
  const approveAll = async () => {
    const done = await bulk({ input: { activityId: activity.id } }, { success: undefined });
    if (!done) return;
    notifications.show({ color: "green", message: t("hoursPanel.bulkApproved", { count: done.approvedCount }) });
    if (done.skipped.length > 0)
      notifications.show({ color: "orange", title: t("hoursPanel.skipped", { count: done.skipped.length }), message: done.skipped.map((s) => `${s.signUp.volunteerName}：${s.reason}`).join("；") });
  };

  const columns: Column<SignUpData>[] = [
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
            <Button size="xs" loading={busy === s.id} onClick={() => void approveOne(s)}>
              {t("hoursPanel.approve")}
            </Button>
          )}
          {s.allowedSteps.includes("ADJUST_HOURS") && (
            <Button size="xs" variant="light" onClick={() => setAdjusting(s)}>
              {t("hoursPanel.adjust")}
            </Button>
          )}
          {s.allowedSteps.includes("REJECT_HOURS") && (
            <Button size="xs" variant="subtle" color="red" onClick={() => setRejecting(s)}>
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
          <Button size="xs" variant="light" loading={bulking} onClick={() => void approveAll()}>
            {t("hoursPanel.approveAll", { count: approvable.length })}
          </Button>
        )}
      </Group>
      {!activity.pointsRule && (
        <Alert color="gray" variant="light" mb="xs">
          {t("hoursPanel.noRule")}
        </Alert>
      )}
      <DataTable data-testid="hours-table" aria-label={t("hoursPanel.list")} columns={columns} rows={rows} rowKey={(s) => s.id} />
      {adjusting && <AdjustModal signUp={adjusting} maxMinutes={maxMinutes} onClose={() => setAdjusting(null)} />}
      {rejecting && (
        <ReasonModal
          title={t("hoursPanel.rejectOf", { name: rejecting.volunteerName })}
          label={t("form.reason")}
          submitLabel={t("hoursPanel.confirmReject")}
          onClose={() => setRejecting(null)}
          run={(reason, form) => reject({ id: rejecting.id, input: { reason } }, { form, success: t("hoursPanel.rejected", { name: rejecting.volunteerName }) })}
        />
      )}
    </Paper>
  );
}
