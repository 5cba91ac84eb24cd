// 志愿服务委员会: its sitting members by role and those who left; set it up when there is none,
// seat a resident, record a member leaving (the record stays).
import { graphql } from "@gongzhi/schema";
import { Badge, Button, CloseButton, Group, Paper, Select, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { formatDate, orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { FormModal } from "../../../../ui/FormModal";
import { QueryError } from "../../../../ui/QueryError";
import { localDay } from "../../../../lib/dates";
import { COMMITTEE_ROLES, useEnumLabel, useEnumOptions, type CommitteeRole } from "../../enums";
import { ResidentPicker } from "../../../community/components/ResidentPicker";

const MemberFields = graphql(`
  fragment VolunteerCommitteeMemberFields on VolunteerCommitteeMember @_unmask {
    id
    name
    role
    joinedOn
    sitting
    leftOn
    leaveReason
    allowedSteps
  }
`);

/** The sitting members and everyone who ever sat: a mutation that changes membership reloads both. */
const MembersFields = graphql(
  `
    fragment VolunteerCommitteeMembersFields on VolunteerCommittee @_unmask {
      id
      members {
        ...VolunteerCommitteeMemberFields
      }
      all: members(includeFormer: true) {
        ...VolunteerCommitteeMemberFields
      }
    }
  `,
  [MemberFields],
);

export const VolunteerCommitteeQuery = graphql(
  `
    query VolunteerCommittee($communityId: ID!) {
      volunteerCommittee(communityId: $communityId) {
        id
        name
        description
        ...VolunteerCommitteeMembersFields
      }
    }
  `,
  [MembersFields],
);

const CreateCommitteeMutation = graphql(
  `
    mutation CreateVolunteerCommittee($input: CreateVolunteerCommitteeInput!) {
      createVolunteerCommittee(input: $input) {
        __typename
        ... on MutationCreateVolunteerCommitteeSuccess {
          data {
            id
            name
            description
            members {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [UserErrorFields],
);

const AddMemberMutation = graphql(
  `
    mutation AddVolunteerCommitteeMember($input: AddVolunteerCommitteeMemberInput!) {
      addVolunteerCommitteeMember(input: $input) {
        __typename
        ... on MutationAddVolunteerCommitteeMemberSuccess {
          data {
            ...VolunteerCommitteeMemberFields
            committee {
              ...VolunteerCommitteeMembersFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MemberFields, MembersFields, UserErrorFields],
);

const EndMembershipMutation = graphql(
  `
    mutation EndVolunteerCommitteeMembership($id: ID!, $input: EndVolunteerCommitteeMembershipInput!) {
      endVolunteerCommitteeMembership(id: $id, input: $input) {
        __typename
        ... on MutationEndVolunteerCommitteeMembershipSuccess {
          data {
            ...VolunteerCommitteeMemberFields
            committee {
              ...VolunteerCommitteeMembersFields
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [MemberFields, MembersFields, UserErrorFields],
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

function EndMembershipModal({ member, onClose }: { member: { id: string; name: string; role: CommitteeRole }; onClose: () => void }) {
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

export function CommitteeCard({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const { t, i18n } = useTranslation("volunteering");
  const label = useEnumLabel();
  const [{ data, error }] = useQuery({ query: VolunteerCommitteeQuery, variables: { communityId } });
  const [modal, setModal] = useState<"create" | "member" | null>(null);
  const [ending, setEnding] = useState<{ id: string; name: string; role: CommitteeRole } | null>(null);
  const committee = data?.volunteerCommittee;
  const former = committee?.all.filter((m) => !m.sitting) ?? [];
  return (
    <Paper withBorder p="md" mb="md" data-testid="committee-card">
      <QueryError error={error} />
      <Group justify="space-between" mb="xs">
        <Title order={4}>{committee?.name ?? t("committee.title")}</Title>
        {canManage && !committee && data && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setModal("create")}>
            {t("committee.create")}
          </Button>
        )}
        {canManage && committee && (
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setModal("member")}>
            {t("committee.addMember")}
          </Button>
        )}
      </Group>
      {data && !committee && <Text c="dimmed">{t("committee.none")}</Text>}
      {committee?.description && (
        <Text size="sm" c="dimmed" mb="xs">
          {committee.description}
        </Text>
      )}
      <Group gap="xs">
        {committee?.members.map((m) => (
          <Badge
            key={m.id}
            size="lg"
            variant="light"
            color={m.role === "DIRECTOR" ? "red" : m.role === "MEMBER" ? "gray" : "blue"}
            title={t("committee.joinedOn", { date: formatDate(m.joinedOn, i18n.language) })}
            rightSection={
              m.allowedSteps.includes("END") && (
                <CloseButton size="xs" variant="transparent" aria-label={t("committee.endOf", { name: m.name, role: label("VolunteerCommitteeRole", m.role) })} onClick={() => setEnding(m)} />
              )
            }
          >
            {label("VolunteerCommitteeRole", m.role)} · {m.name}
          </Badge>
        ))}
      </Group>
      {former.length > 0 && (
        <Text size="xs" c="dimmed" mt="xs" data-testid="former-members">
          {t("committee.former")}
          {former
            .map((m) =>
              [`${label("VolunteerCommitteeRole", m.role)} ${m.name}`, t("committee.leftOnValue", { date: formatDate(m.leftOn, i18n.language) }), m.leaveReason].filter(Boolean).join("，"),
            )
            .join("；")}
        </Text>
      )}
      {modal === "create" && <CreateCommitteeModal communityId={communityId} onClose={() => setModal(null)} />}
      {modal === "member" && committee && <AddMemberModal communityId={communityId} committeeId={committee.id} onClose={() => setModal(null)} />}
      {ending && <EndMembershipModal member={ending} onClose={() => setEnding(null)} />}
    </Paper>
  );
}
