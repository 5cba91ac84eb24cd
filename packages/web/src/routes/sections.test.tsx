// An unknown address under a capability lands on its first screen, whatever its depth.
import { screen } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test/render";
import { server } from "../test/server";
import { inCommunity } from "../modules/volunteering/test/fixtures";

describe("unknown addresses inside a capability", () => {
  it("/projects/<unknown>/<deeper> goes to 我的项目", async () => {
    server.use(...inCommunity(), graphql.query("MyProjects", () => HttpResponse.json({ data: { myProjects: { __typename: "QueryMyProjectsConnection", totalCount: 0, pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null }, edges: [] } } })));
    renderApp("/projects/not-a-section/deeper");
    expect(await screen.findByRole("heading", { name: "我的项目" })).toBeInTheDocument();
  });
});
