// 异议 against msw: the public notice board offers 提出异议 on a notice inside its period; the
// resident's page for that notice takes an objection and lists it (待答复); a late one is answered by
// the server's Chinese message; a closed notice shows why and the staff's answer; "my objections".
import { screen, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../../test/server";
import type { ObjectableNotice } from "../queries.participation";
import { CODE, COMMUNITY_ID, connection, open, userError, viewer } from "./participation.testkit";

const DAY = 86_400_000;
const NOTICE_ID = "Tm90aWNlOjE=";
const notice = (over: Partial<ObjectableNotice> = {}): ObjectableNotice => ({
  id: NOTICE_ID,
  title: "【公示】村道修缮预算",
  content: "预算 3 万元。",
  endsAt: new Date(Date.now() + 3 * DAY).toISOString(),
  status: "PUBLISHED",
  allowedSteps: ["OBJECT"],
  community: { id: COMMUNITY_ID },
  objections: [],
  ...over,
});
const publicNotice = {
  id: NOTICE_ID,
  title: "【公示】村道修缮预算",
  content: "预算 3 万元。",
  subjectType: "Announcement",
  subjectId: null,
  stage: null,
  periodDays: 7,
  publishedAt: new Date(Date.now() - 4 * DAY).toISOString(),
  endsAt: new Date(Date.now() + 3 * DAY).toISOString(),
  status: "PUBLISHED",
  finalAt: null,
  withdrawnAt: null,
  withdrawReason: null,
  objectionCount: 0,
  pendingObjectionCount: 0,
  upheldObjectionCount: 0,
  answers: [],
};
const community = { id: COMMUNITY_ID, code: CODE, name: "直冲村", kind: "RURAL", address: null, streetName: "外海街道", streetCode: null, districtName: "江海区", districtCode: null };

describe("异议 (objections)", () => {
  it("from the public notice board to the form: the objection is filed and shown awaiting an answer", async () => {
    const sent: unknown[] = [];
    server.use(
      viewer(),
      graphql.query("PublicCommunity", () => HttpResponse.json({ data: { publicCommunity: community } })),
      graphql.query("PublicNotices", () => HttpResponse.json({ data: { publicNotices: connection([publicNotice]) } })),
      graphql.query("ResidentObjectionNotice", ({ variables }) => (expect(variables).toEqual({ id: NOTICE_ID }), HttpResponse.json({ data: { node: { __typename: "Notice", ...notice() } } }))),
      graphql.mutation("ResidentFileObjection", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { fileObjection: { __typename: "MutationFileObjectionSuccess", data: { id: "Tm90aWNlT2JqZWN0aW9uOjE=", text: "预算偏高", status: "PENDING", answer: null, answeredAt: null, createdAt: new Date().toISOString() } } } });
      }),
    );
    const { user } = open(`/c/${CODE}`);
    const card = await screen.findByRole("article", { name: "【公示】村道修缮预算" });
    await user.click(within(card).getByRole("link", { name: "提出异议" }));
    expect(window.location.pathname).toBe(`/c/${CODE}/me/objections/${encodeURIComponent(NOTICE_ID)}`);
    const form = await screen.findByRole("form", { name: "我要提出异议" });
    await user.click(within(form).getByRole("button", { name: "提交异议" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("请填写：异议内容");
    await user.type(within(form).getByLabelText(/异议内容/), "预算偏高");
    await user.click(within(form).getByRole("button", { name: "提交异议" }));
    expect(await screen.findByText("异议已提交，社区（村）答复后会显示在这里。")).toBeInTheDocument();
    expect(sent).toEqual([{ input: { noticeId: NOTICE_ID, text: "预算偏高" } }]);
    const filed = screen.getByRole("article", { name: "我的异议" });
    expect(within(filed).getByText("预算偏高")).toBeInTheDocument();
    expect(within(filed).getByText("待答复")).toBeInTheDocument();
  });

  it("an objection sent once the period has ended gets the server's Chinese message", async () => {
    server.use(
      viewer(),
      graphql.query("ResidentObjectionNotice", () => HttpResponse.json({ data: { node: { __typename: "Notice", ...notice() } } })),
      graphql.mutation("ResidentFileObjection", () => userError("fileObjection", "CONFLICT", "公示期已结束，不再受理异议 (the notice period has ended)", "input.noticeId")),
    );
    const { user } = open(`/c/${CODE}/me/objections/${encodeURIComponent(NOTICE_ID)}`);
    const form = await screen.findByRole("form", { name: "我要提出异议" });
    await user.type(within(form).getByLabelText(/异议内容/), "迟到的异议");
    await user.click(within(form).getByRole("button", { name: "提交异议" }));
    expect(await within(form).findByRole("alert")).toHaveTextContent(/^公示期已结束，不再受理异议$/);
    expect(screen.queryByRole("article", { name: "我的异议" })).not.toBeInTheDocument();
  });

  it("after the period: no form, the reason, and the resident's objection with the staff's answer", async () => {
    server.use(
      viewer(),
      graphql.query("ResidentObjectionNotice", () =>
        HttpResponse.json({
          data: {
            node: {
              __typename: "Notice",
              ...notice({
                status: "FINAL",
                endsAt: new Date(Date.now() - DAY).toISOString(),
                allowedSteps: [],
                objections: [{ id: "o1", text: "预算偏高", status: "DISMISSED", answer: "预算经第三方审核。", answeredAt: "2026-12-02T02:00:00Z", createdAt: "2026-12-01T02:00:00Z" }],
              }),
            },
          },
        }),
      ),
    );
    open(`/c/${CODE}/me/objections/${encodeURIComponent(NOTICE_ID)}`);
    expect(await screen.findByText("公示期已满，不再受理异议。")).toBeInTheDocument();
    expect(screen.queryByRole("form")).not.toBeInTheDocument();
    const mine = screen.getByRole("article", { name: "我的异议" });
    expect(within(mine).getByText("异议不成立")).toBeInTheDocument();
    expect(within(mine).getByText("预算经第三方审核。")).toBeInTheDocument();
  });

  it("lists my objections with the answers (notices filedByViewer), linking to each notice", async () => {
    server.use(
      viewer(),
      graphql.query("ResidentMyObjections", ({ variables }) => {
        expect(variables).toEqual({ c: COMMUNITY_ID, after: null });
        return HttpResponse.json({
          data: {
            notices: connection([
              { id: NOTICE_ID, title: "【公示】村道修缮预算", endsAt: "2026-12-05T16:00:00Z", status: "AWAITING_ANSWERS", objections: [{ id: "o1", text: "预算偏高", status: "PENDING", answer: null, answeredAt: null, createdAt: "2026-12-01T02:00:00Z" }] },
            ]),
          },
        });
      }),
    );
    open(`/c/${CODE}/me/objections`);
    expect(await screen.findByRole("link", { name: "【公示】村道修缮预算" })).toHaveAttribute("href", `/c/${CODE}/me/objections/${encodeURIComponent(NOTICE_ID)}`);
    expect(screen.getByText("期满，异议待答复")).toBeInTheDocument();
    expect(screen.getByText("等待社区（村）答复。答复后会显示在这里，也会公开在公示栏。")).toBeInTheDocument();
  });
});
