// 志愿服务队: teams with their leader, members (expand a row) and activity count; form a team, put a
// volunteer in a team with a role (队长 / 副队长 / 队员), take one out.
import { graphql, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { TEAM_KINDS, TEAM_ROLES, useEnumLabel, useEnumOptions, type TeamKind, type TeamRole } from "../../enums";
import { VolunteerSelect } from "../VolunteerSelect";

const TeamMemberFields = graphql(`
  fragment TeamMemberFields on VolunteerTeamMember @_unmask {
    id
    name
    role
    joinedAt
    leftAt
    allowedSteps
  }
`);

export const TeamRowFields = graphql(
  `
    fragment TeamRowFields on VolunteerTeam @_unmask {
      id
      name
      kind
      description
      active
      leaderName
      memberCount
      activityCount
      members {
        id
        ...TeamMemberFields
      }
    }
  `,
  [TeamMemberFields],
);

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

const CreateTeamMutation = graphql(
  `
    mutation CreateVolunteerTeam($input: CreateVolunteerTeamInput!) {
      createVolunteerTeam(input: $input) {
        __typename
        ... on MutationCreateVolunteerTeamSuccess {
          data {
            id
            ...TeamRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TeamRowFields, UserErrorFields],
);

const SetMemberMutation = graphql(
  `
    mutation SetVolunteerTeamMember($input: SetVolunteerTeamMemberInput!) {
      setVolunteerTeamMember(input: $input) {
        __typename
        ... on MutationSetVolunteerTeamMemberSuccess {
          data {
            id
            team {
              id
              ...TeamRowFields
            }
            volunteer {
              id
              teams {
                id
                role
                team {
                  id
                  name
                }
              }
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TeamRowFields, UserErrorFields],
);

const RemoveMemberMutation = graphql(
  `
    mutation RemoveVolunteerTeamMember($id: ID!) {
      removeVolunteerTeamMember(id: $id) {
        __typename
        ... on MutationRemoveVolunteerTeamMemberSuccess {
          data {
            id
            leftAt
            allowedSteps
            team {
              id
              ...TeamRowFields
            }
            volunteer {
              id
              teams {
                id
                role
                team {
                  id
                  name
                }
              }
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [TeamRowFields, UserErrorFields],
);

type Team = ResultOf<typeof VolunteerTeamsQuery>["volunteerTeams"]["edges"][number]["node"];

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
  const label = useEnumLabel();
  const [{ data, fetching, error }] = useQuery({ query: VolunteerTeamsQuery, variables: { communityId } });
  const [creating, setCreating] = useState(false);
  const [adding, setAdding] = useState<{ id: string; name: string } | null>(null);
  const [remove] = useCommand(RemoveMemberMutation, (d) => d.removeVolunteerTeamMember);
  const teams = data?.volunteerTeams.edges.map((e) => e.node);
  const columns: Column<Team>[] = [
    { key: "name", header: t("teams.name"), render: (row) => <Text fw={500}>{row.name}</Text> },
    { key: "kind", header: t("teams.kind"), render: (row) => label("VolunteerTeamKind", row.kind) },
    { key: "leader", header: t("teams.leader"), render: (row) => row.leaderName ?? <Text c="dimmed">{t("none")}</Text> },
    { key: "members", header: t("teams.memberCount"), render: (row) => row.memberCount },
    { key: "activities", header: t("teams.activityCount"), render: (row) => row.activityCount },
  ];
  if (canManage)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (row) => (
        <Button size="xs" variant="subtle" onClick={() => setAdding({ id: row.id, name: row.name })}>
          {t("teams.setMember")}
        </Button>
      ),
    });
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
      <DataTable
        data-testid="teams-table"
        aria-label={t("teams.title")}
        columns={columns}
        rows={teams}
        rowKey={(row) => row.id}
        fetching={fetching}
        error={error}
        expanded={(row) => (
          <Stack gap={4}>
            {row.members.length === 0 && <Text c="dimmed">{t("teams.noMembers")}</Text>}
            {row.members.map((m) => (
              <Group key={m.id} gap="xs">
                <Badge variant="light" color={m.role === "LEADER" ? "red" : m.role === "DEPUTY_LEADER" ? "orange" : "gray"}>
                  {label("VolunteerTeamRole", m.role)}
                </Badge>
                <Text size="sm">{m.name}</Text>
                {m.allowedSteps.includes("REMOVE") && (
                  <ConfirmButton size="xs" variant="subtle" question={t("teams.removeQuestion", { name: m.name, team: row.name })} onConfirm={() => remove({ id: m.id }, { success: t("teams.removed") })}>
                    {t("teams.remove")}
                  </ConfirmButton>
                )}
              </Group>
            ))}
          </Stack>
        )}
      />
      {creating && <CreateTeamModal communityId={communityId} onClose={() => setCreating(false)} />}
      {adding && <SetMemberModal communityId={communityId} team={adding} onClose={() => setAdding(null)} />}
    </Paper>
  );
}
