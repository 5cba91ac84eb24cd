import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { actionEnum } from "../../../lib/actions";
import { COMMUNITY, communities, signedIn, STREET } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";

type Vars = Record<string, unknown>;
const AUDITOR = { ...COMMUNITY, viewerActions: [...COMMUNITY.viewerActions, "audit:read"] };
const DISTRICT = { __typename: "Region", id: "UmVnaW9uOmRpc3RyaWN0", name: "江海区" };

function entry(n: number, action: string, targetType: string) {
  return { __typename: "AuditEntry", id: `entry-${n}`, createdAt: "2026-12-01T02:00:00.000Z", action, actorName: "测试管理员", targetType, targetId: `t-${n}`, before: null, after: { n } };
}

function handlers(asked: Vars[], streetActions: string[], regionsAsked: Vars[] = []) {
  return [
    signedIn,
    ...communities([AUDITOR]),
    graphql.query("AuditRegions", ({ variables }) => {
      regionsAsked.push(variables);
      return HttpResponse.json({
        data: {
          node: { __typename: "Community", id: COMMUNITY.id, street: { ...STREET, viewerActions: streetActions.map(actionEnum), parent: { ...DISTRICT, viewerActions: [] } } },
        },
      });
    }),
    graphql.query("AuditEntries", ({ variables }) => {
      asked.push(variables);
      const edges = variables.regionId ? [entry(2, "catalog:manageTemplate", "HolidayCalendar")] : [entry(1, "resident:update", "Resident")];
      return HttpResponse.json({
        data: { auditEntries: { __typename: "QueryAuditEntriesConnection", pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null }, edges: edges.map((node) => ({ __typename: "QueryAuditEntriesConnectionEdge", node })) } },
      });
    }),
  ];
}

describe("the audit log", () => {
  it("lists the community's changes, and the street's own changes where the viewer audits the street", async () => {
    const asked: Vars[] = [];
    server.use(...handlers(asked, ["audit:read"]));
    const { user } = renderApp("/audit");
    await waitFor(() => expect(screen.getByText("t-1")).toBeInTheDocument());
    expect(asked[0]).toMatchObject({ communityId: COMMUNITY.id, regionId: null });

    const scope = screen.getByRole("radiogroup", { name: "范围" });
    // The district is not offered: the viewer holds nothing there.
    expect(within(scope).queryByText("江海区（本级变更）")).not.toBeInTheDocument();
    await user.click(within(scope).getByText("北街街道（本级变更）"));
    await waitFor(() => expect(screen.getByText("t-2")).toBeInTheDocument());
    expect(asked.at(-1)).toMatchObject({ communityId: null, regionId: STREET.id });
    expect(screen.getByText(/街道、区本级的变更/)).toBeInTheDocument();
  });

  it("offers no scope to a viewer who audits only the community", async () => {
    const asked: Vars[] = [];
    const regionsAsked: Vars[] = [];
    server.use(...handlers(asked, [], regionsAsked));
    renderApp("/audit");
    await waitFor(() => expect(screen.getByText("t-1")).toBeInTheDocument());
    await waitFor(() => expect(regionsAsked).toEqual([{ id: COMMUNITY.id }]));
    expect(screen.queryByRole("radiogroup", { name: "范围" })).not.toBeInTheDocument();
  });
});
