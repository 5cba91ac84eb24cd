// The community's volunteer teams: name, kind, leader, member and activity counts; a row expands to
// its members by role. The panel runs the steps; this table reports the one chosen.
import { graphql, readFragment, type FragmentOf, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ConfirmButton } from "../../../../ui/ConfirmButton";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";

export const TeamRowFields = graphql(`
  fragment TeamRowFields on VolunteerTeam {
    id
    name
    kind
    description
    active
    allowedSteps
    leaderName
    memberCount
    activityCount
    members {
      id
      name
      role
      joinedAt
      leftAt
      allowedSteps
    }
  }
`);

type TeamRow = ResultOf<typeof TeamRowFields>;

interface TeamsTableProps {
  teams: readonly FragmentOf<typeof TeamRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  /** Absent without volunteer:manage (no actions column); each row's buttons follow its allowedSteps (SET_MEMBER, the members' REMOVE). */
  onSetMember?: (team: { id: string; name: string }) => void;
  onRemoveMember?: (memberId: string) => Promise<unknown>;
}

export function TeamsTable({ teams, fetching, error, onSetMember, onRemoveMember }: TeamsTableProps) {
  const { t } = useTranslation("volunteering");
  const label = useEnumLabel();
  const columns: Column<TeamRow>[] = [
    { key: "name", header: t("teams.name"), render: (row) => <Text fw={500}>{row.name}</Text> },
    { key: "kind", header: t("teams.kind"), render: (row) => label("VolunteerTeamKind", row.kind) },
    { key: "leader", header: t("teams.leader"), render: (row) => row.leaderName ?? <Text c="dimmed">{t("none")}</Text> },
    { key: "members", header: t("teams.memberCount"), render: (row) => row.memberCount },
    { key: "activities", header: t("teams.activityCount"), render: (row) => row.activityCount },
  ];
  if (onSetMember)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (row) =>
        row.allowedSteps.includes("SET_MEMBER") && (
          <Button size="xs" variant="subtle" onClick={() => onSetMember({ id: row.id, name: row.name })}>
            {t("teams.setMember")}
          </Button>
        ),
    });
  return (
    <DataTable
      data-testid="teams-table"
      aria-label={t("teams.title")}
      columns={columns}
      rows={teams?.map((team) => readFragment(TeamRowFields, team))}
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
              {onRemoveMember && m.allowedSteps.includes("REMOVE") && (
                <ConfirmButton size="xs" variant="subtle" question={t("teams.removeQuestion", { name: m.name, team: row.name })} onConfirm={() => onRemoveMember(m.id)}>
                  {t("teams.remove")}
                </ConfirmButton>
              )}
            </Group>
          ))}
        </Stack>
      )}
    />
  );
}
