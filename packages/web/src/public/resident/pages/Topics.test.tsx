// 议题与联名 against msw: signed out → asked to sign in (coming back here); the open topics with their
// count against the threshold; 联名 once (the count moves, 我已联名); a second 联名 answered by the
// server's Chinese message with nothing changed; proposing a topic (missing fields named first).
import { screen, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../../test/server";
import type { MyTopic, ResidentTopic } from "../queries.participation";
import { CODE, COMMUNITY_ID, connection, open, userError, viewer } from "./participation.testkit";

const topic = (over: Partial<ResidentTopic>): ResidentTopic => ({
  id: "VG9waWM6MQ==",
  title: "村口增设公交站牌",
  description: "村民到镇上要走两公里。",
  category: "PUBLIC_FACILITIES",
  status: "SUBMITTED",
  proposerName: "李大叔",
  cosignCount: 1,
  cosignThreshold: 3,
  readyForReview: false,
  viewerHasCosigned: false,
  proposedByViewer: false,
  allowedSteps: ["COSIGN"],
  createdAt: "2026-12-01T02:00:00Z",
  ...over,
});
const mine: MyTopic = {
  ...topic({ id: "VG9waWM6Mg==", title: "垃圾分类点加盖", proposedByViewer: true, allowedSteps: [], status: "ACCEPTED" }),
  declineReason: null,
  reviewNote: "予以立项",
  timeline: [
    { id: "e1", toStatus: "SUBMITTED", note: null, createdAt: "2026-11-20T02:00:00Z" },
    { id: "e2", toStatus: "ACCEPTED", note: "予以立项", createdAt: "2026-11-25T02:00:00Z" },
  ],
};

describe("议题与联名 (/me/topics)", () => {
  it("asks a signed-out visitor to sign in, coming back here afterwards", async () => {
    server.use(viewer(false));
    open(`/c/${CODE}/me/topics`);
    const link = await screen.findByRole("link", { name: /登录/ });
    expect(link.getAttribute("href")).toBe(`/c/${CODE}/signin?next=${encodeURIComponent(`/c/${CODE}/me/topics`)}`);
  });

  it("co-signs an open topic once: the count moves and the button gives way to 我已联名", async () => {
    const sent: unknown[] = [];
    server.use(
      viewer(),
      graphql.query("ResidentMyTopics", ({ variables }) => (expect(variables).toEqual({ c: COMMUNITY_ID }), HttpResponse.json({ data: { topics: connection([mine]) } }))),
      graphql.query("ResidentOpenTopics", () => HttpResponse.json({ data: { topics: connection([topic({}), topic({ id: "VG9waWM6Mw==", title: "我提的议题", proposedByViewer: true, allowedSteps: [] })]) } })),
      graphql.mutation("ResidentCosignTopic", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { cosignTopic: { __typename: "MutationCosignTopicSuccess", data: { id: variables.id, cosignCount: 2, readyForReview: false, viewerHasCosigned: true, allowedSteps: ["COSIGN"] } } } });
      }),
    );
    const { user } = open(`/c/${CODE}/me/topics`);
    const card = await screen.findByRole("article", { name: "村口增设公交站牌" });
    expect(within(card).getByText("联名 1 / 3 人")).toBeInTheDocument();
    expect(within(screen.getByRole("article", { name: "我提的议题" })).queryByRole("button", { name: "联名支持" })).not.toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "联名支持" }));
    expect(await within(card).findByText("联名成功，目前共 2 人联名。")).toBeInTheDocument();
    expect(within(card).getByText("联名 2 / 3 人")).toBeInTheDocument();
    expect(within(card).getByText("我已联名")).toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: "联名支持" })).not.toBeInTheDocument();
    expect(sent).toEqual([{ id: "VG9waWM6MQ==" }]);
    // My own topic with its steps.
    const own = screen.getByRole("article", { name: "垃圾分类点加盖" });
    expect(within(own).getByText("已立项")).toBeInTheDocument();
    expect(within(own).getByText("审查意见：予以立项")).toBeInTheDocument();
  });

  it("a second co-signature (another tab, a double tap) shows the server's message and changes nothing", async () => {
    server.use(
      viewer(),
      graphql.query("ResidentMyTopics", () => HttpResponse.json({ data: { topics: connection([]) } })),
      graphql.query("ResidentOpenTopics", () => HttpResponse.json({ data: { topics: connection([topic({})]) } })),
      graphql.mutation("ResidentCosignTopic", () => userError("cosignTopic", "DUPLICATE", "您已为该议题联名 (already co-signed)", "id")),
    );
    const { user } = open(`/c/${CODE}/me/topics`);
    const card = await screen.findByRole("article", { name: "村口增设公交站牌" });
    await user.click(within(card).getByRole("button", { name: "联名支持" }));
    expect(await within(card).findByRole("alert")).toHaveTextContent(/^您已为该议题联名$/);
    expect(within(card).getByText("联名 1 / 3 人")).toBeInTheDocument();
    expect(screen.getByText("您还没有提出过议题。")).toBeInTheDocument();
  });

  it("proposes a topic: missing fields are named first; then sent, confirmed, and my topics read again", async () => {
    const sent: unknown[] = [];
    let mineReads = 0;
    server.use(
      viewer(),
      graphql.query("ResidentMyTopics", () => (mineReads++, HttpResponse.json({ data: { topics: connection(mineReads > 1 ? [mine] : []) } }))),
      graphql.query("ResidentOpenTopics", () => HttpResponse.json({ data: { topics: connection([]) } })),
      graphql.mutation("ResidentProposeTopic", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { proposeTopic: { __typename: "MutationProposeTopicSuccess", data: { id: "VG9waWM6Mg==", title: "垃圾分类点加盖", status: "SUBMITTED" } } } });
      }),
    );
    const { user } = open(`/c/${CODE}/me/topics`);
    await user.click(await screen.findByRole("button", { name: "提出议题" }));
    const form = screen.getByRole("form", { name: "提出议题" });
    await user.click(within(form).getByRole("button", { name: "提交议题" }));
    expect(within(form).getByRole("alert")).toHaveTextContent("请填写：议题标题、议题内容、议题类别");
    expect(sent).toEqual([]);
    await user.type(within(form).getByLabelText("议题标题"), "垃圾分类点加盖");
    await user.selectOptions(within(form).getByLabelText("议题类别"), "ENVIRONMENT");
    await user.type(within(form).getByLabelText(/议题内容/), "夏天异味大。");
    await user.click(within(form).getByRole("button", { name: "提交议题" }));
    expect(await screen.findByText("议题「垃圾分类点加盖」已提交，请邀请邻居联名支持。")).toBeInTheDocument();
    expect(sent).toEqual([{ input: { communityId: COMMUNITY_ID, title: "垃圾分类点加盖", description: "夏天异味大。", category: "ENVIRONMENT" } }]);
    expect(await screen.findByRole("article", { name: "垃圾分类点加盖" })).toBeInTheDocument();
  });
});
