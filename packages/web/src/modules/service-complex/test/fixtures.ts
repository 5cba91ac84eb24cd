// API-shaped service-complex data for msw handlers (with the __typename graphcache needs).
import { graphql, HttpResponse } from "msw";
import { communities, COMMUNITY, signedIn } from "../../../test/fixtures";

export const SERVICE_ACTIONS = [
  "service:read",
  "service:manage",
  "ticket:read",
  "ticket:create",
  "ticket:handle",
  "ticket:rate",
  "visit:read",
  "visit:manage",
  "room:book",
  "report:read",
];

/** The signed-in viewer in a community where they hold `actions`. */
export const inCommunity = (actions: readonly string[] = [...COMMUNITY.viewerActions, ...SERVICE_ACTIONS]) => [
  signedIn,
  ...communities([{ ...COMMUNITY, viewerActions: actions }]),
];

export const WINDOWS = [
  { __typename: "ServiceWindow", id: "U2VydmljZVdpbmRvdzox", name: "党群服务窗口", number: "1", viewerIsClerk: true, openTicketCount: 3 },
  { __typename: "ServiceWindow", id: "U2VydmljZVdpbmRvdzoy", name: "民政救助窗口", number: "2", viewerIsClerk: false, openTicketCount: 0 },
];

export const COMPLEX = { __typename: "ServiceComplex", id: "U2VydmljZUNvbXBsZXg6MQ==", name: "荷塘社区党群服务中心" };

export function ticketRow(n: number, extra: Record<string, unknown> = {}) {
  return {
    __typename: "ServiceTicket",
    id: `U2VydmljZVRpY2tldDo${n}`,
    number: `20261120-000${n}`,
    itemName: ["居住证明开具", "高龄津贴申领", "生育登记"][n % 3],
    applicantName: ["王秀英", "陈建国", "黄丽华"][n % 3],
    channel: "WINDOW",
    status: "SUBMITTED",
    dueDate: "2026-11-24",
    dueState: "ON_TRACK",
    assigneeName: null,
    window: { __typename: "ServiceWindow", id: WINDOWS[0]!.id, name: WINDOWS[0]!.name },
    ...extra,
  };
}

export const connection = (typename: string, nodes: object[], more = false) => ({
  __typename: `${typename}Connection`,
  totalCount: nodes.length,
  pageInfo: { __typename: "PageInfo", hasNextPage: more, endCursor: more ? "cursor-1" : null },
  edges: nodes.map((node) => ({ __typename: `${typename}ConnectionEdge`, node })),
});

export const MATERIALS = ["身份证", "户口簿或租赁合同"];

/** A ticket as the ticket page selects it. */
export function ticketDetail(extra: Record<string, unknown> = {}) {
  return {
    ...ticketRow(1),
    itemName: "居住证明开具",
    applicantPhone: "139****5678",
    itemCategory: "BASIC",
    timeLimitDays: 1,
    isClosed: false,
    overdue: false,
    submittedAt: "2026-11-20T01:30:00.000Z",
    acceptedAt: null,
    closedAt: null,
    proxyAgentName: null,
    content: "孩子入学需要居住证明",
    rejectReason: null,
    resultNote: null,
    transferDepartment: null,
    transferReply: null,
    transferRepliedAt: null,
    returnedMaterials: [],
    resident: { __typename: "Resident", id: "UmVzaWRlbnQ6MQ==", name: "陈建国" },
    window: { __typename: "ServiceWindow", id: WINDOWS[0]!.id, name: WINDOWS[0]!.name, number: "1" },
    item: { __typename: "CommunityServiceItem", id: "Q29tbXVuaXR5U2VydmljZUl0ZW06MQ==", name: "居住证明开具", materials: MATERIALS },
    events: [
      {
        __typename: "ServiceTicketEvent",
        id: "ev1",
        kind: "SUBMIT",
        fromStatus: null,
        toStatus: "SUBMITTED",
        note: null,
        actorName: "陈建国（通过居民小程序）",
        createdAt: "2026-11-20T01:30:00.000Z",
      },
    ],
    rating: null,
    ratingComment: null,
    ratedAt: null,
    allowedSteps: ["ACCEPT", "RETURN", "TRANSFER", "REJECT", "ASSIGN"],
    community: { __typename: "Community", id: COMMUNITY.id },
    assignee: null,
    ...extra,
  };
}

export const ticketQuery = (ticket: object | null) => graphql.query("ServiceTicket", () => HttpResponse.json({ data: { node: ticket } }));

export function userError(code: string, field: string | null, message: string, issues?: { field: string | null; message: string; code: string }[]) {
  const list = (issues ?? [{ field, message, code }]).map((i) => ({ __typename: "FieldIssue", ...i }));
  return { __typename: "UserError", code, field, message, issues: list };
}
