import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity } from "../test/fixtures";

function rule(n: number, allowedSteps: string[], extra: Record<string, unknown> = {}) {
  return {
    __typename: "PointsRule",
    id: `UG9pbnRzUnVsZTo${n}`,
    name: ["门前三包整洁", "乱扔垃圾"][n % 2],
    code: `3.${n + 1}`,
    article: "环境卫生",
    category: "VILLAGE_RULE",
    kind: "PER_OCCURRENCE",
    points: [5, -10][n % 2],
    capPoints: null,
    capPeriod: null,
    description: null,
    active: true,
    allowedSteps,
    ...extra,
  };
}

const settings = () =>
  graphql.query("PointsSettings", () =>
    HttpResponse.json({ data: { pointsSettings: { __typename: "PointsSettings", communityId: COMMUNITY.id, accountMode: "PERSON", publicityExemptMax: null, noticePeriodDays: 7 } } }),
  );

describe("the points rules", () => {
  it("shows the edit button on the rules whose allowedSteps hold EDIT", async () => {
    const rules = [rule(0, ["EDIT", "DEACTIVATE"]), rule(1, [])];
    server.use(
      ...inCommunity(),
      settings(),
      graphql.query("PointsRules", () => HttpResponse.json({ data: { pointsRules: connection("QueryPointsRules", rules) } })),
    );
    renderApp("/volunteering/rules");
    const table = await screen.findByTestId("rules-table");
    await waitFor(() => expect(within(table).getByText("门前三包整洁")).toBeInTheDocument());
    const row = (name: string) => within(within(table).getByText(name).closest("tr")!);
    expect(row("门前三包整洁").getByRole("button", { name: "编辑" })).toBeInTheDocument();
    expect(row("乱扔垃圾").queryByRole("button", { name: "编辑" })).not.toBeInTheDocument();
  });
});
