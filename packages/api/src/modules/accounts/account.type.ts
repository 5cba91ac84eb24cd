import { builder } from "../../builder.js";
import { ACTION_NAMES, actionsOfRole, canAtPath, communityScope, heldActions } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseOptionalId } from "../../shared/ids.js";
import { actingResident } from "../../shared/actor.js";
import { accountSteps, apiClientSteps, grantSteps } from "./account.rules.js";
import { accountScope } from "./account.service.js";

export const RoleEnum = builder.enumType("Role", {
  values: {
    ADMIN: { description: "管理员 (书记/主任, or street/district administrators)" },
    STAFF: { description: "社区工作人员" },
    GRID_WORKER: { description: "网格员" },
    AUDITOR: { description: "居务监督委员会 (reads the audit log)" },
    OVERSEER: { description: "街道/区督导 (read-only oversight)" },
  },
});

const GRANT_PATHS = { region: { select: { path: true } }, community: { select: { path: true } } } as const;

const AccountStepEnum = builder.enumType("AccountStep", {
  description: "A step an account allows now (see Account.allowedSteps).",
  values: {
    DISABLE: { description: "updateAccount with disabled: true (not one's own account)" },
    ENABLE: { description: "updateAccount with disabled: false" },
  },
});
const GrantStepEnum = builder.enumType("GrantStep", {
  description: "A step a grant allows now (see Grant.allowedSteps).",
  values: { REVOKE: { description: "revokeGrant: not the account's last role" } },
});
const ApiClientStepEnum = builder.enumType("ApiClientStep", {
  description: "A step an API client allows now (see ApiClient.allowedSteps).",
  values: { REVOKE: { description: "revokeApiClient: not yet revoked" } },
});

