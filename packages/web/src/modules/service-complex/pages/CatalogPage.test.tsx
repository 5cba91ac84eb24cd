import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;

const ITEM = {
  __typename: "CommunityServiceItem",
  id: "Q29tbXVuaXR5U2VydmljZUl0ZW06MQ==",
  code: "JH001",
  name: "居住证明开具",
  category: "BASIC",
  windowKind: "PARTY_SERVICE",
  materials: ["身份证", "户口簿或租赁合同"],
  timeLimitDays: 1,
  onlineAllowed: true,
  proxyAllowed: true,
  description: null,
  active: true,
  isOwn: false,
  overriddenFields: [],
  // As the API answers staff holding service:manage.
  allowedSteps: ["EDIT", "DEACTIVATE"],
};

const catalog = graphql.query("ServiceCatalog", () => HttpResponse.json({ data: { serviceCatalog: connection("QueryServiceCatalog", [ITEM]) } }));

/** A file whose bytes are known, and their base64. */
const CONTENT = "PK-fake-xlsx-bytes";
const file = () => new File([CONTENT], "事项清单.xlsx", { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });

async function openImport() {
  const { user } = renderApp("/service-complex/catalog");
  expect(await within(await screen.findByTestId("catalog-table")).findByText("居住证明开具")).toBeInTheDocument();
  await user.click(screen.getByRole("button", { name: "导入 Excel" }));
  const dialog = await screen.findByRole("dialog", { name: "从 Excel 导入事项清单" });
  return { user, dialog, input: dialog.querySelector<HTMLInputElement>('input[type="file"]')! };
}

describe("the catalog's Excel import", () => {
  it("lists the rows the server refused, by row number and column", async () => {
    const sent: Vars[] = [];
    const issues = [
      { field: "file.row.3.category", message: "第3行：类别须为 基本公共服务/增益性服务/便民服务", code: "INVALID" },
      { field: "file.row.5.timeLimitDays", message: "第5行：承诺时限不能为空 (required)", code: "REQUIRED" },
      { field: "file.row.5.name", message: "第5行：事项名称不能为空", code: "REQUIRED" },
    ];
    server.use(
      ...inCommunity(),
      catalog,
      graphql.mutation("ImportServiceCatalog", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({ data: { importServiceCatalog: userError("INVALID", issues[0]!.field, issues[0]!.message, issues) } });
      }),
    );
    const { user, dialog, input } = await openImport();

    // No file yet: refused here.
    await user.click(within(dialog).getByRole("button", { name: "导入" }));
    expect(await within(dialog).findByText("请选择文件")).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    fireEvent.change(input, { target: { files: [file()] } });
    await user.click(within(dialog).getByRole("button", { name: "导入" }));

    const list = await within(dialog).findByTestId("import-issues");
    expect(within(list).getByText("文件有 3 处错误，未导入任何内容")).toBeInTheDocument();
    const rows = within(list).getAllByRole("row").slice(1);
    expect(rows.map((r) => within(r).getAllByRole("cell").map((c) => c.textContent))).toEqual([
      ["3", "类别", issues[0]!.message],
      ["5", "承诺时限", issues[1]!.message],
      ["5", "事项名称", issues[2]!.message],
    ]);
    expect(sent).toEqual([{ input: { nodeId: COMMUNITY.id, contentBase64: btoa(CONTENT) } }]);
    // Nothing was imported: the dialog stays for another file.
    expect(screen.getByRole("dialog", { name: "从 Excel 导入事项清单" })).toBeInTheDocument();
  });

  it("says what an import changed, and closes", async () => {
    server.use(
      ...inCommunity(),
      catalog,
      graphql.mutation("ImportServiceCatalog", () =>
        HttpResponse.json({ data: { importServiceCatalog: { __typename: "MutationImportServiceCatalogSuccess", data: { __typename: "ServiceCatalogImportResult", created: 2, updated: 1, unchanged: 100 } } } }),
      ),
    );
    const { user, dialog, input } = await openImport();
    fireEvent.change(input, { target: { files: [file()] } });
    await user.click(within(dialog).getByRole("button", { name: "导入" }));
    expect(await screen.findByText("导入完成：新增 2 项，更新 1 项，未变 100 项")).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "从 Excel 导入事项清单" })).not.toBeInTheDocument());
  });
});

describe("the catalog's rows", () => {
  it("shows 编辑 on the items whose allowedSteps hold EDIT", async () => {
    const other = { ...ITEM, id: "Q29tbXVuaXR5U2VydmljZUl0ZW06Mg==", code: "JH002", name: "老年人优待证办理", allowedSteps: [] };
    server.use(graphql.query("ServiceCatalog", () => HttpResponse.json({ data: { serviceCatalog: connection("QueryServiceCatalog", [ITEM, other]) } })), ...inCommunity());
    renderApp("/service-complex/catalog");
    const table = await screen.findByTestId("catalog-table");
    await waitFor(() => expect(within(table).getByText("老年人优待证办理")).toBeInTheDocument());
    const row = (name: string) => within(within(table).getByText(name).closest("tr")!);
    expect(row("居住证明开具").getByRole("button", { name: "编辑" })).toBeInTheDocument();
    expect(row("老年人优待证办理").queryByRole("button", { name: "编辑" })).not.toBeInTheDocument();
  });
});
