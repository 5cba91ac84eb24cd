// Resident sign-in (居民端, issue #14): a one-time code sent to a phone registered by staff, or a
// printed one-time sign-in card; resident sessions in their own cookie (gz_resident) and table,
// never staff sessions. A signed-in resident is the actor kind "resident" (shared/context.ts), which
// every resident rule accepts through shared/actor.ts actingResident().
//
// The answer to a code request never tells whether the number is registered: an unregistered
// number gets the same answer, throttled on the same keys, and a code row of its own that no code
// can sign in with (nothing is sent, nothing is logged for staff). With a real SMS provider the
// message goes out after the answer, so the answer's timing does not tell either.
import { createHash, randomInt, timingSafeEqual } from "node:crypto";
import { env } from "../../env.js";
import { audit, command } from "../../shared/audit.js";
import { assertCan } from "../../shared/authz.js";
import { RESIDENT_COOKIE, type Context } from "../../shared/context.js";
import { notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { maskedText, messageProvider, messageText, type OutgoingMessage } from "../../shared/messages/provider.js";
import { parseInput } from "../../shared/service.js";
import { hashToken, newToken } from "../../shared/tokens.js";
import { ADDRESS_LIMIT, addressKey, refund, reserve, retryAfterSeconds } from "./throttle.js";
import { cardToken, requestCodeInput, signInInput } from "./residentAuth.validation.js";

/** A code lives 5 minutes and takes 5 wrong tries; the sixth is refused. */
export const CODE_TTL_MS = 5 * 60_000;
export const CODE_ATTEMPTS = 5;
/** A printed sign-in card signs in once, within 7 days. */
export const CARD_TTL_MS = 7 * 86_400_000;

/** Codes to one phone: one a minute. */
export const PHONE_GAP_LIMIT = { limit: 1, windowMs: 60_000, baseMs: 60_000, maxMs: 60_000 };
/** Codes to one phone: 5 an hour, then an hour's wait. */
export const PHONE_SEND_LIMIT = { limit: 5, windowMs: 60 * 60_000, baseMs: 60 * 60_000, maxMs: 60 * 60_000 };
/** Code requests from one client address: 20 in 10 minutes, then 10 minutes' wait. */
export const ADDRESS_SEND_LIMIT = { limit: 20, windowMs: 10 * 60_000, baseMs: 10 * 60_000, maxMs: 10 * 60_000 };

const phoneGapKey = (phone: string) => `sms:gap:${phone}`;
const phoneKey = (phone: string) => `sms:phone:${phone}`;
const smsAddressKey = (ip: string) => `sms:ip:${ip}`;

const codeHash = (id: string, code: string) => createHash("sha256").update(`${id}:${code}`).digest("hex");
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

const residentCookie = (value: string, maxAgeSeconds: number) =>
  [`${RESIDENT_COOKIE}=${value}`, "Path=/", "HttpOnly", "SameSite=Lax", `Max-Age=${maxAgeSeconds}`, ...(env.COOKIE_SECURE ? ["Secure"] : [])].join("; ");

const throttled = (seconds: number, field: string, what: string) =>
  new UserError("RATE_LIMITED", `${what}过于频繁，请 ${seconds} 秒后再试 (too many requests; retry in ${seconds}s)`, field);

/** The community named by id or by code (its 编码, as on its poster); unknown → NOT_FOUND. */
async function communityOf(ctx: Context, input: { communityId?: string | null; communityCode?: string | null }) {
  if (input.communityId) {
    const id = parseId("input.communityId", input.communityId, "Community");
    const c = await ctx.prisma.community.findUnique({ where: { id }, select: { id: true, code: true } });
    if (!c) throw notFound("input.communityId", "社区");
    return c;
  }
  if (input.communityCode) {
    const c = await ctx.prisma.community.findUnique({ where: { code: input.communityCode }, select: { id: true, code: true } });
    if (!c) throw notFound("input.communityCode", "社区");
    return c;
  }
  throw new UserError("REQUIRED", "请指明社区 (communityId or communityCode)", "input.communityCode");
}

/** Reserve one use of each key in order; a refused key gives back the ones reserved before it. */
async function reserveAll(ctx: Context, keys: { key: string; limit: typeof PHONE_GAP_LIMIT; field: string; what: string }[], now: Date) {
  const done: string[] = [];
  for (const k of keys) {
    if (!(await reserve(ctx.prisma, k.key, k.limit, now))) {
      for (const d of done) await refund(ctx.prisma, d);
      throw throttled(await retryAfterSeconds(ctx.prisma, k.key, now), k.field, k.what);
    }
    done.push(k.key);
  }
}

/** Hand a logged message to the provider; its row records how it went. */
async function deliver(ctx: Context, logId: string, message: OutgoingMessage) {
  const provider = messageProvider();
  try {
    const r = await provider.send(message);
    await ctx.prisma.messageLog.update({ where: { id: logId }, data: { status: "SENT", sentAt: new Date(), error: r.providerMessageId ? `bizId ${r.providerMessageId}` : null } });
  } catch (e) {
    console.error(`[messages] ${provider.name} failed for message ${logId}:`, e);
    await ctx.prisma.messageLog.update({ where: { id: logId }, data: { status: "FAILED", error: String((e as Error)?.message ?? e).slice(0, 500) } }).catch(() => undefined);
  }
}

/**
 * 获取验证码: a 6-digit code for a phone in a community, to a resident registered there with that
 * number. The same answer whether or not one is.
 */
export async function requestResidentCode(ctx: Context, input: unknown) {
  const d = parseInput(requestCodeInput, input);
  const community = await communityOf(ctx, d);
  const now = ctx.now();
  await reserveAll(
    ctx,
    [
      { key: smsAddressKey(ctx.ip), limit: ADDRESS_SEND_LIMIT, field: "input.phone", what: "获取验证码" },
      { key: phoneGapKey(d.phone), limit: PHONE_GAP_LIMIT, field: "input.phone", what: "获取验证码" },
      { key: phoneKey(d.phone), limit: PHONE_SEND_LIMIT, field: "input.phone", what: "该号码获取验证码" },
    ],
    now,
  );
  // Several residents of a community may share a phone (a family's): the first registered signs in.
  const resident = await ctx.prisma.resident.findFirst({ where: { communityId: community.id, phone: d.phone }, select: { id: true }, orderBy: { id: "asc" } });
  const code = String(randomInt(0, 1_000_000)).padStart(6, "0");
  const provider = messageProvider();
  const message: OutgoingMessage = { phone: d.phone, purpose: "SIGN_IN_CODE", params: { code } };
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  const logId = await command(ctx, async (tx) => {
    // A new code replaces the phone's earlier ones in this community; codes a day old go.
    await tx.residentSignInCode.updateMany({ where: { communityId: community.id, phone: d.phone, usedAt: null }, data: { usedAt: now } });
    await tx.residentSignInCode.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - 86_400_000) } } });
    const id = crypto.randomUUID();
    await tx.residentSignInCode.create({ data: { id, communityId: community.id, phone: d.phone, residentId: resident?.id ?? null, codeHash: codeHash(id, code), createdAt: now, expiresAt } });
    if (!resident) return null;
    const log = await tx.messageLog.create({
      select: { id: true },
      data: { communityId: community.id, residentId: resident.id, phone: d.phone, purpose: message.purpose, body: provider.keepsText ? messageText(message) : maskedText(message), provider: provider.name, createdAt: now },
    });
    return log.id;
  });
  if (logId) {
    if (provider.immediate) await deliver(ctx, logId, message);
    else void deliver(ctx, logId, message);
  }
  return { expiresAt, resendAfterSeconds: Math.round(PHONE_GAP_LIMIT.baseMs / 1000) };
}

