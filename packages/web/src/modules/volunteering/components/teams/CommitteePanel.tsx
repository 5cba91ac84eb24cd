// The volunteer service committee on the teams page: loads it (its own query), shows it in
// CommitteeCard and opens the forms the card asks for: set it up when there is none, seat a
// resident, record a member leaving with a date and a reason.
import { graphql } from "@gongzhi/schema";
import { Select, Text, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localDay } from "../../../../lib/dates";
import { COMMITTEE_ROLES, useEnumLabel, useEnumOptions, type CommitteeRole } from "../../enums";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { CommitteeCard, VolunteerCommitteeFields, type CommitteeMemberRef } from "./CommitteeCard";
import { AddMemberMutation, CreateCommitteeMutation, EndMembershipMutation } from "./committeeCommands";

export const VolunteerCommitteeQuery = graphql(
  `
    query VolunteerCommittee($communityId: ID!) {
      volunteerCommittee(communityId: $communityId) {
        id
        ...VolunteerCommitteeFields
      }
    }
  `,
  [VolunteerCommitteeFields],
);

function CreateCommitteeModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const form = useForm({ initialValues: { name: "", description: "" } });
  const [create, creating] = useCommand(CreateCommitteeMutation, (d) => d.createVolunteerCommittee);
  const submit = form.onSubmit(async (v) => {
    const done = await create({ input: { communityId, name: orNull(v.name), description: orNull(v.description) } }, { form, success: t("committee.created") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("committee.create")} onSubmit={submit} submitting={creating}>
      <TextInput label={t("committee.name")} description={t("committee.nameHint")} {...form.getInputProps("name")} />
      <Textarea label={t("committee.description")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}

function AddMemberModal({ communityId, committeeId, onClose }: { communityId: string; committeeId: string; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: { residentId: "", role: "MEMBER" as CommitteeRole },
    validate: { residentId: (v) => (v ? null : t("form.pickResident")) },
  });
  const [add, adding] = useCommand(AddMemberMutation, (d) => d.addVolunteerCommitteeMember);
  const submit = form.onSubmit(async (v) => {
    const done = await add({ input: { committeeId, residentId: v.residentId, role: v.role } }, { form, success: t("committee.memberAdded") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("committee.addMember")} onSubmit={submit} submitting={adding}>
      <ResidentPicker communityId={communityId} label={t("form.resident")} withAsterisk {...form.getInputProps("residentId")} />
      <Select label={t("committee.role")} allowDeselect={false} data={options("VolunteerCommitteeRole", COMMITTEE_ROLES)} {...form.getInputProps("role")} />
    </FormModal>
  );
}

function EndMembershipModal({ member, onClose }: { member: CommitteeMemberRef; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const label = useEnumLabel();
  const form = useForm({
    initialValues: { leftOn: localDay(), reason: "" },
    validate: { leftOn: (v) => (/^\d{4}-\d{2}-\d{2}$/.test(v) ? null : t("form.dateInvalid")) },
  });
  const [end, ending] = useCommand(EndMembershipMutation, (d) => d.endVolunteerCommitteeMembership);
  const submit = form.onSubmit(async (v) => {
    const done = await end({ id: member.id, input: { leftOn: v.leftOn, reason: orNull(v.reason) } }, { form, success: t("committee.memberLeft") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("committee.endOf", { name: member.name, role: label("VolunteerCommitteeRole", member.role) })} onSubmit={submit} submitting={ending} submitLabel={t("committee.confirmEnd")} size="md">
      <Text size="sm" c="dimmed">
        {t("committee.endHint")}
      </Text>
      <TextInput type="date" label={t("committee.leftOn")} withAsterisk {...form.getInputProps("leftOn")} />
      <Textarea label={t("form.reasonOptional")} autosize minRows={2} {...form.getInputProps("reason")} />
    </FormModal>
  );
}

export function CommitteePanel({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const [{ data, error }] = useQuery({ query: VolunteerCommitteeQuery, variables: { communityId } });
  const [modal, setModal] = useState<{ step: "create" } | { step: "member"; committeeId: string } | null>(null);
  const [ending, setEnding] = useState<CommitteeMemberRef | null>(null);
  return (
    <>
      <CommitteeCard
        committee={data?.volunteerCommittee}
        error={error}
        onCreate={canManage ? () => setModal({ step: "create" }) : undefined}
        onAddMember={canManage ? (committeeId) => setModal({ step: "member", committeeId }) : undefined}
        onEndMembership={canManage ? setEnding : undefined}
      />
      {modal?.step === "create" && <CreateCommitteeModal communityId={communityId} onClose={() => setModal(null)} />}
      {modal?.step === "member" && <AddMemberModal communityId={communityId} committeeId={modal.committeeId} onClose={() => setModal(null)} />}
      {ending && <EndMembershipModal member={ending} onClose={() => setEnding(null)} />}
    </>
  );
}
