// Seat a resident of the community in a term: seat category (7+X), role, joining day.
import { Select, SimpleGrid, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localDay } from "../../../../lib/dates";
import { ROLES, SEATS, useEnumOptions } from "../../enums";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { AddMemberMutation } from "./commands";

interface Props {
  communityId: string;
  terms: readonly { id: string; number: number; name: string | null; isCurrent: boolean }[];
  onClose: () => void;
}

export function AddMemberModal({ communityId, terms, onClose }: Props) {
  const { t } = useTranslation("deliberation");
  const options = useEnumOptions();
  const current = terms.find((x) => x.isCurrent) ?? terms[0];
  const form = useForm({
    initialValues: { termId: current?.id ?? "", residentId: "", seat: "" as string, role: "MEMBER" as string, joinedOn: localDay() },
    validate: {
      termId: (v) => (v ? null : t("form.required")),
      residentId: (v) => (v ? null : t("members.pickResident")),
      seat: (v) => (v ? null : t("form.required")),
    },
  });
  const [add, adding] = useCommand(AddMemberMutation, (d) => d.addCommitteeMember);
  const submit = form.onSubmit(async (v) => {
    const input = { termId: v.termId, residentId: v.residentId, seat: v.seat as (typeof SEATS)[number], role: v.role as (typeof ROLES)[number], joinedOn: v.joinedOn || null };
    if (await add({ input }, { form, success: t("members.added") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("members.add")} onSubmit={submit} submitting={adding}>
      <ResidentPicker communityId={communityId} label={t("members.resident")} placeholder={t("members.residentSearch")} withAsterisk {...form.getInputProps("residentId")} />
      <SimpleGrid cols={2}>
        <Select label={t("members.seat")} withAsterisk data={options("SeatCategory", SEATS)} allowDeselect={false} {...form.getInputProps("seat")} />
        <Select label={t("members.role")} data={options("CommitteeRole", ROLES)} allowDeselect={false} {...form.getInputProps("role")} />
        <Select
          label={t("members.term")}
          withAsterisk
          allowDeselect={false}
          data={terms.map((x) => ({ value: x.id, label: x.name ? `${t("terms.numbered", { number: x.number })} ${x.name}` : t("terms.numbered", { number: x.number }) }))}
          {...form.getInputProps("termId")}
        />
        <TextInput type="date" label={t("members.joined")} {...form.getInputProps("joinedOn")} />
      </SimpleGrid>
    </FormModal>
  );
}
