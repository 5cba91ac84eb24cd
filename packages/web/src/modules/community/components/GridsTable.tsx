import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Button } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";

export const GridRow = graphql(`
  fragment GridRow on Grid {
    id
    name
    code
    description
    householdCount
    residentCount
  }
`);

type Row = FragmentOf<typeof GridRow>;

interface GridsTableProps<T extends Row> {
  grids: readonly T[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  onEdit?: (grid: T) => void;
}

/** Rows may carry more fragments (e.g. the form's); onEdit gets the row as given. */
export function GridsTable<T extends Row>({ grids, fetching, error, paging, onEdit }: GridsTableProps<T>) {
  const { t } = useTranslation();
  const none = t("common.none");
  const columns: Column<T>[] = [
    { key: "name", header: t("grids.name"), render: (r) => readFragment(GridRow, r).name },
    { key: "code", header: t("grids.code"), render: (r) => readFragment(GridRow, r).code ?? none },
    { key: "households", header: t("grids.householdCount"), render: (r) => readFragment(GridRow, r).householdCount },
    { key: "residents", header: t("grids.residentCount"), render: (r) => readFragment(GridRow, r).residentCount },
    { key: "description", header: t("grids.description"), render: (r) => readFragment(GridRow, r).description ?? none },
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
      aria-label={t("grids.title")}
      columns={columns}
      rows={grids}
      rowKey={(r) => readFragment(GridRow, r).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
