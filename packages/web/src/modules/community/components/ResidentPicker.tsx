// The one resident picker: a resident of a community (or only its party members) found by typing
// part of the name (searched on the server). Every module's forms use it; onChange also gives the
// picked resident's name (a ticket or a visit fills the applicant from it).
import { graphql, readFragment } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";

export const ResidentPickerOptionFields = graphql(`
  fragment ResidentPickerOptionFields on Resident {
    id
    name
    maskedPhone
    grid {
      id
      name
    }
  }
`);

const ResidentPickerQuery = graphql(
  `
    query ResidentPickerOptions($communityId: ID!, $search: String, $isPartyMember: Boolean) {
      residents(communityId: $communityId, search: $search, isPartyMember: $isPartyMember, first: 20) {
        edges {
          node {
            id
            ...ResidentPickerOptionFields
          }
        }
      }
    }
  `,
  [ResidentPickerOptionFields],
);

export interface PickedResident {
  id: string;
  name: string;
}

interface ResidentPickerProps extends Omit<SelectProps, "data" | "searchValue" | "onSearchChange" | "onChange"> {
  communityId: string;
  /** Only party members (双报到 from another community). */
  partyMembersOnly?: boolean;
  onChange?: (residentId: string | null, resident: PickedResident | null) => void;
}

type Option = { value: string; label: string; name: string };

export function ResidentPicker({ communityId, partyMembersOnly, onChange, ...props }: ResidentPickerProps) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [known, setKnown] = useState<Option[]>([]);
  const [{ data }] = useQuery({
    query: ResidentPickerQuery,
    variables: { communityId, search: debounced || null, isPartyMember: partyMembersOnly ? true : null },
  });
  const found = (data?.residents.edges ?? []).map((e): Option => {
    const r = readFragment(ResidentPickerOptionFields, e.node);
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
        onChange?.(value, picked ? { id: picked.value, name: picked.name } : null);
      }}
    />
  );
}
