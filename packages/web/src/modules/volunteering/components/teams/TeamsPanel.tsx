// 志愿服务队: loads the teams (their own query) and runs the steps TeamsTable reports: form a team,
// put a volunteer in a team with a role (队长 / 副队长 / 队员), take one out.
import { graphql } from "@gongzhi/schema";
import { Button, Group, Paper, Select, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { TEAM_KINDS, TEAM_ROLES, useEnumOptions, type TeamKind, type TeamRole } from "../../enums";
import { VolunteerSelect } from "../VolunteerSelect";
import { CreateTeamMutation, RemoveMemberMutation, SetMemberMutation } from "./teamCommands";
import { TeamRowFields, TeamsTable } from "./TeamsTable";

export const VolunteerTeamsQuery = graphql(
  `
    query VolunteerTeams($communityId: ID!) {
      volunteerTeams(communityId: $communityId, first: 50) {
        totalCount
        edges {
          node {
            id
            ...TeamRowFields
          }
        }
      }
    }
  `,
  [TeamRowFields],
);

function CreateTeamModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: { name: "", kind: "OTHER" as TeamKind, description: "" },
    validate: { name: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [create, creating] = useCommand(CreateTeamMutation, (d) => d.createVolunteerTeam);
  const submit = form.onSubmit(async (v) => {
    const done = await create({ input: { communityId, name: v.name.trim(), kind: v.kind, description: orNull(v.description) } }, { form, success: t("teams.created") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("teams.create")} onSubmit={submit} submitting={creating}>
      <TextInput label={t("teams.name")} placeholder={t("teams.namePlaceholder")} withAsterisk {...form.getInputProps("name")} />
      <Select label={t("teams.kind")} allowDeselect={false} data={options("VolunteerTeamKind", TEAM_KINDS)} {...form.getInputProps("kind")} />
      <Textarea label={t("teams.description")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}

function SetMemberModal({ communityId, team, onClose }: { communityId: string; team: { id: string; name: string }; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const options = useEnumOptions();
  const form = useForm({
    initialValues: { volunteerId: "", role: "MEMBER" as TeamRole },
    validate: { volunteerId: (v) => (v ? null : t("form.pickVolunteer")) },
  });
  const [set, setting] = useCommand(SetMemberMutation, (d) => d.setVolunteerTeamMember);
  const submit = form.onSubmit(async (v) => {
    const done = await set({ input: { teamId: team.id, volunteerId: v.volunteerId, role: v.role } }, { form, success: t("teams.memberSet") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("teams.setMemberOf", { team: team.name })} onSubmit={submit} submitting={setting}>
      <VolunteerSelect communityId={communityId} label={t("form.volunteer")} withAsterisk {...form.getInputProps("volunteerId")} />
      <Select label={t("teams.role")} allowDeselect={false} data={options("VolunteerTeamRole", TEAM_ROLES)} {...form.getInputProps("role")} />
    </FormModal>
  );
}

export function TeamsPanel({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const { t } = useTranslation("volunteering");
  const [{ data, fetching, error }] = useQuery({ query: VolunteerTeamsQuery, variables: { communityId } });
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<{ id: string; name: string } | null>(null);
  const [remove] = useCommand(RemoveMemberMutation, (d) => d.removeVolunteerTeamMember);
  return (
    <Paper withBorder p="md" mb="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("teams.title")}</Title>
        {canManage && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            {t("teams.create")}
          </Button>
        )}
      </Group>
      <TeamsTable
        teams={data?.volunteerTeams.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        onSetMember={canManage ? setAdding : undefined}
        onRemoveMember={canManage ? (id) => remove({ id }, { success: t("teams.removed") }) : undefined}
      />
      {creating && <CreateTeamModal communityId={communityId} onClose={() => setCreating(false)} />}
      {adding && <SetMemberModal communityId={communityId} team={adding} onClose={() => setAdding(null)} />}
    </Paper>
  );
}
