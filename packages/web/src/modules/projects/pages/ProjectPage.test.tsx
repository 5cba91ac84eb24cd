import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { budget, budgetLine, expense, inCommunity, PROJECT_ID, projectDetail, projectQuery, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;
const PATH = `/projects/items/${encodeURIComponent(PROJECT_ID)}`;

describe("the project page: lifecycle", () => {
  it("shows the project and only the steps its state allows to a viewer holding them", async () => {
    server.use(...inCommunity(), ...projectQuery(projectDetail()));
    renderApp(PATH);
    expect(await screen.findByRole("heading", { name: "江翠社区长者饭堂" })).toBeInTheDocument();
    expect(screen.getByTestId("project-status")).toHaveTextContent("已提出");
    expect(screen.getByText("“小区老人吃饭不方便，希望社区能办个饭堂。”")).toBeInTheDocument();
    expect(screen.getByText("居民点单")).toBeInTheDocument();
    for (const allowed of ["提交议事协商", "立项", "取消项目"]) expect(screen.getByRole("button", { name: allowed })).toBeInTheDocument();
    for (const not of ["开始实施", "结项", "评议"]) expect(screen.queryByRole("button", { name: not })).not.toBeInTheDocument();
  });

  it("shows the volunteer activities done for the project and their verified hours", async () => {
    const activity = { __typename: "VolunteerActivity", id: "Vm9sdW50ZWVyQWN0aXZpdHk6MQ==", title: "饭堂帮厨志愿活动", startsAt: "2026-11-18T02:00:00.000Z" };
    server.use(...inCommunity(), ...projectQuery(projectDetail({ volunteerService: { __typename: "ProjectVolunteerService", activityCount: 2, volunteerCount: 3, verifiedMinutes: 270 }, volunteerActivities: [activity] })));
    renderApp(PATH);
    expect(await screen.findByTestId("project-volunteering")).toHaveTextContent("2 场活动 · 3 名志愿者 · 核定 4.5 小时");
    expect(screen.getByRole("link", { name: /饭堂帮厨志愿活动/ })).toHaveAttribute("href", `/volunteering/activities/${encodeURIComponent(activity.id)}`);
  });

  it("offers 立项 only to holders of project:approve", async () => {
    // The API leaves APPROVE out of allowedSteps for a viewer without project:approve.
    server.use(...inCommunity([...COMMUNITY.viewerActions, "project:read", "project:manage"]), ...projectQuery(projectDetail({ allowedSteps: ["DELIBERATE", "CANCEL"] })));
    renderApp(PATH);
    expect(await screen.findByRole("button", { name: "提交议事协商" })).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "立项" })).not.toBeInTheDocument();
  });

  it("approves with a note: refuses an empty note, sends the note with the notice, and follows the returned project", async () => {
    const sent: Vars[] = [];
    const approved = projectDetail({
      status: "APPROVED",
      approvedAt: "2026-11-20T02:00:00.000Z",
      approvedByName: "李书记",
      approvalNote: "经两委会议研究同意立项",
      isPublic: true,
      allowedSteps: ["START", "CANCEL"],
    });
    server.use(
      ...inCommunity(),
      ...projectQuery(projectDetail()),
      graphql.mutation("ApproveProject", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { approveProject: { __typename: "MutationApproveProjectSuccess", data: approved } } });
      }),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "立项" }));
    const dialog = await screen.findByRole("dialog", { name: "立项" });
    const note = within(dialog).getByRole("textbox", { name: "审批意见" });
    await user.click(within(dialog).getByRole("button", { name: "确认立项" }));
    expect(note).toHaveAccessibleDescription("此项必填");
    expect(sent).toHaveLength(0);

    await user.type(note, "经两委会议研究同意立项");
    await user.click(within(dialog).getByRole("button", { name: "确认立项" }));
    await waitFor(() => expect(screen.getByTestId("project-status")).toHaveTextContent("已立项"));
    expect(sent).toEqual([{ id: PROJECT_ID, input: { note: "经两委会议研究同意立项", resolutionId: null, publishNotice: true } }]);
    expect(screen.getByRole("button", { name: "开始实施" })).toBeInTheDocument();
    expect(screen.getByTestId("approval-record")).toHaveTextContent("审批意见：经两委会议研究同意立项");
  });

  it("edits a resident's request into a project: description, dates in order, and the server's issue on its field", async () => {
    const sent: Vars[] = [];
    const edge = (typename: string, node: object) => ({ __typename: `${typename}ConnectionEdge`, node });
    const list = (typename: string, nodes: object[]) => ({ __typename: `${typename}Connection`, edges: nodes.map((n) => edge(typename, n)) });
    server.use(
      ...inCommunity([...COMMUNITY.viewerActions, "project:read", "project:manage", "account:read"]),
      ...projectQuery(projectDetail()),
      graphql.query("ProjectTypeOptions", () => HttpResponse.json({ data: { projectTypes: list("QueryProjectTypes", [{ __typename: "ProjectType", id: "UHJvamVjdFR5cGU6MQ==", name: "长者饭堂", active: true }]) } })),
      graphql.query("ProjectLeadOptions", () => HttpResponse.json({ data: { accounts: list("QueryAccounts", [{ __typename: "Account", id: "QWNjb3VudDph", displayName: "李书记", username: "li" }]) } })),
      graphql.query("ProjectOrganizationOptions", () => HttpResponse.json({ data: { socialOrganizations: list("QuerySocialOrganizations", [{ __typename: "SocialOrganization", id: "U29jaWFsT3JnOjE=", name: "长者服务中心" }]) } })),
      graphql.query("ProjectGridOptions", () => HttpResponse.json({ data: { grids: list("QueryGrids", []) } })),
      graphql.mutation("UpdateProject", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { updateProject: userError("INVALID", "input.plannedStartOn", "计划开始日期不能早于项目提出日 (plannedStartOn)") } });
      }),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "编辑" }));
    const dialog = await screen.findByRole("dialog", { name: "编辑项目" });
    const description = within(dialog).getByRole("textbox", { name: "项目内容" });
    await user.clear(description);
    await user.type(description, "每天中午为60岁以上老人提供午餐");
    const start = within(dialog).getByLabelText("计划开始");
    const end = within(dialog).getByLabelText("计划结束");
    fireEvent.change(start, { target: { value: "2026-12-10" } });
    fireEvent.change(end, { target: { value: "2026-12-01" } });
    await user.click(within(dialog).getByRole("button", { name: "保存" }));
    expect(end).toHaveAccessibleDescription("结束日期不能早于开始日期");
    expect(sent).toHaveLength(0);

    fireEvent.change(end, { target: { value: "2027-03-01" } });
    await user.click(within(dialog).getByRole("button", { name: "保存" }));
    await waitFor(() => expect(start).toHaveAccessibleDescription("计划开始日期不能早于项目提出日 (plannedStartOn)"));
    expect(sent[0]).toMatchObject({ id: PROJECT_ID, input: { description: "每天中午为60岁以上老人提供午餐", plannedStartOn: "2026-12-10", plannedEndOn: "2027-03-01", leadAccountId: "QWNjb3VudDph", organizationId: "U29jaWFsT3JnOjE=" } });
  });

  it("cancels with a reason; the server's refusal lands under the reason", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      ...projectQuery(projectDetail()),
      graphql.mutation("CancelProject", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { cancelProject: userError("INVALID", "input.reason", "取消理由过短 (too short)") } });
      }),
    );
    const { user } = renderApp(PATH);
    await user.click(await screen.findByRole("button", { name: "取消项目" }));
    const dialog = await screen.findByRole("dialog", { name: "取消项目" });
    const reason = within(dialog).getByRole("textbox", { name: "取消理由" });
    await user.type(reason, "重复");
    await user.click(within(dialog).getByRole("button", { name: "确认取消" }));
    await waitFor(() => expect(reason).toHaveAccessibleDescription("取消理由过短 (too short)"));
    expect(sent).toEqual([{ id: PROJECT_ID, input: { reason: "重复" } }]);
  });
});

