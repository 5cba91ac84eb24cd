import { screen, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import { communities, COMMUNITY, signedIn } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { indicators, scopes } from "../test/fixtures";
import { LINKS } from "./WorkbenchPage";

type Vars = Record<string, unknown>;

const KINDS = Object.keys(LINKS);
/** Every kind with a count, but claims (null: the viewer lacks points:read) and some at zero. */
const COUNTS: Record<string, number | null> = {
  TICKETS_OVERDUE: 2,
  TICKETS_DUE_SOON: 1,
  TOPICS_TO_REVIEW: 3,
  MEETINGS_THIS_WEEK: 1,
  RESOLUTIONS_PAST_DUE: 0,
  NOTICES_ENDING_SOON: 1,
  NOTICES_WITH_OPEN_OBJECTIONS: 0,
  HOURS_TO_VERIFY: 4,
  CLAIMS_TO_REVIEW: null,
  REDEMPTIONS_TO_HAND_OVER: null,
  PROJECTS_OVERDUE: 1,
  NEEDS_UNCLAIMED: 2,
};

/** Some items' list arguments as the API gives them (a JSON object; instants as ISO strings). */
const ARGS: Record<string, object> = {
  MEETINGS_THIS_WEEK: { status: ["SCHEDULED", "IN_PROGRESS", "CLOSED"], from: "2026-11-15T16:00:00.000Z", to: "2026-11-22T16:00:00.000Z" },
  NOTICES_ENDING_SOON: { status: "PUBLISHED", endsBefore: "2026-11-23T04:00:00.000Z" },
  NOTICES_WITH_OPEN_OBJECTIONS: { pendingObjections: true },
  HOURS_TO_VERIFY: { hoursStatuses: ["PENDING"] },
};

function workbench(asked: Vars[] = [], withIndicators = true) {
  return graphql.query("CommunityWorkbench", ({ variables }) => {
    asked.push(variables);
    return HttpResponse.json({
      data: {
        communityWorkbench: {
          __typename: "CommunityWorkbench",
          communityId: COMMUNITY.id,
          communityName: COMMUNITY.name,
          today: "2026-11-20",
          items: KINDS.map((kind) => ({ __typename: "WorkbenchItem", kind, count: COUNTS[kind], listArguments: JSON.stringify(ARGS[kind] ?? {}) })),
          indicators: withIndicators
            ? {
                __typename: "RegionOverview",
                nodeId: COMMUNITY.id,
                period: "2026-11",
                coverage: { __typename: "IndicatorCoverage", communityCount: 1, serviceComplex: 1, deliberationCommittee: 1, fullySeatedCommittee: 1, monthlyMeetings: 1, volunteerCommittee: 1, pointsInUse: 1, withProjects: 1 },
                totals: indicators(2),
              }
            : null,
        },
      },
    });
  });
}

// The lazy routes (and the charts library) are transformed once, before the tests and their timeouts.
beforeAll(() => Promise.all([import("../../../routes/landing"), import("../../../routes/workbench"), import("../../../routes/serviceComplex")]), 120_000);

describe("the community workbench (工作台)", () => {
  it("is where a community account lands: each count links to its list with the filter applied; a count the viewer may not read is not shown", async () => {
    const asked: Vars[] = [];
    server.use(signedIn, ...communities(), scopes("community"), workbench(asked));
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "社区工作台" })).toBeInTheDocument();
    const items = await screen.findByTestId("workbench-items");
    expect(asked).toEqual([{ communityId: COMMUNITY.id }]);
    expect(screen.getByText("荷塘社区 · 2026-11-20")).toBeInTheDocument();

    const overdue = within(items).getByRole("link", { name: "超期办件 2" });
    expect(overdue).toHaveAttribute("href", "/service-complex/queue?due=overdue");
    expect(within(items).getByRole("link", { name: "临期办件 1" })).toHaveAttribute("href", "/service-complex/queue?due=dueSoon");
    expect(within(items).getByRole("link", { name: "待立项议题 3" })).toHaveAttribute("href", "/deliberation/topics?ready=1");
    expect(within(items).getByRole("link", { name: "逾期决议 0" })).toHaveAttribute("href", "/deliberation/resolutions?filter=overdue");
    expect(within(items).getByRole("link", { name: "里程碑逾期项目 1" })).toHaveAttribute("href", "/projects/list?overdue=1");
    // The lists filtered to what the count counts: this week's meetings (the week the API counted), the
    // notices with an objection waiting, those ending by the instant the API names, the hours to verify.
    expect(within(items).getByRole("link", { name: "本周议事会 1" })).toHaveAttribute("href", "/deliberation/meetings?view=week&from=2026-11-15T16%3A00%3A00.000Z&to=2026-11-22T16%3A00%3A00.000Z");
    expect(within(items).getByRole("link", { name: "待答复异议 0" })).toHaveAttribute("href", "/deliberation/notices?objections=pending");
    expect(within(items).getByRole("link", { name: "公示即将期满 1" })).toHaveAttribute("href", "/deliberation/notices?status=PUBLISHED&endsBefore=2026-11-23T04%3A00%3A00.000Z");
    expect(within(items).getByRole("link", { name: "待核定时长 4" })).toHaveAttribute("href", "/volunteering/activities?hours=pending");
    expect(within(items).getAllByRole("link")).toHaveLength(10);
    expect(within(items).queryByText("待审核积分申报")).not.toBeInTheDocument();
    expect(within(items).queryByText("待核销兑换")).not.toBeInTheDocument();

    // The month's indicators of the community, and the way to its full cockpit.
    expect(screen.getByRole("heading", { name: "本月指标（2026年11月）" })).toBeInTheDocument();
    expect(within(screen.getByTestId("kpi-service")).getByText("20")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "完整指标" })).toHaveAttribute("href", `/cockpit/${encodeURIComponent(COMMUNITY.id)}?period=2026-11`);
  });

  it("opens the queue with the overdue filter on", async () => {
    server.use(
      signedIn,
      ...communities(),
      scopes("community"),
      workbench([], false),
      graphql.query("QueueWindows", () => HttpResponse.json({ data: { serviceComplex: null } })),
      graphql.query("ServiceTickets", ({ variables }) => {
        expect(variables).toMatchObject({ overdue: true, dueSoon: null });
        return HttpResponse.json({ data: { serviceTickets: { __typename: "QueryServiceTicketsConnection", totalCount: 0, pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null }, edges: [] } } });
      }),
    );
    const { user } = renderApp("/workbench");
    await user.click(await screen.findByRole("link", { name: "超期办件 2" }));
    expect(await screen.findByRole("radio", { name: "已超期", checked: true })).toBeInTheDocument();
    expect(screen.queryByText(/本月指标/)).not.toBeInTheDocument();
  });
});
