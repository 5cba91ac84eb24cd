import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { inCommunity } from "../test/fixtures";
import { accountPath } from "../paths";

type Vars = Record<string, unknown>;
const ACCOUNT_ID = "UG9pbnRzQWNjb3VudDox";

function entry(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: "PointsEntry",
    id: `UG9pbnRzRW50cnk6${n}`,
    kind: "AWARD",
    delta: 5,
    month: "2026-11",
    note: ["门前清扫", "义务巡逻", "冲正：录错"][n],
    createdAt: `2026-11-0${n + 1}T02:00:00.000Z`,
    actorName: "直冲村 工作人员",
    approvedByName: null,
    sourceType: null,
    rule: null,
    reversedBy: null,
    reverses: null,
    allowedSteps: ["REVERSE"],
    ...extra,
  };
}

function account(balance: number, entries: object[]) {
  return {
    __typename: "PointsAccount",
    id: ACCOUNT_ID,
    name: "李琼颖",
    kind: "PERSON",
    balance,
    awarded: balance + 4,
    deducted: 0,
    spent: 4,
    createdAt: "2026-10-01T02:00:00.000Z",
    entries: {
      __typename: "PointsAccountEntriesConnection",
      totalCount: entries.length,
      pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
      edges: entries.map((node) => ({ __typename: "PointsAccountEntriesConnectionEdge", node })),
    },
    redemptions: { __typename: "PointsAccountRedemptionsConnection", totalCount: 0, edges: [] },
  };
}

describe("an account's ledger", () => {
  it("after a reversal (冲正) fetches the ledger again: the other entries' REVERSE step follows the new balance", async () => {
    const asked: Vars[] = [];
    const sent: Vars[] = [];
    const reversal = entry(2, { kind: "REVERSAL", delta: -5, reverses: { __typename: "PointsEntry", id: entry(1).id }, allowedSteps: [] });
    const reversedBy = { __typename: "PointsEntry", id: reversal.id, createdAt: reversal.createdAt };
    server.use(
      ...inCommunity(),
      graphql.query("PointsAccount", ({ variables }) => {
        asked.push(variables);
        // Before: both awards may be reversed (balance 6). After: the balance (1) no longer covers the first one.
        const node = sent.length === 0 ? account(6, [entry(1), entry(0)]) : account(1, [reversal, entry(1, { reversedBy, allowedSteps: [] }), entry(0, { allowedSteps: [] })]);
        return HttpResponse.json({ data: { node } });
      }),
      graphql.mutation("ReversePointsEntry", ({ variables }) => {
        sent.push(variables);
        const data = {
          ...reversal,
          reverses: { __typename: "PointsEntry", id: entry(1).id, reversedBy, allowedSteps: [] },
          account: { __typename: "PointsAccount", id: ACCOUNT_ID, balance: 1, awarded: 5, deducted: 0 },
        };
        return HttpResponse.json({ data: { reversePointsEntry: { __typename: "MutationReversePointsEntrySuccess", data } } });
      }),
    );
    const { user } = renderApp(accountPath(ACCOUNT_ID));
    const table = await screen.findByTestId("ledger-table");
    await waitFor(() => expect(within(table).getByText("门前清扫")).toBeInTheDocument());
    const row = (note: string) => within(within(screen.getByTestId("ledger-table")).getByText(note).closest("tr")!);
    expect(row("门前清扫").getByRole("button", { name: "冲正" })).toBeInTheDocument();
    await user.click(row("义务巡逻").getByRole("button", { name: "冲正" }));
    const dialog = await screen.findByRole("dialog", { name: "冲正 +5 分" });
    await user.type(within(dialog).getByRole("textbox", { name: "理由" }), "录错");
    await user.click(within(dialog).getByRole("button", { name: "确认冲正" }));
    await waitFor(() => expect(sent).toEqual([{ id: entry(1).id, input: { reason: "录错" } }]));
    // The ledger is asked again and the first award loses its button.
    await waitFor(() => expect(row("门前清扫").queryByRole("button", { name: "冲正" })).not.toBeInTheDocument());
    expect(asked.length).toBeGreaterThanOrEqual(2);
    expect(row("义务巡逻").getByText("已冲正")).toBeInTheDocument();
  });
});
