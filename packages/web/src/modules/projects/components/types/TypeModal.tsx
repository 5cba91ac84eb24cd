// Add or change a project type: its name and description.
import { TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useCreateType, useUpdateType } from "./commands";
import type { ProjectTypeRow } from "./ProjectTypesTable";

export function TypeModal({ communityId, type, onClose }: { communityId: string; type: ProjectTypeRow | null; onClose: () => void }) {
  const { t } = useTranslation("projects");
  const [create, creating] = useCreateType();
  const [update, updating] = useUpdateType();
  const form = useForm({
    initialValues: { name: type?.name ?? "", description: type?.description ?? "" },
    validate: { name: (v) => (v.trim() ? null : t("form.required")) },
  });
  const submit = form.onSubmit(async (v) => {
    const done = type
      ? await update({ id: type.id, input: { name: v.name.trim(), description: orNull(v.description) } }, { form, success: t("types.saved") })
      : await create({ input: { communityId, name: v.name.trim(), description: orNull(v.description) } }, { form, success: t("types.created") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={type ? t("types.edit") : t("types.add")} onSubmit={submit} submitting={creating || updating} size="md">
      <TextInput label={t("types.name")} placeholder={t("types.namePlaceholder")} withAsterisk {...form.getInputProps("name")} />
      <Textarea label={t("types.typeDescription")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}
