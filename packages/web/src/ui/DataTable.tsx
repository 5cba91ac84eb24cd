// The one table of the SPA: a real <table>, an empty state, an error, an optional expandable row,
// and Relay paging (total, page, previous/next) when given a pager.
import { ActionIcon, Box, Button, Group, LoadingOverlay, Table, Text } from "@mantine/core";
import { IconChevronDown, IconChevronRight } from "@tabler/icons-react";
import { Fragment, useState, type ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { QueryError } from "./QueryError";
import type { CursorPager } from "./useCursorPaging";

export interface Column<T> {
  key: string;
  header: ReactNode;
  render: (row: T) => ReactNode;
  width?: number | string;
}

export interface Paging {
  pager: CursorPager;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null } | null;
  totalCount?: number | null;
}

interface DataTableProps<T> {
  columns: Column<T>[];
  rows: readonly T[] | undefined;
  rowKey: (row: T) => string;
  fetching?: boolean;
  error?: { message: string } | null;
  paging?: Paging;
  /** Content shown under a row when it is expanded. */
  expanded?: (row: T) => ReactNode;
  "aria-label"?: string;
  "data-testid"?: string;
}

export function DataTable<T>({ columns, rows, rowKey, fetching, error, paging, expanded, ...rest }: DataTableProps<T>) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Record<string, boolean>>({});
  const span = columns.length + (expanded ? 1 : 0);

  return (
    <Box pos="relative">
      <LoadingOverlay visible={!!fetching} overlayProps={{ backgroundOpacity: 0.4, blur: 1 }} loaderProps={{ size: "sm" }} />
      <QueryError error={error} />
      <Table.ScrollContainer minWidth={640}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label={rest["aria-label"]} data-testid={rest["data-testid"]}>
          <Table.Thead>
            <Table.Tr>
              {expanded && <Table.Th w={40} />}
              {columns.map((c) => (
                <Table.Th key={c.key} w={c.width}>
                  {c.header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows?.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={span}>
                  <Text c="dimmed" ta="center" py="md">
                    {t("common.empty")}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
            {rows?.map((row) => {
              const key = rowKey(row);
              return (
                <Fragment key={key}>
                  <Table.Tr>
                    {expanded && (
                      <Table.Td>
                        <ActionIcon
                          variant="subtle"
                          aria-label={open[key] ? t("common.collapse") : t("common.expand")}
                          aria-expanded={!!open[key]}
                          onClick={() => setOpen((o) => ({ ...o, [key]: !o[key] }))}
                        >
                          {open[key] ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                        </ActionIcon>
                      </Table.Td>
                    )}
                    {columns.map((c) => (
                      <Table.Td key={c.key}>{c.render(row)}</Table.Td>
                    ))}
                  </Table.Tr>
                  {expanded && open[key] && (
                    <Table.Tr>
                      <Table.Td colSpan={span}>{expanded(row)}</Table.Td>
                    </Table.Tr>
                  )}
                </Fragment>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {paging && <Pager {...paging} />}
    </Box>
  );
}

/** Relay paging under a list: total, page, previous/next (DataTable uses it; card lists too). */
export function Pager({ pager, pageInfo, totalCount }: Paging) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" mt="sm">
      <Text size="sm" c="dimmed">
        {[totalCount != null && t("common.total", { count: totalCount }), t("common.page", { page: pager.page })].filter(Boolean).join(" · ")}
      </Text>
      <Group gap="xs">
        <Button variant="default" size="xs" disabled={!pager.hasPrevious} onClick={pager.previous}>
          {t("common.previousPage")}
        </Button>
        <Button variant="default" size="xs" disabled={!pageInfo?.hasNextPage} onClick={() => pager.next(pageInfo?.endCursor)}>
          {t("common.nextPage")}
        </Button>
      </Group>
    </Group>
  );
}
