// 编辑项目: staff complete or correct an open project — a resident's request (群众点菜) arrives with
// only a title and the resident's words, and needs a description, a lead, an undertaking
// organization, an area and planned dates before it can go ahead.
import { UpdateProject } from "./projectCommands";
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { MultiSelect, Select, SimpleGrid, Textarea, TextInput } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { isDay } from "../../../../lib/dates";
import { ProjectOverviewFields } from "./OverviewPanel";
import { useGridOptions, useLeadOptions, useOrganizationOptions, useTypeOptions } from "../../hooks/useOptions";

export function EditProjectModal({ project, onClose }: { project: FragmentOf<typeof ProjectOverviewFields>; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const { can } = useCurrentCommunity();
  const p = readFragment(ProjectOverviewFields, project);
  const communityId = p.community.id;
  const [run, running] = useCommand(UpdateProject, (d) => d.updateProject);
  const form = useForm({
    initialValues: {
      typeId: p.type.id as string | null,
      title: p.title,
      description: p.description,
      leadAccountId: (p.leadId ?? null) as string | null,
      organizationId: (p.organization?.id ?? null) as string | null,
      gridIds: p.grids.map((g) => g.id),
      plannedStartOn: p.plannedStartOn ?? "",
      plannedEndOn: p.plannedEndOn ?? "",
      internalNote: p.internalNote ?? "",
    },
    validate: {
      typeId: (v) => (v ? null : t("form.required")),
      title: (v) => (v.trim() ? null : t("form.required")),
      description: (v) => (v.trim() ? null : t("form.required")),
      plannedStartOn: (v) => (v && !isDay(v) ? t("form.dayInvalid") : null),
      plannedEndOn: (v, all) => (v && !isDay(v) ? t("form.dayInvalid") : v && all.plannedStartOn && v < all.plannedStartOn ? t("form.endBeforeStart") : null),
    },
  });
  const types = useTypeOptions(communityId);
  const leads = useLeadOptions(communityId, !can("account:read"));
  const organizations = useOrganizationOptions(communityId);
  const grids = useGridOptions(communityId);

  const submit = form.onSubmit(async (v) => {
    const input = {
      typeId: v.typeId!,
      title: v.title.trim(),
      description: v.description.trim(),
      leadAccountId: v.leadAccountId,
      organizationId: v.organizationId,
      gridIds: v.gridIds,
      plannedStartOn: v.plannedStartOn || null,
      plannedEndOn: v.plannedEndOn || null,
      internalNote: orNull(v.internalNote),
    };
    if (await run({ id: p.id, input }, { form, success: t("editProject.done") })) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={t("editProject.title")} onSubmit={submit} submitting={running}>
      <Select label={t("fields.type")} data={types} withAsterisk searchable {...form.getInputProps("typeId")} />
      <TextInput label={t("fields.title")} withAsterisk {...form.getInputProps("title")} />
      <Textarea label={t("fields.description")} withAsterisk autosize minRows={3} {...form.getInputProps("description")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t("fields.lead")} data={leads} searchable clearable {...form.getInputProps("leadAccountId")} />
        <Select label={t("fields.organization")} data={organizations} searchable clearable {...form.getInputProps("organizationId")} />
      </SimpleGrid>
      <MultiSelect label={t("fields.area")} placeholder={t("create.areaPlaceholder")} data={grids} searchable clearable {...form.getInputProps("gridIds")} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput type="date" label={t("fields.plannedStartOn")} {...form.getInputProps("plannedStartOn")} />
        <TextInput type="date" label={t("fields.plannedEndOn")} {...form.getInputProps("plannedEndOn")} />
      </SimpleGrid>
      <Textarea label={t("fields.internalNote")} description={t("create.internalNoteHint")} autosize minRows={2} {...form.getInputProps("internalNote")} />
    </FormModal>
  );
}
