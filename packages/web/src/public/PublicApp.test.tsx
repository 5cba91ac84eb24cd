// The public pages against msw: a community's notice board (period, countdown, status, objections
// and answers), the other sections, 长辈模式 remembered, English, a street's communities, an unknown
// code, and a lost network ending in a retry that works — never a blank screen.
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../test/server";
import { ELDER_STORAGE_KEY, PublicApp } from "./PublicApp";
import type { PublicNotice } from "./queries";

const C = { id: "Q29tbXVuaXR5OjE=", code: "440703-ZC-001", name: "直冲村", kind: "RURAL", address: "直冲路1号", streetName: "棠下镇", streetCode: "440703-TX", districtName: "蓬江区", districtCode: "440703" };
const DAY = 86_400_000;

function notice(over: Partial<PublicNotice>): PublicNotice {
  return {
    id: "n1",
    title: "【公示】路灯维修方案",
    content: "维修三盏路灯，费用由村集体支出。",
    subjectType: "Announcement",
    subjectId: null,
    stage: null,
    periodDays: 7,
    publishedAt: new Date(Date.now() - 2 * DAY).toISOString(),
    endsAt: new Date(Date.now() + 5 * DAY + 3 * 3_600_000 + 60_000).toISOString(),
    status: "PUBLISHED",
    finalAt: null,
    withdrawnAt: null,
    withdrawReason: null,
    objectionCount: 0,
    pendingObjectionCount: 0,
    upheldObjectionCount: 0,
    answers: [],
    ...over,
  };
}

const NOTICES = [
  notice({}),
  notice({
    id: "n2",
    title: "【公示】垃圾分类积分细则",
    status: "FINAL",
    endsAt: new Date(Date.now() - 3 * DAY).toISOString(),
    finalAt: "2026-11-30T16:00:00.000Z",
    objectionCount: 2,
    answers: [{ status: "DISMISSED", answer: "细则已经村民代表会议表决通过。", answeredAt: "2026-11-29T02:00:00.000Z" }, { status: "UPHELD", answer: "已改正第三条。", answeredAt: "2026-11-30T02:00:00.000Z" }],
    upheldObjectionCount: 1,
  }),
];

const connection = <T,>(nodes: T[]) => ({ totalCount: nodes.length, pageInfo: { hasNextPage: false, endCursor: null }, edges: nodes.map((node) => ({ node })) });

function handlers(seen: { op: string; method: string; variables: Record<string, unknown> }[] = []) {
  return [
    graphql.query("PublicCommunity", ({ variables, request }) => {
      seen.push({ op: "PublicCommunity", method: request.method, variables });
      return HttpResponse.json({ data: { publicCommunity: variables.code === C.code ? C : null } });
    }),
    graphql.query("PublicNotices", ({ variables, request }) => {
      seen.push({ op: "PublicNotices", method: request.method, variables });
      const list = variables.subjectType === "Topic"
        ? [
            notice({ id: "t2", title: "【商议公开】修缮祠堂", subjectType: "Topic", subjectId: "VG9waWM6MQ==", stage: "DELIBERATION", status: "FINAL", finalAt: "2026-11-01T00:00:00Z" }),
            notice({ id: "t1", title: "【提议公开】修缮祠堂", subjectType: "Topic", subjectId: "VG9waWM6MQ==", stage: "PROPOSAL", status: "FINAL", finalAt: "2026-10-01T00:00:00Z" }),
          ]
        : variables.subjectType === "PointsRanking"
          ? [notice({ id: "r1", title: "【积分红黑榜】直冲村2026年11月", subjectType: "PointsRanking", content: "【红榜】\n1. 陈某某  30分" })]
          : NOTICES;
      return HttpResponse.json({ data: { publicNotices: connection(list) } });
    }),
    graphql.query("PublicServices", () =>
      HttpResponse.json({
        data: {
          publicServiceComplex: { name: "直冲村党群服务中心", address: "直冲路1号", phone: "0750-1234567", hoursNote: "法定节假日休息", openingHours: [{ weekday: 1, opens: "08:30", closes: "12:00" }], windows: [{ name: "民政窗口", number: "2", kind: "CIVIL_AFFAIRS" }] },
          publicServiceItems: [{ code: "MZ-01", name: "高龄津贴申领", category: "BASIC", windowKind: "CIVIL_AFFAIRS", materials: ["身份证", "户口簿"], timeLimitDays: 5, onlineAllowed: false, proxyAllowed: true, description: null }],
        },
      }),
    ),
    graphql.query("PublicRegion", ({ variables }) =>
      HttpResponse.json({
        data: { publicRegion: variables.code === "440703-TX" ? { code: "440703-TX", name: "棠下镇", kind: "STREET", parentName: "蓬江区", parentCode: "440703", communities: [{ name: "直冲村", code: C.code, kind: "RURAL" }], streets: [] } : null },
      }),
    ),
  ];
}

function open(path: string) {
  window.history.pushState({}, "", path);
  const user = userEvent.setup();
  return { user, ...render(<PublicApp />) };
}

