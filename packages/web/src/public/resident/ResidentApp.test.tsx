// The resident side against msw: sign-in with a one-time code (the neutral answer, a wrong code's
// message, back to where the resident was going), 我的 with the balance, the store's exactly-once
// redemption (a retry after a lost answer sends the same idempotency key; over the balance the
// server's message and nothing changes), the pickup code, and check-in by the QR's URL (the
// server's message for a wrong code).
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { server } from "../../test/server";
import { PublicApp } from "../PublicApp";

const CODE = "JH-WH-001";
const COMMUNITY = { id: "Q29tbXVuaXR5OjE=", code: CODE, name: "直冲村", kind: "RURAL", address: null, streetName: "外海街道", streetCode: null, districtName: "江海区", districtCode: null };
const RESIDENT = { id: "UmVzaWRlbnQ6MQ==", name: "林添浩", community: { id: COMMUNITY.id, code: CODE, name: "直冲村" } };
const userError = (code: string, field: string | null, message: string) => ({ __typename: "UserError", code, field, message });

type Vars = Record<string, unknown>;

/** The API as a signed-out visitor finds it; `signedIn` flips when signInResident succeeds. */
function api(opts: { signedIn?: boolean; balance?: number } = {}) {
  const state = { signedIn: opts.signedIn ?? false, balance: opts.balance ?? 34, sent: [] as { op: string; variables: Vars }[] };
  const handlers = [
    graphql.query("PublicCommunity", () => HttpResponse.json({ data: { publicCommunity: COMMUNITY } })),
    graphql.query("ResidentViewer", () => HttpResponse.json({ data: { viewer: state.signedIn ? { kind: "RESIDENT", actingResident: RESIDENT } : { kind: "ANONYMOUS", actingResident: null } } })),
    graphql.mutation("ResidentRequestCode", ({ variables }) => {
      state.sent.push({ op: "requestResidentCode", variables });
      return HttpResponse.json({
        data: {
          requestResidentCode: {
            __typename: "MutationRequestResidentCodeSuccess",
            data: { message: "如该号码已在本社区登记，验证码已发送，5分钟内有效 (if the number is registered here, a code was sent; valid 5 minutes)", expiresAt: new Date(Date.now() + 300_000).toISOString(), resendAfterSeconds: 60 },
          },
        },
      });
    }),
    graphql.mutation("ResidentSignIn", ({ variables }) => {
      state.sent.push({ op: "signInResident", variables });
      const code = (variables.input as { code: string }).code;
      if (code !== "123456") return HttpResponse.json({ data: { signInResident: userError("UNAUTHENTICATED", "input.code", "验证码错误，还可再试 4 次 (wrong code; 4 tries left)") } });
      state.signedIn = true;
      return HttpResponse.json({ data: { signInResident: { __typename: "MutationSignInResidentSuccess", data: { id: RESIDENT.id, name: RESIDENT.name } } } });
    }),
    graphql.query("ResidentPointsAccounts", () =>
      HttpResponse.json({ data: { myPointsAccounts: [{ id: "QTox", kind: "PERSON", name: RESIDENT.name, balance: state.balance, awarded: 64, deducted: 0, spent: 64 - state.balance, community: RESIDENT.community }] } }),
    ),
  ];
  return { state, handlers };
}

function open(path: string) {
  window.history.pushState({}, "", path);
  const user = userEvent.setup();
  return { user, ...render(<PublicApp />) };
}

