// Amounts beyond 32 bits show to the fen, and a bad amount gets its field message instead of being
// clamped or sent (issue #11: -500 used to become ¥0 and ¥25,000,000 showed a raw GraphQL error).
import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { budget, budgetLine, inCommunity, PROJECT_ID, projectDetail, projectQuery } from "../test/fixtures";

const PATH = `/projects/items/${encodeURIComponent(PROJECT_ID)}?tab=budget`;

describe("budget amounts", () => {
  it("shows a ¥25,000,000 budget line and totals to the fen", async () => {
    const line = budgetLine(0, { amountFen: 2_500_000_000, spentFen: 0, remainingFen: 2_500_000_000, burnRate: 0 });
    const huge = budgetLine(1, { amountFen: 1_000_000_000_000, spentFen: 1, remainingFen: 999_999_999_999, burnRate: 0 });
    server.use(...inCommunity(), ...projectQuery(projectDetail({ budgetLines: [line, huge], budget: budget({ budgetFen: 1_002_500_000_000, spentFen: 1, remainingFen: 1_002_499_999_999, burnRate: 0, warning: "OK", overspent: false }) })));
    renderApp(PATH);
    const lines = await screen.findByTestId("budget-lines");
    expect(within(lines).getByText("¥25,000,000.00")).toBeInTheDocument();
    expect(within(lines).getByText("¥10,000,000,000.00")).toBeInTheDocument();
  });

  it("does not clamp -500 to ¥0: the amount keeps what was typed, gets its message, and nothing is sent", async () => {
    let sent = 0;
    server.use(
      ...inCommunity(),
      ...projectQuery(projectDetail()),
      graphql.mutation("AddProjectBudgetLine", () => {
        sent++;
        return HttpResponse.json({ data: { addProjectBudgetLine: null } });
      }),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "添加预算科目" }));
    const dialog = await screen.findByRole("dialog", { name: "添加预算科目" });
    await user.type(within(dialog).getByRole("textbox", { name: "预算科目" }), "材料费");
    const amount = within(dialog).getByRole("textbox", { name: "金额（元）" });
    await user.type(amount, "-500");
    await user.tab();
    await user.click(within(dialog).getByRole("button", { name: /保存|添加|确定|提交/ }));
    expect(await within(dialog).findByText("请输入 0 至 100 亿元的金额（最多两位小数）")).toBeInTheDocument();
    expect(amount).toHaveValue("-¥500");
    // Too large is refused the same way, not cut down to a maximum.
    await user.clear(amount);
    await user.type(amount, "20000000000");
    await user.click(within(dialog).getByRole("button", { name: /保存|添加|确定|提交/ }));
    expect(await within(dialog).findByText("请输入 0 至 100 亿元的金额（最多两位小数）")).toBeInTheDocument();
    await waitFor(() => expect(sent).toBe(0));
  });
});
