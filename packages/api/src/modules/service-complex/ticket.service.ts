// Tickets (办件): opened at a window, online through an app acting for the resident, or by proxy;
// then moved through the state machine in ticket.rules.ts. Every change is one transaction holding
// the ticket's new state, its ServiceTicketEvent (the history) and the audit row.
import type { Prisma } from "../../db.js";
import type { ServiceTicket } from "../../generated/prisma/client.js";
import { accountHolds, assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { maskPhone } from "../../shared/pii.js";
import { effective } from "./catalog.service.js";
import { accountName, actingResident, actingResidentOf, actorColumns, actorKind, actsForResident } from "../../shared/actor.js";
import { districtIdOf, loadCalendar } from "./district.js";
import { inCommunity, invalid, parseInput, type Tx } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { assignInput, completeInput, noteInput, rateInput, rejectInput, replyInput, returnInput, ticketInput, transferInput } from "./service.validation.js";
import { nextStatus, RESIDENT_STEPS, STEP_ACTION, type TicketStep } from "./ticket.rules.js";
import { dueFor } from "./workdays.js";
import { chinaDay } from "../../shared/chinaTime.js";

/** A ticket row as auditors see it: the applicant's phone masked. */
const auditable = (t: ServiceTicket) => ({ ...t, applicantPhone: maskPhone(t.applicantPhone) });

/** The window a new ticket goes to: the one asked for, else the first open window of the item's kind, else a general one. */
async function routeWindow(ctx: Context, communityId: string, kind: string, windowId: string | null | undefined) {
  if (windowId) {
    const w = await inCommunity("input.windowId", communityId, "窗口", () => ctx.prisma.serviceWindow.findUnique({ where: { id: windowId } }));
    if (!w.active) throw invalid("该窗口已停用 (the window is closed)", "input.windowId");
    return w.id;
  }
  for (const k of [kind, "GENERAL"] as const) {
    const w = await ctx.prisma.serviceWindow.findFirst({
      where: { communityId, active: true, kind: k as Prisma.ServiceWindowWhereInput["kind"] },
      orderBy: [{ number: "asc" }, { id: "asc" }],
      select: { id: true },
    });
    if (w) return w.id;
  }
  return null;
}

export async function createServiceTicket(ctx: Context, input: unknown): Promise<ServiceTicket> {
  const data = parseInput(ticketInput, input);
  const item = await ctx.prisma.communityServiceItem.findUnique({ where: { id: data.itemId }, include: { templateItem: true, community: { select: { path: true } } } });
  if (!item) throw notFound("input.itemId", "服务事项");
  await assertCan(ctx, "ticket:create", item.communityId, "input.itemId", "服务事项");
  const e = effective(item);
  if (!e.active) throw invalid("该事项已停用，不能申请 (the item is withdrawn)", "input.itemId");

  const acting = actingResidentOf(ctx, "网上办件");
  let channel: "WINDOW" | "ONLINE" | "PROXY";
  let residentId: string | null;
  if (acting) {
    if (data.channel && data.channel !== "ONLINE") throw invalid("应用提交的办件为网上办理 (apps submit ONLINE)", "input.channel");
    if (data.residentId && data.residentId !== acting) throw forbidden("input.residentId", "只能为本人提交 (only for the resident the app acts for)");
    channel = "ONLINE";
    residentId = acting;
  } else {
    channel = data.channel ?? "WINDOW";
    if (channel === "ONLINE") throw invalid("网上办理须由居民端应用代居民提交 (ONLINE is for apps acting for a resident)", "input.channel");
    residentId = data.residentId ?? null;
    if (channel === "PROXY" && !residentId) throw new UserError("REQUIRED", "代办须指明被代办的居民 (a proxy ticket names the resident)", "input.residentId");
  }
  if (channel === "ONLINE" && !e.onlineAllowed) throw invalid("此事项不支持网上办理，请到窗口办理 (not available online)", "input.itemId");
  if (channel === "PROXY" && !e.proxyAllowed) throw invalid("此事项不支持代办 (cannot be done by proxy)", "input.channel");
  const resident = residentId
    ? await inCommunity(acting ? "input.itemId" : "input.residentId", item.communityId, acting ? "本社区服务事项" : "居民", () =>
        ctx.prisma.resident.findUnique({ where: { id: residentId! }, select: { id: true, communityId: true, name: true, phone: true } }),
      )
    : null;
  const applicantName = data.applicantName ?? resident?.name;
  if (!applicantName) throw new UserError("REQUIRED", "请填写申请人姓名，或关联居民 (applicantName or residentId)", "input.applicantName");
  const windowId = await routeWindow(ctx, item.communityId, e.windowKind, data.windowId);
  const proxyAgentName = channel === "PROXY" ? (data.proxyAgentName ?? (await accountName(ctx))) : null;

  const now = ctx.now();
  const cal = await loadCalendar(ctx.prisma, districtIdOf(item.community.path), chinaDay(now));
  const { dueDate, dueAt } = dueFor(now, e.timeLimitDays, cal);
  const day = chinaDay(now).replace(/-/g, "");
  const actor = actorColumns(ctx);

  for (let attempt = 0; ; attempt++) {
    try {
      return await command(ctx, async (tx) => {
        const sameDay = await tx.serviceTicket.count({ where: { communityId: item.communityId, number: { startsWith: `${day}-` } } });
        const ticket = await tx.serviceTicket.create({
          data: {
            communityId: item.communityId,
            number: `${day}-${String(sameDay + 1).padStart(4, "0")}`,
            itemId: item.id,
            itemName: e.name,
            itemCategory: e.category,
            timeLimitDays: e.timeLimitDays,
            windowId,
            channel,
            residentId,
            applicantName,
            applicantPhone: data.applicantPhone ?? null,
            proxyAgentName,
            content: data.content ?? null,
            createdByAccountId: actor.actorAccountId,
            createdByClientId: actor.apiClientId,
            submittedAt: now,
            dueDate: new Date(`${dueDate}T00:00:00Z`),
            dueAt,
          },
        });
        await tx.serviceTicketEvent.create({ data: { communityId: ticket.communityId, ticketId: ticket.id, kind: "SUBMIT", fromStatus: null, toStatus: "SUBMITTED", note: data.content ?? null, ...actor } });
        await audit(tx, ctx, { action: "ticket:create", communityId: ticket.communityId, targetType: "ServiceTicket", targetId: ticket.id, after: auditable(ticket) });
        return ticket;
      });
    } catch (err) {
      // Two tickets numbered at once in one community: the unique number decides; take the next one.
      if ((err as { code?: string }).code === "P2002" && attempt < 5) continue;
      throw err;
    }
  }
}

interface StepSpec {
  step: TicketStep;
  note: string | null;
  /** Checks that need the locked row (and may read more). */
  check?: (before: ServiceTicket, tx: Tx) => Promise<void>;
  change: (before: ServiceTicket, now: Date, tx: Tx) => Promise<Prisma.ServiceTicketUncheckedUpdateInput> | Prisma.ServiceTicketUncheckedUpdateInput;
}

/** Load the ticket and check the grant; a client acting for a resident reaches only that resident's tickets, and only to resubmit or rate. */
async function loadTicket(ctx: Context, rawId: string, spec: Pick<StepSpec, "step">) {
  const id = parseId("id", rawId, "ServiceTicket");
  const residentStep = actorKind(ctx) !== "staff" && RESIDENT_STEPS.includes(spec.step);
  // Staff work refused for who acts, before any lookup: the answer names no id, so another
  // community's ticket and an id that names nothing are refused alike.
  if (!residentStep && actsForResident(ctx)) throw forbidden(null, "居民不能办理办件 (a resident, or an app acting for one, cannot handle tickets)");
  const ticket = await ctx.prisma.serviceTicket.findUnique({ where: { id }, include: { community: { select: { path: true } } } });
  if (!ticket) throw notFound("id", "办件");
  if (residentStep) {
    const acting = actingResidentOf(ctx, spec.step === "RATE" ? "评价" : "补正提交");
    if (ticket.residentId !== acting) throw notFound("id", "办件");
  }
  await assertCan(ctx, STEP_ACTION[spec.step], ticket.communityId, "id", "办件");
  return ticket;
}

/** loadTicket's rule for apps, as a yes or no (for allowedSteps): an app acting for a resident resubmits and rates that resident's tickets only, and handles none. */
export function appMayStep(ctx: Context, ticket: { residentId: string | null }, step: TicketStep): boolean {
  if (actorKind(ctx) === "staff") return true;
  const acting = actingResident(ctx);
  if (RESIDENT_STEPS.includes(step)) return !!acting && ticket.residentId === acting;
  return !acting;
}

async function runStep(ctx: Context, rawId: string, spec: StepSpec): Promise<ServiceTicket> {
  const loaded = await loadTicket(ctx, rawId, spec);
  return command(ctx, async (tx) => {
    await lockRow(tx, "ServiceTicket", loaded.id);
    const before = await tx.serviceTicket.findUniqueOrThrow({ where: { id: loaded.id } });
    const to = nextStatus(before, spec.step);
    await spec.check?.(before, tx);
    const now = ctx.now();
    const after = await tx.serviceTicket.update({ where: { id: before.id }, data: { ...(await spec.change(before, now, tx)), status: to } });
    await tx.serviceTicketEvent.create({
      data: { communityId: before.communityId, ticketId: before.id, kind: spec.step, fromStatus: before.status, toStatus: to, note: spec.note, ...actorColumns(ctx) },
    });
    await audit(tx, ctx, { action: STEP_ACTION[spec.step], communityId: before.communityId, targetType: "ServiceTicket", targetId: before.id, before: auditable(before), after: auditable(after) });
    return after;
  });
}

const viewerAccountId = (ctx: Context) => (ctx.actor.kind === "account" ? ctx.actor.accountId : null);

export function acceptServiceTicket(ctx: Context, id: string, input: unknown) {
  const { note } = parseInput(noteInput, input ?? {});
  return runStep(ctx, id, {
    step: "ACCEPT",
    note: note ?? null,
    change: (t, now) => ({ acceptedAt: now, assigneeId: t.assigneeId ?? viewerAccountId(ctx) }),
  });
}

export function returnServiceTicket(ctx: Context, id: string, input: unknown) {
  const d = parseInput(returnInput, input);
  return runStep(ctx, id, {
    step: "RETURN",
    note: [`缺少材料：${d.materials.join("、")}`, d.note].filter(Boolean).join("；"),
    change: () => ({ returnedMaterials: d.materials }),
  });
}

/** The resident (through an app) or a clerk brings the missing materials: back to SUBMITTED, the clock restarts. */
export function resubmitServiceTicket(ctx: Context, id: string, input: unknown) {
  const { note } = parseInput(noteInput, input ?? {});
  return runStep(ctx, id, {
    step: "RESUBMIT",
    note: note ?? null,
    change: async (t, now, tx) => {
      const community = await tx.community.findUniqueOrThrow({ where: { id: t.communityId }, select: { path: true } });
      const cal = await loadCalendar(tx, districtIdOf(community.path), chinaDay(now));
      const { dueDate, dueAt } = dueFor(now, t.timeLimitDays, cal);
      return { returnedMaterials: [], acceptedAt: null, dueDate: new Date(`${dueDate}T00:00:00Z`), dueAt };
    },
  });
}

export function transferServiceTicket(ctx: Context, id: string, input: unknown) {
  const d = parseInput(transferInput, input);
  return runStep(ctx, id, {
    step: "TRANSFER",
    note: [`转办至${d.department}`, d.note].filter(Boolean).join("；"),
    change: () => ({ transferDepartment: d.department }),
  });
}

export function recordServiceTicketTransferReply(ctx: Context, id: string, input: unknown) {
  const d = parseInput(replyInput, input);
  return runStep(ctx, id, {
    step: "TRANSFER_REPLY",
    note: d.reply,
    change: (_t, now) => ({ transferReply: d.reply, transferRepliedAt: now, closedAt: now }),
  });
}

export function completeServiceTicket(ctx: Context, id: string, input: unknown) {
  const d = parseInput(completeInput, input ?? {});
  return runStep(ctx, id, {
    step: "COMPLETE",
    note: d.resultNote ?? null,
    change: (_t, now) => ({ resultNote: d.resultNote ?? null, closedAt: now }),
  });
}

export function rejectServiceTicket(ctx: Context, id: string, input: unknown) {
  const d = parseInput(rejectInput, input);
  return runStep(ctx, id, {
    step: "REJECT",
    note: d.reason,
    change: (_t, now) => ({ rejectReason: d.reason, closedAt: now }),
  });
}

export function assignServiceTicket(ctx: Context, id: string, input: unknown) {
  const d = parseInput(assignInput, input);
  return runStep(ctx, id, {
    step: "ASSIGN",
    note: d.note ?? null,
    check: async (t, tx) => {
      const community = await tx.community.findUniqueOrThrow({ where: { id: t.communityId }, select: { path: true } });
      if (d.assigneeId && !(await accountHolds(tx, d.assigneeId, "ticket:handle", community.path))) {
        throw invalid("该账号在本社区没有办件权限 (the account cannot handle tickets here)", "input.assigneeId");
      }
      if (d.windowId) {
        const w = await inCommunity("input.windowId", t.communityId, "窗口", () => tx.serviceWindow.findUnique({ where: { id: d.windowId! } }));
        if (!w.active) throw invalid("该窗口已停用 (the window is closed)", "input.windowId");
      }
    },
    change: () => ({
      ...(d.assigneeId !== undefined ? { assigneeId: d.assigneeId } : {}),
      ...(d.windowId !== undefined ? { windowId: d.windowId } : {}),
    }),
  });
}

export function rateServiceTicket(ctx: Context, id: string, input: unknown) {
  const d = parseInput(rateInput, input);
  return runStep(ctx, id, {
    step: "RATE",
    note: [`${d.rating}星`, d.comment].filter(Boolean).join("；"),
    change: (_t, now) => ({ rating: d.rating, ratingComment: d.comment ?? null, ratedAt: now }),
  });
}