describe("居民端 sign-in", () => {
  it("asks to sign in, sends a code to the phone, shows a wrong code's message, then signs in and comes back", async () => {
    const { state, handlers } = api();
    server.use(...handlers);
    const { user } = open(`/c/${CODE}/me`);
    expect(await screen.findByRole("heading", { name: "请先登录" })).toBeInTheDocument();
    await user.click(screen.getByRole("link", { name: "去登录" }));
    expect(window.location.pathname).toBe(`/c/${CODE}/signin`);
    expect(new URLSearchParams(window.location.search).get("next")).toBe(`/c/${CODE}/me`);

    // A malformed number is caught before it is sent.
    await user.type(await screen.findByLabelText("手机号码"), "1390000");
    await user.click(screen.getByRole("button", { name: "获取验证码" }));
    expect(await screen.findByText("请输入11位手机号码。")).toBeInTheDocument();
    expect(state.sent).toEqual([]);

    await user.clear(screen.getByLabelText("手机号码"));
    await user.type(screen.getByLabelText("手机号码"), "13900000001");
    await user.click(screen.getByRole("button", { name: "获取验证码" }));
    // The neutral answer, in Chinese only; and a countdown before another code.
    expect(await screen.findByText("如该号码已在本社区登记，验证码已发送，5分钟内有效")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /秒后可重新获取/ })).toBeDisabled();
    expect(state.sent[0]).toEqual({ op: "requestResidentCode", variables: { input: { communityCode: CODE, phone: "13900000001" } } });

    await user.type(screen.getByLabelText("验证码（6位数字）"), "000000");
    await user.click(screen.getByRole("button", { name: "登录" }));
    expect(await screen.findByText("验证码错误，还可再试 4 次")).toBeInTheDocument();

    await user.clear(screen.getByLabelText("验证码（6位数字）"));
    await user.type(screen.getByLabelText("验证码（6位数字）"), "123456");
    await user.click(screen.getByRole("button", { name: "登录" }));
    expect(await screen.findByRole("heading", { name: "林添浩，您好" })).toBeInTheDocument();
    expect(window.location.pathname).toBe(`/c/${CODE}/me`);
    expect(await screen.findByText("34")).toBeInTheDocument();
    expect(state.sent.at(-1)).toEqual({ op: "signInResident", variables: { input: { communityCode: CODE, phone: "13900000001", code: "123456" } } });
  });

  it("shows the server's refusal of a sixth attempt in English too", async () => {
    const { handlers } = api();
    server.use(
      graphql.mutation("ResidentSignIn", () => HttpResponse.json({ data: { signInResident: userError("RATE_LIMITED", "input.code", "尝试次数过多，请重新获取验证码 (too many tries; ask for a new code)") } })),
      ...handlers,
    );
    localStorage.setItem("gongzhi.language", "en");
    const { user } = open(`/c/${CODE}/signin`);
    await user.type(await screen.findByLabelText("Mobile number"), "13900000001");
    await user.click(screen.getByRole("button", { name: "Get a code" }));
    await user.type(await screen.findByLabelText("Code (6 digits)"), "111111");
    await user.click(screen.getByRole("button", { name: "Sign in" }));
    expect(await screen.findByText("尝试次数过多，请重新获取验证码 (too many tries; ask for a new code)")).toBeInTheDocument();
  });
});

const REWARD = { id: "UmV3YXJkOjE=", name: "洗车券", description: null, kind: "VOUCHER", cost: 30, stock: 32, sponsor: "直冲汽车服务站", allowedSteps: ["REDEEM"] };
const OIL = { ...REWARD, id: "UmV3YXJkOjI=", name: "食用油（5升）", cost: 120, sponsor: null };
const redemption = (over: Record<string, unknown> = {}) => ({
  id: "UmVkZW1wdGlvbjox",
  rewardName: "洗车券",
  quantity: 1,
  totalCost: 30,
  status: "PENDING",
  code: "RP4AT847",
  createdAt: "2026-12-07T06:18:00.000Z",
  fulfilledAt: null,
  cancelledAt: null,
  cancelReason: null,
  allowedSteps: ["CANCEL"],
  community: { id: COMMUNITY.id },
  ...over,
});