describe("居民公开栏 (public pages)", () => {
  it("shows a community's notice board over GET without signing in: period, countdown, status, objections and their answers", async () => {
    const seen: { op: string; method: string; variables: Record<string, unknown> }[] = [];
    server.use(...handlers(seen));
    open(`/c/${C.code}`);
    expect(await screen.findByRole("heading", { level: 1, name: "直冲村" })).toBeInTheDocument();
    const open1 = await screen.findByRole("article", { name: "【公示】路灯维修方案" });
    expect(within(open1).getByText("公示中")).toBeInTheDocument();
    expect(within(open1).getByText(/公示期：.* 至 .*（7天）/)).toBeInTheDocument();
    expect(within(open1).getByText("距公示期满还有 5 天 3 小时")).toBeInTheDocument();
    expect(within(open1).getByText("未收到异议")).toBeInTheDocument();
    const final = screen.getByRole("article", { name: "【公示】垃圾分类积分细则" });
    expect(within(final).getByText("已生效")).toBeInTheDocument();
    expect(within(final).getByText(/起生效/)).toBeInTheDocument();
    expect(within(final).getByText(/收到异议 2 条/)).toBeInTheDocument();
    expect(within(final).getByText("细则已经村民代表会议表决通过。")).toBeInTheDocument();
    expect(within(final).getByText("异议不成立")).toBeInTheDocument();
    expect(seen.every((s) => s.method === "GET")).toBe(true);
    expect(seen.find((s) => s.op === "PublicNotices")?.variables).toMatchObject({ c: C.id, subjectType: null });
    // Nothing asks to sign in.
    expect(screen.queryByRole("link", { name: /登录/ })).not.toBeInTheDocument();
    expect(screen.queryByRole("button", { name: /登录/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText(/密码/)).not.toBeInTheDocument();
    // The way to the resident side, once, in the bar; the footer says anyone may read this.
    expect(screen.getAllByRole("link", { name: "我的" })).toHaveLength(1);
    expect(screen.getByText(/任何人无需登录即可查看/)).toBeInTheDocument();
  });

  it("groups a topic's stage notices (三议三公开) and shows the red and black lists", async () => {
    server.use(...handlers());
    const { user } = open(`/c/${C.code}`);
    await user.click(await screen.findByRole("link", { name: "三议三公开" }));
    expect(window.location.pathname).toBe(`/c/${C.code}/topics`);
    expect(await screen.findByText("已公示 2 / 3 个阶段")).toBeInTheDocument();
    expect(screen.getByText("提议公开")).toBeInTheDocument();
    expect(screen.getByText("尚未公示")).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "红黑榜" }));
    expect(await screen.findByRole("article", { name: "【积分红黑榜】直冲村2026年11月" })).toBeInTheDocument();
  });

  it("shows the service guide: opening hours, windows, materials and time limit", async () => {
    server.use(...handlers());
    const { user } = open(`/c/${C.code}/services`);
    expect(await screen.findByRole("heading", { name: "直冲村党群服务中心" })).toBeInTheDocument();
    expect(screen.getByText("08:30–12:00")).toBeInTheDocument();
    await user.click(screen.getByText("高龄津贴申领"));
    expect(screen.getByText("户口簿")).toBeInTheDocument();
    expect(screen.getByText("5 个工作日")).toBeInTheDocument();
    expect(screen.getAllByText(/2号窗口 民政窗口/).length).toBeGreaterThan(0);
  });

  it("remembers 长辈模式 and switches to English", async () => {
    server.use(...handlers());
    const { user, unmount } = open(`/c/${C.code}`);
    await screen.findByRole("heading", { level: 1, name: "直冲村" });
    await user.click(screen.getByRole("button", { name: "长辈模式" }));
    expect(document.documentElement.classList.contains("elder")).toBe(true);
    expect(localStorage.getItem(ELDER_STORAGE_KEY)).toBe("1");
    unmount();
    open(`/c/${C.code}`);
    expect(await screen.findByRole("button", { name: "长辈模式：已开" })).toHaveAttribute("aria-pressed", "true");
    await user.click(screen.getByRole("button", { name: "English" }));
    expect(await screen.findByRole("link", { name: "Notices" })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe("en");
  });

  it("lists a street's communities with links, and says so for an unknown code", async () => {
    server.use(...handlers());
    const { user } = open("/r/440703-TX");
    expect(await screen.findByRole("heading", { level: 1, name: "棠下镇" })).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: /直冲村/ }));
    expect(await screen.findByRole("heading", { level: 1, name: "直冲村" })).toBeInTheDocument();
    window.history.pushState({}, "", "/c/NOPE");
    window.dispatchEvent(new PopStateEvent("popstate"));
    expect(await screen.findByText("没有编码为「NOPE」的社区（村）。")).toBeInTheDocument();
  });

  it("a lost network shows a clear message and a retry that loads the page", async () => {
    let down = true;
    server.use(
      graphql.query("PublicCommunity", () => (down ? HttpResponse.error() : HttpResponse.json({ data: { publicCommunity: C } }))),
      ...handlers(),
    );
    const { user } = open(`/c/${C.code}`);
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("网络连接失败");
    down = false;
    await user.click(within(alert).getByRole("button", { name: "重新加载" }));
    expect(await screen.findByRole("heading", { level: 1, name: "直冲村" })).toBeInTheDocument();
  });
});
