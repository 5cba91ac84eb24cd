// API-shaped points data for msw handlers (with the __typename graphcache needs).
import { communities, COMMUNITY, signedIn } from "../../../test/fixtures";

export const POINTS_ACTIONS = ["points:read", "points:configure", "points:claim", "points:approve", "points:reverse", "store:manage", "store:fulfil", "notice:publish"];

/** The signed-in viewer in a community where they hold `actions`. */
export const inCommunity = (actions: readonly string[] = [...COMMUNITY.viewerActions, ...POINTS_ACTIONS]) => [signedIn, ...communities([{ ...COMMUNITY, viewerActions: actions }])];

export const connection = (typename: string, nodes: object[], more = false) => ({
  __typename: `${typename}Connection`,
  totalCount: nodes.length,
  pageInfo: { __typename: "PageInfo", hasNextPage: more, endCursor: more ? "cursor-1" : null },
  edges: nodes.map((node) => ({ __typename: `${typename}ConnectionEdge`, node })),
});

export function userError(code: string, field: string | null, message: string) {
  return { __typename: "UserError", code, field, message, issues: [{ __typename: "FieldIssue", field, message, code }] };
}

export function reward(n: number, extra: Record<string, unknown> = {}) {
  const stock = (extra.stock as number | undefined) ?? [63, 0, 30][n % 3]!;
  const active = (extra.active as boolean | undefined) ?? true;
  return {
    // As the API answers staff holding store:fulfil and store:manage.
    allowedSteps: [...(active && stock > 0 ? ["REDEEM"] : []), active ? "DEACTIVATE" : "ACTIVATE", "EDIT", "RESTOCK"],
    __typename: "Reward",
    id: `UmV3YXJkOj${n}`,
    name: ["早餐券", "洗车券", "大米（10斤）"][n % 3],
    kind: n % 3 === 2 ? "GOODS" : "VOUCHER",
    cost: [15, 30, 80][n % 3],
    stock: [63, 0, 30][n % 3],
    sponsor: n % 3 === 0 ? "园区食堂" : null,
    description: null,
    active: true,
    ...extra,
  };
}

export function redemption(n: number, extra: Record<string, unknown> = {}) {
  const status = extra.status ?? "PENDING";
  return {
    // As the API answers staff holding store:fulfil.
    allowedSteps: status === "PENDING" ? ["FULFIL", "CANCEL"] : [],
    __typename: "Redemption",
    id: `UmVkZW1wdGlvbjo${n}`,
    code: null,
    status: "PENDING",
    rewardName: "早餐券",
    quantity: 1,
    unitCost: 15,
    totalCost: 15,
    createdAt: "2026-11-20T01:00:00.000Z",
    fulfilledAt: null,
    fulfilledByName: null,
    cancelledAt: null,
    cancelReason: null,
    account: { __typename: "PointsAccount", id: `UG9pbnRzQWNjb3VudDo${n}`, name: ["麦建", "李琼颖"][n % 2] },
    ...extra,
  };
}
