import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { BOARD } from "../enums";
import { clause, connection, deliberationBase, topic } from "../test/fixtures";

type Vars = Record<string, unknown>;

const ready = topic(0, { title: "修缮村道路灯" });
const collecting = topic(2, { title: "篮球场加装夜间照明", cosignCount: 4, readyForReview: false, category: "CULTURE" });
const accepted = topic(1, { title: "农民公寓抽签分配方案", status: "ACCEPTED", source: "STAFF", category: "LAND_HOUSING" });
const declined = topic(3, { title: "要求公开某户家庭收入", status: "DECLINED", category: "DISPUTES" });

/** The board: each alias gets the topics of its status; records the variables. `reader`: the API allows the viewer no step. */
function board(seen: Vars[] = [], reader = false) {
  return graphql.query("TopicBoard", ({ variables }) => {
    seen.push(variables);
    const all = [ready, collecting, accepted, declined]
      .filter((t) => variables.readyForReview == null || t.readyForReview === variables.readyForReview)
      .map((t) => (reader ? { ...t, allowedSteps: [] } : t));
    const data = Object.fromEntries(BOARD.map((s) => [s, connection("QueryTopics", all.filter((t) => t.status === s))]));
    return HttpResponse.json({ data });
  });
}

const clauses = graphql.query("MustNotClauses", () =>
  HttpResponse.json({
    data: { consultationClauses: connection("QueryConsultationClauses", [clause(1, "法律法规和政策已有明确规定的事项"), clause(2, "涉及个人隐私或他人合法权益的事项")]) },
  }),
);

describe("topic board", () => {
  it("renders a column per status with its count and topics, and review actions on the waiting ones", async () => {
    const seen: Vars[] = [];
    server.use(...deliberationBase(), board(seen));
    renderApp("/deliberation/topics");

    const submitted = await screen.findByRole("region", { name: "待审" });
    expect(await within(submitted).findByText("修缮村道路灯")).toBeInTheDocument();
    expect(within(submitted).getByText("篮球场加装夜间照明")).toBeInTheDocument();
    expect(within(submitted).getByText("2")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "已立项" })).getByText("农民公寓抽签分配方案")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "不予立项" })).getByText("要求公开某户家庭收入")).toBeInTheDocument();
    expect(within(screen.getByRole("region", { name: "已办结" })).getByText("暂无议题")).toBeInTheDocument();
    // The eight statuses, in the order a topic moves.
    expect(screen.getAllByRole("heading", { level: 5 }).map((h) => h.textContent)).toEqual(["待审", "已立项", "已排期", "已议", "已决议", "已上报", "已办结", "不予立项"]);

    const waiting = within(submitted).getByRole("article", { name: "篮球场加装夜间照明" });
    expect(within(waiting).getByText("联名 4/10")).toBeInTheDocument();
    expect(within(waiting).getByRole("button", { name: "立项" })).toBeDisabled();
    expect(within(within(submitted).getByRole("article", { name: "修缮村道路灯" })).getByRole("button", { name: "立项" })).toBeEnabled();
    expect(within(screen.getByRole("region", { name: "已立项" })).queryByRole("button", { name: "立项" })).not.toBeInTheDocument();
    expect(seen[0]).toMatchObject({ communityId: expect.any(String), category: null, search: null, readyForReview: null });
  });

  it("filters on ready-for-review", async () => {
    const seen: Vars[] = [];
    server.use(...deliberationBase(), board(seen));
    const { user } = renderApp("/deliberation/topics");
    const submitted = await screen.findByRole("region", { name: "待审" });
    await within(submitted).findByText("篮球场加装夜间照明");
    await user.click(screen.getByRole("combobox", { name: "审查条件" }));
    await user.click(await screen.findByRole("option", { name: "可审查（联名已达门槛）" }));
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ readyForReview: true }));
    await waitFor(() => expect(within(submitted).queryByText("篮球场加装夜间照明")).not.toBeInTheDocument());
    expect(within(submitted).getByText("修缮村道路灯")).toBeInTheDocument();
  });

  it("opens filtered on ready-for-review from the workbench's link (?ready=1)", async () => {
    const seen: Vars[] = [];
    server.use(...deliberationBase(), board(seen));
    renderApp("/deliberation/topics?ready=1");
    const submitted = await screen.findByRole("region", { name: "待审" });
    await within(submitted).findByText("修缮村道路灯");
    expect(seen[0]).toMatchObject({ readyForReview: true });
    expect(within(submitted).queryByText("篮球场加装夜间照明")).not.toBeInTheDocument();
  });

  it("declining needs a 不议 clause and a reason; the server's issue lands under its field", async () => {
    const sent: Vars[] = [];
    server.use(
      ...deliberationBase(),
      board(),
      clauses,
      graphql.mutation("DeclineTopic", ({ variables }) => {
        sent.push(variables);
        const issue = { __typename: "FieldIssue", code: "INVALID", field: "input.reason", message: "理由须说明依据，不少于10个字" };
        return HttpResponse.json({ data: { declineTopic: { ...issue, __typename: "UserError", issues: [issue] } } });
      }),
    );
    const { user } = renderApp("/deliberation/topics");
    const card = await screen.findByRole("article", { name: "修缮村道路灯" });
    await user.click(within(card).getByRole("button", { name: "不予立项" }));
    const dialog = await screen.findByRole("dialog", { name: "不予立项" });
    const clauseInput = within(dialog).getByRole("combobox", { name: "依据的“不议”条款" });
    const reason = within(dialog).getByRole("textbox", { name: "理由" });

    // Nothing chosen: refused in the browser, nothing sent.
    await user.click(within(dialog).getByRole("button", { name: "不予立项" }));
    expect(clauseInput).toHaveAccessibleDescription("请选择依据的“不议”条款");
    expect(reason).toHaveAccessibleDescription(/请填写不予立项的理由/);
    expect(sent).toHaveLength(0);

    await user.click(clauseInput);
    await user.click(await screen.findByRole("option", { name: "不议事项第2条：涉及个人隐私或他人合法权益的事项" }));
    await user.type(reason, "涉及隐私");
    await user.click(within(dialog).getByRole("button", { name: "不予立项" }));

    await waitFor(() => expect(reason).toHaveAccessibleDescription(/理由须说明依据，不少于10个字/));
    expect(clauseInput).not.toHaveAccessibleDescription("请选择依据的“不议”条款");
    expect(sent).toEqual([{ id: ready.id, input: { clauseId: clause(2, "").id, reason: "涉及隐私" } }]);
    expect(screen.getByRole("dialog", { name: "不予立项" })).toBeInTheDocument();
  });

  it("hides the review buttons without topic:review", async () => {
    server.use(...deliberationBase(["deliberation:read", "notice:read"]), board([], true));
    renderApp("/deliberation/topics");
    const card = await screen.findByRole("article", { name: "修缮村道路灯" });
    expect(within(card).queryByRole("button", { name: "立项" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "提出议题" })).not.toBeInTheDocument();
  });
});
