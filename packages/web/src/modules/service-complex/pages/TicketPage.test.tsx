import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { inCommunity, MATERIALS, ticketDetail, ticketQuery, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;
const TICKET = ticketDetail();
const PATH = `/service-complex/tickets/${encodeURIComponent(TICKET.id)}`;

describe("the ticket page", () => {
  it("shows the ticket, its history and materials, and only the steps its state allows", async () => {
    server.use(...inCommunity(), ticketQuery(TICKET));
    renderApp(PATH);
    expect(await screen.findByRole("heading", { name: "居住证明开具" })).toBeInTheDocument();
    expect(screen.getByTestId("ticket-status")).toHaveTextContent("已提交");
    expect(screen.getByText("20261120-0001")).toBeInTheDocument();
    expect(screen.getByText("陈建国（通过居民小程序）", { exact: false })).toBeInTheDocument();
    for (const m of MATERIALS) expect(screen.getAllByText(m).length).toBeGreaterThan(0);

    for (const allowed of ["受理", "退回补正", "转办", "不予办理", "分派"]) expect(screen.getByRole("button", { name: allowed })).toBeInTheDocument();
    for (const not of ["办结", "补正后重新提交", "登记部门答复", "登记评价"]) expect(screen.queryByRole("button", { name: not })).not.toBeInTheDocument();
  });

  it("offers no step to a viewer without ticket:handle, and shows the rating once rated", async () => {
    const rated = ticketDetail({ status: "COMPLETED", isClosed: true, allowedSteps: [], rating: 4, ratingComment: "办得很快", ratedAt: "2026-11-21T02:00:00.000Z" });
    server.use(...inCommunity([...COMMUNITY.viewerActions, "service:read", "ticket:read"]), ticketQuery(rated));
    renderApp(PATH);
    expect(await screen.findByText("当前没有您可执行的操作")).toBeInTheDocument();
    expect(within(screen.getByTestId("ticket-rating")).getByText("4 星")).toBeInTheDocument();
    expect(screen.getByText("“办得很快”")).toBeInTheDocument();
  });

  it("refuses 不予办理 without a reason, then shows the server's issue on input.reason under the field", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      ticketQuery(TICKET),
      graphql.mutation("RejectServiceTicket", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { rejectServiceTicket: userError("INVALID", "input.reason", "理由须写明不予办理的依据 (too short)") } });
      }),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "不予办理" }));
    const dialog = await screen.findByRole("dialog", { name: "不予办理" });
    const reason = within(dialog).getByRole("textbox", { name: "理由" });

    await user.click(within(dialog).getByRole("button", { name: "确认不予办理" }));
    expect(reason).toHaveAccessibleDescription("请填写不予办理的理由");
    expect(sent).toHaveLength(0);

    await user.type(reason, "不符合");
    await user.click(within(dialog).getByRole("button", { name: "确认不予办理" }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription("理由须写明不予办理的依据 (too short)"));
    expect(sent).toEqual([{ id: TICKET.id, input: { reason: "不符合" } }]);
    expect(screen.getByRole("dialog", { name: "不予办理" })).toBeInTheDocument();
  });

  it("accepts: the page follows the ticket the mutation returns (no refetch)", async () => {
    let loads = 0;
    const accepted = ticketDetail({
      status: "ACCEPTED",
      acceptedAt: "2026-11-20T02:00:00.000Z",
      assigneeName: "李书记",
      allowedSteps: ["RETURN", "TRANSFER", "COMPLETE", "REJECT", "ASSIGN"],
      events: [
        ...TICKET.events,
        { __typename: "ServiceTicketEvent", id: "ev2", kind: "ACCEPT", fromStatus: "SUBMITTED", toStatus: "ACCEPTED", note: null, actorName: "李书记", createdAt: "2026-11-20T02:00:00.000Z" },
      ],
    });
    server.use(
      ...inCommunity(),
      graphql.query("ServiceTicket", () => {
        loads += 1;
        return HttpResponse.json({ data: { node: TICKET } });
      }),
      graphql.mutation("AcceptServiceTicket", () => HttpResponse.json({ data: { acceptServiceTicket: { __typename: "MutationAcceptServiceTicketSuccess", data: accepted } } })),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "受理" }));
    const dialog = await screen.findByRole("dialog", { name: "受理办件" });
    await user.click(within(dialog).getByRole("button", { name: "确认受理" }));
    await waitFor(() => expect(screen.getByTestId("ticket-status")).toHaveTextContent("已受理"));
    expect(screen.getByRole("button", { name: "办结" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "受理" })).not.toBeInTheDocument();
    expect(within(screen.getByTestId("ticket-timeline")).getAllByText("李书记", { exact: false }).length).toBeGreaterThan(0);
    expect(loads).toBe(1);
  });
});
