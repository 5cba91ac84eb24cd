import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY, STREET } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { currentPeriod } from "../../../lib/dates";
import { inCommunity } from "../test/fixtures";

type Vars = Record<string, unknown>;

function row(rank: number, name: string, awarded: number, deducted: number, community = COMMUNITY.name) {
  return {
    __typename: "PointsRankingRow",
    accountId: `QWNjb3VudDo${rank}${name}`,
    accountKind: "PERSON",
    rank,
    name,
    communityName: community,
    awarded,
    deducted,
    net: awarded - deducted,
    deductions: deducted
      ? [{ __typename: "PointsEntry", id: `RW50cnk6${rank}`, delta: -deducted, note: "在村道乱堆杂物", rule: { __typename: "PointsRule", id: "UnVsZToz", name: "乱堆乱放" } }]
      : [],
  };
}

function rankingHandler(asked: Vars[]) {
  return graphql.query("PointsRanking", ({ variables }) => {
    asked.push(variables);
    const street = variables.nodeId === STREET.id;
    const rows = street ? [row(1, "陈莲", 55, 0), row(2, "黄大姐", 40, 0, "英南村")] : [row(1, "陈莲", 55, 0), row(2, "陈秀丽", 36, 0), row(3, "陈慧翠", 0, 10)];
    const node = street
      ? { __typename: "PointsRankingNode", id: STREET.id, name: STREET.name, kind: "STREET", communityCount: 2 }
      : { __typename: "PointsRankingNode", id: COMMUNITY.id, name: COMMUNITY.name, kind: "COMMUNITY", communityCount: 1 };
    const period = { __typename: "PointsPeriod", key: variables.period, label: String(variables.period) };
    return HttpResponse.json({
      data: {
        pointsRanking: { __typename: "PointsRanking", accountCount: rows.length, period, node, rows },
        pointsRedBlackList: { __typename: "PointsRedBlackList", red: rows.filter((r) => r.deducted === 0), black: rows.filter((r) => r.deducted > 0) },
      },
    });
  });
}

describe("the rankings", () => {
  it("ranks the community's accounts this month, with the chart and the red and black lists", async () => {
    const asked: Vars[] = [];
    server.use(...inCommunity(), rankingHandler(asked));
    renderApp("/volunteering/rankings");
    const table = await screen.findByTestId("ranking-table");
    await waitFor(() => expect(within(table).getAllByRole("row")).toHaveLength(4));
    expect(within(within(table).getByText("陈秀丽").closest("tr")!).getByTestId("ranking-net")).toHaveTextContent("36");
    expect(within(within(table).getByText("陈慧翠").closest("tr")!).getByTestId("ranking-net")).toHaveTextContent("-10");
    expect(screen.getByText("前 3 名")).toBeInTheDocument();
    expect(within(screen.getByTestId("red-list")).getByText("陈莲")).toBeInTheDocument();
    expect(within(screen.getByTestId("black-list")).getByText("乱堆乱放 -10（在村道乱堆杂物）")).toBeInTheDocument();
    expect(within(screen.getByTestId("black-list")).queryByText("陈莲")).not.toBeInTheDocument();
    expect(asked[0]).toEqual({ nodeId: COMMUNITY.id, period: currentPeriod("MONTH"), accountKind: null });
  });

  it("asks again for a quarter, for households, and across the street", async () => {
    const asked: Vars[] = [];
    server.use(...inCommunity(), rankingHandler(asked));
    const { user } = renderApp("/volunteering/rankings");
    await screen.findByTestId("ranking-table");
    await user.click(screen.getByRole("radio", { name: "季度" }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ period: currentPeriod("QUARTER") }));
    await user.click(screen.getByRole("radio", { name: "家庭户" }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ accountKind: "HOUSEHOLD" }));
    await user.click(screen.getByRole("radio", { name: STREET.name }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ nodeId: STREET.id, period: currentPeriod("QUARTER"), accountKind: "HOUSEHOLD" }));
    // Across the street the rows name their community.
    await waitFor(() => expect(within(screen.getByTestId("ranking-table")).getByText("英南村")).toBeInTheDocument());
  });

  it("publishes the community's ranking as a notice", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      rankingHandler([]),
      graphql.mutation("PublishPointsRanking", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { publishPointsRanking: { __typename: "MutationPublishPointsRankingSuccess", data: { __typename: "Notice", id: "Tm90aWNlOjE=", title: "【积分公示】", endsAt: "2026-11-29T00:00:00.000Z" } } } });
      }),
    );
    const { user } = renderApp("/volunteering/rankings");
    await screen.findByTestId("ranking-table");
    await user.click(screen.getByRole("button", { name: "发布红黑榜公示" }));
    const dialog = await screen.findByRole("dialog", { name: "发布红黑榜公示" });
    await user.click(within(dialog).getByRole("button", { name: "确认" }));
    await waitFor(() => expect(sent).toEqual([{ input: { communityId: COMMUNITY.id, period: currentPeriod("MONTH"), accountKind: null } }]));
  });
});
