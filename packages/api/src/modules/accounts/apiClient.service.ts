// Third-party apps: an admin registers a client and gets a bearer token, shown once and stored
// only as a hash, scoped to communities and actions, revocable.
import { parseInput } from "../../shared/service.js";
import { audit, command } from "../../shared/audit.js";
import { canAtPath, isAction, seesPath } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { forbidden, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { hashToken, newToken } from "../../shared/tokens.js";
import { apiClientInput } from "./account.validation.js";
import { managesApiClient } from "./account.rules.js";

export async function registerApiClient(ctx: Context, input: { name: string; communityIds: string[]; actions: string[] }) {
  if (ctx.actor.kind !== "account") throw forbidden(null, "只有管理员账号可以注册API客户端");
  const createdById = ctx.actor.accountId;
  const parsed = parseInput(apiClientInput, input);
  const actions = [...new Set(parsed.actions)];
  actions.forEach((a, i) => {
    if (!isAction(a)) throw new UserError("INVALID", `未知权限 ${a} (unknown action)`, `input.actions.${i}`);
  });
  const communityIds = [...new Set(parsed.communityIds.map((c, i) => parseId(`input.communityIds.${i}`, c, "Community")))];
  const communities = await ctx.prisma.community.findMany({ where: { id: { in: communityIds } }, select: { id: true, path: true } });
  for (const [i, id] of communityIds.entries()) {
    const c = communities.find((x) => x.id === id);
    if (!c || !seesPath(ctx, c.path, c.id)) throw notFound(`input.communityIds.${i}`, "社区");
    if (!canAtPath(ctx, "apiClient:manage", c.path)) throw forbidden(`input.communityIds.${i}`);
    // A client gets no action its registrar does not hold in that community.
    const missing = actions.find((a) => isAction(a) && !canAtPath(ctx, a, c.path));
    if (missing) throw forbidden("input.actions", `您在该社区没有 ${missing} 权限，不能授予客户端 (you do not hold ${missing} there)`);
  }
  const token = newToken("gzc");
  const apiClient = await command(ctx, async (tx) => {
    const client = await tx.apiClient.create({
      data: { name: parsed.name, tokenHash: hashToken(token), tokenPrefix: token.slice(0, 10), actions, createdById, communities: { create: communityIds.map((communityId) => ({ communityId })) } },
    });
    for (const communityId of communityIds) {
      await audit(tx, ctx, { action: "apiClient:manage", communityId, targetType: "ApiClient", targetId: client.id, after: { ...client, communityIds } });
    }
    return client;
  });
  return { apiClient, token };
}

export async function revokeApiClient(ctx: Context, id: string) {
  const clientId = parseId("id", id, "ApiClient");
  const client = await ctx.prisma.apiClient.findUnique({ where: { id: clientId }, include: { communities: { include: { community: { select: { path: true } } } } } });
  if (!client || !client.communities.some((c) => canAtPath(ctx, "apiClient:manage", c.community.path))) throw notFound("id", "API客户端");
  if (!managesApiClient(ctx, client.communities)) throw forbidden("id");
  if (client.revokedAt) return client;
  return command(ctx, async (tx) => {
    const after = await tx.apiClient.update({ where: { id: clientId }, data: { revokedAt: ctx.now() } });
    for (const c of client.communities) {
      await audit(tx, ctx, { action: "apiClient:manage", communityId: c.communityId, targetType: "ApiClient", targetId: clientId, before: { revokedAt: null }, after: { revokedAt: after.revokedAt } });
    }
    return after;
  });
}
