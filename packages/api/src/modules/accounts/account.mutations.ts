import { builder } from "../../builder.js";
import { registerApiClient, revokeApiClient } from "./apiClient.service.js";
import { createAccount, grantRole, resetAccountPassword, revokeGrant, updateAccount } from "./account.service.js";
import { RoleEnum } from "./account.type.js";
import { changeMyPassword, signIn, signOut } from "./auth.service.js";
import { reload } from "../../shared/reload.js";

const SignInInput = builder.inputType("SignInInput", { fields: (t) => ({ username: t.string(), password: t.string() }) });
const CreateAccountInput = builder.inputType("CreateAccountInput", {
  fields: (t) => ({
    username: t.string(),
    displayName: t.string(),
    password: t.string({ description: "At least 8 characters." }),
    role: t.field({ type: RoleEnum, description: "The first role of the account." }),
    nodeId: t.id({ description: "Where the role is held: a Region (district/street) or Community id." }),
  }),
});
const UpdateAccountInput = builder.inputType("UpdateAccountInput", {
  fields: (t) => ({ displayName: t.string({ required: false }), disabled: t.boolean({ required: false, description: "A disabled account cannot sign in; its sessions end." }) }),
});
const GrantRoleInput = builder.inputType("GrantRoleInput", {
  fields: (t) => ({ accountId: t.id(), role: t.field({ type: RoleEnum }), nodeId: t.id({ description: "A Region or Community id." }) }),
});
const RegisterApiClientInput = builder.inputType("RegisterApiClientInput", {
  fields: (t) => ({
    name: t.string(),
    communityIds: t.idList({ description: "Communities the client may act in." }),
    actions: t.stringList({ description: "Actions from viewer.allActions, e.g. community:read, resident:actAs." }),
  }),
});

const ApiClientRegistration = builder.objectRef<{ token: string; apiClientId: string }>("ApiClientRegistration").implement({
  description: "The new client and its bearer token. The token is shown this once; only its hash is kept.",
  fields: (t) => ({
    token: t.exposeString("token", { description: "Send as `Authorization: Bearer <token>`." }),
    apiClient: t.prismaField({
      type: "ApiClient",
      resolve: (query, parent, _a, ctx) => ctx.prisma.apiClient.findUniqueOrThrow({ ...query, where: { id: parent.apiClientId } }),
    }),
  }),
});

builder.mutationFields((t) => ({
  signIn: t.prismaField({
    type: "Account",
    description: "Sign in with username and password; sets an HttpOnly session cookie. Repeated failures slow further attempts.",
    errors: {},
    args: { input: t.arg({ type: SignInInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "account", query, signIn(ctx, input.username, input.password)),
  }),
  signOut: t.boolean({ description: "End the session and clear its cookie.", resolve: (_r, _a, ctx) => signOut(ctx) }),
  changeMyPassword: t.prismaField({
    type: "Account",
    authScopes: { account: true },
    errors: {},
    args: { currentPassword: t.arg.string(), newPassword: t.arg.string() },
    resolve: (query, _r, args, ctx) => reload(ctx, "account", query, changeMyPassword(ctx, args.currentPassword, args.newPassword)),
  }),
  createAccount: t.prismaField({
    type: "Account",
    description: "Create a staff account with its first role. Needs account:manage on that node.",
    authScopes: { account: true },
    errors: {},
    args: { input: t.arg({ type: CreateAccountInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "account", query, createAccount(ctx, input)),
  }),
  updateAccount: t.prismaField({
    type: "Account",
    authScopes: { account: true },
    errors: {},
    args: { id: t.arg.id(), input: t.arg({ type: UpdateAccountInput }) },
    resolve: (query, _r, { id, input }, ctx) => reload(ctx, "account", query, updateAccount(ctx, id, input)),
  }),
  resetAccountPassword: t.prismaField({
    type: "Account",
    authScopes: { account: true },
    errors: {},
    args: { id: t.arg.id(), newPassword: t.arg.string() },
    resolve: (query, _r, args, ctx) => reload(ctx, "account", query, resetAccountPassword(ctx, args.id, args.newPassword)),
  }),
  grantRole: t.prismaField({
    type: "Grant",
    description:
      "Grant a role on a node where the viewer holds account:manage, to an account whose grants all lie within the viewer's reach (others are NOT_FOUND). DUPLICATE when the account holds that role there.",
    authScopes: { account: true },
    errors: {},
    args: { input: t.arg({ type: GrantRoleInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "grant", query, grantRole(ctx, input)),
  }),
  revokeGrant: t.prismaField({
    type: "Account",
    description: "Remove a role. Returns the account that held it, with its remaining grants. An account's last role is kept (CONFLICT): disable the account instead.",
    authScopes: { account: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: async (query, _r, { id }, ctx) => reload(ctx, "account", query, { id: (await revokeGrant(ctx, id)).accountId }),
  }),
  registerApiClient: t.field({
    type: ApiClientRegistration,
    authScopes: { account: true },
    errors: {},
    args: { input: t.arg({ type: RegisterApiClientInput }) },
    resolve: async (_r, { input }, ctx) => {
      const { apiClient, token } = await registerApiClient(ctx, input);
      return { token, apiClientId: apiClient.id };
    },
  }),
  revokeApiClient: t.prismaField({
    type: "ApiClient",
    authScopes: { account: true },
    errors: {},
    args: { id: t.arg.id() },
    resolve: (query, _r, { id }, ctx) => reload(ctx, "apiClient", query, revokeApiClient(ctx, id)),
  }),
}));
