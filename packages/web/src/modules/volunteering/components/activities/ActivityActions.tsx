// The organiser's steps on an activity, as the server allows them (allowedSteps): publish, edit,
// cancel with a reason, and reset the check-in code.
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button, Group } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { ReasonModal } from "../../../../ui/ReasonModal";
import { ActivityFormModal } from "./ActivityFormModal";
import { ActivityHeaderFields } from "./ActivityHeader";
import { CancelActivityMutation, PublishActivityMutation, ResetCodeMutation } from "./commands";

type Activity = FragmentOf<typeof ActivityHeaderFields>;

export function ActivityActions({ activity }: { activity: Activity }) {
  const { t } = useTranslation("volunteering");
  const a = readFragment(ActivityHeaderFields, activity);
  const [modal, setModal] = useState<"edit" | "cancel" | null>(null);
  const [publish, publishing] = useCommand(PublishActivityMutation, (d) => d.publishVolunteerActivity);
  const [cancel] = useCommand(CancelActivityMutation, (d) => d.cancelVolunteerActivity);
  const may = (step: (typeof a.allowedSteps)[number]) => a.allowedSteps.includes(step);
  return (
    <>
      {(may("PUBLISH") || may("EDIT") || may("CANCEL")) && (
        <Group gap="xs">
          {may("PUBLISH") && (
            <Button loading={publishing} onClick={() => void publish({ id: a.id }, { success: t("activity.publishedNow") })}>
              {t("activity.publish")}
            </Button>
          )}
          {may("EDIT") && a.phase !== "ENDED" && (
            <Button variant="default" onClick={() => setModal("edit")}>
              {t("edit")}
            </Button>
          )}
          {may("CANCEL") && (
            <Button variant="light" color="red" onClick={() => setModal("cancel")}>
              {t("activity.cancel")}
            </Button>
          )}
        </Group>
      )}
      {modal === "edit" && (
        <ActivityFormModal communityId={a.community.id} activity={{ ...a, teamId: a.team?.id ?? null, pointsRuleId: a.pointsRule?.id ?? null }} onClose={() => setModal(null)} />
      )}
      {modal === "cancel" && (
        <ReasonModal
          title={t("activity.cancel")}
          label={t("form.reason")}
          submitLabel={t("activity.confirmCancel")}
          onClose={() => setModal(null)}
          run={(reason, form) => cancel({ id: a.id, input: { reason } }, { form, success: t("activity.cancelled") })}
        />
      )}
    </>
  );
}

/** 重置签到码 (the old QR code stops working). */
export function ResetCodeButton({ activity }: { activity: Activity }) {
  const { t } = useTranslation("volunteering");
  const a = readFragment(ActivityHeaderFields, activity);
  const [reset] = useCommand(ResetCodeMutation, (d) => d.resetVolunteerActivityCheckInCode);
  if (!a.allowedSteps.includes("RESET_CODE")) return null;
  return (
    <ConfirmButton size="compact-xs" variant="subtle" color="orange" question={t("activity.resetQuestion")} onConfirm={() => reset({ id: a.id }, { success: t("activity.codeReset") })}>
      {t("activity.resetCode")}
    </ConfirmButton>
  );
}
