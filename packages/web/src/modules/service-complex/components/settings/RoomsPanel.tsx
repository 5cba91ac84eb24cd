// The complex's rooms (会议室, 议事厅, 活动室 …): list, add, edit, take out of use. The room form
// comes from the page (RoomFormModal: its commands refresh this list, so the list does not hold it).
// 编辑 shows on the rows whose allowedSteps hold EDIT.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";

export const RoomSettingsRow = graphql(`
  fragment RoomSettingsRow on ServiceRoom {
    id
    name
    kind
    capacity
    bookableByResidents
    description
    active
    allowedSteps
  }
`);

export type Room = FragmentOf<typeof RoomSettingsRow>;

interface RoomsPanelProps {
  rooms: readonly Room[];
  /** The form adding a room (no room) or editing one (RoomFormModal), while open. */
  edit: (room: Room | undefined, onClose: () => void) => ReactNode;
}

export function RoomsPanel({ rooms, edit }: RoomsPanelProps) {
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
            render: (row) =>
              r(row).allowedSteps.includes("EDIT") && (
                <Button size="xs" variant="subtle" onClick={() => setEditing({ room: row })}>
                  {t("edit")}
                </Button>
              ),
          },
        ]}
      />
      {editing && edit(editing.room, () => setEditing(null))}
    </Paper>
  );
}
