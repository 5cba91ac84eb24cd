import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { COMPLEX, connection, inCommunity, ticketRow, WINDOWS } from "../test/fixtures";

type Vars = Record<string, unknown>;

function queueApi(seen: Vars[]) {
  return [
    graphql.query("QueueWindows", () => HttpResponse.json({ data: { serviceComplex: { ...COMPLEX, windows: WINDOWS } } })),
    graphql.query("ServiceTickets", ({ variables }) => {
      seen.push(variables);
      const nodes = [
        ticketRow(1, { dueState: "OVERDUE", status: "ACCEPTED", assigneeName: "李书记" }),
        ticketRow(2, { dueState: "DUE_SOON" }),
        ticketRow(3, { dueState: "ON_TRACK", channel: "ONLINE" }),
      ];
      return HttpResponse.json({ data: { serviceTickets: connection("QueryServiceTickets", nodes) } });
    }),
  ];
}

describe("the clerk's queue", () => {
  it("lists the open tickets with loud flags on overdue (red) and nearly-due (orange) ones", async () => {
    const seen: Vars[] = [];
    server.use(...inCommunity(), ...queueApi(seen));
    renderApp("/service-complex/queue");

    const table = await screen.findByTestId("tickets-table");
    expect(await within(table).findByText("20261120-0001")).toBeInTheDocument();
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(4);

    const overdue = within(rows[1]!).getByText("已超期").closest("[data-due-state]")!;
    expect(overdue).toHaveAttribute("data-due-state", "OVERDUE");
    expect(overdue.getAttribute("style")).toContain("red");
    const dueSoon = within(rows[2]!).getByText("即将到期").closest("[data-due-state]")!;
    expect(dueSoon.getAttribute("style")).toContain("orange");
    expect(within(rows[3]!).getByText("未到期")).toBeInTheDocument();
    expect(within(rows[3]!).getByText("网上办理")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("已受理")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("李书记")).toBeInTheDocument();
    // A row links to its ticket page.
    expect(within(rows[1]!).getByRole("link", { name: "20261120-0001" })).toHaveAttribute("href", "/service-complex/tickets/U2VydmljZVRpY2tldDo1");
    // By default: every window, open tickets only.
    expect(seen[0]).toMatchObject({ communityId: COMMUNITY.id, windowId: null, open: true, statuses: null, mine: null, overdue: null, dueSoon: null, first: 20, after: null });
  });

  it("sends the filters as the query's variables: window, 我的, 已超期 / 即将到期, status", async () => {
    const seen: Vars[] = [];
    server.use(...inCommunity(), ...queueApi(seen));
    const { user } = renderApp("/service-complex/queue");
    await screen.findByText("20261120-0001");

    await user.click(screen.getByRole("tab", { name: /民政救助窗口/ }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ windowId: WINDOWS[1]!.id }));

    await user.click(screen.getByRole("checkbox", { name: "我的" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ mine: true, windowId: WINDOWS[1]!.id }));

    await user.click(screen.getByRole("radio", { name: "已超期" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ overdue: true, dueSoon: null, mine: true }));
    await user.click(screen.getByRole("radio", { name: "即将到期" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ overdue: null, dueSoon: true }));

    await user.click(screen.getByRole("combobox", { name: "办件状态" }));
    await user.click(await screen.findByRole("option", { name: "退回补正" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ statuses: ["RETURNED"], open: null, dueSoon: true }));

    await user.click(screen.getByRole("tab", { name: "全部窗口" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ windowId: null, statuses: ["RETURNED"] }));
  });

  it("hides 新办件 from viewers who cannot open tickets", async () => {
    server.use(...inCommunity([...COMMUNITY.viewerActions, "service:read", "ticket:read"]), ...queueApi([]));
    renderApp("/service-complex/queue");
    await screen.findByText("20261120-0001");
    expect(screen.queryByRole("button", { name: "窗口受理新办件" })).not.toBeInTheDocument();
  });
});
