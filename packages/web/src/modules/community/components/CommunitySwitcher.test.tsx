import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { communities, COMMUNITY, OTHER_COMMUNITY, signedIn } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { COMMUNITY_STORAGE_KEY } from "../hooks/useCurrentCommunity";

const overview = graphql.query("CommunityOverview", ({ variables }) =>
  HttpResponse.json({ data: { node: [COMMUNITY, OTHER_COMMUNITY].find((c) => c.id === variables.id) ?? null } }),
);

describe("community switcher", () => {
  it("lists the communities the viewer can read, grouped by street, and switches to one", async () => {
    server.use(signedIn, ...communities(), overview);
    const { user } = renderApp("/overview");
    expect(await screen.findByRole("heading", { name: "荷塘社区" })).toBeInTheDocument();

    const switcher = screen.getByTestId("community-switcher");
    expect(switcher).toHaveAccessibleName("切换社区");
    expect(switcher).toHaveValue("荷塘社区");
    await user.click(switcher);
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).getByText("北街街道")).toBeInTheDocument();
    expect(within(listbox).getAllByRole("option").map((o) => o.textContent)).toEqual(["荷塘社区", "棠下村"]);

    await user.click(within(listbox).getByRole("option", { name: "棠下村" }));
    expect(await screen.findByRole("heading", { name: "棠下村" })).toBeInTheDocument();
    expect(localStorage.getItem(COMMUNITY_STORAGE_KEY)).toBe(OTHER_COMMUNITY.id);
    expect(screen.getByTestId("community-switcher")).toHaveValue("棠下村");
  });

  it("searches on the server as the user types", async () => {
    const searches: unknown[] = [];
    server.use(
      signedIn,
      overview,
      // Before communities(): msw uses the first matching handler.
      graphql.query("SwitcherCommunities", ({ variables }) => {
        searches.push(variables.search);
        const found = [COMMUNITY, OTHER_COMMUNITY].filter((c) => !variables.search || c.name.includes(variables.search as string));
        return HttpResponse.json({
          data: {
            communities: {
              __typename: "QueryCommunitiesConnection",
              totalCount: found.length,
              edges: found.map((node) => ({ __typename: "QueryCommunitiesConnectionEdge", node })),
            },
          },
        });
      }),
      ...communities(),
    );
    const { user } = renderApp("/overview");
    await screen.findByRole("heading", { name: "荷塘社区" });
    const switcher = screen.getByTestId("community-switcher");
    await user.clear(switcher);
    await user.type(switcher, "棠下");
    await waitFor(() => expect(searches).toContain("棠下"));
    expect(await screen.findByRole("option", { name: "棠下村" })).toBeInTheDocument();
    expect(screen.queryByRole("option", { name: "荷塘社区" })).toBeInTheDocument(); // the current one stays selectable
    expect(searches[0]).toBeNull(); // the first list is unfiltered
  });

  it("remembers the choice, and falls back to the default community when it is gone", async () => {
    server.use(signedIn, ...communities(), overview);
    localStorage.setItem(COMMUNITY_STORAGE_KEY, OTHER_COMMUNITY.id);
    const first = renderApp("/overview");
    expect(await screen.findByRole("heading", { name: "棠下村" })).toBeInTheDocument();
    first.unmount();

    localStorage.setItem(COMMUNITY_STORAGE_KEY, "Q29tbXVuaXR5OmdvbmU=");
    renderApp("/overview");
    expect(await screen.findByRole("heading", { name: "荷塘社区" })).toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(COMMUNITY_STORAGE_KEY)).toBeNull());
  });
});
