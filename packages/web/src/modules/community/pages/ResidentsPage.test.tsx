import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { communities, COMMUNITY, emptyOptions, resident, residentsConnection, signedIn } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";

type Vars = Record<string, unknown>;

/** Residents handler: page 1 (3 rows, more to come) or page 2 after its cursor; records the variables. */
function residentsApi(seen: Vars[]) {
  return graphql.query("Residents", ({ variables }) => {
    seen.push(variables);
    const page2 = variables.after === "cursor-3";
    const nodes = page2 ? [resident(4)] : [resident(1), resident(2), resident(3)];
    const conn = residentsConnection(nodes, 4);
    conn.pageInfo = { __typename: "PageInfo", hasNextPage: !page2, endCursor: page2 ? "cursor-4" : "cursor-3" };
    return HttpResponse.json({ data: { residents: conn } });
  });
}

const base = (seen: Vars[] = []) => [signedIn, ...communities(), ...emptyOptions, residentsApi(seen)];

describe("residents page", () => {
  it("lists residents from the API in a table, with masked phones, the total and Relay paging", async () => {
    const seen: Vars[] = [];
    server.use(...base(seen));
    const { user } = renderApp("/residents");

    const table = await screen.findByTestId("residents-table");
    expect(table.tagName).toBe("TABLE");
    expect(await within(table).findByText("陈建国")).toBeInTheDocument();
    const rows = within(table).getAllByRole("row");
    expect(rows).toHaveLength(4); // header + 3
    expect(within(rows[1]!).getByText("138****1001")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("荷塘路 1 号")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("党员")).toBeInTheDocument(); // resident 2 is a party member
    expect(screen.getByText(/共 4 条/)).toBeInTheDocument();
    expect(seen[0]).toMatchObject({ communityId: COMMUNITY.id, first: 20, after: null, search: null });

    await user.click(screen.getByRole("button", { name: "下一页" }));
    expect(await within(table).findByText("王秀英")).toBeInTheDocument();
    expect(within(table).queryByText("陈建国")).not.toBeInTheDocument();
    expect(seen.at(-1)).toMatchObject({ first: 20, after: "cursor-3" });
    expect(screen.getByRole("button", { name: "下一页" })).toBeDisabled();

    await user.click(screen.getByRole("button", { name: "上一页" }));
    expect(await within(table).findByText("陈建国")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "上一页" })).toBeDisabled();
  });

  it("searches by name after the user pauses typing", async () => {
    const seen: Vars[] = [];
    server.use(...base(seen));
    const { user } = renderApp("/residents");
    await screen.findByText("陈建国");
    await user.type(screen.getByRole("searchbox", { name: "搜索居民" }), "王秀");
    await waitFor(() => expect(seen.at(-1)).toMatchObject({ search: "王秀", after: null }));
    // Debounced: no request for the half-typed "王".
    expect(seen.some((v) => v.search === "王")).toBe(false);
  });

  it("validates the new-resident form in the browser before asking the server", async () => {
    let creates = 0;
    server.use(
      ...base(),
      graphql.mutation("CreateResident", () => {
        creates += 1;
        return HttpResponse.json({ data: null });
      }),
    );
    const { user } = renderApp("/residents");
    await user.click(await screen.findByRole("button", { name: "新增居民" }));
    const dialog = await screen.findByRole("dialog", { name: "新增居民" });
    const name = within(dialog).getByRole("textbox", { name: "姓名" });
    const phone = within(dialog).getByRole("textbox", { name: "联系电话" });
    const idNumber = within(dialog).getByRole("textbox", { name: "身份证号" });

    await user.type(phone, "12345");
    await user.type(idNumber, "110105194912310021");
    await user.click(within(dialog).getByRole("button", { name: "保存" }));

    expect(name).toHaveAccessibleDescription("请输入姓名");
    expect(phone).toHaveAccessibleDescription(/手机号应为11位/);
    expect(idNumber).toHaveAccessibleDescription("身份证号应为18位且校验位正确");
    expect(creates).toBe(0);
  });

  it("shows the server's DUPLICATE on input.idNumber under the ID number field", async () => {
    const sent: Vars[] = [];
    server.use(
      ...base(),
      graphql.mutation("CreateResident", ({ variables }) => {
        sent.push(variables);
        const issue = { __typename: "FieldIssue", code: "DUPLICATE", field: "input.idNumber", message: "idNumber 已存在 (already taken)" };
        return HttpResponse.json({ data: { createResident: { ...issue, __typename: "UserError", issues: [issue] } } });
      }),
    );
    const { user } = renderApp("/residents");
    await user.click(await screen.findByRole("button", { name: "新增居民" }));
    const dialog = await screen.findByRole("dialog", { name: "新增居民" });
    await user.type(within(dialog).getByRole("textbox", { name: "姓名" }), "赵小梅");
    await user.type(within(dialog).getByRole("textbox", { name: "联系电话" }), "13800138000");
    await user.type(within(dialog).getByRole("textbox", { name: "身份证号" }), "11010519491231002x");
    await user.click(within(dialog).getByRole("button", { name: "保存" }));

    const idNumber = within(dialog).getByRole("textbox", { name: "身份证号" });
    await waitFor(() => expect(idNumber).toHaveAccessibleDescription("idNumber 已存在 (already taken)"));
    expect(within(dialog).getByRole("textbox", { name: "姓名" })).not.toHaveAccessibleDescription();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.input).toMatchObject({
      communityId: COMMUNITY.id,
      name: "赵小梅",
      phone: "13800138000",
      idNumber: "11010519491231002X",
      registration: "REGISTERED",
      isPartyMember: false,
    });
    // The drawer stays open so the user can correct the field.
    expect(screen.getByRole("dialog", { name: "新增居民" })).toBeInTheDocument();
  });

  it("after a successful create, closes the form, says so, and fetches only the stale list again", async () => {
    const seen: Vars[] = [];
    let created = false;
    server.use(
      signedIn,
      ...communities(),
      ...emptyOptions,
      graphql.query("Residents", ({ variables }) => {
        seen.push(variables);
        const nodes = created ? [resident(1), resident(5, { name: "赵小梅" })] : [resident(1)];
        return HttpResponse.json({ data: { residents: residentsConnection(nodes) } });
      }),
      graphql.mutation("CreateResident", () => {
        created = true;
        return HttpResponse.json({ data: { createResident: { __typename: "MutationCreateResidentSuccess", data: resident(5, { name: "赵小梅" }) } } });
      }),
    );
    const { user } = renderApp("/residents");
    await screen.findByText("陈建国");
    const before = seen.length;
    await user.click(screen.getByRole("button", { name: "新增居民" }));
    const dialog = await screen.findByRole("dialog", { name: "新增居民" });
    await user.type(within(dialog).getByRole("textbox", { name: "姓名" }), "赵小梅");
    await user.click(within(dialog).getByRole("button", { name: "保存" }));

    expect(await screen.findByText("居民已登记")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "新增居民" })).not.toBeInTheDocument());
    expect(await within(screen.getByTestId("residents-table")).findByText("赵小梅")).toBeInTheDocument();
    expect(seen.length).toBe(before + 1);
  });

  it("without resident:viewPii: birth year and age instead of the date, and no ID number input", async () => {
    const gridWorker = { ...COMMUNITY, viewerActions: ["community:read", "resident:read", "resident:create", "resident:update"] };
    const masked = [resident(1, { birthDate: null }), resident(2, { birthDate: null })];
    server.use(
      signedIn,
      ...communities([gridWorker]),
      ...emptyOptions,
      graphql.query("Residents", () => HttpResponse.json({ data: { residents: residentsConnection(masked, 2) } })),
    );
    const { user } = renderApp("/residents");
    const table = await screen.findByTestId("residents-table");
    expect(await within(table).findAllByText("1968年生（58岁）")).toHaveLength(2);
    await user.click(screen.getByRole("button", { name: "新增居民" }));
    const dialog = await screen.findByRole("dialog", { name: "新增居民" });
    expect(within(dialog).queryByRole("textbox", { name: "身份证号" })).not.toBeInTheDocument();
    expect(within(dialog).getByTestId("id-number-no-pii")).toHaveTextContent("只有可查看完整身份证号的人员才能录入或修改身份证号");
  });

  it("hides 新增居民 without resident:create in the community", async () => {
    const readOnly = { ...COMMUNITY, viewerActions: ["community:read", "resident:read"] };
    server.use(signedIn, ...communities([readOnly]), ...emptyOptions, residentsApi([]));
    renderApp("/residents");
    expect(await screen.findByText("陈建国")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "新增居民" })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "编辑" })).not.toBeInTheDocument();
  });
});
