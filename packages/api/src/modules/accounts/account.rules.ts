// Accounts', grants' and API clients' steps as pure functions of their state and the viewer's grants
// (no query: the caller selects the paths of the nodes involved). The services refuse with these;
// Account.allowedSteps, Grant.allowedSteps and ApiClient.allowedSteps list what is left for the viewer.
import { canAtPath } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";

export type AccountStep = "DISABLE" | "ENABLE";
export type GrantStep = "REVOKE";
export type ApiClientStep = "REVOKE";

/** The path of the node (region or community) a grant is held on. */
export const grantPath = (g: { region: { path: string } | null; community: { path: string } | null }) => g.region?.path ?? g.community?.path ?? "";

/**
 * Does the viewer manage this account (accountScope's rule for account:manage, on loaded grants): its
 * own, or one whose every grant lies where the viewer holds account:manage.
 */
export function managesAccount(ctx: Context, account: { id: string; grants: readonly { region: { path: string } | null; community: { path: string } | null }[] }): boolean {
  const a = ctx.actor;
  if (a.kind !== "account") return false;
  return account.id === a.accountId || (account.grants.length > 0 && account.grants.every((g) => canAtPath(ctx, "account:manage", grantPath(g))));
}

/** Why the viewer may not disable this account (null: it may): not its own. */
export const disableRefusal = (ctx: Context, accountId: string): string | null =>
  ctx.actor.kind === "account" && ctx.actor.accountId === accountId ? "不能停用自己的账号 (cannot disable yourself)" : null;

/** The steps an account allows the viewer now (updateAccount with disabled). */
export function accountSteps(ctx: Context, account: { id: string; disabledAt: Date | null; grants: Parameters<typeof managesAccount>[1]["grants"] }): AccountStep[] {
  if (!managesAccount(ctx, account)) return [];
  if (account.disabledAt !== null) return ["ENABLE"];
  return disableRefusal(ctx, account.id) === null ? ["DISABLE"] : [];
}

/** Why a grant may not be revoked (null: it may): an account's last role stays (disable the account instead). */
export const revokeGrantRefusal = (heldGrants: number): string | null =>
  heldGrants <= 1 ? "这是该账号的最后一个角色，请改为停用账号 (the last role: disable the account instead)" : null;

/** The steps a grant allows the viewer now: REVOKE when it is not the account's last, the viewer manages the account and holds account:manage on the grant's node. */
export function grantSteps(ctx: Context, grant: { region: { path: string } | null; community: { path: string } | null; account: Parameters<typeof managesAccount>[1] }): GrantStep[] {
  const ok = revokeGrantRefusal(grant.account.grants.length) === null && managesAccount(ctx, grant.account) && canAtPath(ctx, "account:manage", grantPath(grant));
  return ok ? ["REVOKE"] : [];
}

/** May the viewer manage the client: apiClient:manage in every community it acts in. */
export const managesApiClient = (ctx: Context, communities: readonly { community: { path: string } }[]) =>
  communities.every((c) => canAtPath(ctx, "apiClient:manage", c.community.path));

/** The steps an API client allows the viewer now: REVOKE while not revoked, for a viewer managing it. */
export const apiClientSteps = (ctx: Context, c: { revokedAt: Date | null; communities: readonly { community: { path: string } }[] }): ApiClientStep[] =>
  c.revokedAt === null && managesApiClient(ctx, c.communities) ? ["REVOKE"] : [];
