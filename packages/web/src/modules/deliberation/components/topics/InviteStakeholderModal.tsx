// Invite a stakeholder to one topic: a resident of the community, or a named outside person.
import { Checkbox, SegmentedControl, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { InviteStakeholderMutation } from "./commands";

export function InviteStakeholderModal({ communityId, topicId, onClose }: { communityId: string; topicId: string; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { who: "OUTSIDE" as "RESIDENT" | "OUTSIDE", residentId: null as string | null, name: "", affiliation: "", mayVote: false },
    validate: {
      residentId: (v, all) => (all.who === "RESIDENT" && !v ? t("members.pickResident") : null),
      name: (v, all) => (all.who === "OUTSIDE" && !v.trim() ? t("form.required") : null),
    },
  });
  const [invite, inviting] = useCommand(InviteStakeholderMutation, (d) => d.inviteStakeholder);
  const submit = form.onSubmit(async (v) => {
    const input = {
      topicId,
      residentId: v.who === "RESIDENT" ? v.residentId : null,
      name: v.who === "OUTSIDE" ? v.name.trim() : null,
      affiliation: orNull(v.affiliation),
      mayVote: v.mayVote,
    };
    if (await invite({ input }, { form, success: t("stakeholders.invited") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("stakeholders.invite")} onSubmit={submit} submitting={inviting} size="md">
      <SegmentedControl
        data={[
          { value: "OUTSIDE", label: t("stakeholders.outside") },
          { value: "RESIDENT", label: t("stakeholders.resident") },
        ]}
        {...form.getInputProps("who")}
      />
      {form.values.who === "RESIDENT" ? (
        <ResidentPicker communityId={communityId} label={t("members.resident")} placeholder={t("members.residentSearch")} withAsterisk {...form.getInputProps("residentId")} />
      ) : (
        <TextInput label={t("stakeholders.name")} withAsterisk {...form.getInputProps("name")} />
      )}
      <TextInput label={t("stakeholders.affiliation")} placeholder={t("stakeholders.affiliationPlaceholder")} {...form.getInputProps("affiliation")} />
      <Checkbox label={t("stakeholders.mayVoteLabel")} description={t("stakeholders.mayVoteHint")} {...form.getInputProps("mayVote", { type: "checkbox" })} />
    </FormModal>
  );
}
