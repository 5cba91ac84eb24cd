// 志愿者: the community's volunteers (VolunteersTable) by kind, name or skill; register a resident as
// a volunteer, or a party member of another community (双报到) picked from their home community.
import { graphql, readFragment } from "@gongzhi/schema";
import { Button, Group, Paper, SegmentedControl, Select, TagsInput, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useCallback, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { SearchInput } from "../../../../ui/SearchInput";
import { useCursorPaging } from "../../../../ui/useCursorPaging";
import { CommunityOption } from "../../../community/components/CommunitySwitcher";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { isOneOf } from "../../../../lib/isOneOf";
import { VOLUNTEER_KINDS, type VolunteerKind } from "../../enums";
import { ResidentPicker } from "../../../community/components/ResidentPicker";
import { RegisterVolunteerMutation } from "./volunteerCommands";
import { VolunteerRowFields, VolunteersTable } from "./VolunteersTable";

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
      <VolunteersTable
        volunteers={data?.volunteers.edges.map((e) => e.node)}
        fetching={fetching}
        error={error}
        paging={{ pager, pageInfo: data?.volunteers.pageInfo, totalCount: data?.volunteers.totalCount }}
      />
      {registering && <RegisterVolunteerModal communityId={communityId} onClose={() => setRegistering(false)} />}
    </Paper>
  );
}
