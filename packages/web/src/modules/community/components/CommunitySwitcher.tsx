// The header's community switcher: a searchable Select over the communities the viewer may read,
// grouped by street. Search goes to the server (a street or district admin may reach hundreds).
import { graphql, readFragment } from "@gongzhi/schema";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBuildingCommunity } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useQuery } from "urql";
import { useCurrentCommunity } from "../hooks/useCurrentCommunity";

export const CommunityOption = graphql(`
  fragment CommunityOption on Community {
    id
    name
    code
    street {
      id
      name
    }
  }
`);

export const SwitcherCommunitiesQuery = graphql(
  `
    query SwitcherCommunities($search: String) {
      communities(first: 50, search: $search) {
        totalCount
        edges {
          node {
            id
            ...CommunityOption
          }
        }
      }
    }
  `,
  [CommunityOption],
);

export function CommunitySwitcher() {
  const { t } = useTranslation();
  const { communityId, community, setCommunityId } = useCurrentCommunity();
  const [search, setSearch] = useState("");
  // While the box shows the chosen community's name, list everything rather than that one name.
  const term = search.trim() && search !== community?.name ? search.trim() : "";
  const [debounced] = useDebouncedValue(term, 250);
  const [{ data, fetching }] = useQuery({ query: SwitcherCommunitiesQuery, variables: { search: debounced || null } });

  const options = useMemo(() => {
    const groups = new Map<string, { value: string; label: string }[]>();
    const seen = new Set<string>();
    for (const edge of data?.communities.edges ?? []) {
      const c = readFragment(CommunityOption, edge.node);
      seen.add(c.id);
      const items = groups.get(c.street.name) ?? [];
      items.push({ value: c.id, label: c.name });
      groups.set(c.street.name, items);
    }
    // The current community stays selectable even when the search has left it out.
    if (community && !seen.has(community.id)) {
      const items = groups.get(community.street.name) ?? [];
      items.unshift({ value: community.id, label: community.name });
      groups.set(community.street.name, items);
    }
    return [...groups].map(([group, items]) => ({ group, items }));
  }, [data, community]);

  return (
    <Select
      data-testid="community-switcher"
      aria-label={t("app.switchCommunity")}
      placeholder={t("app.searchCommunity")}
      leftSection={<IconBuildingCommunity size={16} />}
      data={options}
      value={communityId}
      onChange={(id) => id && setCommunityId(id)}
      searchable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={fetching ? t("app.loading") : t("app.noCommunity")}
      allowDeselect={false}
      maxDropdownHeight={360}
      comboboxProps={{ width: 320, position: "bottom-start" }}
      w={{ base: 180, sm: 260 }}
    />
  );
}
