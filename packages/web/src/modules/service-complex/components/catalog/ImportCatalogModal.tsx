// Import the catalog from an Excel workbook (the format the export writes). The API checks every
// row first and applies all or none: its issues name file.row.<n>.<field>, listed here by row.
import { Alert, FileInput, Table, Text } from "@mantine/core";
import { useForm } from "@mantine/form";
import { notifications } from "@mantine/notifications";
import { IconFileSpreadsheet } from "@tabler/icons-react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { FieldIssue } from "../../../../lib/userError";
import { FormModal } from "../../../../ui/FormModal";
import { fileToBase64 } from "../../../../lib/files";
import { useImportCatalog } from "./commands";

/** "file.row.7.category" → { row: 7, field: "category" }. */
export function rowOf(field: string | null | undefined): { row: number; field: string } | null {
  const m = /^file\.row\.(\d+)\.(\w+)$/.exec(field ?? "");
  return m ? { row: Number(m[1]), field: m[2]! } : null;
}

const COLUMNS = ["code", "name", "category", "windowKind", "materials", "timeLimitDays", "onlineAllowed", "proxyAllowed", "description", "active"] as const;

export function ImportCatalogModal({ communityId, onClose }: { communityId: string; onClose: () => void }) {
  const { t } = useTranslation("serviceComplex");
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const form = useForm({
    initialValues: { file: null as File | null },
    validate: { file: (f) => (!f ? t("catalog.import.fileRequired") : /\.xlsx$/i.test(f.name) ? null : t("catalog.import.xlsxOnly")) },
  });
  const [run, running] = useImportCatalog();
  const column = (f: string) => ((COLUMNS as readonly string[]).includes(f) ? t(`catalog.import.columns.${f as (typeof COLUMNS)[number]}`) : f);

  const submit = form.onSubmit(async (v) => {
    setIssues([]);
    const contentBase64 = await fileToBase64(v.file!);
    const done = await run(
      { input: { nodeId: communityId, contentBase64 } },
      {
        silent: true,
        onUserError: (e) => setIssues(e.issues.length ? e.issues : [{ field: e.field, message: e.message, code: e.code }]),
      },
    );
    if (!done) return;
    notifications.show({ color: "green", message: t("catalog.import.done", { created: done.created, updated: done.updated, unchanged: done.unchanged }) });
    onClose();
  });

  return (
    <FormModal opened onClose={onClose} title={t("catalog.import.title")} onSubmit={submit} submitting={running} submitLabel={t("catalog.import.submit")}>
      <Text size="sm" c="dimmed">
        {t("catalog.import.hint")}
      </Text>
      <FileInput
        label={t("catalog.import.file")}
        placeholder={t("catalog.import.choose")}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        leftSection={<IconFileSpreadsheet size={16} />}
        clearable
        withAsterisk
        {...form.getInputProps("file")}
      />
      {issues.length > 0 && (
        <Alert color="red" variant="light" title={t("catalog.import.failed", { count: issues.length })} data-testid="import-issues">
          <Table.ScrollContainer minWidth={400} mah={260}>
            <Table fz="sm" verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w={60}>{t("catalog.import.row")}</Table.Th>
                  <Table.Th w={110}>{t("catalog.import.column")}</Table.Th>
                  <Table.Th>{t("catalog.import.problem")}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {issues.map((issue, i) => {
                  const at = rowOf(issue.field);
                  return (
                    <Table.Tr key={`${issue.field ?? ""}-${i}`}>
                      <Table.Td>{at ? at.row : t("none")}</Table.Td>
                      <Table.Td>{at ? column(at.field) : t("none")}</Table.Td>
                      <Table.Td>{issue.message}</Table.Td>
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Alert>
      )}
    </FormModal>
  );
}
