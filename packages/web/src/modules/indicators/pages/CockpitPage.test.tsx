import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { beforeAll, describe, expect, it } from "vitest";
import { currentPeriod } from "../../../lib/dates";
import { communities, OTHER_COMMUNITY, signedIn } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { TABLE_COLUMNS } from "../figures";
import { DISTRICT, indicators, overview, scopes, trends, ZHICHONG } from "../test/fixtures";

type Vars = Record<string, unknown>;

function cockpit(asked: Vars[] = [], exported: Vars[] = []) {
  return [
    signedIn,
    ...communities(),
    scopes("district"),
    graphql.query("CockpitOverview", ({ variables }) => {
      asked.push(variables);
      return HttpResponse.json({ data: { regionOverview: overview(variables.nodeId as string, variables.period as string) } });
    }),
    graphql.query("CockpitTrends", ({ variables }) => HttpResponse.json({ data: { regionTrends: trends(variables.nodeId as string) } })),
    graphql.query("CockpitExcel", ({ variables }) => {
      exported.push(variables);
      return HttpResponse.json({ data: { regionOverviewExcel: { __typename: "ExcelFile", filename: "1+2+N指标-江海区-2026-11.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", contentBase64: btoa("PK") } } });
    }),
  ];
}

const names = (table: HTMLElement) => within(table).getAllByTestId("community-row").map((r) => within(r).getAllByRole("cell")[0]!.textContent);

// The lazy routes (and the charts library) are transformed once, before the tests and their timeouts.
beforeAll(() => Promise.all([import("../../../routes/landing"), import("../../../routes/cockpit")]), 120_000);

