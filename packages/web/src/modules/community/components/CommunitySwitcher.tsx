// The header's community switcher: a searchable Select over the communities the viewer may read,
// grouped by street. Search goes to the server (a street or district admin may reach hundreds).
// On a street's or district's cockpit it names no community (the page is the area's): choosing one
// opens that community's cockpit, as the table's drill-down does.
import { graphql, readFragment } from "@gongzhi/schema";
import { Select } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconBuildingCommunity } from "@tabler/icons-react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import { useQuery } from "urql";
import { COCKPIT, cockpitPath } from "../../indicators/paths";
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

/** The cockpit's node in a path (/cockpit/<id>), when it is a Region (a street or district), else null. */
export function regionCockpitNode(pathname: string): string | null {
  const m = new RegExp(`^${COCKPIT}/([^/?#]+)`).exec(pathname);
  if (!m) return null;
  try {
    const id = decodeURIComponent(m[1]!);
    return atob(id).startsWith("Region:") ? id : null;
  } catch {
    return null;
  }
}

export function CommunitySwitcher() {
  const { t } = useTranslation();
  const { communityId, community, setCommunityId } = useCurrentCommunity();
  const { pathname } = useLocation();
  const navigate = useNavigate();
  const onRegionCockpit = regionCockpitNode(pathname) !== null;
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
      placeholder={onRegionCockpit ? t("app.openCommunity") : t("app.searchCommunity")}
      leftSection={<IconBuildingCommunity size={16} />}
      data={options}
      value={onRegionCockpit ? null : communityId}
      onChange={(id) => {
        if (!id) return;
        setCommunityId(id);
        if (onRegionCockpit) void navigate(cockpitPath(id));
      }}
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