describe("积分超市", () => {
  it("redeems exactly once: a retry after a lost answer sends the same key; over the balance the server's message and nothing changes", async () => {
    const { state, handlers } = api({ signedIn: true });
    const keys: string[] = [];
    let lose = true;
    server.use(
      graphql.query("ResidentStore", () => HttpResponse.json({ data: { pointsAccountOf: { id: "QTox", kind: "PERSON", name: RESIDENT.name, balance: state.balance }, pointsRewards: { edges: [{ node: OIL }, { node: REWARD }] } } })),
      graphql.mutation("ResidentRedeem", ({ variables }) => {
        const input = variables.input as { rewardId: string; quantity: number; idempotencyKey: string };
        keys.push(input.idempotencyKey);
        if (input.rewardId === OIL.id) return HttpResponse.json({ data: { redeemReward: userError("CONFLICT", "input.quantity", "积分不足：余额34分，需要120分 (the balance does not cover it)") } });
        if (lose) {
          lose = false;
          return HttpResponse.error();
        }
        state.balance = 4;
        return HttpResponse.json({ data: { redeemReward: { __typename: "MutationRedeemRewardSuccess", data: redemption() } } });
      }),
      ...handlers,
    );
    const { user } = open(`/c/${CODE}/me/store`);
    const oil = await screen.findByRole("article", { name: "食用油（5升）" });
    await user.click(within(oil).getByRole("button", { name: "兑换" }));
    expect(within(oil).getByText("积分不足：需要 120 分，您现有 34 分。")).toBeInTheDocument();
    await user.click(within(oil).getByRole("button", { name: "确认兑换（120 分）" }));
    expect(await within(oil).findByText("积分不足：余额34分，需要120分")).toBeInTheDocument();
    expect(screen.getByText("34")).toBeInTheDocument();
    await user.click(within(oil).getByRole("button", { name: "不兑换了" }));

    const voucher = screen.getByRole("article", { name: "洗车券" });
    await user.click(within(voucher).getByRole("button", { name: "兑换" }));
    expect(within(voucher).getByText("共需 30 分，兑换后剩 4 分。")).toBeInTheDocument();
    await user.click(within(voucher).getByRole("button", { name: "确认兑换（30 分）" }));
    expect(await within(voucher).findByText("网络连接失败，请检查网络后再试一次。")).toBeInTheDocument();
    await user.click(within(voucher).getByRole("button", { name: "确认兑换（30 分）" }));
    expect(await screen.findByRole("heading", { name: "兑换成功" })).toBeInTheDocument();
    expect(screen.getByText("RP4AT847")).toBeInTheDocument();
    // The same key for the retry: the server returns the first redemption, never a second.
    expect(keys).toHaveLength(3);
    expect(keys[2]).toBe(keys[1]);
    expect(keys[1]).not.toBe(keys[0]);
    expect(await screen.findByText("4")).toBeInTheDocument();
  });

  it("shows a pending redemption's pickup code for the clerk and cancels it", async () => {
    const { handlers } = api({ signedIn: true });
    server.use(
      graphql.query("ResidentRedemptions", () => HttpResponse.json({ data: { myRedemptions: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: redemption() }] } } })),
      graphql.mutation("ResidentCancelRedemption", () =>
        HttpResponse.json({ data: { cancelRedemption: { __typename: "MutationCancelRedemptionSuccess", data: redemption({ status: "CANCELLED", cancelledAt: "2026-12-07T07:00:00.000Z", allowedSteps: [] }) } } }),
      ),
      ...handlers,
    );
    const { user } = open(`/c/${CODE}/me/redemptions`);
    const card = await screen.findByRole("article", { name: "洗车券" });
    expect(within(card).getByText("待领取")).toBeInTheDocument();
    expect(within(card).getByText("RP4A-T847")).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "取消兑换" }));
    await user.click(within(card).getByRole("button", { name: "确定取消兑换" }));
    expect(await within(card).findByText("已取消")).toBeInTheDocument();
    expect(within(card).queryByText("RP4A-T847")).not.toBeInTheDocument();
  });
});

