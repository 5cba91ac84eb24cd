// 发布活动: a team's activity with its time window, place, capacity, required skills and the points
// rule paying verified hours; saved as a draft or published at once. Also edits a draft's details.
import { graphql } from "@gongzhi/schema";
import { Group, NumberInput, Select, SimpleGrid, Switch, TagsInput, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { localToIso, toLocalInput } from "../../../../lib/dates";
import { useEnumLabel as usePointsLabel } from "../../../points/enums";
import { activityPath } from "../../paths";
import { wholeInRange } from "../../../../lib/numberRules";
import { CreateActivityMutation, UpdateActivityMutation } from "./commands";

const ActivityOptionsQuery = graphql(`
  query VolunteerActivityOptions($communityId: ID!) {
    volunteerTeams(communityId: $communityId, first: 100) {
      edges {
        node {
          id
          name
        }
      }
    }
    projects(communityId: $communityId, statuses: [PROPOSED, DELIBERATING, APPROVED, IN_PROGRESS], first: 100) {
      edges {
        node {
          id
          title
        }
      }
    }
    pointsRules(communityId: $communityId, category: VOLUNTEER, first: 100) {
      edges {
        node {
          id
          name
          kind
          points
        }
      }
    }
  }
`);

export interface ActivityFormValues {
  id: string;
  title: string;
  teamId: string | null;
  startsAt: string;
  endsAt: string;
  place: string;
  capacity: number;
  requiredSkills: readonly string[];
  pointsRuleId: string | null;
  /** Left out: the form does not change the activity's project. */
  projectId?: string | null;
  description: string | null;
}

export function ActivityFormModal({ communityId, activity, onClose }: { communityId: string; activity?: ActivityFormValues; onClose: () => void }) {
  const { t } = useTranslation("volunteering");
  const pointsLabel = usePointsLabel();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: ActivityOptionsQuery, variables: { communityId } });
  const start = new Date(Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 86_400_000);
  const form = useForm({
    initialValues: {
      title: activity?.title ?? "",
      teamId: activity?.teamId ?? null,
      startsAt: toLocalInput(activity ? new Date(activity.startsAt) : start),
      endsAt: toLocalInput(activity ? new Date(activity.endsAt) : new Date(start.getTime() + 2 * 3_600_000)),
      place: activity?.place ?? "",
      capacity: activity?.capacity ?? 20,
      requiredSkills: [...(activity?.requiredSkills ?? [])],
      pointsRuleId: activity?.pointsRuleId ?? null,
      projectId: activity ? (activity.projectId ?? null) : null,
      description: activity?.description ?? "",
      publish: true,
    },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      place: (v) => (v.trim() ? null : t("form.required")),
      startsAt: (v) => (localToIso(v) ? null : t("form.timeInvalid")),
      endsAt: (v, all) => {
        const end = localToIso(v);
        const begin = localToIso(all.startsAt);
        if (!end) return t("form.timeInvalid");
        return begin && end <= begin ? t("activities.endAfterStart") : null;
      },
      capacity: (v) => (wholeInRange(v, 1, 10_000) ? null : t("activities.capacityInvalid")),
    },
  });
  const [create, creating] = useCommand(CreateActivityMutation, (d) => d.createVolunteerActivity);
  const [update, updating] = useCommand(UpdateActivityMutation, (d) => d.updateVolunteerActivity);
  const submit = form.onSubmit(async (v) => {
    const fields = {
      title: v.title.trim(),
      teamId: v.teamId,
      startsAt: localToIso(v.startsAt)!,
      endsAt: localToIso(v.endsAt)!,
      place: v.place.trim(),
      capacity: v.capacity,
      requiredSkills: v.requiredSkills.map((s) => s.trim()).filter(Boolean),
      pointsRuleId: v.pointsRuleId,
      description: orNull(v.description),
      ...(activity && activity.projectId === undefined ? {} : { projectId: v.projectId }),
    };
    if (activity) {
      const done = await update({ id: activity.id, input: fields }, { form, success: t("activities.updated") });
      if (done) onClose();
      return;
    }
    const done = await create({ input: { ...fields, communityId, publish: v.publish } }, { form, success: v.publish ? t("activities.published") : t("activities.drafted") });
    if (done) {
      onClose();
      void navigate(activityPath(done.id));
    }
  });
  const teams = (data?.volunteerTeams.edges ?? []).map(({ node }) => ({ value: node.id, label: node.name }));
  const projects = (data?.projects.edges ?? []).map(({ node }) => ({ value: node.id, label: node.title }));
  const rules = (data?.pointsRules.edges ?? [])
    .filter(({ node }) => node.kind !== "PER_OCCURRENCE")
    .map(({ node }) => ({ value: node.id, label: `${node.name}（${pointsLabel("PointsRuleKind", node.kind)} ${node.points}）` }));
  return (
    <FormModal opened onClose={onClose} title={activity ? t("activities.edit") : t("activities.create")} onSubmit={submit} submitting={creating || updating}>
      <TextInput label={t("activities.titleField")} withAsterisk {...form.getInputProps("title")} />
      <SimpleGrid cols={2}>
        <Select label={t("activities.team")} clearable data={teams} {...form.getInputProps("teamId")} />
        <TextInput label={t("activities.place")} placeholder={t("activities.placePlaceholder")} withAsterisk {...form.getInputProps("place")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput type="datetime-local" label={t("activities.startsAt")} withAsterisk {...form.getInputProps("startsAt")} />
        <TextInput type="datetime-local" label={t("activities.endsAt")} withAsterisk {...form.getInputProps("endsAt")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <NumberInput label={t("activities.capacity")} description={t("activities.capacityHint")} min={1} max={10000} allowDecimal={false} withAsterisk {...form.getInputProps("capacity")} />
        <Select label={t("activities.pointsRule")} description={t("activities.pointsRuleHint")} clearable data={rules} {...form.getInputProps("pointsRuleId")} />
      </SimpleGrid>
      {!(activity && activity.projectId === undefined) && (
        <Select label={t("activities.project")} description={t("activities.projectHint")} clearable searchable data={projects} {...form.getInputProps("projectId")} />
      )}
      <TagsInput label={t("activities.requiredSkills")} description={t("activities.requiredSkillsHint")} {...form.getInputProps("requiredSkills")} />
      <Textarea label={t("activities.descriptionField")} autosize minRows={2} {...form.getInputProps("description")} />
      {!activity && (
        <Group>
          <Switch label={t("activities.publishNow")} {...form.getInputProps("publish", { type: "checkbox" })} />
        </Group>
      )}
    </FormModal>
  );
}
