// 报名与签到: the activity's sign-ups (SignUpsTable) and staff acting on a volunteer's behalf: sign
// up, 代签到, 代签退, cancel — the steps the server allows the viewer (allowedSteps).
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Button, Group, Paper, Text, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { ReasonModal } from "../../../../ui/ReasonModal";
import { VolunteerSelect } from "../VolunteerSelect";
import { CancelSignUpMutation, CheckInMutation, CheckOutMutation, SignUpMutation } from "./commands";
import { SignUpsTable, type AttendanceStep, type SignUpRowFields } from "./SignUpsTable";

export const ActivitySignUpsFields = graphql(`
  fragment ActivitySignUpsFields on VolunteerActivity {
    id
    capacity
    confirmedCount
    phase
    requiredSkills
    allowedSteps
    community {
      id
    }
  }
`);

function StaffSignUpModal({ activity, onClose }: { activity: ResultOf<typeof ActivitySignUpsFields>; onClose: () => void }) {
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

interface SignUpsPanelProps {
  activity: FragmentOf<typeof ActivitySignUpsFields>;
  signUps: readonly FragmentOf<typeof SignUpRowFields>[];
}

export function SignUpsPanel({ activity: ref, signUps }: SignUpsPanelProps) {
  const { t } = useTranslation("volunteering");
  const activity = readFragment(ActivitySignUpsFields, ref);
  const [adding, setAdding] = useState(false);
  const [cancelling, setCancelling] = useState<{ id: string; volunteerName: string } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [checkIn] = useCommand(CheckInMutation, (d) => d.recordVolunteerCheckIn);
  const [checkOut] = useCommand(CheckOutMutation, (d) => d.recordVolunteerCheckOut);
  const [cancel] = useCommand(CancelSignUpMutation, (d) => d.cancelVolunteerSignUp);
  const act = async (id: string, run: () => Promise<unknown>) => {
    setBusy(id);
    await run();
    setBusy(null);
  };
  const onStep = (step: AttendanceStep, s: { id: string; volunteerName: string }) => {
    if (step === "CANCEL") setCancelling(s);
    else if (step === "CHECK_IN") void act(s.id, () => checkIn({ input: { signUpId: s.id } }, { success: t("signUps.checkedIn", { name: s.volunteerName }) }));
    else void act(s.id, () => checkOut({ input: { signUpId: s.id } }, { success: t("signUps.checkedOut", { name: s.volunteerName }) }));
  };
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
      <SignUpsTable signUps={signUps} ended={activity.phase === "ENDED"} busy={busy} onStep={onStep} />
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