describe("the cockpit (驾驶舱)", { timeout: 45_000 }, () => {
  it("is where a district account lands: KPI cards per capability, trends, and the communities grouped by street with subtotals", async () => {
    const asked: Vars[] = [];
    server.use(...cockpit(asked));
    renderApp("/");
    expect(await screen.findByRole("heading", { name: "指标驾驶舱" })).toBeInTheDocument();
    await screen.findByTestId("community-table");
    expect(asked[0]).toEqual({ nodeId: DISTRICT.id, period: currentPeriod("MONTH"), columns: TABLE_COLUMNS });
    // The communities come as communityTable rows of every figure IndicatorFields holds (the fixture's).
    const fragmentFields = Object.entries(indicators(1)).flatMap(([c, v]) => (typeof v === "object" ? Object.keys(v).filter((k) => k !== "__typename").map((k) => `${c}.${k}`) : []));
    expect([...TABLE_COLUMNS].sort()).toEqual(fragmentFields.sort());

    // KPI cards: 1 / 2a / 2b / N, with coverage.
    const service = screen.getByTestId("kpi-service");
    expect(within(service).getByText("1 · 党群服务综合体")).toBeInTheDocument();
    expect(within(service).getByText("60")).toBeInTheDocument(); // tickets submitted, 10 × 6
    expect(within(service).getByText("75.0%")).toBeInTheDocument();
    expect(within(screen.getByTestId("kpi-deliberation")).getByText("7类席位配齐 2 / 3")).toBeInTheDocument();
    expect(within(screen.getByTestId("kpi-volunteering")).getByText("75")).toBeInTheDocument(); // verified hours 12.5 × 6
    expect(within(screen.getByTestId("kpi-projects")).getByText("25.0%")).toBeInTheDocument();
    expect(await screen.findByTestId("trend-service")).toBeInTheDocument();

    // The table: 礼乐 then 外海 (by name, as the API gives them), each with its subtotal, the total last.
    const table = screen.getByTestId("community-table");
    expect(within(table).getAllByTestId("street-row").map((r) => r.textContent)).toEqual(["礼乐街道", "外海街道"]);
    expect(names(table)).toEqual(["江翠社区", "东宁社区", "直冲村"]);
    const subtotals = within(table).getAllByTestId("subtotal-row");
    expect(subtotals.map((r) => within(r).getAllByRole("cell").slice(0, 2).map((c) => c.textContent))).toEqual([
      ["礼乐街道 小计", "20"],
      ["外海街道 小计", "40"],
    ]);
    expect(within(within(table).getByTestId("total-row")).getAllByRole("cell")[1]).toHaveTextContent("60");
  });

  it("sorts by a figure, within each street and the streets by subtotal; switches capability", async () => {
    const { user } = (server.use(...cockpit()), renderApp("/cockpit/" + DISTRICT.id));
    const table = await screen.findByTestId("community-table");
    await user.click(within(table).getByRole("button", { name: "按受理办件排序" }));
    expect(within(table).getAllByTestId("street-row").map((r) => r.textContent)).toEqual(["外海街道", "礼乐街道"]);
    expect(names(table)).toEqual(["直冲村", "东宁社区", "江翠社区"]);
    expect(within(table).getByRole("button", { name: "按受理办件排序" }).closest("th")).toHaveAttribute("aria-sort", "descending");
    await user.click(within(table).getByRole("button", { name: "按受理办件排序" }));
    expect(names(table)).toEqual(["江翠社区", "东宁社区", "直冲村"]);

    await user.click(screen.getByRole("radio", { name: "2b 志愿服务" }));
    expect(within(table).getByRole("button", { name: "按双报到排序" })).toBeInTheDocument();
    const zhichong = within(table).getByText("直冲村").closest("tr")!;
    expect(within(zhichong).getAllByRole("cell").map((c) => c.textContent)).toEqual(["直冲村", "60", "6", "3", "45", "37.5", "300"]);
  });

  it("changes the period, drills into a community and back, and exports the Excel", async () => {
    const asked: Vars[] = [];
    const exported: Vars[] = [];
    server.use(...cockpit(asked, exported));
    URL.createObjectURL = () => "blob:x";
    URL.revokeObjectURL = () => {};
    const { user } = renderApp("/cockpit/" + DISTRICT.id);
    await screen.findByTestId("community-table");
    await user.click(screen.getByRole("radio", { name: "季度" }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ nodeId: DISTRICT.id, period: currentPeriod("QUARTER"), columns: TABLE_COLUMNS }));

    await user.click(screen.getByRole("button", { name: "导出 Excel" }));
    expect(await screen.findByText("已下载 1+2+N指标-江海区-2026-11.xlsx")).toBeInTheDocument();
    expect(exported).toEqual([{ nodeId: DISTRICT.id, period: currentPeriod("QUARTER") }]);

    await user.click(within(screen.getByTestId("community-table")).getByRole("link", { name: "直冲村" }));
    await waitFor(() => expect(asked.at(-1)).toEqual({ nodeId: ZHICHONG.id, period: currentPeriod("QUARTER"), columns: TABLE_COLUMNS }));
    expect(await screen.findByRole("button", { name: "进入该社区工作台" })).toBeInTheDocument();
    expect(screen.queryByTestId("community-table")).not.toBeInTheDocument();
    expect(within(screen.getByTestId("kpi-service")).getByText("30")).toBeInTheDocument();
    // Back up: the district, then the street (both within the viewer's grants).
    const crumbs = screen.getByRole("link", { name: "江海区" });
    expect(screen.getByRole("link", { name: "外海街道" })).toBeInTheDocument();
    await user.click(crumbs);
    await waitFor(() => expect(asked.at(-1)).toEqual({ nodeId: DISTRICT.id, period: currentPeriod("QUARTER"), columns: TABLE_COLUMNS }));
    expect(await screen.findByTestId("community-table")).toBeInTheDocument();
  });

  it("on the district's cockpit the header names no community; choosing one opens its cockpit", async () => {
    const asked: Vars[] = [];
    server.use(...cockpit(asked));
    const { user } = renderApp("/cockpit/" + DISTRICT.id);
    await screen.findByTestId("community-table");
    const switcher = screen.getByTestId("community-switcher");
    expect(switcher).toHaveValue("");
    expect(switcher).toHaveAttribute("placeholder", "进入社区…");
    await user.click(switcher);
    await user.click(await screen.findByRole("option", { name: "棠下村" }));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ nodeId: OTHER_COMMUNITY.id }));
    // A community's cockpit: the switcher names it.
    await waitFor(() => expect(screen.getByTestId("community-switcher")).toHaveValue("棠下村"));
  });
});
