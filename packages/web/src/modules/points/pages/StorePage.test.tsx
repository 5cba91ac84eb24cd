import { screen, waitFor, within } from "@testing-library/react";
import { graphql, HttpResponse } from "msw";
import { describe, expect, it } from "vitest";
import { COMMUNITY } from "../../../test/fixtures";
import { renderApp } from "../../../test/render";
import { server } from "../../../test/server";
import { connection, inCommunity, redemption, reward, userError } from "../test/fixtures";

type Vars = Record<string, unknown>;
const REWARDS = [reward(0), reward(1), reward(2)];

function storeHandlers(redemptions: Vars[], pending = [redemption(0), redemption(1)]) {
  return [
    graphql.query("PointsRewards", () => HttpResponse.json({ data: { pointsRewards: connection("QueryPointsRewards", REWARDS) } })),
    graphql.query("PointsRedemptions", ({ variables }) => {
      redemptions.push(variables);
      return HttpResponse.json({ data: { pointsRedemptions: connection("QueryPointsRedemptions", pending) } });
    }),
  ];
}

describe("the points store", () => {
  it("lists rewards with cost and stock, and the redemptions waiting to be handed over", async () => {
    const asked: Vars[] = [];
    server.use(...inCommunity(), ...storeHandlers(asked));
    renderApp("/volunteering/store");
    const rewards = await screen.findByTestId("rewards-table");
    await waitFor(() => expect(within(rewards).getByText("早餐券")).toBeInTheDocument());
    expect(within(within(rewards).getByText("洗车券").closest("tr")!).getByTestId("reward-stock")).toHaveTextContent("0");
    expect(within(rewards).getByText("园区食堂 提供")).toBeInTheDocument();
    await waitFor(() => expect(within(screen.getByTestId("redemptions-table")).getByText("李琼颖")).toBeInTheDocument());
    expect(asked[0]).toMatchObject({ communityId: COMMUNITY.id, statuses: ["PENDING"] });
  });

  it("fulfils by the code the resident shows; a wrong code shows the server's message on the field", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      ...storeHandlers([]),
      graphql.mutation("FulfilRedemption", ({ variables }) => {
        sent.push(variables);
        const input = variables.input as { code: string };
        if (input.code !== "K7QM-2XPA") return HttpResponse.json({ data: { fulfilRedemption: userError("NOT_FOUND", "input.code", "兑换码不存在或已核销") } });
        const data = redemption(0, { status: "FULFILLED", fulfilledAt: "2026-11-22T02:00:00.000Z", fulfilledByName: "直冲村 工作人员" });
        return HttpResponse.json({ data: { fulfilRedemption: { __typename: "MutationFulfilRedemptionSuccess", data } } });
      }),
    );
    const { user } = renderApp("/volunteering/store");
    const code = await screen.findByRole("textbox", { name: "核销码" });
    // Too short: refused in the browser.
    await user.type(code, "K7QM");
    await user.click(screen.getByRole("button", { name: "核销" }));
    expect(code).toHaveAccessibleDescription("核销码为 8 位");
    expect(sent).toHaveLength(0);

    await user.clear(code);
    await user.type(code, "ZZZZ-9999");
    await user.click(screen.getByRole("button", { name: "核销" }));
    await waitFor(() => expect(code).toHaveAccessibleDescription("兑换码不存在或已核销"));

    await user.clear(code);
    await user.type(code, "K7QM-2XPA");
    await user.click(screen.getByRole("button", { name: "核销" }));
    await waitFor(() => expect(screen.getByTestId("fulfil-result")).toHaveTextContent("已核销：麦建 兑换的 早餐券 × 1"));
    expect(sent).toEqual([
      { input: { communityId: COMMUNITY.id, code: "ZZZZ-9999" } },
      { input: { communityId: COMMUNITY.id, code: "K7QM-2XPA" } },
    ]);
    expect(code).toHaveValue("");
  });

  it("cancels a pending redemption with its reason (the points are refunded)", async () => {
    const sent: Vars[] = [];
    server.use(
      ...inCommunity(),
      ...storeHandlers([]),
      graphql.mutation("CancelRedemption", ({ variables }) => {
        sent.push(variables);
        const data = {
          ...redemption(1, { status: "CANCELLED", cancelledAt: "2026-11-22T02:00:00.000Z", cancelReason: "居民不需要了" }),
          reward: { __typename: "Reward", id: REWARDS[0]!.id, stock: 64, allowedSteps: ["REDEEM", "DEACTIVATE", "EDIT", "RESTOCK"] },
          account: { __typename: "PointsAccount", id: "UG9pbnRzQWNjb3VudDox", name: "李琼颖", balance: 45, spent: 0 },
        };
        return HttpResponse.json({ data: { cancelRedemption: { __typename: "MutationCancelRedemptionSuccess", data } } });
      }),
    );
    const { user } = renderApp("/volunteering/store");
    const table = await screen.findByTestId("redemptions-table");
    await waitFor(() => expect(within(table).getByText("李琼颖")).toBeInTheDocument());
    await user.click(within(within(table).getByText("李琼颖").closest("tr")!).getByRole("button", { name: "取消" }));
    const dialog = await screen.findByRole("dialog", { name: "取消兑换：李琼颖 的 早餐券" });
    expect(within(dialog).getByText("取消后退还 15 积分并恢复库存。")).toBeInTheDocument();
    await user.type(within(dialog).getByRole("textbox", { name: "理由（选填）" }), "居民不需要了");
    await user.click(within(dialog).getByRole("button", { name: "确认取消兑换" }));
    await waitFor(() => expect(screen.queryByRole("dialog", { name: "取消兑换：李琼颖 的 早餐券" })).not.toBeInTheDocument());
    expect(sent).toEqual([{ id: redemption(1).id, input: { reason: "居民不需要了" } }]);
  });

  it("redeems at the counter for a resident: shows the balance, sends one idempotency key for every try, then hands over at once", async () => {
    const sent: Vars[] = [];
    const fulfilled: Vars[] = [];
    let tries = 0;
    server.use(
      ...inCommunity(),
      ...storeHandlers([]),
      graphql.query("ResidentPickerOptions", () =>
        HttpResponse.json({
          data: {
            residents: connection("QueryResidents", [{ __typename: "Resident", id: "UmVzaWRlbnQ6Nw==", name: "麦秀英", maskedPhone: "138****0007", isPartyMember: false, grid: null }]),
          },
        }),
      ),
      graphql.query("ResidentPointsBalance", ({ variables }) => {
        expect(variables).toEqual({ communityId: COMMUNITY.id, residentId: "UmVzaWRlbnQ6Nw==" });
        return HttpResponse.json({ data: { pointsAccountOf: { __typename: "PointsAccount", id: "UG9pbnRzQWNjb3VudDo3", name: "麦秀英", kind: "PERSON", balance: 40 } } });
      }),
      graphql.mutation("RedeemReward", ({ variables }) => {
        sent.push(variables);
        tries += 1;
        // The first answer is lost on the way back (the clerk clicks again); the second is the first redemption.
        if (tries === 1) return HttpResponse.json({ errors: [{ message: "网络中断" }] });
        const data = {
          ...redemption(0, { code: "K7QM-2XPA", quantity: 2, totalCost: 30 }),
          account: { __typename: "PointsAccount", id: "UG9pbnRzQWNjb3VudDo3", name: "麦秀英", balance: 10, spent: 30 },
          reward: { __typename: "Reward", id: REWARDS[0]!.id, stock: 61, allowedSteps: ["REDEEM", "DEACTIVATE", "EDIT", "RESTOCK"] },
        };
        return HttpResponse.json({ data: { redeemReward: { __typename: "MutationRedeemRewardSuccess", data } } });
      }),
      graphql.mutation("FulfilRedemption", ({ variables }) => {
        fulfilled.push(variables);
        const data = redemption(0, { status: "FULFILLED", code: "K7QM-2XPA", fulfilledAt: "2026-11-22T02:00:00.000Z", fulfilledByName: "直冲村 工作人员" });
        return HttpResponse.json({ data: { fulfilRedemption: { __typename: "MutationFulfilRedemptionSuccess", data } } });
      }),
    );
    const { user } = renderApp("/volunteering/store");
    const rewards = await screen.findByTestId("rewards-table");
    await waitFor(() => expect(within(rewards).getByText("早餐券")).toBeInTheDocument());
    // Out of stock: nothing to redeem.
    expect(within(within(rewards).getByText("洗车券").closest("tr")!).queryByRole("button", { name: "柜台兑换" })).not.toBeInTheDocument();
    await user.click(within(within(rewards).getByText("早餐券").closest("tr")!).getByRole("button", { name: "柜台兑换" }));
    const dialog = await screen.findByRole("dialog", { name: "为居民兑换：早餐券" });

    // Nobody chosen: refused in the browser.
    await user.click(within(dialog).getByRole("button", { name: "确认兑换" }));
    expect(await within(dialog).findByText("请选择居民")).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.click(within(dialog).getByRole("combobox", { name: "居民" }));
    await user.click(await screen.findByRole("option", { name: "麦秀英（138****0007）" }));
    await waitFor(() => expect(within(dialog).getByTestId("redeem-balance")).toHaveTextContent("当前积分 40，本次需 15 分"));
    const quantity = within(dialog).getByRole("textbox", { name: "数量" });
    await user.clear(quantity);
    await user.type(quantity, "3");
    await waitFor(() => expect(within(dialog).getByTestId("redeem-balance")).toHaveTextContent("本次需 45 分，积分不足"));
    await user.clear(quantity);
    await user.type(quantity, "2");

    await user.click(within(dialog).getByRole("button", { name: "确认兑换" }));
    expect(await screen.findByText("网络中断")).toBeInTheDocument();
    await user.click(within(dialog).getByRole("button", { name: "确认兑换" }));
    const result = await screen.findByTestId("redeem-result");
    expect(result).toHaveTextContent("麦秀英 兑换 早餐券 × 2，扣 30 分，余 10 分");
    expect(within(result).getByTestId("redeem-code")).toHaveTextContent("K7QM-2XPA");
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual(sent[1]);
    expect(sent[0]).toEqual({ input: { rewardId: REWARDS[0]!.id, residentId: "UmVzaWRlbnQ6Nw==", quantity: 2, idempotencyKey: expect.stringMatching(/^counter-[0-9a-f-]{36}$/) } });

    await user.click(within(result).getByRole("button", { name: "立即核销（当场交付）" }));
    await waitFor(() => expect(within(result).getByText("已当场交付")).toBeInTheDocument());
    expect(fulfilled).toEqual([{ input: { communityId: COMMUNITY.id, code: "K7QM-2XPA" } }]);
  });

  it("shows edit and restock on the rows whose allowedSteps hold EDIT and RESTOCK, not from the viewer's role", async () => {
    const rewards = [reward(0), reward(2, { allowedSteps: ["REDEEM"] })];
    // The first matching handler answers: this list before the default one.
    server.use(
      graphql.query("PointsRewards", () => HttpResponse.json({ data: { pointsRewards: connection("QueryPointsRewards", rewards) } })),
      ...inCommunity(),
      ...storeHandlers([]),
    );
    renderApp("/volunteering/store");
    const table = await screen.findByTestId("rewards-table");
    await waitFor(() => expect(within(table).getByText("早餐券")).toBeInTheDocument());
    const row = (name: string) => within(within(table).getByText(name).closest("tr")!);
    expect(row("早餐券").getByRole("button", { name: "编辑" })).toBeInTheDocument();
    expect(row("早餐券").getByRole("button", { name: "入库/出库" })).toBeInTheDocument();
    expect(row("大米（10斤）").getByRole("button", { name: "柜台兑换" })).toBeInTheDocument();
    expect(row("大米（10斤）").queryByRole("button", { name: "编辑" })).not.toBeInTheDocument();
    expect(row("大米（10斤）").queryByRole("button", { name: "入库/出库" })).not.toBeInTheDocument();
  });
});
