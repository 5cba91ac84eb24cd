import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { budget, connection, inCommunity } from "../test/fixtures";

function row(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: "Project",
    id: `UHJvamVjdDpy${n}`,
    title: ["江翠社区“志愿楼长”", "江翠社区长者饭堂"][n % 2],
    status: "IN_PROGRESS",
    origin: "RESIDENT_REQUEST",
    percentComplete: 55,
    hasOverdue: false,
    overdueMilestoneCount: 0,
    leadName: "李书记",
    beneficiaryTotal: 2110,
    type: { __typename: "ProjectType", id: "UHJvamVjdFR5cGU6MQ==", name: "志愿楼长" },
    community: { __typename: "Community", id: COMMUNITY.id, name: COMMUNITY.name },
    nextMilestone: null,
    budget: budget(),
    ...extra,
  };
}

describe("my projects", () => {
  it("lists the projects I lead with the next milestone, overdue flags and budget burn; 有逾期 asks for overdue ones", async () => {
    const asked: Record<string, unknown>[] = [];
    const overdue = row(1, {
      hasOverdue: true,
      overdueMilestoneCount: 1,
      nextMilestone: { __typename: "ProjectMilestone", id: "TTox", title: "独居长者探访全覆盖", plannedEndOn: "2026-11-12", overdue: true },
      budget: budget({ spentFen: 1_300_000, burnRate: 1.0833, warning: "OVERSPENT", overspent: true }),
    });
    server.use(
      ...inCommunity(),
      graphql.query("MyProjects", ({ variables }) => {
        asked.push(variables);
        const nodes = variables.overdue ? [overdue] : [row(0), overdue];
        return HttpResponse.json({ data: { myProjects: connection("QueryMyProjects", nodes) } });
      }),
    );
    const { user } = renderApp("/projects/mine");
    const table = await screen.findByTestId("my-projects");
    await waitFor(() => expect(within(table).getAllByRole("link")).toHaveLength(2));
    expect(within(table).getByText("独居长者探访全覆盖")).toBeInTheDocument();
    expect(within(table).getByText("1 个里程碑逾期")).toBeInTheDocument();
    expect(within(table).getByText("108%")).toBeInTheDocument();
    expect(within(table).getByText("¥13,000.00 / ¥12,000.00")).toBeInTheDocument();
    expect(asked[0]).toMatchObject({ overdue: null, statuses: ["PROPOSED", "DELIBERATING", "APPROVED", "IN_PROGRESS", "COMPLETED"] });

    await user.click(screen.getByRole("radio", { name: "有逾期" }));
    await waitFor(() => expect(within(table).getAllByRole("link")).toHaveLength(1));
    expect(asked.at(-1)).toMatchObject({ overdue: true, statuses: null });
  });
});
