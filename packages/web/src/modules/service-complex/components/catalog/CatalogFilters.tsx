// Search and filters over the catalog.
import { Chip, Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../../../ui/SearchInput";
import { CATEGORIES, isOneOf, useEnumOptions, WINDOW_KINDS, type Category, type WindowKind } from "../../enums";

export interface CatalogFilterValues {
  search: string;
  category: Category | null;
  windowKind: WindowKind | null;
  onlineOnly: boolean;
  includeInactive: boolean;
}

export const NO_CATALOG_FILTERS: CatalogFilterValues = { search: "", category: null, windowKind: null, onlineOnly: false, includeInactive: false };

interface CatalogFiltersProps {
  value: CatalogFilterValues;
  onChange: (next: (current: CatalogFilterValues) => CatalogFilterValues) => void;
  onSearch: (search: string) => void;
  /** Catalog managers may also list withdrawn items. */
  canManage: boolean;
}

export function CatalogFilters({ value, onChange, onSearch, canManage }: CatalogFiltersProps) {
  const { t } = useTranslation("serviceComplex");
  const options = useEnumOptions();
  return (
    <Group mb="sm" gap="sm">
      <SearchInput placeholder={t("catalog.searchPlaceholder")} onSearch={onSearch} />
      <Select
        aria-label={t("catalog.category")}
        placeholder={t("catalog.category")}
        clearable
        w={150}
        value={value.category}
        onChange={(v) => onChange((f) => ({ ...f, category: isOneOf(CATEGORIES, v) ? v : null }))}
        data={options("ServiceItemCategory", CATEGORIES)}
      />
      <Select
        aria-label={t("catalog.windowKind")}
        placeholder={t("catalog.windowKind")}
        clearable
        w={150}
        value={value.windowKind}
        onChange={(v) => onChange((f) => ({ ...f, windowKind: isOneOf(WINDOW_KINDS, v) ? v : null }))}
        data={options("ServiceWindowKind", WINDOW_KINDS)}
      />
      <Chip checked={value.onlineOnly} onChange={(onlineOnly) => onChange((f) => ({ ...f, onlineOnly }))} variant="light">
        {t("catalog.onlineOnly")}
      </Chip>
      {canManage && (
        <Chip checked={value.includeInactive} onChange={(includeInactive) => onChange((f) => ({ ...f, includeInactive }))} variant="light">
          {t("catalog.includeInactive")}
        </Chip>
      )}
    </Group>
  );
}
