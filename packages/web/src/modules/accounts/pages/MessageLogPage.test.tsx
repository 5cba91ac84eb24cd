import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { actionEnum } from "../../../lib/actions";
import { COMMUNITY, communities, resident, signedIn } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";

type Vars = Record<string, unknown>;
const CLERK = { ...COMMUNITY, viewerActions: [...COMMUNITY.viewerActions, "message:read", "resident:signInCard"] };

function message(n: number, status: "QUEUED" | "SENT" | "FAILED", body: string) {
  return {
    __typename: "MessageLog",
    id: `TWVzc2FnZUxvZzo${n}`,
    createdAt: "2026-12-07T02:00:00.000Z",
    phone: "139****0001",
    body,
    provider: "development",
    status,
    error: status === "FAILED" ? "timeout" : null,
    resident: { __typename: "Resident", id: `UmVzaWRlbnQ6${n}`, name: "王秀英" },
  };
}

function messageLog(asked: Vars[]) {
  return graphql.query("MessageLog", ({ variables }) => {
    asked.push(variables);
    const nodes = [message(1, "SENT", "您的居民端登录验证码为 482913，5 分钟内有效。请勿告诉他人。"), message(2, "FAILED", "您的居民端登录验证码为 ******，5 分钟内有效。")];
    return HttpResponse.json({
      data: {
        messageLog: {
          __typename: "QueryMessageLogConnection",
          pageInfo: { __typename: "PageInfo", hasNextPage: false, endCursor: null },
          edges: nodes.map((node) => ({ __typename: "QueryMessageLogConnectionEdge", node })),
        },
      },
    });
  });
}

describe("the message log (短信记录)", () => {
  it("shows a clerk the community's messages with the development provider's codes, newest first", async () => {
    const asked: Vars[] = [];
    server.use(signedIn, ...communities([CLERK]), messageLog(asked));
    renderApp("/messages");
    const table = await screen.findByRole("table", { name: "短信记录" });
    await waitFor(() => expect(within(table).getByText(/482913/)).toBeInTheDocument());
    expect(asked[0]).toMatchObject({ communityId: COMMUNITY.id, first: 20, after: null });
    const rows = within(table).getAllByRole("row");
    expect(within(rows[1]!).getByText("王秀英")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("139****0001")).toBeInTheDocument();
    expect(within(rows[1]!).getByText("已发送")).toBeInTheDocument();
    expect(within(rows[2]!).getByText("发送失败")).toBeInTheDocument();
    expect(screen.getByText(/开发环境未接入短信平台/)).toBeInTheDocument();
  });

  it("asks nothing without message:read and says so", async () => {
    const asked: Vars[] = [];
    server.use(signedIn, ...communities([COMMUNITY]), messageLog(asked));
    renderApp("/messages");
    expect(await screen.findByText("您在当前社区没有查看此内容的权限。")).toBeInTheDocument();
    expect(asked).toEqual([]);
  });
});

describe("the resident's sign-in card (居民登录卡)", () => {
  it("prints a one-time card with a QR code from the resident's page", async () => {
    const issued: Vars[] = [];
    server.use(
      signedIn,
      ...communities([CLERK]),
      graphql.query("ResidentDetail", () =>
        HttpResponse.json({
          data: {
            node: {
              ...resident(1),
              phone: null,
              idNumber: null,
              createdAt: "2026-01-01T00:00:00.000Z",
              updatedAt: "2026-01-01T00:00:00.000Z",
              community: { __typename: "Community", id: COMMUNITY.id, viewerActions: CLERK.viewerActions.map(actionEnum) },
            },
          },
        }),
      ),
      graphql.mutation("IssueResidentSignInCard", ({ variables }) => {
        issued.push(variables);
        return HttpResponse.json({
          data: {
            issueResidentSignInCard: {
              __typename: "MutationIssueResidentSignInCardSuccess",
              data: { __typename: "ResidentSignInCard", token: "gzk_x", path: "/c/JH-WH-001/card/gzk_x", url: null, expiresAt: "2026-12-14T02:00:00.000Z", resident: { __typename: "Resident", id: "UmVzaWRlbnQ6MQ==", name: "陈建国" } },
            },
          },
        });
      }),
    );
    const { user } = renderApp(`/residents/${resident(1).id}`);
    await user.click(await screen.findByRole("button", { name: "打印登录卡" }));
    expect(await screen.findByText("陈建国 的居民端登录卡")).toBeInTheDocument();
    expect(issued).toEqual([{ residentId: resident(1).id }]);
    expect(await screen.findByTestId("sign-in-card-qr")).toHaveAttribute("src", expect.stringMatching(/^data:image\/png;base64,/));
    expect(screen.getByText(/仅可使用一次/)).toBeInTheDocument();
  });
});
