// Party organizations as a tree: 党委 → 党总支 → 党支部, each under its parent.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Badge, Button, Group, Text } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";

export const PartyOrganizationRow = graphql(`
  fragment PartyOrganizationRow on PartyOrganization {
    id
    name
    kind
    secretaryName
    memberCount
    parent {
      id
    }
  }
`);

type Row = FragmentOf<typeof PartyOrganizationRow>;

/** Depth-first order with depths; organizations whose parent is not in the list are roots. */
export function asTree<T extends Row>(rows: readonly T[]): { row: T; depth: number }[] {
  const ids = new Set(rows.map((r) => readFragment(PartyOrganizationRow, r).id));
  const children = new Map<string | null, T[]>();
  for (const r of rows) {
    const parent = readFragment(PartyOrganizationRow, r).parent?.id ?? null;
    const key = parent && ids.has(parent) ? parent : null;
    children.set(key, [...(children.get(key) ?? []), r]);
  }
  const out: { row: T; depth: number }[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    for (const r of children.get(parent) ?? []) {
      const id = readFragment(PartyOrganizationRow, r).id;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ row: r, depth });
      walk(id, depth + 1);
    }
  };
  walk(null, 0);
  return out;
}

interface PartyOrganizationsTableProps<T extends Row> {
  organizations: readonly T[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  onEdit?: (organization: T) => void;
}

export function PartyOrganizationsTable<T extends Row>({ organizations, fetching, error, paging, onEdit }: PartyOrganizationsTableProps<T>) {
  const { t } = useTranslation();
  const o = (row: T) => readFragment(PartyOrganizationRow, row);
  type Item = { row: T; depth: number };
  const columns: Column<Item>[] = [
    {
      key: "name",
      header: t("organizations.party.name"),
      render: ({ row, depth }) => (
        <Group gap={6} pl={depth * 24} wrap="nowrap">
          {depth > 0 && <Text c="dimmed">└</Text>}
          <Text size="sm" fw={depth === 0 ? 600 : 400}>
            {o(row).name}
          </Text>
        </Group>
      ),
    },
    {
      key: "kind",
      header: t("organizations.party.kind"),
      render: ({ row }) => (
        <Badge variant="light" color="red">
          {t(`enums.PartyOrganizationKind.${o(row).kind}`)}
        </Badge>
      ),
    },
    { key: "secretary", header: t("organizations.party.secretaryName"), render: ({ row }) => o(row).secretaryName ?? t("common.none") },
    { key: "members", header: t("organizations.party.memberCount"), render: ({ row }) => o(row).memberCount },
  ];
  if (onEdit)
    columns.push({
      key: "actions",
      header: t("common.actions"),
      render: ({ row }) => (
        <Button size="xs" variant="subtle" onClick={() => onEdit(row)}>
          {t("common.edit")}
        </Button>
      ),
    });
  return (
    <DataTable
      aria-label={t("organizations.partyTab")}
      columns={columns}
      rows={organizations && asTree(organizations)}
      rowKey={({ row }) => o(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
