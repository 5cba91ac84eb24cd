// Pick a resident of the community by typing part of the name (searched on the server).
import { graphql } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";

const ResidentsQuery = graphql(`
  query ProjectResidentPick($communityId: ID!, $search: String) {
    residents(communityId: $communityId, search: $search, first: 20) {
      edges {
        node {
          id
          name
          maskedPhone
          grid {
            id
            name
          }
        }
      }
    }
  }
`);

interface ResidentPickerProps extends Omit<SelectProps, "data" | "searchValue" | "onSearchChange"> {
  communityId: string;
}

export function ResidentPicker({ communityId, onChange, ...props }: ResidentPickerProps) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [known, setKnown] = useState<{ value: string; label: string }[]>([]);
  const [{ data }] = useQuery({ query: ResidentsQuery, variables: { communityId, search: debounced || null } });
  const found = (data?.residents.edges ?? []).map(({ node: r }) => {
    const extra = [r.grid?.name, r.maskedPhone].filter(Boolean).join(" · ");
    return { value: r.id, label: extra ? `${r.name}（${extra}）` : r.name };
  });
  const options = [...known.filter((k) => !found.some((f) => f.value === k.value)), ...found];
  return (
    <Select
      searchable
      clearable
      data={options}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      {...props}
      onChange={(value, option) => {
        const picked = options.find((o) => o.value === value);
        if (picked) setKnown([picked]);
        onChange?.(value, option);
      }}
    />
  );
}
