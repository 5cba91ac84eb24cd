// Pick a resident of a community (or only its party members) by typing part of the name (searched on the server).
import { graphql, readFragment } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useQuery } from "urql";

export const VolunteeringResidentOption = graphql(`
  fragment VolunteeringResidentOption on Resident {
    id
    name
    maskedPhone
    isPartyMember
    grid {
      id
      name
    }
  }
`);

const ResidentOptionsQuery = graphql(
  `
    query VolunteeringResidentOptions($communityId: ID!, $search: String, $isPartyMember: Boolean) {
      residents(communityId: $communityId, search: $search, isPartyMember: $isPartyMember, first: 20) {
        edges {
          node {
            id
            ...VolunteeringResidentOption
          }
        }
      }
    }
  `,
  [VolunteeringResidentOption],
);

interface ResidentSelectProps extends Omit<SelectProps, "data" | "searchValue" | "onSearchChange"> {
  communityId: string;
  /** Only party members (双报到 from another community). */
  partyMembersOnly?: boolean;
}

export function ResidentSelect({ communityId, partyMembersOnly, ...props }: ResidentSelectProps) {
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [known, setKnown] = useState<{ value: string; label: string }[]>([]);
  const [{ data }] = useQuery({ query: ResidentOptionsQuery, variables: { communityId, search: debounced || null, isPartyMember: partyMembersOnly ? true : null } });
  const found = (data?.residents.edges ?? []).map((e) => {
    const r = readFragment(VolunteeringResidentOption, e.node);
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
        if (option) setKnown([{ value: option.value, label: option.label }]);
        props.onChange?.(value, option);
      }}
    />
  );
}
