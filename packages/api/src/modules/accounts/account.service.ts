// Accounts and role grants. A grant names a node (region or community); account:manage on that
// node (or above it) is needed to grant or revoke there.
import type { Role } from "../../generated/prisma/enums.js";
import { assertCanAtRegion, canAtPath, seesPath } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { forbidden, fromPrisma, fromZod, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { createAccountInput, password as passwordSchema, role as roleSchema, updateAccountInput } from "./account.validation.js";
import { hashPassword } from "./password.js";

interface NodeRef { regionId: string | null; communityId: string | null; path: string }

/** A grant's node: a Region (district/street) or a Community global id. */
export async function resolveGrantNode(ctx: Context, field: string, nodeId: string): Promise<NodeRef> {
  let typename: string | undefined;
  try {
    typename = decodeGlobalID(nodeId).typename;
  } catch {
    typename = undefined;
  }
  if (typename === "Community") {
    const id = parseId(field, nodeId, "Community");
    const c = await ctx.prisma.community.findUnique({ where: { id }, select: { path: true } });
    if (!c) throw notFound(field, "社区");
    return { regionId: null, communityId: id, path: c.path };
  }
  const id = parseId(field, nodeId, "Region", "Community");
  const r = await ctx.prisma.region.findUnique({ where: { id }, select: { path: true } });
  if (!r) throw notFound(field, "区域");
  return { regionId: id, communityId: null, path: r.path };
}

/** Accounts the viewer may see: those holding a grant somewhere the viewer holds `action`. */
export function accountScope(ctx: Context, action: "account:read" | "account:manage") {
  const a = ctx.actor;
  // API clients and anonymous callers see no accounts (an empty OR would match every row).
  if (a.kind !== "account") return { id: { in: [] as string[] } };
  const paths = a.grants.filter((g) => canAtPath(ctx, action, g.path)).map((g) => g.path);
  const reach = paths.flatMap((p) => [{ region: { path: { startsWith: p } } }, { community: { path: { startsWith: p } } }]);
  return { OR: [{ id: a.accountId }, ...(reach.length ? [{ grants: { some: { OR: reach } } }] : [])] };
}

const parseRole = (value: string) => {
  const r = roleSchema.safeParse(value);
  if (!r.success) throw new UserError("INVALID", "未知角色 (unknown role)", "input.role");
  return r.data as Role;
};

export async function createAccount(ctx: Context, input: { username: string; displayName: string; password: string; role: string; nodeId: string }) {
  const parsed = createAccountInput.safeParse(input);
  if (!parsed.success) throw fromZod(parsed.error);
  const role = parseRole(input.role);
  const node = await resolveGrantNode(ctx, "input.nodeId", input.nodeId);
  assertCanAtRegion(ctx, "account:manage", node.path, "input.nodeId", node.communityId ? "社区" : "区域");
  const passwordHash = await hashPassword(parsed.data.password);
  return command(ctx, async (tx) => {
    const account = await tx.account
      .create({ data: { username: parsed.data.username.toLowerCase(), displayName: parsed.data.displayName, passwordHash } })
      .catch((e) => fromPrisma(e));
    const grant = await tx.grant.create({ data: { accountId: account.id, role, regionId: node.regionId, communityId: node.communityId, createdById: actorAccount(ctx) } });
    await audit(tx, ctx, { action: "account:manage", communityId: node.communityId, targetType: "Account", targetId: account.id, after: { account, grant } });
    return account;
  });
}

const actorAccount = (ctx: Context) => (ctx.actor.kind === "account" ? ctx.actor.accountId : null);

async function loadManagedAccount(ctx: Context, id: string) {
  const accountId = parseId("id", id, "Account");
  const account = await ctx.prisma.account.findFirst({ where: { id: accountId, AND: [accountScope(ctx, "account:manage")] } });
  if (!account) throw notFound("id", "账号");
  if (actorAccount(ctx) === accountId) return account;
  // Managing an account needs account:manage over every node it holds a grant on.
  const grants = await ctx.prisma.grant.findMany({ where: { accountId }, select: { region: { select: { path: true } }, community: { select: { path: true } } } });
  for (const g of grants) {
    const path = g.region?.path ?? g.community?.path ?? "";
    if (!canAtPath(ctx, "account:manage", path)) throw forbidden("id", "此账号在您的管辖范围之外还有角色 (the account holds roles outside your reach)");
  }
  return account;
}

export async function updateAccount(ctx: Context, id: string, input: { displayName?: string | null; disabled?: boolean | null }) {
  const parsed = updateAccountInput.safeParse({ displayName: input.displayName ?? undefined, disabled: input.disabled ?? undefined });
  if (!parsed.success) throw fromZod(parsed.error);
  const before = await loadManagedAccount(ctx, id);
  if (parsed.data.disabled && before.id === actorAccount(ctx)) throw new UserError("CONFLICT", "不能停用自己的账号 (cannot disable yourself)", "input.disabled");
  return command(ctx, async (tx) => {
    const after = await tx.account.update({
      where: { id: before.id },
      data: {
        ...(parsed.data.displayName !== undefined ? { displayName: parsed.data.displayName } : {}),
        ...(parsed.data.disabled !== undefined ? { disabledAt: parsed.data.disabled ? (before.disabledAt ?? ctx.now()) : null } : {}),
      },
    });
    if (parsed.data.disabled) await tx.session.deleteMany({ where: { accountId: before.id } });
    await audit(tx, ctx, { action: "account:manage", communityId: null, targetType: "Account", targetId: before.id, before, after });
    return after;
  });
}

export async function resetAccountPassword(ctx: Context, id: string, newPassword: string) {
  const parsed = passwordSchema.safeParse(newPassword);
  if (!parsed.success) throw fromZod(parsed.error, "newPassword");
  const before = await loadManagedAccount(ctx, id);
  const passwordHash = await hashPassword(parsed.data);
  return command(ctx, async (tx) => {
    const after = await tx.account.update({ where: { id: before.id }, data: { passwordHash, failedLoginCount: 0, lockedUntil: null } });
    await tx.session.deleteMany({ where: { accountId: before.id } });
    await audit(tx, ctx, { action: "account:manage", communityId: null, targetType: "Account", targetId: before.id, after: { passwordReset: true } });
    return after;
  });
}

export async function grantRole(ctx: Context, input: { accountId: string; role: string; nodeId: string }) {
  const accountId = parseId("input.accountId", input.accountId, "Account");
  const role = parseRole(input.role);
  const node = await resolveGrantNode(ctx, "input.nodeId", input.nodeId);
  assertCanAtRegion(ctx, "account:manage", node.path, "input.nodeId", node.communityId ? "社区" : "区域");
  const account = await ctx.prisma.account.findUnique({ where: { id: accountId }, select: { id: true } });
  if (!account) throw notFound("input.accountId", "账号");
  const existing = await ctx.prisma.grant.findFirst({ where: { accountId, role, regionId: node.regionId, communityId: node.communityId } });
  if (existing) throw new UserError("DUPLICATE", "该账号已拥有此角色 (the account already holds this role here)", "input.role");
  return command(ctx, async (tx) => {
    const grant = await tx.grant.create({ data: { accountId, role, regionId: node.regionId, communityId: node.communityId, createdById: actorAccount(ctx) } });
    await audit(tx, ctx, { action: "account:manage", communityId: node.communityId, regionId: node.regionId, targetType: "Grant", targetId: grant.id, after: grant });
    return grant;
  });
}

export async function revokeGrant(ctx: Context, id: string) {
  const grantId = parseId("id", id, "Grant");
  const grant = await ctx.prisma.grant.findUnique({ where: { id: grantId }, include: { region: { select: { path: true } }, community: { select: { path: true } } } });
  const grantPath = grant?.region?.path ?? grant?.community?.path ?? "";
  // A grant on a node the viewer has no reach over answers like an unknown grant.
  if (!grant || !seesPath(ctx, grantPath, grant.communityId ?? undefined)) throw notFound("id", "角色");
  assertCanAtRegion(ctx, "account:manage", grantPath, "id", "角色");
  return command(ctx, async (tx) => {
    await tx.grant.delete({ where: { id: grantId } });
    const { region: _r, community: _c, ...before } = grant;
    await audit(tx, ctx, { action: "account:manage", communityId: grant.communityId, regionId: grant.regionId, targetType: "Grant", targetId: grantId, before });
    return grant;
  });
}

