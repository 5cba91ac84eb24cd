// Add a room to the complex, or edit one (name, kind, capacity, whether residents may book it, in use).
import { readFragment } from "@gongzhi/schema";
import { Group, NumberInput, Select, Switch, TextInput, Textarea } from "@mantine/core";
import { useForm } from "@mantine/form";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { FormModal } from "../../../../ui/FormModal";
import { ROOM_KINDS, useEnumOptions, type RoomKind } from "../../enums";
import { useCreateRoom, useUpdateRoom } from "./commands";
import { RoomSettingsRow, type Room } from "./RoomsPanel";

export function RoomFormModal({ complexId, room, onClose }: { complexId: string; room?: Room; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  const r = room ? readFragment(RoomSettingsRow, room) : null;
  const form = useForm({
    initialValues: {
      name: r?.name ?? "",
      kind: (r?.kind ?? "MEETING") as RoomKind,
      capacity: r?.capacity ?? 20,
      bookableByResidents: r?.bookableByResidents ?? false,
      description: r?.description ?? "",
      active: r?.active ?? true,
    },
    validate: {
      name: (v) => (v.trim() ? null : t("form.required")),
      capacity: (v) => (Number.isInteger(v) && v > 0 ? null : t("settings.capacityInvalid")),
    },
  });
  const [create, creating] = useCreateRoom();
  const [update, updating] = useUpdateRoom();
  const submit = form.onSubmit(async (v) => {
    const fields = { name: v.name.trim(), kind: v.kind, capacity: v.capacity, bookableByResidents: v.bookableByResidents, description: orNull(v.description) };
    const done = r
      ? await update({ id: r.id, input: { ...fields, active: v.active } }, { form, success: t("settings.roomSaved") })
      : await create({ input: { ...fields, complexId } }, { form, success: t("settings.roomSaved") });
    if (done) onClose();
  });
  return (
    <FormModal opened onClose={onClose} title={r ? t("settings.editRoom") : t("settings.addRoom")} onSubmit={submit} submitting={creating || updating} size="md">
      <TextInput label={t("settings.roomName")} withAsterisk {...form.getInputProps("name")} />
      <Group grow>
        <Select label={t("settings.roomKind")} allowDeselect={false} data={options("ServiceRoomKind", ROOM_KINDS)} {...form.getInputProps("kind")} />
        <NumberInput label={t("settings.capacity")} min={1} allowDecimal={false} {...form.getInputProps("capacity")} />
      </Group>
      <Switch label={t("settings.bookableByResidents")} {...form.getInputProps("bookableByResidents", { type: "checkbox" })} />
      {r && <Switch label={t("settings.inUse")} {...form.getInputProps("active", { type: "checkbox" })} />}
      <Textarea label={t("settings.description")} autosize minRows={2} {...form.getInputProps("description")} />
    </FormModal>
  );
}
