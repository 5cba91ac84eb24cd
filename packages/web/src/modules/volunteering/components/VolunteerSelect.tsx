// Pick an active volunteer of the community by typing part of the name (searched on the server).
import { graphql } from "@gongzhi/schema";
import { Select, type SelectProps } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";

const VolunteerOptionsQuery = graphql(`
  query VolunteerOptions($communityId: ID!, $search: String) {
    volunteers(communityId: $communityId, search: $search, first: 20) {
      edges {
        node {
          id
          name
          kind
          skills
        }
      }
    }
  }
`);

interface VolunteerSelectProps extends Omit<SelectProps, "data" | "searchValue" | "onSearchChange"> {
  communityId: string;
}

export function VolunteerSelect({ communityId, ...props }: VolunteerSelectProps) {
  const { t } = useTranslation("volunteering");
  const [search, setSearch] = useState("");
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [known, setKnown] = useState<{ value: string; label: string }[]>([]);
  const [{ data }] = useQuery({ query: VolunteerOptionsQuery, variables: { communityId, search: debounced || null } });
  const found = (data?.volunteers.edges ?? []).map(({ node: v }) => {
    const extra = [v.kind === "DUAL_REGISTERED" ? t("enums.VolunteerKind.DUAL_REGISTERED") : null, v.skills.join("、")].filter(Boolean).join(" · ");
    return { value: v.id, label: extra ? `${v.name}（${extra}）` : v.name };
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
