// Create or edit a grid (grid:manage).
import { readFragment, type FragmentOf } from "@gongzhi/schema";
import { TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../lib/format";
import { useCommand } from "../../../lib/useCommand";
import { FormModal } from "../../../ui/FormModal";
import { GridRow } from "./GridsTable";
import { CreateGridMutation, UpdateGridMutation } from "./gridCommands";

interface GridFormModalProps {
  communityId: string;
  /** The grid to edit; none to create one. */
  grid?: FragmentOf<typeof GridRow>;
  onClose: () => void;
}

export function GridFormModal({ communityId, grid, onClose }: GridFormModalProps) {
  const { t } = useTranslation();
  const g = grid ? readFragment(GridRow, grid) : null;
  const form = useForm({
    initialValues: { name: g?.name ?? "", code: g?.code ?? "", description: g?.description ?? "" },
    validate: { name: (v) => (v.trim() ? null : t("errors.required")) },
  });
  const [create, creating] = useCommand(CreateGridMutation, (d) => d.createGrid);
  const [update, updating] = useCommand(UpdateGridMutation, (d) => d.updateGrid);

  const submit = form.onSubmit(async (v) => {
    const fields = { name: v.name.trim(), code: orNull(v.code), description: orNull(v.description) };
    const done = g
      ? await update({ id: g.id, input: fields }, { form, success: t("grids.updated") })
      : await create({ input: { ...fields, communityId } }, { form, success: t("grids.created") });
    if (done) onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={g ? t("grids.edit") : t("grids.create")} onSubmit={submit} submitting={creating || updating}>
      <TextInput label={t("grids.name")} withAsterisk {...form.getInputProps("name")} />
      <TextInput label={t("grids.code")} {...form.getInputProps("code")} />
      <Textarea label={t("grids.description")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}
