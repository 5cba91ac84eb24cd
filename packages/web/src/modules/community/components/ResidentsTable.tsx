// The residents register. Only masked personal data is selected here: full numbers are for the
// detail view, where each reveal is audited.
import { graphql, readFragment, type FragmentOf } from "@gongzhi/schema";
import { Anchor, Badge, Button } from "@mantine/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { formatDate } from "../../../lib/format";
import { DataTable, type Column, type Paging } from "../../../ui/DataTable";

export const ResidentRow = graphql(`
  fragment ResidentRow on Resident {
    id
    name
    gender
    birthDate
    birthYear
    age
    registration
    maskedPhone
    isPartyMember
    grid {
      id
      name
    }
    household {
      id
      address
    }
  }
`);

type Row = FragmentOf<typeof ResidentRow>;

/** The birth date for viewers who may see it, else the birth year and age (all a masked viewer gets). */
export function birthText(r: { birthDate?: string | null; birthYear?: number | null; age?: number | null }, t: TFunction, lang: string): string | null {
  if (r.birthDate) return formatDate(r.birthDate, lang);
  if (r.birthYear != null) return t("residents.birthYearAge", { year: r.birthYear, age: r.age ?? "" });
  return null;
}

interface ResidentsTableProps<T extends Row> {
  residents: readonly T[] | undefined;
  fetching: boolean;
  error?: { message: string } | null;
  paging: Paging;
  onEdit?: (resident: T) => void;
}

export const residentPath = (id: string) => `/residents/${encodeURIComponent(id)}`;

export function ResidentsTable<T extends Row>({ residents, fetching, error, paging, onEdit }: ResidentsTableProps<T>) {
  const { t, i18n } = useTranslation();
  const none = t("common.none");
  const r = (row: T) => readFragment(ResidentRow, row);
  const columns: Column<T>[] = [
    {
      key: "name",
      header: t("residents.name"),
      render: (row) => (
        <Anchor component={Link} to={residentPath(r(row).id)} fw={500}>
          {r(row).name}
        </Anchor>
      ),
    },
    { key: "gender", header: t("residents.gender"), render: (row) => (r(row).gender ? t(`enums.Gender.${r(row).gender!}`) : none) },
    { key: "birthDate", header: t("residents.birthDate"), render: (row) => birthText(r(row), t, i18n.language) ?? none },
    { key: "registration", header: t("residents.registration"), render: (row) => t(`enums.Registration.${r(row).registration}`) },
    { key: "phone", header: t("residents.phone"), render: (row) => r(row).maskedPhone ?? none },
    { key: "grid", header: t("residents.grid"), render: (row) => r(row).grid?.name ?? none },
    { key: "household", header: t("residents.household"), render: (row) => r(row).household?.address ?? none },
    {
      key: "party",
      header: t("residents.partyMember"),
      render: (row) =>
        r(row).isPartyMember ? (
          <Badge color="red" variant="light">
            {t("residents.partyMember")}
          </Badge>
        ) : null,
    },
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
      data-testid="residents-table"
      aria-label={t("residents.title")}
      columns={columns}
      rows={residents}
      rowKey={(row) => r(row).id}
      fetching={fetching}
      error={error}
      paging={paging}
    />
  );
}
