// Pick a resident of the community by typing part of the name (searched on the server).
import { graphql, readFragment } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";

export const ResidentPick = graphql(`
  fragment ResidentPick on Resident {
    id
    name
    maskedPhone
    grid {
      id
      name
    }
  }
`);

const ResidentPickQuery = graphql(
  `
    query ServiceResidentPick($communityId: ID!, $search: String) {
      residents(communityId: $communityId, search: $search, first: 20) {
        edges {
          node {
            id
            ...ResidentPick
          }
        }
      }
    }
  `,
  [ResidentPick],
);

export interface PickedResident {
  id: string;
  name: string;
}

interface ResidentPickerProps extends Omit<SelectProps, "data" | "searchValue" | "onSearchChange" | "onChange"> {
  communityId: string;
  onChange: (residentId: string | null, resident: PickedResident | null) => void;
}

export function ResidentPicker({ communityId, onChange, ...props }: ResidentPickerProps) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [known, setKnown] = useState<{ value: string; label: string; name: string }[]>([]);
  const [{ data }] = useQuery({ query: ResidentPickQuery, variables: { communityId, search: debounced || null } });
  const found = (data?.residents.edges ?? []).map((e) => {
    const r = readFragment(ResidentPick, e.node);
    const extra = [r.grid?.name, r.maskedPhone].filter(Boolean).join(" · ");
    return { value: r.id, label: extra ? `${r.name}（${extra}）` : r.name, name: r.name };
  });
  const options = [...known.filter((k) => !found.some((f) => f.value === k.value)), ...found];
  return (
    <Select
      searchable
      clearable
      data={options.map(({ value, label }) => ({ value, label }))}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      {...props}
      onChange={(value) => {
        const picked = options.find((o) => o.value === value) ?? null;
        if (picked) setKnown([picked]);
        onChange(value, picked ? { id: picked.value, name: picked.name } : null);
      }}
    />
  );
}