/** A resident session for `residentId`: the cookie, the row, the audit row; the request's actor becomes the resident. */
async function startSession(ctx: Context, resident: { id: string; communityId: string }, method: "CODE" | "CARD", consume: (tx: Parameters<Parameters<typeof command>[1]>[0]) => Promise<boolean>) {
  const token = newToken("gzr");
  const maxAge = env.RESIDENT_SESSION_DAYS * 86_400;
  const now = ctx.now();
  await command(ctx, async (tx) => {
    if (!(await consume(tx))) throw new UserError("UNAUTHENTICATED", "验证码或登录卡已使用，请重新获取 (already used)", method === "CODE" ? "input.code" : "token");
    await tx.residentSession.deleteMany({ where: { residentId: resident.id, expiresAt: { lte: now } } });
    const session = await tx.residentSession.create({
      data: { tokenHash: hashToken(token), residentId: resident.id, communityId: resident.communityId, method, createdAt: now, expiresAt: new Date(now.getTime() + maxAge * 1000) },
    });
    ctx.actor = { kind: "resident", residentId: resident.id, sessionId: session.id, communityId: resident.communityId };
    await audit(tx, ctx, { action: "resident:signIn", communityId: resident.communityId, targetType: "Resident", targetId: resident.id, after: { method } });
  });
  ctx.setCookies.push(residentCookie(token, maxAge));
  return resident;
}

