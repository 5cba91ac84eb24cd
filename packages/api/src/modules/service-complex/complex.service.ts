// The complex, its rooms and windows, and the clerks who staff the windows.
import { accountHolds, assertCan } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { fromPrisma, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { loadFor, parseInput as parse } from "../../shared/service.js";
import { complexInput, complexUpdate, roomInput, roomUpdate, windowInput, windowUpdate } from "./service.validation.js";

export async function createServiceComplex(ctx: Context, input: { communityId: string }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const data = parse(complexInput, input);
  await assertCan(ctx, "service:manage", communityId, "input.communityId");
  return command(ctx, async (tx) => {
    if (await tx.serviceComplex.findUnique({ where: { communityId }, select: { id: true } })) {
      throw new UserError("DUPLICATE", "该社区已有党群服务综合体 (the community already has its complex)", "input.communityId");
    }
    const row = await tx.serviceComplex.create({ data: { ...data, communityId } });
    await audit(tx, ctx, { action: "service:manage", communityId, targetType: "ServiceComplex", targetId: row.id, after: row });
    return row;
  });
}

export async function updateServiceComplex(ctx: Context, rawId: string, input: unknown) {
  const id = parseId("id", rawId, "ServiceComplex");
  const data = parse(complexUpdate, input);
  const existing = await loadFor(ctx, "service:manage", "id", "服务综合体", () => ctx.prisma.serviceComplex.findUnique({ where: { id } }));
  return command(ctx, async (tx) => {
    const before = await tx.serviceComplex.findUniqueOrThrow({ where: { id } });
    const after = await tx.serviceComplex.update({ where: { id }, data });
    await audit(tx, ctx, { action: "service:manage", communityId: existing.communityId, targetType: "ServiceComplex", targetId: id, before, after });
    return after;
  });
}

export async function createServiceRoom(ctx: Context, input: { complexId: string }) {
  const complexId = parseId("input.complexId", input.complexId, "ServiceComplex");
  const data = parse(roomInput, input);
  const complex = await loadFor(ctx, "service:manage", "input.complexId", "服务综合体", () => ctx.prisma.serviceComplex.findUnique({ where: { id: complexId } }));
  return command(ctx, async (tx) => {
    const row = await tx.serviceRoom.create({ data: { ...data, complexId, communityId: complex.communityId } }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "service:manage", communityId: complex.communityId, targetType: "ServiceRoom", targetId: row.id, after: row });
    return row;
  });
}

export async function updateServiceRoom(ctx: Context, rawId: string, input: unknown) {
  const id = parseId("id", rawId, "ServiceRoom");
  const data = parse(roomUpdate, input);
  const existing = await loadFor(ctx, "service:manage", "id", "功能室", () => ctx.prisma.serviceRoom.findUnique({ where: { id } }));
  return command(ctx, async (tx) => {
    const before = await tx.serviceRoom.findUniqueOrThrow({ where: { id } });
    const after = await tx.serviceRoom.update({ where: { id }, data }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "service:manage", communityId: existing.communityId, targetType: "ServiceRoom", targetId: id, before, after });
    return after;
  });
}

export async function createServiceWindow(ctx: Context, input: { complexId: string }) {
  const complexId = parseId("input.complexId", input.complexId, "ServiceComplex");
  const data = parse(windowInput, input);
  const complex = await loadFor(ctx, "service:manage", "input.complexId", "服务综合体", () => ctx.prisma.serviceComplex.findUnique({ where: { id: complexId } }));
  return command(ctx, async (tx) => {
    const row = await tx.serviceWindow.create({ data: { ...data, complexId, communityId: complex.communityId } }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "service:manage", communityId: complex.communityId, targetType: "ServiceWindow", targetId: row.id, after: row });
    return row;
  });
}

export async function updateServiceWindow(ctx: Context, rawId: string, input: unknown) {
  const id = parseId("id", rawId, "ServiceWindow");
  const data = parse(windowUpdate, input);
  const existing = await loadFor(ctx, "service:manage", "id", "窗口", () => ctx.prisma.serviceWindow.findUnique({ where: { id } }));
  return command(ctx, async (tx) => {
    const before = await tx.serviceWindow.findUniqueOrThrow({ where: { id } });
    const after = await tx.serviceWindow.update({ where: { id }, data }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "service:manage", communityId: existing.communityId, targetType: "ServiceWindow", targetId: id, before, after });
    return after;
  });
}

/** Replace the clerks of a window. Each must be an account holding ticket:handle in the community. */
export async function setServiceWindowClerks(ctx: Context, rawId: string, accountIds: string[]) {
  const id = parseId("id", rawId, "ServiceWindow");
  if (accountIds.length > 50) throw new UserError("INVALID", "一个窗口最多50名工作人员 (at most 50 clerks)", "accountIds");
  const parsed = accountIds.map((a, i) => parseId(`accountIds.${i}`, a, "Account"));
  const window = await loadFor(ctx, "service:manage", "id", "窗口", () =>
    ctx.prisma.serviceWindow.findUnique({ where: { id }, include: { community: { select: { path: true } } } }),
  );
  const ids: string[] = [];
  for (const [i, accountId] of parsed.entries()) {
    if (ids.includes(accountId)) continue;
    if (!(await accountHolds(ctx.prisma, accountId, "ticket:handle", window.community.path))) {
      throw new UserError("INVALID", "该账号在本社区没有办件权限（ticket:handle），不能作为窗口工作人员 (the account cannot handle tickets here)", `accountIds.${i}`);
    }
    ids.push(accountId);
  }
  return command(ctx, async (tx) => {
    const before = (await tx.serviceWindowClerk.findMany({ where: { windowId: id }, select: { accountId: true } })).map((c) => c.accountId);
    await tx.serviceWindowClerk.deleteMany({ where: { windowId: id } });
    await tx.serviceWindowClerk.createMany({ data: ids.map((accountId) => ({ windowId: id, accountId, communityId: window.communityId })) });
    await audit(tx, ctx, { action: "service:manage", communityId: window.communityId, targetType: "ServiceWindow", targetId: id, before: { clerkAccountIds: before }, after: { clerkAccountIds: ids } });
    return tx.serviceWindow.findUniqueOrThrow({ where: { id } });
  });
}