describe("the project page: budget and expenses", () => {
  const overspent = projectDetail({
    status: "IN_PROGRESS",
    allowedSteps: ["COMPLETE", "CANCEL"],
    budget: budget({ spentFen: 1_300_000, remainingFen: -100_000, burnRate: 1.0833, warning: "OVERSPENT", overspent: true }),
    budgetLines: [budgetLine(0, { spentFen: 700_000, remainingFen: -100_000, burnRate: 1.1667, warning: "OVERSPENT" }), budgetLine(1, { spentFen: 600_000, remainingFen: 0, burnRate: 1, warning: "NEARLY_SPENT" })],
    expenses: { __typename: "ProjectExpensesConnection", totalCount: 1, pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null }, edges: [{ __typename: "ProjectExpensesConnectionEdge", cursor: "c", node: expense(1, { amountFen: 700_000 }) }] },
  });

  it("warns of overspending overall and on the line, in the header and the budget tab", async () => {
    server.use(...inCommunity(), ...projectQuery(overspent));
    const { user } = renderApp(PATH);
    expect(await screen.findByText("已超支", { selector: ".mantine-Badge-label" })).toBeInTheDocument();
    await user.click(screen.getByRole("tab", { name: "经费" }));
    const alert = await screen.findByTestId("overspent-alert");
    expect(alert).toHaveTextContent("已支出 ¥13,000.00，超过预算 ¥12,000.00。");
    expect(alert).toHaveTextContent("“厨房设备”超支 ¥1,000.00");
    const lines = screen.getByTestId("budget-lines");
    expect(within(lines).getByText("超支")).toBeInTheDocument();
    expect(within(lines).getByText("接近用完")).toBeInTheDocument();
    expect(within(screen.getByTestId("expenses-table")).getByText("¥7,000.00")).toBeInTheDocument();
  });

  it("records an expense in fen against a line, warning before it overspends the line", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      ...projectQuery(projectDetail({ status: "IN_PROGRESS", allowedSteps: ["COMPLETE", "CANCEL"] })),
      graphql.mutation("RecordProjectExpense", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { recordProjectExpense: { __typename: "MutationRecordProjectExpenseSuccess", data: { __typename: "ProjectExpense", id: "UHJvamVjdEV4cGVuc2U6OQ==", amountFen: 500_050 } } } });
      }),
    );
    const { user } = renderApp(`${PATH}?tab=budget`);
    await user.click(await screen.findByRole("button", { name: "登记支出" }));
    const dialog = await screen.findByRole("dialog", { name: "登记支出" });
    await user.type(within(dialog).getByRole("textbox", { name: "收款方" }), "江海区厨具店");
    await user.type(within(dialog).getByRole("textbox", { name: "金额（元）" }), "5000.5");
    await user.type(within(dialog).getByRole("textbox", { name: "用途" }), "保温餐车");
    // The line 厨房设备 has ¥4,500.00 left: ¥500.50 over.
    expect(within(dialog).getByTestId("overspend-warning")).toHaveTextContent("“厨房设备”剩余 ¥4,500.00，本笔支出将超支 ¥500.50。");
    await user.click(within(dialog).getByRole("button", { name: "登记" }));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ input: { projectId: PROJECT_ID, budgetLineId: budgetLine(0).id, payee: "江海区厨具店", amountFen: 500_050, description: "保温餐车", receiptFileId: null } });
    expect((sent[0]!.input as Vars).spentOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("refuses a receipt of the wrong type before sending anything", async () => {
    server.use(...inCommunity(), ...projectQuery(projectDetail({ status: "IN_PROGRESS", allowedSteps: [] })));
    const { user } = renderApp(`${PATH}?tab=budget`);
    await user.click(await screen.findByRole("button", { name: "登记支出" }));
    const dialog = await screen.findByRole("dialog", { name: "登记支出" });
    await user.type(within(dialog).getByRole("textbox", { name: "收款方" }), "某店");
    await user.type(within(dialog).getByRole("textbox", { name: "金额（元）" }), "10");
    await user.type(within(dialog).getByRole("textbox", { name: "用途" }), "杂项");
    // Mantine's FileInput keeps a hidden <input type="file"> beside the modal.
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(["<svg/>"], "receipt.svg", { type: "image/svg+xml" })] } });
    expect(await within(dialog).findByText("receipt.svg")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "登记" }));
    expect(await within(dialog).findByText("receipt.svg：文件类型不支持")).toBeInTheDocument();
  });
});
