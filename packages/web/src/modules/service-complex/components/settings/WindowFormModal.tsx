// Add a window to the complex, or edit one (number, name, kind, open or closed).
import { readFragment } from "@gongzhi/schema";
import { Group, Select, Switch, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumOptions, WINDOW_KINDS, type WindowKind } from "../../enums";
import { useCreateWindow, useUpdateWindow } from "./commands";
import { WindowSettingsRow, type Win } from "./WindowsPanel";

export function WindowFormModal({ complexId, win, onClose }: { complexId: string; win?: Win; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  const w = win ? readFragment(WindowSettingsRow, win) : null;
  const form = useForm({
    initialValues: { number: w?.number ?? "", name: w?.name ?? "", kind: (w?.kind ?? "GENERAL") as WindowKind, description: w?.description ?? "", active: w?.active ?? true },
    validate: { name: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [create, creating] = useCreateWindow();
  const [update, updating] = useUpdateWindow();
  const submit = form.onSubmit(async (v) => {
    const fields = { number: orNull(v.number), name: v.name.trim(), kind: v.kind, description: orNull(v.description) };
    const done = w
      ? await update({ id: w.id, input: { ...fields, active: v.active } }, { form, success: t("settings.windowSaved") })
      : await create({ input: { ...fields, complexId } }, { form, success: t("settings.windowSaved") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={w ? t("settings.editWindow") : t("settings.addWindow")} onSubmit={submit} submitting={creating || updating} size="md">
      <Group grow>
        <TextInput label={t("settings.windowNumber")} {...form.getInputProps("number")} />
        <Select label={t("settings.windowKind")} allowDeselect={false} data={options("ServiceWindowKind", WINDOW_KINDS)} {...form.getInputProps("kind")} />
      </Group>
      <TextInput label={t("settings.windowName")} withAsterisk {...form.getInputProps("name")} />
      {w && <Switch label={t("settings.windowOpen")} {...form.getInputProps("active", { type: "checkbox" })} />}
      <Textarea label={t("settings.description")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}
