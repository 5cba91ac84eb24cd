// 志愿者: the community's volunteers (本社区居民 and 双报到 in-work party members with their home
// community), skills, teams and verified hours; register a resident as a volunteer, or a party
// member of another community (双报到) picked from their home community.
import { graphql, readFragment, type ResultOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, SegmentedControl, Select, Stack, TagsInput, Text, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { DataTable, type Column } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { SearchInput } from "../../../../ui/SearchInput";
import { useCursorPaging } from "../../../../ui/useCursorPaging";
import { CommunityOption } from "../../../community/components/CommunitySwitcher";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { isOneOf } from "../../../../lib/isOneOf";
import { VOLUNTEER_KINDS, type VolunteerKind } from "../../enums";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { StatusBadge } from "../StatusBadge";

export const VolunteerRowFields = graphql(`
  fragment VolunteerRowFields on Volunteer @_unmask {
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

export const VolunteersQuery = graphql(
  `
    query Volunteers($communityId: ID!, $search: String, $kind: VolunteerKind, $skill: String, $first: Int, $after: String) {
      volunteers(communityId: $communityId, search: $search, kind: $kind, skill: $skill, first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          node {
            id
            ...VolunteerRowFields
          }
        }
      }
    }
  `,
  [VolunteerRowFields],
);

const RegisterVolunteerMutation = graphql(
  `
    mutation RegisterVolunteer($input: RegisterVolunteerInput!) {
      registerVolunteer(input: $input) {
        __typename
        ... on MutationRegisterVolunteerSuccess {
          data {
            id
            ...VolunteerRowFields
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [VolunteerRowFields, UserErrorFields],
);

const HomeCommunitiesQuery = graphql(
  `
    query VolunteerHomeCommunities {
      communities(first: 100) {
        edges {
          node {
            id
            ...CommunityOption
          }
        }
      }
    }
  `,
  [CommunityOption],
);

type Row = ResultOf<typeof VolunteersQuery>["volunteers"]["edges"][number]["node"];

function RegisterVolunteerModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const [home, setHome] = useState(communityId);
  const [{ data: communities }] = useQuery({ query: HomeCommunitiesQuery });
  const { community } = useCurrentCommunity();
  const homeOptions = [
    { value: communityId, label: t("volunteers.thisCommunity", { name: community?.name ?? "" }) },
    ...(communities?.communities.edges ?? [])
      .map((e) => readFragment(CommunityOption, e.node))
      .filter((c) => c.id !== communityId)
      .map((c) => ({ value: c.id, label: `${c.street.name} · ${c.name}` })),
  ];
  const dual = home !== communityId;
  const form = useForm({
    initialValues: { residentId: "", skills: [] as string[], workUnit: "", note: "" },
    validate: { residentId: (v) => (v ? null : t(dual ? "volunteers.pickPartyMember" : "form.pickResident")) },
  });
  const [register, registering] = useCommand(RegisterVolunteerMutation, (d) => d.registerVolunteer);
  const submit = form.onSubmit(async (v) => {
    const input = { communityId, residentId: v.residentId, skills: v.skills.map((s) => s.trim()).filter(Boolean), workUnit: orNull(v.workUnit), note: orNull(v.note) };
    const done = await register({ input }, { form, success: t(dual ? "volunteers.registeredDual" : "volunteers.registered") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("volunteers.register")} onSubmit={submit} submitting={registering}>
      <Select
        label={t("volunteers.homeCommunityField")}
        description={t("volunteers.homeCommunityHint")}
        searchable
        allowDeselect={false}
        data={homeOptions}
        value={home}
        onChange={(v) => {
          if (!v) return;
          setHome(v);
          form.setFieldValue("residentId", "");
        }}
      />
      <ResidentPicker
        key={home}
        communityId={home}
        partyMembersOnly={dual}
        label={t(dual ? "volunteers.partyMemberField" : "form.resident")}
        description={t(dual ? "volunteers.partyMemberHint" : "volunteers.residentHint")}
        withAsterisk
        {...form.getInputProps("residentId")}
      />
      <TagsInput label={t("volunteers.skills")} description={t("volunteers.skillsHint")} {...form.getInputProps("skills")} />
      <TextInput label={t("volunteers.workUnit")} description={t("volunteers.workUnitHint")} {...form.getInputProps("workUnit")} />
      <Textarea label={t("volunteers.note")} autosize minRows={2} {...form.getInputProps("note")} />
    </FormModal>
  );
}

export function VolunteersPanel({ communityId, canManage }: { communityId: string; canManage: boolean }) {
  const { t } = useTranslation("volunteering");
  const [kind, setKind] = useState<VolunteerKind | null>(null);
  const [search, setSearch] = useState("");
  const [skill, setSkill] = useState("");
  const [registering, setRegistering] = useState(false);
  const onSearch = useCallback((s: string) => setSearch(s), []);
  const onSkill = useCallback((s: string) => setSkill(s), []);
  const pager = useCursorPaging(JSON.stringify([communityId, kind, search, skill]));
  const [{ data, fetching, error }] = useQuery({
    query: VolunteersQuery,
    variables: { communityId, kind, search: search || null, skill: skill || null, ...pager.variables },
  });
  const columns: Column<Row>[] = [
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
  ];
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="xs">
        <Title order={4}>{t("volunteers.title")}</Title>
        {canManage && (
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setRegistering(true)}>
            {t("volunteers.register")}
          </Button>
        )}
      </Group>
      <Group mb="sm">
        <SegmentedControl
          value={kind ?? "ALL"}
          onChange={(v) => setKind(isOneOf(VOLUNTEER_KINDS, v) ? v : null)}
          data={[
            { value: "ALL", label: t("volunteers.all") },
            { value: "RESIDENT", label: t("enums.VolunteerKind.RESIDENT") },
            { value: "DUAL_REGISTERED", label: t("enums.VolunteerKind.DUAL_REGISTERED") },
          ]}
        />
        <SearchInput onSearch={onSearch} placeholder={t("volunteers.search")} />
        <SearchInput onSearch={onSkill} placeholder={t("volunteers.skillFilter")} />
      </Group>
      <DataTable
        data-testid="volunteers-table"
        aria-label={t("volunteers.title")}
        columns={columns}
        rows={data?.volunteers.edges.map((e) => e.node)}
        rowKey={(v) => v.id}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.volunteers.pageInfo, totalCount: data?.volunteers.totalCount }}
      />
      {registering && <RegisterVolunteerModal communityId={communityId} onClose={() => setRegistering(false)} />}
    </Paper>
  );
}
