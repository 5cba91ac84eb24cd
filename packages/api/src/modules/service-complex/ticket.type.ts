// Tickets (办件) in the contract: the ticket with its history, the clerk's queue, and "my tickets"
// for residents' apps.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId } from "../../shared/ids.js";
import { maskPhone } from "../../shared/pii.js";
import { districtIdOf, requestCalendar } from "./district.js";
import { actingResident, actorColumns, residentFilter } from "../../shared/actor.js";
import { ServiceItemCategoryEnum, ServiceTicketChannelEnum, ServiceTicketDueStateEnum, ServiceTicketStatusEnum } from "./enums.type.js";
import { allowedSteps, isClosed, STEP_ACTION } from "./ticket.rules.js";
import { dueSoonTicketWhere, overdueTicketWhere } from "./queue.service.js";
import { appMayStep } from "./ticket.service.js";
import { dueState } from "./workdays.js";
import { chinaDay } from "../../shared/chinaTime.js";

type Status = "SUBMITTED" | "ACCEPTED" | "RETURNED" | "TRANSFERRED" | "COMPLETED" | "REJECTED";
type Channel = "WINDOW" | "ONLINE" | "PROXY";

const TicketStepEnum = builder.enumType("ServiceTicketStep", {
  description: "A change a ticket allows now (see ServiceTicket.allowedSteps).",
  values: ["ACCEPT", "RETURN", "RESUBMIT", "TRANSFER", "TRANSFER_REPLY", "COMPLETE", "REJECT", "ASSIGN", "RATE"] as const,
});

const TicketEventKindEnum = builder.enumType("ServiceTicketEventKind", {
  values: {
    SUBMIT: { description: "提交 (the ticket was opened)" },
    ACCEPT: { description: "受理" },
    RETURN: { description: "退回补正" },
    RESUBMIT: { description: "补正后重新提交" },
    TRANSFER: { description: "转办" },
    TRANSFER_REPLY: { description: "登记转办答复 (closes the ticket)" },
    COMPLETE: { description: "办结" },
    REJECT: { description: "不予办理" },
    ASSIGN: { description: "分派经办人或窗口" },
    RATE: { description: "评价" },
  },
});

const names = new WeakMap<Context, Map<string, Promise<string | null>>>();
function nameOf(ctx: Context, kind: "account" | "client" | "resident", id: string): Promise<string | null> {
  let m = names.get(ctx);
  if (!m) names.set(ctx, (m = new Map()));
  const key = `${kind}:${id}`;
  let p = m.get(key);
  if (!p) {
    p =
      kind === "account"
        ? ctx.prisma.account.findUnique({ where: { id }, select: { displayName: true } }).then((r) => r?.displayName ?? null)
        : kind === "client"
          ? ctx.prisma.apiClient.findUnique({ where: { id }, select: { name: true } }).then((r) => r?.name ?? null)
          : ctx.prisma.resident.findUnique({ where: { id }, select: { name: true } }).then((r) => r?.name ?? null);
    m.set(key, p);
  }
  return p;
}

