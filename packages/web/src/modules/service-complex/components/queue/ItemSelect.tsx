// Pick an item of the community's catalog by typing part of its name or code (searched on the
// server). The chosen item's data comes back with the value, for its materials and due date.
import { graphql, readFragment, type ResultOf } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useMemo, useState } from "react";
import { useQuery } from "urql";

export const ItemOption = graphql(`
  fragment ItemOption on CommunityServiceItem {
    id
    code
    name
    category
    windowKind
    materials
    timeLimitDays
    expectedDueDate
    onlineAllowed
    proxyAllowed
  }
`);

export type ItemOptionData = ResultOf<typeof ItemOption>;

const ItemOptionsQuery = graphql(
  `
    query ServiceItemOptions($communityId: ID!, $search: String) {
      serviceCatalog(communityId: $communityId, search: $search, first: 30) {
        edges {
          node {
            id
            ...ItemOption
          }
        }
      }
    }
  `,
  [ItemOption],
);

interface ItemSelectProps extends Omit<SelectProps, "data" | "searchValue" | "onSearchChange" | "onChange"> {
  communityId: string;
  onChange: (itemId: string | null, item: ItemOptionData | null) => void;
}

export function ItemSelect({ communityId, onChange, ...props }: ItemSelectProps) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [known, setKnown] = useState<ItemOptionData[]>([]);
  const [{ data }] = useQuery({ query: ItemOptionsQuery, variables: { communityId, search: debounced || null } });
  const found = useMemo(() => (data?.serviceCatalog.edges ?? []).map((e) => readFragment(ItemOption, e.node)), [data]);
  const items = [...known.filter((k) => !found.some((f) => f.id === k.id)), ...found];
  return (
    <Select
      searchable
      clearable
      data={items.map((i) => ({ value: i.id, label: i.code ? `${i.code} ${i.name}` : i.name }))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage="—"
      {...props}
      onChange={(value) => {
        const item = items.find((i) => i.id === value) ?? null;
        if (item) setKnown([item]);
        onChange(value, item);
      }}
    />
  );
}
