// 工时核定: the minutes from check-in and check-out (capped by the activity's window), verified by
// the coordinator before any points: 核定 (approve), 调整后核定 (other minutes with a reason),
// 不予核定 (reject with a reason), or approve all pending at once (HoursTable shows them).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { NumberInput, Text, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { ReasonModal } from "../../../../ui/ReasonModal";
import { AdjustHoursMutation, ApproveHoursMutation, BulkApproveMutation, RejectHoursMutation } from "./commands";
import { HoursTable, type HoursRowFields, type HoursStep } from "./HoursTable";

export const ActivityHoursFields = graphql(`
  fragment ActivityHoursFields on VolunteerActivity {
    id
    startsAt
    endsAt
    pointsRule {
      id
    }
  }
`);

type SignUpRef = { id: string; volunteerName: string; minutes?: number | null };

function AdjustModal({ signUp, maxMinutes, onClose }: { signUp: { id: string; volunteerName: string; minutes?: number | null }; maxMinutes: number; onClose: () => void }) {
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

interface HoursPanelProps {
  activity: FragmentOf<typeof ActivityHoursFields>;
  signUps: readonly FragmentOf<typeof HoursRowFields>[];
}

export function HoursPanel({ activity: ref, signUps }: HoursPanelProps) {
  const { t } = useTranslation("volunteering");
  const activity = readFragment(ActivityHoursFields, ref);
  const [adjusting, setAdjusting] = useState<SignUpRef | null>(null);
  const [rejecting, setRejecting] = useState<SignUpRef | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [approve] = useCommand(ApproveHoursMutation, (d) => d.approveVolunteerHours);
  const [reject] = useCommand(RejectHoursMutation, (d) => d.rejectVolunteerHours);
  const [bulk, bulking] = useCommand(BulkApproveMutation, (d) => d.bulkApproveVolunteerHours);
  const maxMinutes = Math.round((new Date(activity.endsAt).getTime() - new Date(activity.startsAt).getTime()) / 60_000);

  const approveOne = async (s: SignUpRef) => {
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

  const onStep = (step: HoursStep, s: SignUpRef) => {
    if (step === "APPROVE_HOURS") void approveOne(s);
    else if (step === "ADJUST_HOURS") setAdjusting(s);
    else setRejecting(s);
  };
  return (
    <>
      <HoursTable signUps={signUps} paid={!!activity.pointsRule} busy={busy} bulking={bulking} onStep={onStep} onApproveAll={() => void approveAll()} />
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
    </>
  );
}
