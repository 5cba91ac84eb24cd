import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";

export const HouseholdRow = graphql(`
  fragment HouseholdRow on Household {
    id
    address
    memberCount
    grid {
      id
      name
    }
  }
`);

type Row = FragmentOf<typeof HouseholdRow>;

interface HouseholdsTableProps<T extends Row> {
  households: readonly T[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  onEdit?: (household: T) => void;
}

export function HouseholdsTable<T extends Row>({ households, fetching, error, paging, onEdit }: HouseholdsTableProps<T>) {
  const { t } = useTranslation();
  const columns: Column<T>[] = [
    { key: "address", header: t("households.address"), render: (r) => readFragment(HouseholdRow, r).address },
    { key: "grid", header: t("households.grid"), render: (r) => readFragment(HouseholdRow, r).grid?.name ?? t("households.noGrid") },
    { key: "members", header: t("households.memberCount"), render: (r) => readFragment(HouseholdRow, r).memberCount },
  ];
  if (onEdit)
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: (r) => (
        <Button size="xs" variant="subtle" onClick={() => onEdit(r)}>
          {t("common.edit")}
        </Button>
      ),
    });
  return (
    <DataTable
      aria-label={t("households.title")}
      columns={columns}
      rows={households}
      rowKey={(r) => readFragment(HouseholdRow, r).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
