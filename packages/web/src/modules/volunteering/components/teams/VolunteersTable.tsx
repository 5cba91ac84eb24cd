// The community's volunteers: name (党员 marked), 本社区居民 or 双报到 with their home community and
// work unit, skills, teams and verified hours.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Paging } from "../../../../ui/DataTable";
import { StatusBadge } from "../StatusBadge";

export const VolunteerRowFields = graphql(`
  fragment VolunteerRowFields on Volunteer {
    id
    name
    kind
    isPartyMember
    homeCommunityName
    workUnit
    skills
    active
    verifiedHours
    registeredAt
    teams {
      id
      role
      team {
        id
        name
      }
    }
  }
`);

interface VolunteersTableProps {
  volunteers: readonly FragmentOf<typeof VolunteerRowFields>[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
}

export function VolunteersTable({ volunteers, fetching, error, paging }: VolunteersTableProps) {
  const { t } = useTranslation("volunteering");
  return (
    <DataTable
      data-testid="volunteers-table"
      aria-label={t("volunteers.title")}
      rows={volunteers?.map((v) => readFragment(VolunteerRowFields, v))}
      rowKey={(v) => v.id}
      fetching={fetching}
      error={error}
      paging={paging}
      columns={[
        {
          key: "name",
          header: t("volunteers.name"),
          render: (v) => (
            <Group gap={6}>
              <Text fw={500}>{v.name}</Text>
              {v.isPartyMember && (
                <Badge size="xs" color="red" variant="outline">
                  {t("volunteers.partyMember")}
                </Badge>
              )}
            </Group>
          ),
        },
        {
          key: "kind",
          header: t("volunteers.kind"),
          render: (v) => (
            <Stack gap={2}>
              <StatusBadge kind="VolunteerKind" value={v.kind} />
              {v.kind === "DUAL_REGISTERED" && (
                <Text size="xs" c="dimmed">
                  {t("volunteers.homeCommunity", { name: v.homeCommunityName ?? "" })}
                  {v.workUnit ? ` · ${v.workUnit}` : ""}
                </Text>
              )}
            </Stack>
          ),
        },
        {
          key: "skills",
          header: t("volunteers.skills"),
          render: (v) => (
            <Group gap={4}>
              {v.skills.map((s) => (
                <Badge key={s} size="sm" variant="light" color="teal">
                  {s}
                </Badge>
              ))}
            </Group>
          ),
        },
        { key: "teams", header: t("volunteers.teams"), render: (v) => v.teams.map((m) => m.team.name).join("、") || <Text c="dimmed">{t("none")}</Text> },
        { key: "hours", header: t("volunteers.verifiedHours"), render: (v) => t("hours", { hours: v.verifiedHours.toFixed(1) }) },
      ]}
    />
  );
}
