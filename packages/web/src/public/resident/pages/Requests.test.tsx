// 群众点菜 against msw: my requests with their status and what happens next; a new request (the
// missing fields named first), sent with the community, then listed.
import { screen, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../../test/server";
import type { MyRequest } from "../queries.participation";
import { CODE, COMMUNITY_ID, connection, open, viewer } from "./participation.testkit";

const req: MyRequest = { id: "UHJvamVjdDox", title: "村口加装路灯", status: "PROPOSED", requestText: "晚上太黑", createdAt: "2026-12-01T02:00:00Z", cancelReason: null, isPublic: false, type: { name: "民生微实事" } };

describe("群众点菜 (/me/requests)", () => {
  it("requests a project and lists it with its status", async () => {
    const sent: unknown[] = [];
    let reads = 0;
    server.use(
      viewer(),
      graphql.query("ResidentMyRequests", ({ variables }) => (expect(variables).toEqual({ c: COMMUNITY_ID }), reads++, HttpResponse.json({ data: { projects: connection(reads > 1 ? [req] : []) } }))),
      graphql.query("ResidentProjectTypes", () => HttpResponse.json({ data: { projectTypes: connection([{ id: "UFQ6MQ==", name: "民生微实事", description: null }]) } })),
      graphql.mutation("ResidentRequestProject", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { requestProject: { __typename: "MutationRequestProjectSuccess", data: { id: req.id, title: req.title, status: "PROPOSED" } } } });
      }),
    );
    const { user } = open(`/c/${CODE}/me/requests`);
    expect(await screen.findByText("暂无内容")).toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "我要点单" }));
    const form = screen.getByRole("form", { name: "我要点单" });
    await user.click(within(form).getByRole("button", { name: "提交点单" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("请填写：项目类型、项目名称、需求内容");
    await user.selectOptions(await within(form).findByLabelText("项目类型"), "UFQ6MQ==");
    await user.type(within(form).getByLabelText(/项目名称/), "村口加装路灯");
    await user.type(within(form).getByLabelText(/需求内容/), "晚上太黑");
    await user.click(within(form).getByRole("button", { name: "提交点单" }));
    expect(await screen.findByText("「村口加装路灯」已提交，社区（村）会尽快处理。")).toBeInTheDocument();
    expect(sent).toEqual([{ input: { communityId: COMMUNITY_ID, typeId: "UFQ6MQ==", title: "村口加装路灯", requestText: "晚上太黑" } }]);
    const card = await screen.findByRole("article", { name: "村口加装路灯" });
    expect(within(card).getByText("已提出")).toBeInTheDocument();
    expect(within(card).getByText("社区（村）正在整理您的需求。")).toBeInTheDocument();
  });
});