/** 验证码登录. Wrong, expired, used-up and never-sent codes each answer clearly; none tells whether the number is registered. */
export async function signInResident(ctx: Context, input: unknown) {
  const d = parseInput(signInInput, input);
  const community = await communityOf(ctx, d);
  const now = ctx.now();
  const ipKey = addressKey(ctx.ip);
  if (!(await reserve(ctx.prisma, ipKey, ADDRESS_LIMIT, now))) throw throttled(await retryAfterSeconds(ctx.prisma, ipKey, now), "input.code", "登录尝试");
  const row = await ctx.prisma.residentSignInCode.findFirst({ where: { communityId: community.id, phone: d.phone }, orderBy: { createdAt: "desc" } });
  if (!row || row.usedAt) throw new UserError("UNAUTHENTICATED", "验证码错误或已失效，请重新获取验证码 (no valid code; ask for a new one)", "input.code");
  if (row.expiresAt <= now) throw new UserError("UNAUTHENTICATED", "验证码已过期（5分钟内有效），请重新获取 (the code has expired)", "input.code");
  // Count the try before checking it (one statement, so concurrent guesses cannot pass the limit).
  const counted = await ctx.prisma.$queryRaw<{ attempts: number }[]>`
    UPDATE "ResidentSignInCode" SET "attempts" = "attempts" + 1
    WHERE "id" = ${row.id}::uuid AND "attempts" < ${CODE_ATTEMPTS} AND "usedAt" IS NULL
    RETURNING "attempts"`;
  if (counted.length === 0) throw new UserError("RATE_LIMITED", `验证码已输错${CODE_ATTEMPTS}次，已失效，请重新获取 (too many wrong codes; ask for a new one)`, "input.code");
  const left = CODE_ATTEMPTS - counted[0]!.attempts;
  const resident = row.residentId ? await ctx.prisma.resident.findUnique({ where: { id: row.residentId }, select: { id: true, communityId: true } }) : null;
  if (!sameHash(row.codeHash, codeHash(row.id, d.code)) || !resident || resident.communityId !== community.id) {
    throw new UserError(
      "UNAUTHENTICATED",
      left > 0 ? `验证码错误，还可再试 ${left} 次 (wrong code; ${left} tries left)` : "验证码错误，已失效，请重新获取 (wrong code; ask for a new one)",
      "input.code",
    );
  }
  await startSession(ctx, resident, "CODE", async (tx) => (await tx.residentSignInCode.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: now } })).count === 1);
  await refund(ctx.prisma, ipKey);
  return resident;
}

/** 登录卡: sign in once with a printed card's token. */
export async function signInResidentWithCard(ctx: Context, token: string) {
  const t = parseInput(cardToken, token, "token");
  const now = ctx.now();
  const ipKey = addressKey(ctx.ip);
  if (!(await reserve(ctx.prisma, ipKey, ADDRESS_LIMIT, now))) throw throttled(await retryAfterSeconds(ctx.prisma, ipKey, now), "token", "登录尝试");
  const card = await ctx.prisma.residentSignInCard.findUnique({ where: { tokenHash: hashToken(t) }, include: { resident: { select: { id: true, communityId: true } } } });
  if (!card || card.usedAt || card.resident.communityId !== card.communityId) {
    throw new UserError("UNAUTHENTICATED", "登录卡无效或已使用，请找社区工作人员重新打印 (invalid or used card)", "token");
  }
  if (card.expiresAt <= now) throw new UserError("UNAUTHENTICATED", "登录卡已过期，请找社区工作人员重新打印 (the card has expired)", "token");
  await startSession(ctx, card.resident, "CARD", async (tx) => (await tx.residentSignInCard.updateMany({ where: { id: card.id, usedAt: null }, data: { usedAt: now } })).count === 1);
  await refund(ctx.prisma, ipKey);
  return card.resident;
}

/** 退出登录: this session, or every session of the resident (everywhere). Clears the cookie in any case. */
export async function signOutResident(ctx: Context, everywhere: boolean) {
  const a = ctx.actor;
  if (a.kind === "resident") {
    await command(ctx, async (tx) => {
      const { count } = await tx.residentSession.deleteMany({ where: everywhere ? { residentId: a.residentId } : { id: a.sessionId } });
      await audit(tx, ctx, { action: "resident:signOut", communityId: a.communityId, targetType: "Resident", targetId: a.residentId, after: { everywhere, sessions: count } });
    });
  }
  ctx.setCookies.push(residentCookie("", 0));
  if (a.kind === "resident") ctx.actor = { kind: "anonymous" };
  return true;
}

/**
 * 打印登录卡: a one-time sign-in card for a resident without a phone. Its token is shown this once
 * (on the card's QR code); a new card voids the resident's earlier unused ones.
 */
export async function issueResidentSignInCard(ctx: Context, rawResidentId: string) {
  const residentId = parseId("residentId", rawResidentId, "Resident");
  const resident = await ctx.prisma.resident.findUnique({ where: { id: residentId }, select: { id: true, communityId: true, community: { select: { id: true, code: true } } } });
  if (!resident) throw notFound("residentId", "居民");
  await assertCan(ctx, "resident:signInCard", resident.communityId, "residentId", "居民");
  const token = newToken("gzk");
  const now = ctx.now();
  const expiresAt = new Date(now.getTime() + CARD_TTL_MS);
  const card = await command(ctx, async (tx) => {
    await tx.residentSignInCard.updateMany({ where: { residentId, usedAt: null, expiresAt: { gt: now } }, data: { expiresAt: now } });
    const row = await tx.residentSignInCard.create({
      data: { communityId: resident.communityId, residentId, tokenHash: hashToken(token), issuedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null, createdAt: now, expiresAt },
    });
    await audit(tx, ctx, { action: "resident:signInCard", communityId: resident.communityId, targetType: "ResidentSignInCard", targetId: row.id, after: { residentId, expiresAt } });
    return row;
  });
  const path = `/c/${encodeURIComponent(resident.community.code ?? resident.community.id)}/card/${token}`;
  return { token, path, url: env.PUBLIC_URL ? new URL(path, env.PUBLIC_URL).toString() : null, expiresAt: card.expiresAt, residentId };
}
