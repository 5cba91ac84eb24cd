// Pick a household of the community by typing part of its address (searched on the server).
import { graphql, readFragment } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";

export const HouseholdOption = graphql(`
  fragment HouseholdOption on Household {
    id
    address
  }
`);

const HouseholdOptionsQuery = graphql(
  `
    query HouseholdOptions($communityId: ID!, $search: String) {
      households(communityId: $communityId, search: $search, first: 20) {
        edges {
          node {
            id
            ...HouseholdOption
          }
        }
      }
    }
  `,
  [HouseholdOption],
);

interface HouseholdSelectProps extends Omit<SelectProps, "data" | "searchValue" | "onSearchChange"> {
  communityId: string;
  /** The household already chosen, so it shows before any search. */
  initial?: { id: string; address: string } | null;
}

export function HouseholdSelect({ communityId, initial, ...props }: HouseholdSelectProps) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [known, setKnown] = useState(initial ? [{ value: initial.id, label: initial.address }] : []);
  const [{ data }] = useQuery({ query: HouseholdOptionsQuery, variables: { communityId, search: debounced || null } });
  const found = (data?.households.edges ?? []).map((e) => {
    const h = readFragment(HouseholdOption, e.node);
    return { value: h.id, label: h.address };
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
        if (option) setKnown([{ value: option.value, label: option.label }]);
        props.onChange?.(value, option);
      }}
    />
  );
}
