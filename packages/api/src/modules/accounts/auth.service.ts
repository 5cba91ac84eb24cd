// Sign-in with throttling, sessions in an HttpOnly SameSite cookie, sign-out, password change.
import { parseInput } from "../../shared/service.js";
import { env } from "../../env.js";
import { audit, command } from "../../shared/audit.js";
import { authChanged } from "../../shared/authCache.js";
import { loadGrants, SESSION_COOKIE, type Context } from "../../shared/context.js";
import { forbidden, UserError } from "../../shared/errors.js";
import { hashToken, newToken } from "../../shared/tokens.js";
import { password as passwordSchema } from "./account.validation.js";
import { burnVerify, hashPassword, verifyPassword } from "./password.js";
import { ADDRESS_LIMIT, addressKey, refund, reserve, reset, retryAfterSeconds, USERNAME_LIMIT, usernameKey } from "./throttle.js";

const cookie = (value: string, maxAgeSeconds: number) =>
  [`${SESSION_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`, ...(env.COOKIE_SECURE ? ["Secure"] : [])].join("; ");

const wrongCredentials = () => new UserError("UNAUTHENTICATED", "用户名或密码错误 (wrong username or password)", "password");
const rateLimited = (seconds: number) =>
  new UserError("RATE_LIMITED", `尝试次数过多，请 ${seconds} 秒后再试 (too many attempts; retry in ${seconds}s)`, "password");

/**
 * An unknown username, a disabled account and a wrong password answer alike: throttled on the
 * same keys, one argon2 verification each, the same error.
 */
export async function signIn(ctx: Context, username: string, password: string) {
  const now = ctx.now();
  const userKey = usernameKey(username);
  const ipKey = addressKey(ctx.ip);
  if (!(await reserve(ctx.prisma, ipKey, ADDRESS_LIMIT, now))) throw rateLimited(await retryAfterSeconds(ctx.prisma, ipKey, now));
  if (!(await reserve(ctx.prisma, userKey, USERNAME_LIMIT, now))) {
    await refund(ctx.prisma, ipKey);
    throw rateLimited(await retryAfterSeconds(ctx.prisma, userKey, now));
  }
  const account = await ctx.prisma.account.findUnique({ where: { username: username.trim().toLowerCase() } });
  if (!account || account.disabledAt) {
    await burnVerify(password);
    throw wrongCredentials();
  }
  // The reserved attempts stay counted as failures.
  if (!(await verifyPassword(account.passwordHash, password))) throw wrongCredentials();
  const token = newToken("gzs");
  const maxAge = env.SESSION_DAYS * 86_400;
  const grants = await loadGrants(ctx.prisma, account.id);
  await command(ctx, async (tx) => {
    await tx.account.update({ where: { id: account.id }, data: { lastLoginAt: now } });
    const session = await tx.session.create({ data: { tokenHash: hashToken(token), accountId: account.id, expiresAt: new Date(now.getTime() + maxAge * 1000) } });
    ctx.actor = { kind: "account", accountId: account.id, sessionId: session.id, grants };
    await audit(tx, ctx, { action: "account:signIn", communityId: null, targetType: "Account", targetId: account.id });
  });
  await reset(ctx.prisma, userKey, now);
  await refund(ctx.prisma, ipKey);
  ctx.setCookies.push(cookie(token, maxAge));
  return account;
}

export async function signOut(ctx: Context) {
  const a = ctx.actor;
  if (a.kind === "account") {
    await command(ctx, async (tx) => {
      await tx.session.deleteMany({ where: { id: a.sessionId } });
      authChanged(ctx, a.accountId);
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
  const parsed = parseInput(passwordSchema, newPassword, "newPassword");
  const account = await ctx.prisma.account.findUniqueOrThrow({ where: { id: a.accountId } });
  if (!(await verifyPassword(account.passwordHash, currentPassword))) {
    throw new UserError("UNAUTHENTICATED", "当前密码不正确 (current password is wrong)", "currentPassword");
  }
  const passwordHash = await hashPassword(parsed);
  return command(ctx, async (tx) => {
    const updated = await tx.account.update({ where: { id: a.accountId }, data: { passwordHash } });
    // Other sessions end: a changed password should lock out whoever else had it.
    await tx.session.deleteMany({ where: { accountId: a.accountId, id: { not: a.sessionId } } });
    authChanged(ctx, a.accountId);
    await audit(tx, ctx, { action: "account:changePassword", communityId: null, targetType: "Account", targetId: a.accountId });
    return updated;
  });
}
