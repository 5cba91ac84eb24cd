import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity, SERVICE_ACTIONS, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;

const TOPIC = { __typename: "Topic", id: "VG9waWM6OQ==", title: "垃圾收集点搬迁" };
/** ServiceVisit.allowedSteps as the API answers a viewer holding visit:manage and topic:propose. */
const stepsOf = (v: { status: unknown; deliberationTopic: unknown }) => [
  ...(v.status === "OPEN" ? ["ANSWER"] : v.status === "ANSWERED" ? ["CLOSE"] : []),
  ...(v.deliberationTopic ? [] : ["TO_TOPIC"]),
];
const visit = (extra: Record<string, unknown> = {}) => withSteps({
  __typename: "ServiceVisit",
  id: "U2VydmljZVZpc2l0OjE=",
  visitedAt: "2026-11-20T02:00:00.000Z",
  visitorName: "王阿姨",
  kind: "OPINION",
  channel: "IN_PERSON",
  topic: "村口垃圾点太近",
  content: "垃圾收集点离住户太近，夏天有异味",
  status: "OPEN",
  answer: null,
  answeredAt: null,
  closeNote: null,
  closedAt: null,
  resident: null,
  deliberationTopic: null,
  ...extra,
});
function withSteps<V extends { status: unknown; deliberationTopic: unknown }>(v: V) {
  return { allowedSteps: stepsOf(v), ...v };
}
const visits = (rows: object[]) => graphql.query("ServiceVisits", () => HttpResponse.json({ data: { serviceVisits: connection("QueryServiceVisits", rows) } }));

describe("the visit ledger: turning an opinion into a deliberation topic", () => {
  it("prefills the topic from the entry, asks for a category, shows the server's error on its field, then opens the new topic", async () => {
    const sent: Vars[] = [];
    const opened: Vars[] = [];
    let reply: object = userError("INVALID", "input.title", "标题过长 (at most 100)");
    server.use(
      ...inCommunity([...COMMUNITY.viewerActions, ...SERVICE_ACTIONS, "topic:propose"]),
      visits([visit()]),
      graphql.mutation("TurnServiceVisitIntoTopic", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { turnServiceVisitIntoTopic: reply } });
      }),
      graphql.query("TopicPage", ({ variables }) => {
        opened.push(variables);
        return HttpResponse.json({ data: { node: null } });
      }),
    );
    const { user } = renderApp("/service-complex/visits");
    const table = await screen.findByTestId("visits-table");
    await user.click(await within(table).findByRole("button", { name: "转为议题" }));
    const dialog = await screen.findByRole("dialog", { name: "转为议事委员会议题" });
    expect(within(dialog).getByRole("textbox", { name: "议题标题" })).toHaveValue("村口垃圾点太近");
    expect(within(dialog).getByRole("textbox", { name: "议题说明" })).toHaveValue("垃圾收集点离住户太近，夏天有异味");

    // No category: refused in the browser, nothing sent.
    await user.click(within(dialog).getByRole("button", { name: "提交议题" }));
    expect(await within(dialog).findByText("请选择议题类别")).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.click(within(dialog).getByRole("combobox", { name: "议题类别" }));
    await user.click(await screen.findByRole("option", { name: "环境卫生与人居环境" }));
    const title = within(dialog).getByRole("textbox", { name: "议题标题" });
    await user.clear(title);
    await user.type(title, "垃圾收集点搬迁");
    await user.click(within(dialog).getByRole("button", { name: "提交议题" }));
    await waitFor(() => expect(title).toHaveAccessibleDescription("标题过长 (at most 100)"));
    expect(sent[0]).toEqual({ id: visit().id, input: { category: "ENVIRONMENT", title: "垃圾收集点搬迁", description: "垃圾收集点离住户太近，夏天有异味" } });

    reply = { __typename: "MutationTurnServiceVisitIntoTopicSuccess", data: visit({ status: "ANSWERED", answer: "已转为议事委员会议题「垃圾收集点搬迁」", deliberationTopic: TOPIC }) };
    await user.click(within(dialog).getByRole("button", { name: "提交议题" }));
    // The clerk lands on the new topic's page.
    await waitFor(() => expect(opened).toEqual([{ id: TOPIC.id }]));
    expect(sent).toHaveLength(2);
    expect(screen.queryByRole("dialog", { name: "转为议事委员会议题" })).not.toBeInTheDocument();
  });

  it("links an entry already raised to its topic, and offers no raise without topic:propose", async () => {
    server.use(
      ...inCommunity([...COMMUNITY.viewerActions, ...SERVICE_ACTIONS]),
      // Without topic:propose the API leaves TO_TOPIC out of allowedSteps.
      visits(
        [visit({ status: "ANSWERED", answer: "已转为议事委员会议题「垃圾收集点搬迁」", deliberationTopic: TOPIC }), visit({ id: "U2VydmljZVZpc2l0OjI=", topic: "路灯不亮" })].map((v) => ({
          ...v,
          allowedSteps: v.allowedSteps.filter((s) => s !== "TO_TOPIC"),
        })),
      ),
    );
    renderApp("/service-complex/visits");
    const table = await screen.findByTestId("visits-table");
    const badge = await within(table).findByRole("link", { name: "已转议题" });
    expect(badge).toHaveAttribute("href", `/deliberation/topics/${encodeURIComponent(TOPIC.id)}`);
    expect(within(table).getAllByRole("button", { name: "答复" })).toHaveLength(1);
    expect(within(table).queryByRole("button", { name: "转为议题" })).not.toBeInTheDocument();
  });
});
