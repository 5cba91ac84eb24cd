import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity } from "../test/fixtures";

function type(n: number, active: boolean, allowedSteps: string[]) {
  return { __typename: "ProjectType", id: `UHJvamVjdFR5cGU6${n}`, name: ["长者饭堂", "四点半课堂", "微更新"][n], description: null, active, projectCount: n, allowedSteps };
}

describe("project types", () => {
  it("the switch and 编辑 follow each type's allowedSteps, not the viewer's role", async () => {
    // A manager's rows (one in use, one not) and a row the viewer may not change.
    const types = [type(0, true, ["EDIT", "DEACTIVATE"]), type(1, false, ["EDIT", "ACTIVATE"]), type(2, true, [])];
    server.use(...inCommunity(), graphql.query("ProjectTypes", () => HttpResponse.json({ data: { projectTypes: connection("QueryProjectTypes", types) } })));
    renderApp("/projects/types");
    const table = await screen.findByTestId("project-types");
    await waitFor(() => expect(within(table).getByText("长者饭堂")).toBeInTheDocument());
    const row = (name: string) => within(within(table).getByText(name).closest("tr")!);
    expect(row("长者饭堂").getByRole("switch", { name: "启用“长者饭堂”" })).toBeEnabled();
    expect(row("四点半课堂").getByRole("switch", { name: "启用“四点半课堂”" })).toBeEnabled();
    expect(row("微更新").getByRole("switch", { name: "启用“微更新”" })).toBeDisabled();
    expect(row("长者饭堂").getByRole("button", { name: "编辑" })).toBeInTheDocument();
    expect(row("微更新").queryByRole("button", { name: "编辑" })).not.toBeInTheDocument();
  });
});
