import { screen, waitFor } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { anonymous, communities, COMMUNITY, signedIn } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { scopes } from "../../indicators/test/fixtures";

const userError = (code: string, message: string, field: string | null) => ({
  data: {
    signIn: { __typename: "UserError", code, field, message, issues: [{ __typename: "FieldIssue", code, field, message }] },
  },
});

describe("sign-in", () => {
  it("sends an unauthenticated visitor to /login", async () => {
    server.use(anonymous);
    renderApp("/residents");
    expect(await screen.findByRole("button", { name: "登录" })).toBeInTheDocument();
    expect(screen.getByLabelText("用户名")).toBeInTheDocument();
  });

  it("shows the server's error under the password field", async () => {
    const sent: unknown[] = [];
    server.use(
      anonymous,
      graphql.mutation("SignIn", ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json(userError("UNAUTHENTICATED", "用户名或密码错误 (wrong username or password)", "password"));
      }),
    );
    const { user } = renderApp("/login");
    await user.type(await screen.findByLabelText("用户名"), "zhichong_admin");
    await user.type(screen.getByLabelText("密码"), "wrong-password");
    await user.click(screen.getByRole("button", { name: "登录" }));

    const password = screen.getByLabelText("密码");
    // The message sits under the password field and is its description.
    await waitFor(() => expect(password).toHaveAccessibleDescription("用户名或密码错误 (wrong username or password)"));
    expect(password).toHaveAttribute("data-invalid", "true");
    expect(screen.getByLabelText("用户名")).not.toHaveAccessibleDescription();
    expect(sent).toEqual([{ input: { username: "zhichong_admin", password: "wrong-password" } }]);
  });

  it("explains a lockout (RATE_LIMITED)", async () => {
    server.use(
      anonymous,
      graphql.mutation("SignIn", () => HttpResponse.json(userError("RATE_LIMITED", "尝试次数过多，请 60 秒后再试 (too many attempts; retry in 60s)", "password"))),
    );
    const { user } = renderApp("/login");
    await user.type(await screen.findByLabelText("用户名"), "zhichong_admin");
    await user.type(screen.getByLabelText("密码"), "x");
    await user.click(screen.getByRole("button", { name: "登录" }));
    expect(await screen.findByRole("alert")).toHaveTextContent("登录失败次数过多");
    expect(screen.getByLabelText("密码")).toHaveAccessibleDescription(/60 秒后再试/);
  });

  it("requires both fields before asking the server", async () => {
    server.use(anonymous);
    const { user } = renderApp("/login");
    await user.click(await screen.findByRole("button", { name: "登录" }));
    expect(screen.getByLabelText("用户名")).toHaveAccessibleDescription("此项必填");
    expect(screen.getByLabelText("密码")).toHaveAccessibleDescription("此项必填");
  });

  it("goes to the community's workbench after signing in (an account without a district or street grant)", async () => {
    let session = false;
    server.use(
      graphql.query("Viewer", (info) => (session ? signedIn : anonymous).run(info).then((r) => r?.response)),
      graphql.mutation("SignIn", () => {
        session = true;
        return HttpResponse.json({ data: { signIn: { __typename: "MutationSignInSuccess", data: { __typename: "Account", id: "QWNjb3VudDph" } } } });
      }),
      ...communities(),
      scopes("community"),
      graphql.query("CommunityWorkbench", () =>
        HttpResponse.json({ data: { communityWorkbench: { __typename: "CommunityWorkbench", communityId: COMMUNITY.id, communityName: COMMUNITY.name, today: "2026-11-20", items: [], indicators: null } } }),
      ),
    );
    const { user } = renderApp("/login");
    await user.type(await screen.findByLabelText("用户名"), "zhichong_admin");
    await user.type(screen.getByLabelText("密码"), "Gongzhi@2026");
    await user.click(screen.getByRole("button", { name: "登录" }));
    expect(await screen.findByRole("heading", { name: "社区工作台" })).toBeInTheDocument();
    expect(await screen.findByText("荷塘社区 · 2026-11-20")).toBeInTheDocument();
    expect(screen.getByText("李书记")).toBeInTheDocument();
  });
});
