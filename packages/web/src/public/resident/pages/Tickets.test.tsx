// 我的办件 against msw: the resident's tickets newest first with status, promised day and history;
// rating a closed one once (only where allowedSteps holds RATE); submitting one online; and a lost
// network ending in a retry that works — never a blank screen.
import { screen, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../../test/server";
import type { MyTicket } from "../queries.participation";
import { CODE, COMMUNITY_ID, connection, open, userError, viewer } from "./participation.testkit";

const ticket = (over: Partial<MyTicket>): MyTicket => ({
  id: "U2VydmljZVRpY2tldDox",
  number: "20261201-0001",
  itemName: "高龄津贴申领",
  channel: "WINDOW",
  content: null,
  status: "COMPLETED",
  isClosed: true,
  overdue: false,
  dueDate: "2026-12-08",
  submittedAt: "2026-12-01T02:00:00Z",
  closedAt: "2026-12-03T02:00:00Z",
  rejectReason: null,
  resultNote: "津贴已于本月发放。",
  returnedMaterials: [],
  transferDepartment: null,
  transferReply: null,
  rating: null,
  ratingComment: null,
  allowedSteps: ["RATE"],
  events: [
    { id: "e1", kind: "SUBMIT", toStatus: "SUBMITTED", note: null, createdAt: "2026-12-01T02:00:00Z" },
    { id: "e2", kind: "ACCEPT", toStatus: "ACCEPTED", note: null, createdAt: "2026-12-01T02:01:00Z" },
    { id: "e3", kind: "COMPLETE", toStatus: "COMPLETED", note: "津贴已于本月发放。", createdAt: "2026-12-03T02:00:00Z" },
  ],
  ...over,
});
const open2 = ticket({ id: "U2VydmljZVRpY2tldDoy", number: "20261205-0003", itemName: "居住证明开具", status: "ACCEPTED", isClosed: false, overdue: true, closedAt: null, resultNote: null, allowedSteps: [], events: [] });

describe("我的办件 (/me/tickets)", () => {
  it("shows my tickets newest first; rates a closed one once, then shows the rating", async () => {
    const sent: unknown[] = [];
    server.use(
      viewer(),
      graphql.query("ResidentMyTickets", () => HttpResponse.json({ data: { myServiceTickets: connection([ticket({}), open2]) } })),
      graphql.mutation("ResidentRateTicket", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { rateServiceTicket: { __typename: "MutationRateServiceTicketSuccess", data: { id: variables.id, rating: 5, ratingComment: "办得很快", allowedSteps: [] } } } });
      }),
    );
    const { user } = open(`/c/${CODE}/me/tickets`);
    const cards = await screen.findAllByRole("article");
    expect(cards.map((c) => c.getAttribute("aria-label"))).toEqual(["居住证明开具", "高龄津贴申领"]);
    expect(within(cards[0]!).getByText("已超期")).toBeInTheDocument();
    expect(within(cards[0]!).queryByRole("form")).not.toBeInTheDocument();
    const closed = cards[1]!;
    expect(within(closed).getByText("已办结")).toBeInTheDocument();
    expect(within(closed).getByText("办结说明：津贴已于本月发放。")).toBeInTheDocument();
    const form = within(closed).getByRole("form", { name: "请为这次办理评价" });
    await user.click(within(form).getByRole("button", { name: "提交评价" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("请选择 1 到 5 分");
    await user.click(within(form).getByLabelText(/5\s*非常满意/));
    await user.type(within(form).getByLabelText("评价意见（选填）"), "办得很快");
    await user.click(within(form).getByRole("button", { name: "提交评价" }));
    expect(await within(closed).findByText(/我的评价：5 分（非常满意）/)).toBeInTheDocument();
    expect(within(closed).queryByRole("form")).not.toBeInTheDocument();
    expect(sent).toEqual([{ id: "U2VydmljZVRpY2tldDox", input: { rating: 5, comment: "办得很快" } }]);
  });

  it("a second rating is answered by the server's message", async () => {
    server.use(
      viewer(),
      graphql.query("ResidentMyTickets", () => HttpResponse.json({ data: { myServiceTickets: connection([ticket({})]) } })),
      graphql.mutation("ResidentRateTicket", () => userError("rateServiceTicket", "CONFLICT", "该办件已评价 (already rated)", "id")),
    );
    const { user } = open(`/c/${CODE}/me/tickets`);
    const form = await screen.findByRole("form", { name: "请为这次办理评价" });
    await user.click(within(form).getByLabelText(/3\s*一般/));
    await user.click(within(form).getByRole("button", { name: "提交评价" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent(/^该办件已评价$/);
  });

  it("submits a ticket online for an item that allows it", async () => {
    const sent: unknown[] = [];
    let reads = 0;
    server.use(
      viewer(),
      graphql.query("ResidentMyTickets", () => (reads++, HttpResponse.json({ data: { myServiceTickets: connection(reads > 1 ? [open2] : []) } }))),
      graphql.query("ResidentOnlineItems", ({ variables }) => {
        expect(variables).toEqual({ c: COMMUNITY_ID });
        return HttpResponse.json({ data: { serviceCatalog: connection([{ id: "Q1NJOjE=", name: "居住证明开具", timeLimitDays: 3, materials: ["身份证"], expectedDueDate: "2026-12-10" }]) } });
      }),
      graphql.mutation("ResidentCreateTicket", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { createServiceTicket: { __typename: "MutationCreateServiceTicketSuccess", data: { id: "x", number: "20261207-0001", dueDate: "2026-12-10" } } } });
      }),
    );
    const { user } = open(`/c/${CODE}/me/tickets`);
    await user.click(await screen.findByRole("button", { name: "网上办理（新办件）" }));
    const form = screen.getByRole("form", { name: "网上办理（新办件）" });
    await user.selectOptions(await within(form).findByLabelText("办理事项"), "Q1NJOjE=");
    expect(within(form).getByText("需要的材料：身份证")).toBeInTheDocument();
    await user.type(within(form).getByLabelText(/办理说明/), "开具给孩子上学用");
    await user.click(within(form).getByRole("button", { name: "提交办件" }));
    expect(await screen.findByText(/已提交，办件编号 20261207-0001/)).toBeInTheDocument();
    expect(sent).toEqual([{ input: { itemId: "Q1NJOjE=", content: "开具给孩子上学用" } }]);
    expect(await screen.findByRole("article", { name: "居住证明开具" })).toBeInTheDocument();
  });

  it("a lost network shows a retry that works (never a blank screen)", async () => {
    let calls = 0;
    server.use(
      viewer(),
      graphql.query("ResidentMyTickets", () => (++calls === 1 ? HttpResponse.error() : HttpResponse.json({ data: { myServiceTickets: connection([ticket({})]) } }))),
    );
    const { user } = open(`/c/${CODE}/me/tickets`);
    expect(await screen.findByText("网络连接失败，请检查网络后重新加载。")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "重新加载" }));
    expect(await screen.findByRole("article", { name: "高龄津贴申领" })).toBeInTheDocument();
  });
});