builder.prismaObject("ServiceTicketEvent", {
  select: { id: true },
  description: "One change of a ticket: who, when, from which status to which, and a note. The ticket's history; never edited.",
  fields: (t) => ({
    id: t.exposeID("id"),
    kind: t.field({ type: TicketEventKindEnum, description: "What happened.", select: { kind: true }, resolve: (e) => e.kind as "SUBMIT" }),
    fromStatus: t.expose("fromStatus", { type: ServiceTicketStatusEnum, nullable: true, description: "null for the creation." }),
    toStatus: t.expose("toStatus", { type: ServiceTicketStatusEnum }),
    note: t.exposeString("note", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    actorName: t.string({
      nullable: true,
      description: "Who: a clerk's display name, or the resident and the app that acted for them.",
      select: { actorAccountId: true, apiClientId: true, actingResidentId: true },
      resolve: async (e, _a, ctx) => {
        if (e.actorAccountId) return nameOf(ctx, "account", e.actorAccountId);
        if (e.apiClientId) {
          const app = await nameOf(ctx, "client", e.apiClientId);
          const resident = e.actingResidentId ? await nameOf(ctx, "resident", e.actingResidentId) : null;
          return resident ? `${resident}（通过${app ?? "应用"}）` : app;
        }
        // A resident signed in themselves.
        if (e.actingResidentId) return nameOf(ctx, "resident", e.actingResidentId);
        return null;
      },
    }),
  }),
});

async function calendarFor(ctx: Context, communityId: string) {
  const c = await ctx.prisma.community.findUnique({ where: { id: communityId }, select: { path: true } });
  return requestCalendar(ctx, districtIdOf(c?.path ?? ""), chinaDay(ctx.now()));
}

builder.prismaNode("ServiceTicket", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "办件: one request for one catalog item. status follows SUBMITTED → ACCEPTED → COMPLETED, or RETURNED / TRANSFERRED / REJECTED; events is the full history. A closed ticket changes no more, except for its one rating.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "ticket:read"), ...residentFilter(ctx) }),
  fields: (t) => ({
    number: t.exposeString("number", { description: "办件编号, unique in the community: YYYYMMDD-NNNN." }),
    community: t.relation("community"),
    item: t.relation("item", { description: "The catalog entry the ticket is for." }),
    itemName: t.exposeString("itemName", { description: "The item's name when the ticket was submitted." }),
    itemCategory: t.expose("itemCategory", { type: ServiceItemCategoryEnum }),
    timeLimitDays: t.exposeInt("timeLimitDays", { description: "承诺时限 in working days, as promised at submission." }),
    window: t.relation("window", { nullable: true, description: "The window whose queue holds it." }),
    channel: t.expose("channel", { type: ServiceTicketChannelEnum }),
    status: t.expose("status", { type: ServiceTicketStatusEnum }),
    isClosed: t.boolean({ description: "COMPLETED, REJECTED, or TRANSFERRED with the department's reply.", select: { status: true, transferReply: true }, resolve: (x) => isClosed(x) }),
    resident: t.relation("resident", { nullable: true, description: "The resident served, when known." }),
    applicantName: t.exposeString("applicantName"),
    applicantPhone: t.string({
      nullable: true,
      description: "Full for viewers holding resident:viewPii (each reveal is written to the audit log); masked (138****5678) for others.",
      select: { id: true, communityId: true, applicantPhone: true },
      resolve: async (x, _a, ctx) => {
        if (!x.applicantPhone) return null;
        if (!(await can(ctx, "resident:viewPii", x.communityId))) return maskPhone(x.applicantPhone);
        await ctx.prisma.auditEntry.create({
          data: {
            action: "resident:viewPii",
            communityId: x.communityId,
            targetType: "ServiceTicket",
            targetId: x.id,
            after: { field: "applicantPhone" },
            ...actorColumns(ctx),
          },
        });
        return x.applicantPhone;
      },
    }),
    proxyAgentName: t.exposeString("proxyAgentName", { nullable: true, description: "代办员: who handles a PROXY ticket for the resident." }),
    content: t.exposeString("content", { nullable: true, description: "What the resident asks for, in their words." }),
    assignee: t.prismaField({
      type: "Account",
      nullable: true,
      description: "The clerk handling it (null for API clients: see assigneeName).",
      select: { assigneeId: true },
      resolve: (query, x, _a, ctx) => (ctx.actor.kind === "account" && x.assigneeId ? ctx.prisma.account.findUnique({ ...query, where: { id: x.assigneeId } }) : null),
    }),
    assigneeName: t.string({ nullable: true, select: { assignee: { select: { displayName: true } } }, resolve: (x) => x.assignee?.displayName ?? null }),
    submittedAt: t.expose("submittedAt", { type: "DateTime" }),
    dueDate: t.expose("dueDate", { type: "Date", description: "The promised day (China calendar), counted in working days from the (re)submission." }),
    dueAt: t.expose("dueAt", { type: "DateTime", description: "The end of dueDate in China time." }),
    dueState: t.field({
      type: ServiceTicketDueStateEnum,
      select: { communityId: true, dueAt: true, closedAt: true, status: true },
      resolve: async (x, _a, ctx) => dueState(x, ctx.now(), await calendarFor(ctx, x.communityId)),
    }),
    overdue: t.boolean({
      description: "Open, not waiting for the resident (RETURNED), and past dueAt (超期).",
      select: { dueAt: true, closedAt: true, status: true },
      resolve: (x, _a, ctx) => !x.closedAt && x.status !== "RETURNED" && ctx.now() > x.dueAt,
    }),
    acceptedAt: t.expose("acceptedAt", { type: "DateTime", nullable: true }),
    closedAt: t.expose("closedAt", { type: "DateTime", nullable: true }),
    returnedMaterials: t.exposeStringList("returnedMaterials", { description: "While RETURNED: the materials the resident must bring." }),
    transferDepartment: t.exposeString("transferDepartment", { nullable: true, description: "转办: the department it was sent to." }),
    transferReply: t.exposeString("transferReply", { nullable: true }),
    transferRepliedAt: t.expose("transferRepliedAt", { type: "DateTime", nullable: true }),
    rejectReason: t.exposeString("rejectReason", { nullable: true }),
    resultNote: t.exposeString("resultNote", { nullable: true, description: "办结说明." }),
    rating: t.exposeInt("rating", { nullable: true, description: "评价, 1–5, given once after closing." }),
    ratingComment: t.exposeString("ratingComment", { nullable: true }),
    ratedAt: t.expose("ratedAt", { type: "DateTime", nullable: true }),
    allowedSteps: t.field({
      type: [TicketStepEnum],
      description: "The steps the viewer may take now: those the ticket's state allows, and whose action the viewer holds (an app acting for a resident: RESUBMIT and RATE on that resident's tickets).",
      select: { status: true, closedAt: true, rating: true, transferReply: true, communityId: true, residentId: true },
      resolve: (x, _a, ctx) => heldSteps(ctx, x.communityId, allowedSteps(x).filter((s) => appMayStep(ctx, x, s)), (s) => STEP_ACTION[s]),
    }),
    events: t.relation("events", { description: "The history, oldest first.", query: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

interface QueueArgs {
  communityId: string;
  windowId?: string | null;
  statuses?: Status[] | null;
  open?: boolean | null;
  mine?: boolean | null;
  dueSoon?: boolean | null;
  overdue?: boolean | null;
  channel?: Channel | null;
  itemId?: string | null;
  residentId?: string | null;
  search?: string | null;
}

async function ticketWhere(ctx: Context, args: QueueArgs): Promise<Prisma.ServiceTicketWhereInput> {
  const communityId = parseId("communityId", args.communityId, "Community");
  const windowId = parseOptionalId("windowId", args.windowId, "ServiceWindow");
  const itemId = parseOptionalId("itemId", args.itemId, "CommunityServiceItem");
  const residentId = parseOptionalId("residentId", args.residentId, "Resident");
  const now = ctx.now();
  const and: Prisma.ServiceTicketWhereInput[] = [];
  if (args.mine) and.push({ assigneeId: ctx.actor.kind === "account" ? ctx.actor.accountId : "00000000-0000-0000-0000-000000000000" });
  if (args.open === true) and.push({ closedAt: null });
  if (args.open === false) and.push({ closedAt: { not: null } });
  if (args.overdue) and.push(overdueTicketWhere(now));
  if (args.dueSoon) and.push(await dueSoonTicketWhere(ctx, communityId));
  const search = args.search?.trim();
  if (search) and.push({ OR: [{ number: { contains: search } }, { applicantName: { contains: search } }, { itemName: { contains: search } }] });
  if (residentId) and.push({ residentId });
  return {
    communityId,
    community: communityScope(ctx, "ticket:read"),
    ...residentFilter(ctx),
    ...(windowId ? { windowId } : {}),
    ...(itemId ? { itemId } : {}),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(args.channel ? { channel: args.channel } : {}),
    AND: and,
  };
}

function myWhere(ctx: Context, args: { statuses?: Status[] | null; open?: boolean | null }): Prisma.ServiceTicketWhereInput {
  const acting = actingResident(ctx);
  if (!acting) return { id: { in: [] } };
  return {
    residentId: acting,
    community: communityScope(ctx, "ticket:read"),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(args.open === true ? { closedAt: null } : args.open === false ? { closedAt: { not: null } } : {}),
  };
}

builder.queryFields((t) => ({
  serviceTickets: t.prismaConnection({
    type: "ServiceTicket",
    cursor: "id",
    description:
      "The clerk's queue: a community's tickets, oldest first. Filters combine with AND. An API client acting for a resident sees only that resident's tickets.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      windowId: t.arg.id({ required: false, description: "Only this window's queue." }),
      statuses: t.arg({ type: [ServiceTicketStatusEnum], required: false }),
      open: t.arg.boolean({ required: false, description: "true: not closed; false: closed." }),
      mine: t.arg.boolean({ required: false, description: "Only tickets assigned to the signed-in clerk." }),
      dueSoon: t.arg.boolean({ required: false, description: "Only open tickets due by the end of the next working day (临期), not yet overdue." }),
      overdue: t.arg.boolean({ required: false, description: "Only open tickets past their deadline (超期), not counting those RETURNED to the resident." }),
      channel: t.arg({ type: ServiceTicketChannelEnum, required: false }),
      itemId: t.arg.id({ required: false, description: "A CommunityServiceItem." }),
      residentId: t.arg.id({ required: false }),
      search: t.arg.string({ required: false, description: "Part of the number, the applicant's name or the item's name." }),
    },
    totalCount: async (_p, args, ctx) => ctx.prisma.serviceTicket.count({ where: await ticketWhere(ctx, args) }),
    resolve: async (query, _root, args, ctx) => ctx.prisma.serviceTicket.findMany({ ...query, where: await ticketWhere(ctx, args), orderBy: [{ submittedAt: "asc" }, { id: "asc" }] }),
  }),
  myServiceTickets: t.prismaConnection({
    type: "ServiceTicket",
    cursor: "id",
    description:
      "For residents' apps: the tickets of the resident the API client acts for (X-Act-As-Resident), in all the client's communities, oldest first. Empty for any other viewer. Needs ticket:read.",
    authScopes: { loggedIn: true },
    args: {
      statuses: t.arg({ type: [ServiceTicketStatusEnum], required: false }),
      open: t.arg.boolean({ required: false }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.serviceTicket.count({ where: myWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.serviceTicket.findMany({ ...query, where: myWhere(ctx, args), orderBy: [{ submittedAt: "asc" }, { id: "asc" }] }),
  }),
}));
