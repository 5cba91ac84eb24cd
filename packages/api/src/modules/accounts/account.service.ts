// Accounts and role grants. A grant names a node (region or community); account:manage on that
// node (or above it) is needed to grant or revoke there.
import { parseInput } from "../../shared/service.js";
import type { Role } from "../../generated/prisma/enums.js";
import { lockRow } from "../../shared/locks.js";
import type { Tx } from "../../shared/service.js";
import { assertCanAtRegion, canAtPath } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import { authChanged } from "../../shared/authCache.js";
import type { Context } from "../../shared/context.js";
import { fromPrisma, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { decodeGlobalID } from "@pothos/plugin-relay";
import { createAccountInput, password as passwordSchema, role as roleSchema, updateAccountInput } from "./account.validation.js";
import { hashPassword } from "./password.js";
import { usernameKey } from "./throttle.js";
import { disableRefusal, revokeGrantRefusal } from "./account.rules.js";


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

/**
 * Accounts the viewer may see (account:read) or manage (account:manage): its own, and those whose
 * every grant lies where the viewer holds `action`. An account that also holds a role elsewhere
 * belongs to that other place too, so it — its username, last sign-in, disabled flag and grants — is
 * not shown or changed here: the same NOT_FOUND as an id that names nothing.
 */
export function accountScope(ctx: Context, action: "account:read" | "account:manage") {
  const a = ctx.actor;
  // API clients and anonymous callers see no accounts (an empty OR would match every row).
  if (a.kind !== "account") return { id: { in: [] as string[] } };
  const paths = a.grants.filter((g) => canAtPath(ctx, action, g.path)).map((g) => g.path);
  const reach = paths.flatMap((p) => [{ region: { path: { startsWith: p } } }, { community: { path: { startsWith: p } } }]);
  return { OR: [{ id: a.accountId }, ...(reach.length ? [{ grants: { some: {}, every: { OR: reach } } }] : [])] };
}

const parseRole = (value: string) => {
  const r = roleSchema.safeParse(value);
  if (!r.success) throw new UserError("INVALID", "未知角色 (unknown role)", "input.role");
  return r.data as Role;
};

export async function createAccount(ctx: Context, input: { username: string; displayName: string; password: string; role: string; nodeId: string }) {
  const parsed = parseInput(createAccountInput, input);
  const role = parseRole(input.role);
  const node = await resolveGrantNode(ctx, "input.nodeId", input.nodeId);
  assertCanAtRegion(ctx, "account:manage", node.path, "input.nodeId", node.communityId ? "社区" : "区域");
  const passwordHash = await hashPassword(parsed.password);
  return command(ctx, async (tx) => {
    const account = await tx.account
      .create({ data: { username: parsed.username.toLowerCase(), displayName: parsed.displayName, passwordHash } })
      .catch((e) => fromPrisma(e));
    const grant = await tx.grant.create({ data: { accountId: account.id, role, regionId: node.regionId, communityId: node.communityId, createdById: actorAccount(ctx) } });
    await audit(tx, ctx, { action: "account:manage", communityId: node.communityId, targetType: "Account", targetId: account.id, after: { account, grant } });
    return account;
  });
}

const actorAccount = (ctx: Context) => (ctx.actor.kind === "account" ? ctx.actor.accountId : null);

async function loadManagedAccount(ctx: Context, id: string) {
  const accountId = parseId("id", id, "Account");
  // Managing an account needs account:manage over every node it holds a grant on (accountScope).
  const account = await ctx.prisma.account.findFirst({ where: { id: accountId, AND: [accountScope(ctx, "account:manage")] } });
  if (!account) throw notFound("id", "账号");
  return account;
}

export async function updateAccount(ctx: Context, id: string, input: { displayName?: string | null; disabled?: boolean | null }) {
  const parsed = parseInput(updateAccountInput, { displayName: input.displayName ?? undefined, disabled: input.disabled ?? undefined });
  const before = await loadManagedAccount(ctx, id);
  const selfRefusal = parsed.disabled ? disableRefusal(ctx, before.id) : null;
  if (selfRefusal) throw new UserError("CONFLICT", selfRefusal, "input.disabled");
  return command(ctx, async (tx) => {
    const after = await tx.account.update({
      where: { id: before.id },
      data: {
        ...(parsed.displayName !== undefined ? { displayName: parsed.displayName } : {}),
        ...(parsed.disabled !== undefined ? { disabledAt: parsed.disabled ? (before.disabledAt ?? ctx.now()) : null } : {}),
      },
    });
    if (parsed.disabled) await tx.session.deleteMany({ where: { accountId: before.id } });
    if (parsed.disabled != null) authChanged(ctx, before.id);
    await audit(tx, ctx, { action: "account:manage", communityId: null, targetType: "Account", targetId: before.id, before, after });
    return after;
  });
}

export async function resetAccountPassword(ctx: Context, id: string, newPassword: string) {
  const parsed = parseInput(passwordSchema, newPassword, "newPassword");
  const before = await loadManagedAccount(ctx, id);
  const passwordHash = await hashPassword(parsed);
  return command(ctx, async (tx) => {
    const after = await tx.account.update({ where: { id: before.id }, data: { passwordHash } });
    await tx.session.deleteMany({ where: { accountId: before.id } });
    authChanged(ctx, before.id);
    // A new password lifts the username's lockout.
    await tx.signInThrottle.deleteMany({ where: { key: usernameKey(before.username) } });
    await audit(tx, ctx, { action: "account:manage", communityId: null, targetType: "Account", targetId: before.id, after: { passwordReset: true } });
    return after;
  });
}

/**
 * Lock the account's row for the rest of the transaction (grants and revocations on one account
 * take turns) and check, under the lock, that it is still wholly inside the viewer's reach.
 */
async function lockManagedAccount(tx: Tx, ctx: Context, accountId: string, field: string) {
  await lockRow(tx, "Account", accountId);
  const account = await tx.account.findFirst({ where: { id: accountId, AND: [accountScope(ctx, "account:manage")] }, select: { id: true } });
  if (!account) throw notFound(field, "账号");
}

/**
 * Grant a role on a node the viewer manages, to an account wholly inside the viewer's reach (its
 * own, or one whose every grant lies where the viewer holds account:manage): an admin cannot pull
 * another community's account into theirs. Reach-based, no invitation: see the README.
 */
export async function grantRole(ctx: Context, input: { accountId: string; role: string; nodeId: string }) {
  const accountId = parseId("input.accountId", input.accountId, "Account");
  const role = parseRole(input.role);
  const node = await resolveGrantNode(ctx, "input.nodeId", input.nodeId);
  assertCanAtRegion(ctx, "account:manage", node.path, "input.nodeId", node.communityId ? "社区" : "区域");
  return command(ctx, async (tx) => {
    await lockManagedAccount(tx, ctx, accountId, "input.accountId");
    const existing = await tx.grant.findFirst({ where: { accountId, role, regionId: node.regionId, communityId: node.communityId }, select: { id: true } });
    if (existing) throw new UserError("DUPLICATE", "该账号已拥有此角色 (the account already holds this role here)", "input.role");
    const grant = await tx.grant.create({ data: { accountId, role, regionId: node.regionId, communityId: node.communityId, createdById: actorAccount(ctx) } });
    authChanged(ctx, accountId);
    await audit(tx, ctx, { action: "account:manage", communityId: node.communityId, regionId: node.regionId, targetType: "Grant", targetId: grant.id, after: grant });
    return grant;
  });
}

/** Remove a grant of an account wholly inside the viewer's reach. The last one stays: disable the account instead. */
export async function revokeGrant(ctx: Context, id: string) {
  const grantId = parseId("id", id, "Grant");
  const grant = await ctx.prisma.grant.findFirst({
    where: { id: grantId, account: accountScope(ctx, "account:manage") },
    include: { region: { select: { path: true } }, community: { select: { path: true } } },
  });
  if (!grant) throw notFound("id", "角色");
  // The viewer's own grant on a node it does not manage: visible, so refused rather than not found.
  assertCanAtRegion(ctx, "account:manage", grant.region?.path ?? grant.community?.path ?? "", "id", "角色");
  return command(ctx, async (tx) => {
    await lockManagedAccount(tx, ctx, grant.accountId, "id");
    const held = await tx.grant.findMany({ where: { accountId: grant.accountId }, select: { id: true } });
    if (!held.some((g) => g.id === grantId)) throw notFound("id", "角色");
    const lastRole = revokeGrantRefusal(held.length);
    if (lastRole) throw new UserError("CONFLICT", lastRole, "id");
    await tx.grant.delete({ where: { id: grantId } });
    authChanged(ctx, grant.accountId);
    const { region: _r, community: _c, ...before } = grant;
    await audit(tx, ctx, { action: "account:manage", communityId: grant.communityId, regionId: grant.regionId, targetType: "Grant", targetId: grantId, before });
    return grant;
  });
}