export const AccountNode = builder.prismaNode("Account", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "A staff member who signs in to the admin SPA.",
  findUnique: (id, ctx) => ({ id, AND: [accountScope(ctx, "account:read")] }),
  fields: (t) => ({
    username: t.exposeString("username"),
    displayName: t.exposeString("displayName"),
    disabled: t.boolean({ select: { disabledAt: true }, resolve: (a) => a.disabledAt !== null }),
    lastLoginAt: t.expose("lastLoginAt", { type: "DateTime", nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    grants: t.relation("grants", { query: { orderBy: { createdAt: "asc" } } }),
    allowedSteps: t.field({
      type: [AccountStepEnum],
      description: "The steps the viewer may take now, with account:manage over every node the account holds a role on: DISABLE (not one's own) or ENABLE.",
      select: { id: true, disabledAt: true, grants: { select: GRANT_PATHS } },
      resolve: (a, _a, ctx) => accountSteps(ctx, a),
    }),
  }),
});

builder.prismaNode("Grant", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "A role held on a node: a region (reaching every community below it) or one community.",
  findUnique: (id, ctx) => ({ id, account: accountScope(ctx, "account:read") }),
  fields: (t) => ({
    role: t.expose("role", { type: RoleEnum }),
    region: t.relation("region", { nullable: true }),
    // A shared account's grant elsewhere names its node (nodeName) but does not open that community.
    community: t.field({
      type: "Community",
      nullable: true,
      select: (_args, _ctx, nestedSelection) => ({ community: nestedSelection({ select: { id: true, path: true } }) }),
      resolve: (g, _a, ctx) => (g.community && canAtPath(ctx, "community:read", g.community.path, g.community.id) ? g.community : null),
    }),
    nodeName: t.string({
      description: "The name of the region or community the role is held on.",
      select: { region: { select: { name: true } }, community: { select: { name: true } } },
      resolve: (g) => g.region?.name ?? g.community?.name ?? "",
    }),
    actions: t.stringList({ description: "The actions this role holds.", select: { role: true }, resolve: (g) => actionsOfRole(g.role) }),
    allowedSteps: t.field({
      type: [GrantStepEnum],
      description: "The steps the viewer may take now: REVOKE when it is not the account's last role and the viewer holds account:manage on its node and over the account.",
      select: { ...GRANT_PATHS, account: { select: { id: true, grants: { select: GRANT_PATHS } } } },
      resolve: (g, _a, ctx) => grantSteps(ctx, g),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("ApiClient", {
  id: { field: "id" },
  select: { id: true },
  nullable: true, // node(id:) is null, not an error, outside the viewer's scope
  description: "A third-party app (resident mini-program, dashboard) calling the API with a bearer token.",
  findUnique: (id, ctx) => ({ id, communities: { some: { community: communityScope(ctx, "apiClient:manage") } } }),
  fields: (t) => ({
    name: t.exposeString("name"),
    tokenPrefix: t.exposeString("tokenPrefix", { description: "The token's first characters, to recognise it." }),
    actions: t.exposeStringList("actions"),
    communities: t.field({
      type: ["Community"],
      select: (_args, _ctx, nestedSelection) => ({ id: true, communities: { select: { community: nestedSelection({ select: { id: true, path: true } }) } } }),
      // Only the communities the viewer may read (a client shared with another tenant does not open it); a client sees all its own.
      resolve: (c, _a, ctx) =>
        c.communities
          .map((x) => x.community)
          .filter((x) => (ctx.actor.kind === "client" && ctx.actor.clientId === c.id) || canAtPath(ctx, "community:read", x.path, x.id)),
    }),
    createdBy: t.relation("createdBy"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    revokedAt: t.expose("revokedAt", { type: "DateTime", nullable: true }),
    allowedSteps: t.field({
      type: [ApiClientStepEnum],
      description: "The steps the viewer may take now: REVOKE while not revoked, with apiClient:manage in every community the client acts in.",
      select: { revokedAt: true, communities: { select: { community: { select: { path: true } } } } },
      resolve: (c, _a, ctx) => apiClientSteps(ctx, c),
    }),
    lastUsedAt: t.expose("lastUsedAt", { type: "DateTime", nullable: true }),
  }),
});

const ViewerKind = builder.enumType("ViewerKind", { values: ["ANONYMOUS", "ACCOUNT", "API_CLIENT", "RESIDENT"] as const });

const Viewer = builder.objectRef<Context>("Viewer").implement({
  description: "Who is asking, and what they may do.",
  fields: (t) => ({
    kind: t.field({
      type: ViewerKind,
      description: "RESIDENT: a resident signed in on the resident side (one-time code or sign-in card).",
      resolve: (ctx) => ({ account: "ACCOUNT", client: "API_CLIENT", resident: "RESIDENT", anonymous: "ANONYMOUS" } as const)[ctx.actor.kind],
    }),
    account: t.prismaField({
      type: "Account",
      nullable: true,
      resolve: (query, ctx) => (ctx.actor.kind === "account" ? ctx.prisma.account.findUnique({ ...query, where: { id: ctx.actor.accountId } }) : null),
    }),
    apiClient: t.prismaField({
      type: "ApiClient",
      nullable: true,
      resolve: (query, ctx) => (ctx.actor.kind === "client" ? ctx.prisma.apiClient.findUnique({ ...query, where: { id: ctx.actor.clientId } }) : null),
    }),
    actingResident: t.prismaField({
      type: "Resident",
      nullable: true,
      description: "The resident who acts: signed in themselves (kind RESIDENT), or the one an API client acts for (X-Act-As-Resident header).",
      resolve: (query, ctx) => (actingResident(ctx) ? ctx.prisma.resident.findUnique({ ...query, where: { id: actingResident(ctx)! } }) : null),
    }),
    actions: t.stringList({ description: "Every action the viewer holds somewhere.", resolve: (ctx) => heldActions(ctx) }),
    allActions: t.stringList({ description: "The full list of actions, for building grant and API-client forms.", resolve: () => ACTION_NAMES }),
    defaultCommunity: t.prismaField({
      type: "Community",
      nullable: true,
      description: "The first community the viewer may read (for the SPA's community switcher).",
      resolve: (query, ctx) => ctx.prisma.community.findFirst({ ...query, where: communityScope(ctx, "community:read"), orderBy: { id: "asc" } }),
    }),
  }),
});

builder.queryFields((t) => ({
  viewer: t.field({ type: Viewer, description: "Who is signed in (or which API client is calling) and what they may do.", resolve: (_r, _a, ctx) => ctx }),
  accounts: t.prismaConnection({
    type: "Account",
    cursor: "id",
    description: "The viewer's own account and those whose every role lies where the viewer holds account:read.",
    authScopes: { loggedIn: true },
    args: {
      search: t.arg.string({ required: false, description: "Part of the username or display name." }),
      communityId: t.arg.id({ required: false, description: "Only accounts holding a role that reaches this community." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.account.count({ where: accountWhere(ctx, args) }),
    resolve: (query, _root, args, ctx) => ctx.prisma.account.findMany({ ...query, where: accountWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  apiClients: t.prismaConnection({
    type: "ApiClient",
    cursor: "id",
    description: "API clients registered for communities where the viewer holds apiClient:manage.",
    authScopes: { loggedIn: true },
    resolve: (query, _root, _args, ctx) =>
      ctx.prisma.apiClient.findMany({ ...query, where: { communities: { some: { community: communityScope(ctx, "apiClient:manage") } } }, orderBy: { id: "asc" } }),
  }),
}));


function accountWhere(ctx: Context, args: { search?: string | null; communityId?: string | null }) {
  const communityId = parseOptionalId("communityId", args.communityId, "Community");
  return {
    AND: [
      accountScope(ctx, "account:read"),
      args.search ? { OR: [{ username: { contains: args.search } }, { displayName: { contains: args.search } }] } : {},
      // A role reaches a community when it is held on the community or on a region above it.
      communityId ? { grants: { some: { OR: [{ communityId }, { region: { communities: { some: { id: communityId } } } }, { region: { children: { some: { communities: { some: { id: communityId } } } } } }] } } } : {},
    ],
  };
}
