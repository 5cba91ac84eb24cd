// Filters over the topic board: search, category, ready for review.
import { Group, Select } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { SearchInput } from "../../../../ui/SearchInput";
import { CATEGORIES, useEnumOptions } from "../../enums";

export type Category = (typeof CATEGORIES)[number];

export interface TopicFilterValues {
  search: string;
  category: Category | null;
  readyForReview: boolean | null;
}

export const NO_TOPIC_FILTERS: TopicFilterValues = { search: "", category: null, readyForReview: null };

interface Props {
  value: TopicFilterValues;
  onChange: (next: (current: TopicFilterValues) => TopicFilterValues) => void;
  onSearch: (search: string) => void;
}

export function TopicFilters({ value, onChange, onSearch }: Props) {
  const { t } = useTranslation("deliberation");
  const options = useEnumOptions();
  const ready = value.readyForReview === null ? null : value.readyForReview ? "yes" : "no";
  return (
    <Group mb="md" gap="sm">
      <SearchInput placeholder={t("topics.search")} onSearch={onSearch} />
      <Select
        aria-label={t("topics.category")}
        placeholder={t("topics.category")}
        clearable
        w={200}
        value={value.category}
        onChange={(v) => onChange((f) => ({ ...f, category: (CATEGORIES as readonly string[]).includes(v ?? "") ? (v as Category) : null }))}
        data={options("TopicCategory", CATEGORIES)}
      />
      <Select
        aria-label={t("topics.readyFilter")}
        placeholder={t("topics.readyFilter")}
        clearable
        w={200}
        value={ready}
        onChange={(v) => onChange((f) => ({ ...f, readyForReview: v === null ? null : v === "yes" }))}
        data={[
          { value: "yes", label: t("topics.readyOnly") },
          { value: "no", label: t("topics.notReadyOnly") },
        ]}
      />
    </Group>
  );
}
