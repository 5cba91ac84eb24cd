// The plan's forms: 添加里程碑, 里程碑达成, 添加任务.
import { Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { useAddMilestone, useAddTask, useReachMilestone } from "./planCommands";
import { chinaDay, isDay } from "../../../../lib/dates";
import { useLeadOptions, type Option } from "../../hooks/useOptions";

export function AddMilestoneModal({ projectId, onClose }: { projectId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useAddMilestone();
  const form = useForm({
    initialValues: { title: "", description: "", plannedStartOn: "", plannedEndOn: "" },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      plannedStartOn: (v) => (v && !isDay(v) ? t("form.dayInvalid") : null),
      plannedEndOn: (v, all) => (!isDay(v) ? t("form.dayRequired") : all.plannedStartOn && v < all.plannedStartOn ? t("form.endBeforeStart") : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const input = { projectId, title: v.title.trim(), description: orNull(v.description), plannedStartOn: v.plannedStartOn || null, plannedEndOn: v.plannedEndOn };
    if (await run({ input }, { form, success: t("plan.milestoneAdded") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("plan.addMilestone")} onSubmit={submit} submitting={running} size="md">
      <TextInput label={t("plan.milestoneTitle")} withAsterisk {...form.getInputProps("title")} />
      <Textarea label={t("plan.milestoneDescription")} autosize minRows={2} {...form.getInputProps("description")} />
      <SimpleGrid cols={2}>
        <TextInput type="date" label={t("fields.plannedStartOn")} {...form.getInputProps("plannedStartOn")} />
        <TextInput type="date" label={t("plan.plannedEndOn")} withAsterisk {...form.getInputProps("plannedEndOn")} />
      </SimpleGrid>
    </FormModal>
  );
}

export function ReachMilestoneModal({ milestone, onClose }: { milestone: { id: string; title: string }; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [run, running] = useReachMilestone();
  const form = useForm({
    initialValues: { completedOn: chinaDay(), note: "" },
    validate: { completedOn: (v) => (!isDay(v) ? t("form.dayRequired") : v > chinaDay() ? t("form.dayFuture") : null) },
  });
  const submit = form.onSubmit(async (v) => {
    if (await run({ id: milestone.id, input: { completedOn: v.completedOn, note: orNull(v.note) } }, { form, success: t("plan.reached") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("plan.reachTitle", { title: milestone.title })} onSubmit={submit} submitting={running} submitLabel={t("plan.reachSubmit")} size="md">
      <TextInput type="date" label={t("plan.completedOn")} withAsterisk {...form.getInputProps("completedOn")} />
      <Textarea label={t("steps.note")} autosize minRows={2} {...form.getInputProps("note")} />
    </FormModal>
  );
}

export function AddTaskModal({ projectId, communityId, milestones, onClose }: { projectId: string; communityId: string; milestones: Option[]; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const { can } = useCurrentCommunity();
  const accounts = useLeadOptions(communityId, !can("account:read"));
  const [run, running] = useAddTask();
  const form = useForm({
    initialValues: { title: "", ownerAccountId: null as string | null, ownerName: "", dueOn: "", milestoneId: null as string | null },
    validate: {
      title: (v) => (v.trim() ? null : t("form.required")),
      ownerName: (v, all) => (!all.ownerAccountId && !v.trim() ? t("plan.ownerRequired") : null),
      dueOn: (v) => (v && !isDay(v) ? t("form.dayInvalid") : null),
    },
  });
  const submit = form.onSubmit(async (v) => {
    const input = { projectId, title: v.title.trim(), ownerAccountId: v.ownerAccountId, ownerName: orNull(v.ownerName), dueOn: v.dueOn || null, milestoneId: v.milestoneId };
    if (await run({ input }, { form, success: t("plan.taskAdded") })) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={t("plan.addTask")} onSubmit={submit} submitting={running} size="md">
      <TextInput label={t("plan.taskTitle")} withAsterisk {...form.getInputProps("title")} />
      <SimpleGrid cols={2}>
        <Select label={t("plan.ownerAccount")} data={accounts} searchable clearable {...form.getInputProps("ownerAccountId")} />
        <TextInput label={t("plan.ownerName")} description={t("plan.ownerNameHint")} {...form.getInputProps("ownerName")} />
      </SimpleGrid>
      <SimpleGrid cols={2}>
        <TextInput type="date" label={t("plan.dueOn")} {...form.getInputProps("dueOn")} />
        <Select label={t("plan.milestone")} data={milestones} clearable {...form.getInputProps("milestoneId")} />
      </SimpleGrid>
    </FormModal>
  );
}
