// Search and filters over the residents register.
import { Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../../ui/SearchInput";
import { GridSelect } from "./GridSelect";

export type Registration = "REGISTERED" | "RESIDENT";

export interface ResidentFilterValues {
  search: string;
  registration: Registration | null;
  isPartyMember: boolean | null;
  gridId: string | null;
}

export const NO_FILTERS: ResidentFilterValues = { search: "", registration: null, isPartyMember: null, gridId: null };

interface ResidentFiltersProps {
  communityId: string;
  value: ResidentFilterValues;
  onChange: (next: (current: ResidentFilterValues) => ResidentFilterValues) => void;
  onSearch: (search: string) => void;
}

export function ResidentFilters({ communityId, value, onChange, onSearch }: ResidentFiltersProps) {
  const { t } = useTranslation();
  const party = value.isPartyMember === null ? null : value.isPartyMember ? "yes" : "no";
  return (
    <Group mb="sm" gap="sm">
      <SearchInput placeholder={t("residents.searchPlaceholder")} onSearch={onSearch} />
      <Select
        aria-label={t("residents.registrationFilter")}
        placeholder={t("residents.registrationFilter")}
        clearable
        w={190}
        value={value.registration}
        onChange={(v) => onChange((f) => ({ ...f, registration: v === "REGISTERED" || v === "RESIDENT" ? v : null }))}
        data={(["REGISTERED", "RESIDENT"] as const).map((r) => ({ value: r, label: t(`enums.Registration.${r}`) }))}
      />
      <Select
        aria-label={t("residents.partyFilter")}
        placeholder={t("residents.partyFilter")}
        clearable
        w={190}
        value={party}
        onChange={(v) => onChange((f) => ({ ...f, isPartyMember: v === null ? null : v === "yes" }))}
        data={[
          { value: "yes", label: t("residents.partyMembersOnly") },
          { value: "no", label: t("residents.nonPartyMembersOnly") },
        ]}
      />
      <GridSelect
        communityId={communityId}
        aria-label={t("households.gridFilter")}
        placeholder={t("households.gridFilter")}
        w={170}
        value={value.gridId}
        onChange={(gridId) => onChange((f) => ({ ...f, gridId }))}
      />
    </Group>
  );
}
