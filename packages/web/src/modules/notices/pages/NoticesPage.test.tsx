import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity } from "../test/fixtures";

type Vars = Record<string, unknown>;
/** The steps the API answers for a viewer holding notice:publish, notice:object and notice:answer. */
const noticeSteps = (status: string) => (status === "WITHDRAWN" ? [] : status === "PUBLISHED" || status === "OBJECTION_UPHELD" ? ["WITHDRAW", "OBJECT"] : ["WITHDRAW"]);

const objection = (n: number, extra: Record<string, unknown> = {}) => ({
  __typename: "NoticeObjection",
  id: `Tm90aWNlT2JqZWN0aW9uOj${n}`,
  text: "抽签规则中对独生子女户的安排不清楚。",
  status: "PENDING",
  filerName: "黄丽华",
  filerContact: "13800001111",
  filedThroughApp: true,
  filedByResident: false,
  answer: null,
  answeredAt: null,
  answeredByName: null,
  createdAt: "2026-11-20T03:00:00.000Z",
  ...extra,
  allowedSteps: (extra.status ?? "PENDING") === "PENDING" ? ["ANSWER"] : [],
});

function notice(n: number, title: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    __typename: "Notice",
    id: `Tm90aWNlOj${n}`,
    title,
    subjectType: "Topic",
    subjectId: "VG9waWM6MQ==",
    stage: "RESOLUTION",
    content: "农民公寓按户抽签分配。",
    periodDays: 7,
    publishedAt: "2026-11-18T01:00:00.000Z",
    endsAt: "2099-11-25T01:00:00.000Z",
    publishedByName: "直冲村工作人员",
    status,
    finalAt: null,
    withdrawnAt: null,
    withdrawReason: null,
    objectionCount: 0,
    pendingObjectionCount: 0,
    upheldObjectionCount: 0,
    allowedSteps: noticeSteps(status),
    objections: [],
    ...extra,
  };
}

const open = notice(1, "【决议公示】农民公寓抽签分配方案", "PUBLISHED", { objections: [objection(1)], objectionCount: 1, pendingObjectionCount: 1 });
const final = notice(2, "【提议公示】修缮村道路灯", "FINAL", { stage: "PROPOSAL", finalAt: "2026-11-10T01:00:00.000Z", endsAt: "2026-11-10T01:00:00.000Z" });
const withdrawn = notice(3, "【公告】停水通知", "WITHDRAWN", { subjectType: "Announcement", subjectId: null, stage: null, withdrawnAt: "2026-11-19T01:00:00.000Z", withdrawReason: "日期有误，更正后重新发布" });
const upheld = notice(4, "【章程公示】议事委员会章程（第2版）", "OBJECTION_UPHELD", {
  subjectType: "CharterVersion",
  stage: "DRAFT",
  objectionCount: 1,
  upheldObjectionCount: 1,
  objections: [objection(2, { status: "UPHELD", answer: "第四条表述有误，将修改后重新公示。", answeredAt: "2026-11-19T02:00:00.000Z", answeredByName: "李书记" })],
});

const list = (seen: Vars[] = [], nodes: object[] = [open, final, withdrawn, upheld]) =>
  graphql.query("Notices", ({ variables }) => {
    seen.push(variables);
    return HttpResponse.json({ data: { notices: connection("QueryNotices", nodes.filter((n) => !variables.status || (n as { status: string }).status === variables.status)) } });
  });

