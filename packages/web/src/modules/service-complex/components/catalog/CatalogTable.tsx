// The community's catalog (公共服务事项清单): one row per item, with where it comes from (区模板 or
// 本社区) and whether the community adjusted it.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Stack, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column, type Paging } from "../../../../ui/DataTable";
import { useEnumLabel } from "../../enums";

export const CatalogRow = graphql(`
  fragment CatalogRow on CommunityServiceItem {
    id
    code
    name
    category
    windowKind
    materials
    timeLimitDays
    onlineAllowed
    proxyAllowed
    active
    isOwn
    overriddenFields
    allowedSteps
  }
`);

type Row = FragmentOf<typeof CatalogRow>;

interface CatalogTableProps<T extends Row> {
  items: readonly T[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  /** Absent without service:manage (no actions column); 编辑 shows on the rows whose allowedSteps hold EDIT. */
  onEdit?: (item: T) => void;
}

export function CatalogTable<T extends Row>({ items, fetching, error, paging, onEdit }: CatalogTableProps<T>) {
  const { t } = useTranslation("serviceComplex");
  const label = useEnumLabel();
  const r = (row: T) => readFragment(CatalogRow, row);
  const columns: Column<T>[] = [
    { key: "code", header: t("catalog.code"), width: 80, render: (row) => <Text size="sm" ff="monospace">{r(row).code ?? t("none")}</Text> },
    {
      key: "name",
      header: t("catalog.name"),
      render: (row) => (
        <Stack gap={2}>
          <Text size="sm" fw={500}>
            {r(row).name}
          </Text>
          <Group gap={4}>
            <Badge size="xs" variant="outline" color={r(row).isOwn ? "grape" : "gray"}>
              {r(row).isOwn ? t("catalog.own") : t("catalog.template")}
            </Badge>
            {r(row).overriddenFields.length > 0 && (
              <Badge size="xs" variant="light" color="orange">
                {t("catalog.adjusted")}
              </Badge>
            )}
            {!r(row).active && (
              <Badge size="xs" variant="filled" color="gray">
                {t("catalog.inactive")}
              </Badge>
            )}
          </Group>
        </Stack>
      ),
    },
    { key: "category", header: t("catalog.category"), render: (row) => label("ServiceItemCategory", r(row).category) },
    { key: "window", header: t("catalog.windowKind"), render: (row) => label("ServiceWindowKind", r(row).windowKind) },
    {
      key: "materials",
      header: t("catalog.materials"),
      render: (row) => (
        <Text size="xs" lineClamp={2} maw={260}>
          {r(row).materials.join("、") || t("none")}
        </Text>
      ),
    },
    {
      key: "limit",
      header: t("catalog.timeLimit"),
      render: (row) => (r(row).timeLimitDays === 0 ? t("catalog.immediate") : t("catalog.days", { count: r(row).timeLimitDays })),
    },
    {
      key: "ways",
      header: t("catalog.ways"),
      render: (row) => (
        <Group gap={4}>
          {r(row).onlineAllowed && (
            <Badge size="sm" variant="light" color="violet">
              {t("catalog.online")}
            </Badge>
          )}
          {r(row).proxyAllowed && (
            <Badge size="sm" variant="light" color="orange">
              {t("catalog.proxy")}
            </Badge>
          )}
        </Group>
      ),
    },
  ];
  if (onEdit)
    columns.push({
      key: "actions",
      header: t("actions"),
      render: (row) =>
        r(row).allowedSteps.includes("EDIT") && (
          <Button size="xs" variant="subtle" onClick={() => onEdit(row)}>
            {t("edit")}
          </Button>
        ),
    });
  return (
    <DataTable
      data-testid="catalog-table"
      aria-label={t("catalog.title")}
      columns={columns}
      rows={items}
      rowKey={(row) => r(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
