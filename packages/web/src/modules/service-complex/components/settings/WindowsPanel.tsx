// The complex's windows (党群服务, 民政救助 …) and their clerks: list, add, edit, close, staff.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Paper, Select, Switch, TextInput, Textarea, Title } from "@mantine/core";
import { useForm } from "@mantine/form";
import { IconPlus } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { orNull } from "../../../../lib/format";
import { useCommand } from "../../../../lib/useCommand";
import { UserErrorFields } from "../../../../lib/userError";
import { DataTable } from "../../../../ui/DataTable";
import { FormModal } from "../../../../ui/FormModal";
import { useEnumLabel, useEnumOptions, WINDOW_KINDS, type WindowKind } from "../../enums";
import { ClerksModal } from "./ClerksModal";
import { WindowSettingsRow } from "./windowFragments";

const CreateWindowMutation = graphql(
  `
    mutation CreateServiceWindow($input: CreateServiceWindowInput!) {
      createServiceWindow(input: $input) {
        __typename
        ... on MutationCreateServiceWindowSuccess {
          data {
            id
            ...WindowSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [WindowSettingsRow, UserErrorFields],
);

const UpdateWindowMutation = graphql(
  `
    mutation UpdateServiceWindow($id: ID!, $input: UpdateServiceWindowInput!) {
      updateServiceWindow(id: $id, input: $input) {
        __typename
        ... on MutationUpdateServiceWindowSuccess {
          data {
            id
            ...WindowSettingsRow
            complex {
              id
            }
          }
        }
        ...UserErrorFields
      }
    }
  `,
  [WindowSettingsRow, UserErrorFields],
);

type Win = FragmentOf<typeof WindowSettingsRow>;

function WindowFormModal({ complexId, win, onClose }: { complexId: string; win?: Win; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  const w = win ? readFragment(WindowSettingsRow, win) : null;
  const form = useForm({
    initialValues: { number: w?.number ?? "", name: w?.name ?? "", kind: (w?.kind ?? "GENERAL") as WindowKind, description: w?.description ?? "", active: w?.active ?? true },
    validate: { name: (v) => (v.trim() ? null : t("form.required")) },
  });
  const [create, creating] = useCommand(CreateWindowMutation, (d) => d.createServiceWindow);
  const [update, updating] = useCommand(UpdateWindowMutation, (d) => d.updateServiceWindow);
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

export function WindowsPanel({ communityId, complexId, windows }: { communityId: string; complexId: string; windows: readonly Win[] }) {
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
                <Button size="xs" variant="subtle" onClick={() => setEditing({ win: row })}>
                  {t("edit")}
                </Button>
                <Button size="xs" variant="subtle" onClick={() => setStaffing(w(row).id)}>
                  {t("settings.setClerks")}
                </Button>
              </Group>
            ),
          },
        ]}
      />
      {editing && <WindowFormModal complexId={complexId} win={editing.win} onClose={() => setEditing(null)} />}
      {staffed && (
        <ClerksModal communityId={communityId} windowId={staffed.id} current={staffed.clerks.map((c) => c.id)} known={known} onClose={() => setStaffing(null)} />
      )}
    </Paper>
  );
}
