// The complex's rooms (会议室, 议事厅, 活动室 …): list, add, edit, take out of use.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, NumberInput, Paper, Select, Switch, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { DataTable } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { ROOM_KINDS, useEnumLabel, useEnumOptions, type RoomKind } from "../../enums";

export const RoomSettingsRow = graphql(`
  fragment RoomSettingsRow on ServiceRoom {
    id
    name
    kind
    capacity
    bookableByResidents
    description
    active
  }
`);

const CreateRoomMutation = graphql(
  `
    mutation CreateServiceRoom($input: CreateServiceRoomInput!) {
      createServiceRoom(input: $input) {
        __typename
        ... on MutationCreateServiceRoomSuccess {
          data {
            id
            ...RoomSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RoomSettingsRow, UserErrorFields],
);

const UpdateRoomMutation = graphql(
  `
    mutation UpdateServiceRoom($id: ID!, $input: UpdateServiceRoomInput!) {
      updateServiceRoom(id: $id, input: $input) {
        __typename
        ... on MutationUpdateServiceRoomSuccess {
          data {
            id
            ...RoomSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [RoomSettingsRow, UserErrorFields],
);

type Room = FragmentOf<typeof RoomSettingsRow>;

function RoomFormModal({ complexId, room, onClose }: { complexId: string; room?: Room; onClose: () => void }) {
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
  const [create, creating] = useCommand(CreateRoomMutation, (d) => d.createServiceRoom);
  const [update, updating] = useCommand(UpdateRoomMutation, (d) => d.updateServiceRoom);
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

export function RoomsPanel({ complexId, rooms }: { complexId: string; rooms: readonly Room[] }) {
  const { t } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const [editing, setEditing] = useState<{ room?: Room } | null>(null);
  const r = (row: Room) => readFragment(RoomSettingsRow, row);
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t("settings.rooms")}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t("settings.addRoom")}
        </Button>
      </Group>
      <DataTable
        aria-label={t("settings.rooms")}
        rows={rooms}
        rowKey={(row) => r(row).id}
        columns={[
          { key: "name", header: t("settings.roomName"), render: (row) => r(row).name },
          { key: "kind", header: t("settings.roomKind"), render: (row) => label("ServiceRoomKind", r(row).kind) },
          { key: "capacity", header: t("settings.capacity"), render: (row) => r(row).capacity },
          { key: "residents", header: t("settings.bookableByResidents"), render: (row) => (r(row).bookableByResidents ? t("yes") : t("no")) },
          {
            key: "active",
            header: t("settings.state"),
            render: (row) => (
              <Badge variant="light" color={r(row).active ? "green" : "gray"}>
                {r(row).active ? t("settings.inUse") : t("settings.outOfUse")}
              </Badge>
            ),
          },
          {
            key: "actions",
            header: t("actions"),
            render: (row) => (
              <Button size="xs" variant="subtle" onClick={() => setEditing({ room: row })}>
                {t("edit")}
              </Button>
            ),
          },
        ]}
      />
      {editing && <RoomFormModal complexId={complexId} room={editing.room} onClose={() => setEditing(null)} />}
    </Paper>
  );
}
