// 新建项目: type, title, description, where it comes from (a resident's request, a deliberation
// topic, a need of the needs board, or the community), lead, undertaking organization, area and
// planned dates. The origin decides which fields are required.
import { CreateProject } from "./commands";
import { MultiSelect, Select, SimpleGrid, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { FormModal } from "../../../../ui/FormModal";
import { useCurrentCommunity } from "../../../community/hooks/useCurrentCommunity";
import { isDay } from "../../../../lib/dates";
import { ORIGINS, useEnumOptions } from "../../enums";
import { useGridOptions, useLeadOptions, useNeedOptions, useOrganizationOptions, useTopicOptions, useTypeOptions } from "../../hooks/useOptions";
import { projectPath } from "../../paths";
import { ResidentPicker } from "../../../community/components/ResidentPicker";

const initial = {
  typeId: null as string | null,
  title: "",
  description: "",
  origin: "RESIDENT_REQUEST" as (typeof ORIGINS)[number],
  requestText: "",
  requesterResidentId: null as string | null,
  topicId: null as string | null,
  needId: null as string | null,
  leadAccountId: null as string | null,
  organizationId: null as string | null,
  gridIds: [] as string[],
  plannedStartOn: "",
  plannedEndOn: "",
  internalNote: "",
};

export function CreateProjectModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const navigate = useNavigate();
  const { can } = useCurrentCommunity();
  const enumOptions = useEnumOptions();
  const [run, running] = useCommand(CreateProject, (d) => d.createProject);
  const form = useForm({
    initialValues: initial,
    validate: {
      typeId: (v) => (v ? null : t("form.required")),
      title: (v) => (v.trim() ? null : t("form.required")),
      description: (v) => (v.trim() ? null : t("form.required")),
      requestText: (v, all) => (all.origin === "RESIDENT_REQUEST" && !v.trim() ? t("form.required") : null),
      requesterResidentId: (v, all) => (all.origin === "RESIDENT_REQUEST" && !v ? t("form.required") : null),
      topicId: (v, all) => (all.origin === "TOPIC" && !v ? t("form.required") : null),
      needId: (v, all) => (all.origin === "NEED" && !v ? t("form.required") : null),
      plannedStartOn: (v) => (v && !isDay(v) ? t("form.dayInvalid") : null),
      plannedEndOn: (v, all) => (v && !isDay(v) ? t("form.dayInvalid") : v && all.plannedStartOn && v < all.plannedStartOn ? t("form.endBeforeStart") : null),
    },
  });
  const origin = form.values.origin;
  const types = useTypeOptions(communityId);
  const leads = useLeadOptions(communityId, !can("account:read"));
  const organizations = useOrganizationOptions(communityId);
  const grids = useGridOptions(communityId);
  const topics = useTopicOptions(communityId, origin !== "TOPIC");
  const needs = useNeedOptions(communityId, origin !== "NEED");

  const submit = form.onSubmit(async (v) => {
    const input = {
      communityId,
      typeId: v.typeId!,
      title: v.title.trim(),
      description: v.description.trim(),
      origin: v.origin,
      requestText: v.origin === "RESIDENT_REQUEST" ? v.requestText.trim() : null,
      requesterResidentId: v.origin === "RESIDENT_REQUEST" ? v.requesterResidentId : null,
      topicId: v.origin === "TOPIC" ? v.topicId : null,
      needId: v.origin === "NEED" ? v.needId : null,
      leadAccountId: v.leadAccountId,
      organizationId: v.organizationId,
      gridIds: v.gridIds,
      plannedStartOn: v.plannedStartOn || null,
      plannedEndOn: v.plannedEndOn || null,
      internalNote: orNull(v.internalNote),
    };
    const created = await run({ input }, { form, success: t("create.done") });
    if (created) {
      onClose();
      void navigate(projectPath(created.id));
    }
  });

  return (
    <FormModal opened onClose={onClose} title={t("create.title")} onSubmit={submit} submitting={running} submitLabel={t("create.submit")}>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t("fields.type")} data={types} withAsterisk searchable {...form.getInputProps("typeId")} />
        <Select label={t("fields.origin")} data={enumOptions("ProjectOrigin", ORIGINS)} withAsterisk allowDeselect={false} {...form.getInputProps("origin")} />
      </SimpleGrid>
      <TextInput label={t("fields.title")} placeholder={t("create.titlePlaceholder")} withAsterisk {...form.getInputProps("title")} />
      <Textarea label={t("fields.description")} withAsterisk autosize minRows={3} {...form.getInputProps("description")} />
      {origin === "RESIDENT_REQUEST" && (
        <>
          <ResidentPicker communityId={communityId} label={t("fields.requester")} placeholder={t("create.requesterPlaceholder")} withAsterisk {...form.getInputProps("requesterResidentId")} />
          <Textarea label={t("fields.requestText")} description={t("create.requestTextHint")} withAsterisk autosize minRows={2} {...form.getInputProps("requestText")} />
        </>
      )}
      {origin === "TOPIC" && <Select label={t("fields.topic")} data={topics} searchable withAsterisk {...form.getInputProps("topicId")} />}
      {origin === "NEED" && <Select label={t("fields.need")} data={needs} searchable withAsterisk {...form.getInputProps("needId")} />}
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
