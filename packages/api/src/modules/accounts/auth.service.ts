// Sign-in with throttling, sessions in an HttpOnly SameSite cookie, sign-out, password change.
import { env } from "../../env.js";
import { audit, command } from "../../shared/audit.js";
import { loadGrants, SESSION_COOKIE, type Context } from "../../shared/context.js";
import { forbidden, fromZod, UserError } from "../../shared/errors.js";
import { hashToken, newToken } from "../../shared/tokens.js";
import { password as passwordSchema } from "./account.validation.js";
import { burnVerify, hashPassword, verifyPassword } from "./password.js";

/** After this many failures in a row an account waits, doubling each time, up to 15 minutes. */
export const FREE_ATTEMPTS = 5;
export const lockoutMs = (failures: number) => (failures < FREE_ATTEMPTS ? 0 : Math.min(15 * 60_000, 30_000 * 2 ** (failures - FREE_ATTEMPTS)));

const cookie = (value: string, maxAgeSeconds: number) =>
  [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`, ...(env.COOKIE_SECURE ? ["Secure"] : [])].join("; ");

export async function signIn(ctx: Context, username: string, password: string) {
  const now = ctx.now();
  const account = await ctx.prisma.account.findUnique({ where: { username: username.trim().toLowerCase() } });
  if (!account || account.disabledAt) {
    await burnVerify(password);
    throw new UserError("UNAUTHENTICATED", "用户名或密码错误 (wrong username or password)", "password");
  }
  if (account.lockedUntil && account.lockedUntil > now) {
    const seconds = Math.ceil((account.lockedUntil.getTime() - now.getTime()) / 1000);
    throw new UserError("RATE_LIMITED", `尝试次数过多，请 ${seconds} 秒后再试 (too many attempts; retry in ${seconds}s)`, "password");
  }
  if (!(await verifyPassword(account.passwordHash, password))) {
    const failures = account.failedLoginCount + 1;
    const wait = lockoutMs(failures);
    await ctx.prisma.account.update({
      where: { id: account.id },
      data: { failedLoginCount: failures, lockedUntil: wait ? new Date(now.getTime() + wait) : null },
    });
    throw new UserError("UNAUTHENTICATED", "用户名或密码错误 (wrong username or password)", "password");
  }
  const token = newToken("gzs");
  const maxAge = env.SESSION_DAYS * 86_400;
  const grants = await loadGrants(ctx.prisma, account.id);
  await command(ctx, async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { failedLoginCount: 0, lockedUntil: null, lastLoginAt: now } });
    const session = await tx.session.create({ data: { tokenHash: hashToken(token), accountId: account.id, expiresAt: new Date(now.getTime() + maxAge * 1000) } });
    ctx.actor = { kind: "account", accountId: account.id, sessionId: session.id, grants };
    await audit(tx, ctx, { action: "account:signIn", communityId: null, targetType: "Account", targetId: account.id });
  });
  ctx.setCookies.push(cookie(token, maxAge));
  return account;
}

export async function signOut(ctx: Context) {
  const a = ctx.actor;
  if (a.kind === "account") {
    await command(ctx, async (tx) => {
      await tx.session.deleteMany({ where: { id: a.sessionId } });
      await audit(tx, ctx, { action: "account:signOut", communityId: null, targetType: "Account", targetId: a.accountId });
    });
  }
  ctx.setCookies.push(cookie("", 0));
  ctx.actor = { kind: "anonymous" };
  return true;
}

export async function changeMyPassword(ctx: Context, currentPassword: string, newPassword: string) {
  const a = ctx.actor;
  if (a.kind !== "account") throw forbidden(null, "只有登录的账号可以修改密码");
  const parsed = passwordSchema.safeParse(newPassword);
  if (!parsed.success) throw fromZod(parsed.error, "newPassword");
  const account = await ctx.prisma.account.findUniqueOrThrow({ where: { id: a.accountId } });
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    throw new UserError("UNAUTHENTICATED", "当前密码不正确 (current password is wrong)", "currentPassword");
  }
  const passwordHash = await hashPassword(parsed.data);
  return command(ctx, async (tx) => {
    const updated = await tx.account.update({ where: { id: a.accountId }, data: { passwordHash } });
    // Other sessions end: a changed password should lock out whoever else had it.
    await tx.session.deleteMany({ where: { accountId: a.accountId, id: { not: a.sessionId } } });
    await audit(tx, ctx, { action: "account:changePassword", communityId: null, targetType: "Account", targetId: a.accountId });
    return updated;
  });
}
