// The per-community table: the communities grouped by street, each street's subtotal after its
// communities and the total last; sortable by any figure (within each street, and the streets by
// their subtotal); a community's name drills down into its own cockpit.
import { Anchor, Table, Text, UnstyledButton } from "@mantine/core";
import { IconArrowDown, IconArrowUp, IconSelector } from "@tabler/icons-react";
import { Fragment, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatFigure, TABLE_FIGURES, type Capability, type Indicators } from "../figures";
import { cockpitPath } from "../paths";

export interface CommunityRow {
  communityId: string;
  communityName: string;
  indicators: Indicators;
}
export interface StreetRow {
  streetId: string;
  streetName: string;
  communityCount: number;
  indicators: Indicators;
  communities: CommunityRow[];
}

type Sort = { key: string; desc: boolean } | null;

export function CommunityTable({ capability, streets, totals, period, testId = "community-table" }: { capability: Capability; streets: StreetRow[]; totals: Indicators; period: string; testId?: string }) {
  const { t, i18n } = useTranslation("indicators");
  const [sort, setSort] = useState<Sort>(null);
  const figures = TABLE_FIGURES[capability];
  const fig = sort && figures.find((f) => f.key === sort.key);
  const order = <T extends { indicators: Indicators }>(rows: T[], name: (r: T) => string) => {
    if (!fig || !sort) return rows;
    const dir = sort.desc ? -1 : 1;
    return [...rows].sort((a, b) => dir * ((fig.value(a.indicators) ?? -1) - (fig.value(b.indicators) ?? -1)) || name(a).localeCompare(name(b), "zh-CN"));
  };
  const many = streets.length > 1;
  const cells = (ind: Indicators) =>
    figures.map((f) => (
      <Table.Td key={f.key} ta="right" style={{ fontVariantNumeric: "tabular-nums" }}>
        {formatFigure(f.value(ind), f.format, i18n.language)}
      </Table.Td>
    ));
  const header = (key: string, label: string) => {
    const active = sort?.key === key;
    const Icon = active ? (sort!.desc ? IconArrowDown : IconArrowUp) : IconSelector;
    return (
      <Table.Th key={key} ta="right" aria-sort={active ? (sort!.desc ? "descending" : "ascending") : "none"}>
        <UnstyledButton
          onClick={() => setSort(active ? (sort!.desc ? { key, desc: false } : null) : { key, desc: true })}
          aria-label={t("cockpit.sortBy", { label })}
          style={{ display: "inline-flex", alignItems: "center", gap: 2, fontWeight: 600, fontSize: "var(--mantine-font-size-sm)" }}
        >
          {label}
          <Icon size={14} className="no-print" />
        </UnstyledButton>
      </Table.Th>
    );
  };

  return (
    <Table.ScrollContainer minWidth={720} mb="md">
      <Table striped={false} highlightOnHover withTableBorder data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t("cockpit.community")}</Table.Th>
            {figures.map((f) => header(f.key, t(`figures.${f.key}` as "figures.visits")))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {order(streets, (s) => s.streetName).map((s) => (
            <Fragment key={s.streetId}>
              {many && (
                <Table.Tr bg="gray.1" data-testid="street-row">
                  <Table.Td colSpan={figures.length + 1}>
                    <Text fw={700} size="sm">
                      {s.streetName}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {order(s.communities, (c) => c.communityName).map((c) => (
                <Table.Tr key={c.communityId} data-testid="community-row">
                  <Table.Td style={{ whiteSpace: "nowrap" }}>
                    <Anchor component={Link} to={cockpitPath(c.communityId, period)} size="sm">
                      {c.communityName}
                    </Anchor>
                  </Table.Td>
                  {cells(c.indicators)}
                </Table.Tr>
              ))}
              {many && (
                <Table.Tr fw={600} data-testid="subtotal-row">
                  <Table.Td style={{ whiteSpace: "nowrap" }}>{t("cockpit.subtotal", { name: s.streetName })}</Table.Td>
                  {cells(s.indicators)}
                </Table.Tr>
              )}
            </Fragment>
          ))}
          <Table.Tr fw={700} bg="red.0" data-testid="total-row">
            <Table.Td>{t("cockpit.total")}</Table.Td>
            {cells(totals)}
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