describe("notices page", () => {
  it("opens filtered from the workbench: ?objections=pending lists only notices with an objection waiting (the count's filter)", async () => {
    const seen: Vars[] = [];
    server.use(...inCommunity(), list(seen));
    const { user } = renderApp("/deliberation/notices?objections=pending");
    await screen.findByRole("article", { name: open.title });
    expect(seen[0]).toMatchObject({ status: null, pendingObjections: true, endsBefore: null });
    const toggle = screen.getByRole("switch", { name: "只看有待答复异议的" });
    expect(toggle).toBeChecked();
    await user.click(toggle);
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ pendingObjections: null }));
  });

  it("opens filtered from the workbench: ?status=PUBLISHED&endsBefore= lists the notices ending by then, and the condition can be cleared", async () => {
    const seen: Vars[] = [];
    server.use(...inCommunity(), list(seen));
    const { user } = renderApp("/deliberation/notices?status=PUBLISHED&endsBefore=2026-11-23T04%3A00%3A00.000Z");
    await screen.findByRole("article", { name: open.title });
    expect(seen[0]).toMatchObject({ status: "PUBLISHED", pendingObjections: null, endsBefore: "2026-11-23T04:00:00.000Z" });
    await user.click(screen.getByRole("button", { name: "清除期满时间条件" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ status: "PUBLISHED", endsBefore: null }));
  });

  it("labels each notice with its status, period and objections", async () => {
    server.use(...inCommunity(), list());
    renderApp("/deliberation/notices");
    const card = (title: string) => screen.findByRole("article", { name: title });
    expect(within(await card(open.title)).getByTestId("notice-status")).toHaveTextContent("公示中");
    expect(within(await card(open.title)).getByText("决议公开")).toBeInTheDocument();
    expect(within(await card(final.title)).getByTestId("notice-status")).toHaveTextContent("已生效");
    expect(within(await card(withdrawn.title)).getByTestId("notice-status")).toHaveTextContent("已撤回");
    expect(within(await card(withdrawn.title)).getByText("撤回原因：日期有误，更正后重新发布")).toBeInTheDocument();
    expect(within(await card(upheld.title)).getByTestId("notice-status")).toHaveTextContent("异议成立");
    expect(within(await card(upheld.title)).getByText("答复：第四条表述有误，将修改后重新公示。")).toBeInTheDocument();
    // Withdrawn notices cannot be withdrawn again; answered objections are not answered again.
    expect(within(await card(withdrawn.title)).queryByRole("button", { name: "撤回公示" })).not.toBeInTheDocument();
    expect(within(await card(upheld.title)).queryByRole("button", { name: "答复异议" })).not.toBeInTheDocument();
    expect(within(await card(open.title)).getByRole("button", { name: "答复异议" })).toBeInTheDocument();
  });

  it("filters by status", async () => {
    const seen: Vars[] = [];
    server.use(...inCommunity(), list(seen));
    const { user } = renderApp("/deliberation/notices");
    await screen.findByRole("article", { name: open.title });
    await user.click(screen.getByRole("radio", { name: "已生效" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ status: "FINAL", after: null }));
    await waitFor(() => expect(screen.queryByRole("article", { name: open.title })).not.toBeInTheDocument());
    expect(screen.getByRole("article", { name: final.title })).toBeInTheDocument();
  });

  it("opens on notices in their objection period from the workbench's link (?status=PUBLISHED)", async () => {
    const seen: Vars[] = [];
    server.use(...inCommunity(), list(seen));
    renderApp("/deliberation/notices?status=PUBLISHED");
    await screen.findByRole("article", { name: open.title });
    expect(seen[0]).toMatchObject({ status: "PUBLISHED" });
    expect(screen.getByRole("radio", { name: "公示中" })).toBeChecked();
    expect(screen.queryByRole("article", { name: final.title })).not.toBeInTheDocument();
  });

  it("answers an objection (dismissed, with a reason) and shows the answer", async () => {
    const sent: Vars[] = [];
    let current: Record<string, unknown> = open;
    server.use(
      ...inCommunity(),
      graphql.query("Notices", () => HttpResponse.json({ data: { notices: connection("QueryNotices", [current]) } })),
      graphql.mutation("AnswerObjection", ({ variables }) => {
        sent.push(variables);
        const input = variables.input as { reason: string };
        const answered = objection(1, { status: "DISMISSED", answer: input.reason, answeredAt: "2026-11-21T02:00:00.000Z", answeredByName: "李书记" });
        const status = { status: "PUBLISHED", finalAt: null, withdrawnAt: null, withdrawReason: null, objectionCount: 1, pendingObjectionCount: 0, upheldObjectionCount: 0, allowedSteps: noticeSteps("PUBLISHED") };
        current = { ...open, ...status, objections: [answered] };
        return HttpResponse.json({ data: { answerObjection: { __typename: "MutationAnswerObjectionSuccess", data: { ...answered, notice: { __typename: "Notice", id: open.id, ...status } } } } });
      }),
    );
    const { user } = renderApp("/deliberation/notices");
    const card = await screen.findByRole("article", { name: open.title });
    await user.click(within(card).getByRole("button", { name: "答复异议" }));
    const dialog = await screen.findByRole("dialog", { name: "答复黄丽华的异议" });
    // A decision and a reason are required.
    await user.click(within(dialog).getByRole("button", { name: "提交答复" }));
    expect(within(dialog).getByText("请选择处理结果")).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.click(within(dialog).getByRole("radio", { name: /异议不成立/ }));
    await user.type(within(dialog).getByRole("textbox", { name: "答复理由" }), "规则第五条已写明独生子女户按一户计。");
    await user.click(within(dialog).getByRole("button", { name: "提交答复" }));

    await waitFor(() => expect(sent).toEqual([{ id: objection(1).id, input: { decision: "DISMISSED", reason: "规则第五条已写明独生子女户按一户计。" } }]));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "答复黄丽华的异议" })).not.toBeInTheDocument());
    const item = within(card).getByRole("article", { name: "黄丽华的异议" });
    expect(within(item).getByText("异议不成立")).toBeInTheDocument();
    expect(within(item).getByText("答复：规则第五条已写明独生子女户按一户计。")).toBeInTheDocument();
    expect(within(card).queryByRole("button", { name: "答复异议" })).not.toBeInTheDocument();
  });
});
