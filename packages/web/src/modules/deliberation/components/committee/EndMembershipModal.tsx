// A member leaves (离任) on a day, with an optional reason; the seat stays in the history.
import { TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localDay } from "../../../../lib/dates";
import { EndMembershipMutation } from "./commands";

export function EndMembershipModal({ member, onClose }: { member: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation("deliberation");
  const form = useForm({
    initialValues: { leftOn: localDay(), reason: "" },
    validate: { leftOn: (v) => (v ? null : t("form.required")) },
  });
  const [end, ending] = useCommand(EndMembershipMutation, (d) => d.endCommitteeMembership);
  const submit = form.onSubmit(async (v) => {
    if (await end({ id: member.id, input: { leftOn: v.leftOn, reason: orNull(v.reason) } }, { form, success: t("members.ended", { name: member.name }) })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("members.endTitle", { name: member.name })} onSubmit={submit} submitting={ending} size="md">
      <TextInput type="date" label={t("members.left")} withAsterisk {...form.getInputProps("leftOn")} />
      <Textarea label={t("members.leaveReason")} autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}
