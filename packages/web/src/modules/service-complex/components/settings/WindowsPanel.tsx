// The complex's windows (党群服务, 民政救助 …) and their clerks: list, add, edit, close, staff. The
// window and clerks forms come from the page (WindowFormModal, ClerksModal: their commands refresh
// this list, so the list does not hold them).
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, Title } from "@mantine/core";
import { IconPlus } from "@tabler/icons-react";
import { useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { DataTable } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";

/** A window as the settings list and its forms show it. */
export const WindowSettingsRow = graphql(`
  fragment WindowSettingsRow on ServiceWindow {
    id
    number
    name
    kind
    description
    active
    allowedSteps
    clerkNames
    clerks {
      id
      displayName
    }
  }
`);

export type Win = FragmentOf<typeof WindowSettingsRow>;

/** The window whose clerks the form sets: its clerks now, and the clerks known from all windows (id → name). */
export interface Staffing {
  windowId: string;
  current: string[];
  known: Map<string, string>;
}

interface WindowsPanelProps {
  windows: readonly Win[];
  /** The form adding a window (no window) or editing one (WindowFormModal), while open. */
  edit: (win: Win | undefined, onClose: () => void) => ReactNode;
  /** The form setting a window's clerks (ClerksModal), while open. */
  staff: (staffing: Staffing, onClose: () => void) => ReactNode;
}

export function WindowsPanel({ windows, edit, staff }: WindowsPanelProps) {
  const { t } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const [editing, setEditing] = useState<{ win?: Win } | null>(null);
  const [staffing, setStaffing] = useState<string | null>(null);
  const w = (row: Win) => readFragment(WindowSettingsRow, row);
  const known = new Map(windows.flatMap((row) => w(row).clerks.map((c) => [c.id, c.displayName] as const)));
  const staffed = staffing ? windows.map(w).find((x) => x.id === staffing) : null;
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" mb="sm">
        <Title order={4}>{t("settings.windows")}</Title>
        <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setEditing({})}>
          {t("settings.addWindow")}
        </Button>
      </Group>
      <DataTable
        aria-label={t("settings.windows")}
        rows={windows}
        rowKey={(row) => w(row).id}
        columns={[
          { key: "number", header: t("settings.windowNumber"), width: 60, render: (row) => w(row).number ?? t("none") },
          { key: "name", header: t("settings.windowName"), render: (row) => w(row).name },
          { key: "kind", header: t("settings.windowKind"), render: (row) => label("ServiceWindowKind", w(row).kind) },
          { key: "clerks", header: t("settings.clerks"), render: (row) => w(row).clerkNames.join("、") || t("settings.unstaffed") },
          {
            key: "active",
            header: t("settings.state"),
            render: (row) => (
              <Badge variant="light" color={w(row).active ? "green" : "gray"}>
                {w(row).active ? t("settings.windowOpen") : t("settings.windowClosed")}
              </Badge>
            ),
          },
          {
            key: "actions",
            header: t("actions"),
            render: (row) => (
              <Group gap={4} wrap="nowrap">
                {w(row).allowedSteps.includes("EDIT") && (
                  <Button size="xs" variant="subtle" onClick={() => setEditing({ win: row })}>
                    {t("edit")}
                  </Button>
                )}
                {w(row).allowedSteps.includes("SET_CLERKS") && (
                  <Button size="xs" variant="subtle" onClick={() => setStaffing(w(row).id)}>
                    {t("settings.setClerks")}
                  </Button>
                )}
              </Group>
            ),
          },
        ]}
      />
      {editing && edit(editing.win, () => setEditing(null))}
      {staffed && staff({ windowId: staffed.id, current: staffed.clerks.map((c) => c.id), known }, () => setStaffing(null))}
    </Paper>
  );
}