describe("扫码签到", () => {
  const now = Date.now();
  const signUp = (over: Record<string, unknown> = {}) => ({
    id: "Vm9sdW50ZWVyU2lnblVwOjE=",
    status: "CONFIRMED",
    waitlistPosition: null,
    checkedInAt: null,
    checkedOutAt: null,
    hoursStatus: "NONE",
    minutes: null,
    verifiedMinutes: null,
    pointsAwarded: null,
    allowedSteps: ["CANCEL"],
    activity: { id: "QWN0OjE=", title: "村道清扫", place: "直冲村文化广场", startsAt: new Date(now - 20 * 60_000).toISOString(), endsAt: new Date(now + 60 * 60_000).toISOString(), community: { id: COMMUNITY.id } },
    ...over,
  });

  it("opened from the QR's URL: asks for my sign-up by the code, checks in with it; then offers 签退", async () => {
    const { handlers } = api({ signedIn: true });
    const asked: unknown[] = [];
    const codes: unknown[] = [];
    let current = signUp();
    server.use(
      graphql.query("ResidentSignUpForCode", ({ variables }) => {
        asked.push(variables.checkInCode);
        return HttpResponse.json({ data: { myVolunteerSignUps: { edges: [{ node: current }] } } });
      }),
      graphql.mutation("ResidentCheckIn", ({ variables }) => {
        codes.push(variables.input);
        current = signUp({ checkedInAt: new Date().toISOString() });
        return HttpResponse.json({ data: { checkInToVolunteerActivity: { __typename: "MutationCheckInToVolunteerActivitySuccess", data: current } } });
      }),
      ...handlers,
    );
    const { user, unmount } = open(`/c/${CODE}/checkin/va_kfAyGNaX5Jij2ElQ`);
    expect(await screen.findByRole("article", { name: "村道清扫" })).toBeInTheDocument();
    expect(asked).toEqual(["va_kfAyGNaX5Jij2ElQ"]);
    // A signed-in page: 我的 once (the page's own bar), and the footer speaks of the resident's own records.
    expect(screen.getAllByRole("link", { name: "我的" })).toHaveLength(1);
    expect(screen.getByText(/个人记录只有您本人和本社区（村）工作人员可以看到/)).toBeInTheDocument();
    expect(screen.queryByText(/任何人无需登录即可查看/)).not.toBeInTheDocument();
    await user.click(screen.getByRole("button", { name: "签到" }));
    expect(await screen.findByText("签到成功")).toBeInTheDocument();
    expect(codes).toEqual([{ code: "va_kfAyGNaX5Jij2ElQ" }]);
    unmount();
    open(`/c/${CODE}/checkin/va_kfAyGNaX5Jij2ElQ`);
    expect(await screen.findByRole("button", { name: "签退" })).toBeInTheDocument();
  });

  it("a code of an activity the resident did not sign up for says so and leads to the sign-up page, with nothing to press", async () => {
    const { handlers } = api({ signedIn: true });
    server.use(graphql.query("ResidentSignUpForCode", () => HttpResponse.json({ data: { myVolunteerSignUps: { edges: [] } } })), ...handlers);
    open(`/c/${CODE}/checkin/va_other`);
    expect(await screen.findByText(/您没有报名这个活动/)).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "去报名志愿活动" })).toHaveAttribute("href", `/c/${CODE}/me/activities`);
    expect(screen.queryByRole("button", { name: "签到" })).not.toBeInTheDocument();
  });

  it("on the waiting list: no button; outside the window: the server's message", async () => {
    const { handlers } = api({ signedIn: true });
    let status = "WAITLISTED";
    server.use(
      graphql.query("ResidentSignUpForCode", () => HttpResponse.json({ data: { myVolunteerSignUps: { edges: [{ node: signUp({ status, waitlistPosition: status === "WAITLISTED" ? 1 : null }) }] } } })),
      graphql.mutation("ResidentCheckIn", () => HttpResponse.json({ data: { checkInToVolunteerActivity: userError("CONFLICT", "input.code", "活动开始前30分钟至结束可签到 (check-in window)") } })),
      ...handlers,
    );
    const { unmount } = open(`/c/${CODE}/checkin/va_kfAyGNaX5Jij2ElQ`);
    expect(await screen.findByText(/您在这个活动的候补名单上/)).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "签到" })).not.toBeInTheDocument();
    unmount();
    status = "CONFIRMED";
    const { user } = open(`/c/${CODE}/checkin/va_kfAyGNaX5Jij2ElQ`);
    await user.click(await screen.findByRole("button", { name: "签到" }));
    expect(await screen.findByText("活动开始前30分钟至结束可签到")).toBeInTheDocument();
  });

  it("signed out: the QR's page asks to sign in and comes back to it", async () => {
    const { handlers } = api();
    server.use(...handlers);
    const { user } = open(`/c/${CODE}/checkin/va_x`);
    await user.click(await screen.findByRole("link", { name: "去登录" }));
    expect(new URLSearchParams(window.location.search).get("next")).toBe(`/c/${CODE}/checkin/va_x`);
  });
});

