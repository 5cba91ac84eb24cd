import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { formatDate } from "../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";

/** A row of the table; with the description, which the edit form reads (the table does not show it). */
export const SocialOrganizationRow = graphql(`
  fragment SocialOrganizationRow on SocialOrganization {
    id
    name
    category
    contactName
    contactPhone
    registeredOn
    description
  }
`);

type Row = FragmentOf<typeof SocialOrganizationRow>;

interface SocialOrganizationsTableProps<T extends Row> {
  organizations: readonly T[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  onEdit?: (organization: T) => void;
}

export function SocialOrganizationsTable<T extends Row>({ organizations, fetching, error, paging, onEdit }: SocialOrganizationsTableProps<T>) {
  const { t, i18n } = useTranslation();
  const none = t("common.none");
  const o = (row: T) => readFragment(SocialOrganizationRow, row);
  const columns: Column<T>[] = [
    { key: "name", header: t("organizations.social.name"), render: (row) => o(row).name },
    { key: "category", header: t("organizations.social.category"), render: (row) => t(`enums.SocialOrganizationCategory.${o(row).category}`) },
    { key: "contact", header: t("organizations.social.contactName"), render: (row) => o(row).contactName ?? none },
    { key: "phone", header: t("organizations.social.contactPhone"), render: (row) => o(row).contactPhone ?? none },
    { key: "registeredOn", header: t("organizations.social.registeredOn"), render: (row) => formatDate(o(row).registeredOn, i18n.language) ?? none },
  ];
  if (onEdit)
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (row) => (
        <Button size="xs" variant="subtle" onClick={() => onEdit(row)}>
          {t("common.edit")}
        </Button>
      ),
    });
  return (
    <DataTable
      aria-label={t("organizations.socialTab")}
      columns={columns}
      rows={organizations}
      rowKey={(row) => o(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