describe("志愿活动报名", () => {
  const activity = (over: Record<string, unknown> = {}) => ({
    id: "QWN0OjE=",
    title: "村道清扫",
    place: "直冲村文化广场",
    startsAt: "2026-12-08T01:00:00.000Z",
    endsAt: "2026-12-08T03:00:00.000Z",
    phase: "UPCOMING",
    capacity: 2,
    confirmedCount: 2,
    placesLeft: 0,
    waitlistCount: 1,
    requiredSkills: [],
    description: null,
    allowedSteps: ["SIGN_UP"],
    community: { id: COMMUNITY.id },
    team: null,
    mySignUp: null,
    ...over,
  });
  const mine = (over: Record<string, unknown> = {}) => ({ id: "U1U6MQ==", status: "WAITLISTED", waitlistPosition: 2, checkedInAt: null, checkedOutAt: null, hoursStatus: "NONE", minutes: null, verifiedMinutes: null, pointsAwarded: null, allowedSteps: ["CANCEL"], ...over });

  it("signs up a resident not yet a volunteer (registering first), to the waiting list when full, and leaves it", async () => {
    const { handlers } = api({ signedIn: true });
    const sent: string[] = [];
    server.use(
      graphql.query("ResidentOpenActivities", () => HttpResponse.json({ data: { openVolunteerActivities: { edges: [{ node: activity() }] }, myVolunteerRegistrations: [] } })),
      graphql.query("ResidentSignUps", () => HttpResponse.json({ data: { myVolunteerSignUps: { pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } })),
      graphql.mutation("ResidentRegisterVolunteer", ({ variables }) => {
        sent.push(`register ${(variables.input as { communityId: string }).communityId}`);
        return HttpResponse.json({ data: { registerVolunteer: { __typename: "MutationRegisterVolunteerSuccess", data: { id: "Vm9sOjE=" } } } });
      }),
      graphql.mutation("ResidentSignUp", () => {
        sent.push("signUp");
        return HttpResponse.json({ data: { signUpForVolunteerActivity: { __typename: "MutationSignUpForVolunteerActivitySuccess", data: mine() } } });
      }),
      graphql.mutation("ResidentCancelSignUp", () => {
        sent.push("cancel");
        return HttpResponse.json({ data: { cancelVolunteerSignUp: { __typename: "MutationCancelVolunteerSignUpSuccess", data: mine({ status: "CANCELLED", waitlistPosition: null, allowedSteps: [] }) } } });
      }),
      ...handlers,
    );
    const { user } = open(`/c/${CODE}/me/activities`);
    const card = await screen.findByRole("article", { name: "村道清扫" });
    expect(within(card).getByText("报名时将同时登记您为本社区（村）志愿者。")).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "报名候补" }));
    expect(await within(card).findByText("候补第 2 位")).toBeInTheDocument();
    await user.click(within(card).getByRole("button", { name: "退出候补" }));
    expect(await within(card).findByRole("button", { name: "报名候补" })).toBeInTheDocument();
    expect(sent).toEqual([`register ${COMMUNITY.id}`, "signUp", "cancel"]);
  });
});

describe("a session that ended", () => {
  it("a request refused as not signed in brings back the sign-in panel", async () => {
    const { state, handlers } = api({ signedIn: true });
    server.use(
      graphql.query("ResidentStore", () => {
        state.signedIn = false;
        return HttpResponse.json({ data: null, errors: [{ message: "请先登录 (sign in or send an API token)", extensions: { code: "UNAUTHENTICATED" } }] });
      }),
      ...handlers,
    );
    open(`/c/${CODE}/me/store`);
    expect(await screen.findByRole("heading", { name: "请先登录" })).toBeInTheDocument();
  });
});

describe("the public activities section", () => {
  it("links each activity to 报名, and shows 我的报名 on a phone where a resident of the community signed in", async () => {
    const { handlers } = api({ signedIn: true });
    const pub = { title: "村道清扫", phase: "UPCOMING", teamName: null, startsAt: "2026-12-08T01:00:00.000Z", endsAt: "2026-12-08T03:00:00.000Z", place: "文化广场", capacity: 5, confirmedCount: 1, requiredSkills: [], projectTitle: null, description: null };
    server.use(
      graphql.query("PublicActivities", () => HttpResponse.json({ data: { publicVolunteerActivities: [pub] } })),
      graphql.query("ResidentUpcoming", () =>
        HttpResponse.json({
          data: {
            myVolunteerSignUps: {
              edges: [
                {
                  node: {
                    id: "U1U6MQ==", status: "WAITLISTED", waitlistPosition: 1, checkedInAt: null, checkedOutAt: null, hoursStatus: "NONE", minutes: null, verifiedMinutes: null, pointsAwarded: null, allowedSteps: ["CANCEL"],
                    activity: { id: "QWN0OjE=", title: "村道清扫", place: "文化广场", startsAt: pub.startsAt, endsAt: pub.endsAt, community: { id: COMMUNITY.id } },
                  },
                },
              ],
            },
          },
        }),
      ),
      ...handlers,
    );
    localStorage.setItem("gongzhi.resident", CODE);
    open(`/c/${CODE}/activities`);
    const card = await screen.findByRole("article", { name: "村道清扫" });
    expect(within(card).getByRole("link", { name: "报名" })).toHaveAttribute("href", `/c/${CODE}/me/activities`);
    const mine = await screen.findByRole("region", { name: "我的报名" });
    expect(within(mine).getByText("候补第 1 位")).toBeInTheDocument();
  });
});
