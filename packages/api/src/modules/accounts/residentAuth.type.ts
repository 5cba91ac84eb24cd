// Resident sign-in in GraphQL (issue #14): codes, sign-in cards, resident sessions, and the message
// log staff read. The signed-in resident is then viewer { kind: RESIDENT actingResident { … } }.
import { builder } from "../../builder.js";
import { communityScope } from "../../shared/authz.js";
import { parseId } from "../../shared/ids.js";
import { maskPhone } from "../../shared/pii.js";
import { reload } from "../../shared/reload.js";
import { issueResidentSignInCard, requestResidentCode, signInResident, signInResidentWithCard, signOutResident } from "./residentAuth.service.js";

const MessageStatusEnum = builder.enumType("MessageStatus", {
  values: { QUEUED: { description: "Handed to the provider after the request" }, SENT: {}, FAILED: {} } as const,
});

builder.prismaNode("MessageLog", {
  id: { field: "id" },
  select: { id: true },
  description: "A message sent to a resident's phone. With the development provider the text holds the sign-in code, so a clerk can read it to the resident.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "message:read") }),
  fields: (t) => ({
    phone: t.string({ description: "Masked (138****5678): the resident is named by `resident`.", select: { phone: true }, resolve: (m) => maskPhone(m.phone)! }),
    purpose: t.exposeString("purpose", { description: "SIGN_IN_CODE." }),
    body: t.exposeString("body", { description: "The text; the code is masked unless the development provider sent it." }),
    provider: t.exposeString("provider", { description: "development or aliyun." }),
    status: t.expose("status", { type: MessageStatusEnum }),
    error: t.exposeString("error", { nullable: true }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    sentAt: t.expose("sentAt", { type: "DateTime", nullable: true }),
    resident: t.relation("resident", { nullable: true }),
    community: t.relation("community"),
  }),
});

const RequestResidentCodeInput = builder.inputType("RequestResidentCodeInput", {
  fields: (t) => ({
    communityId: t.id({ required: false, description: "The community (or communityCode)." }),
    communityCode: t.string({ required: false, description: "The community's code, as in its poster's URL (/c/<code>)." }),
    phone: t.string({ description: "The mobile number registered with the community (11 digits)." }),
  }),
});
const SignInResidentInput = builder.inputType("SignInResidentInput", {
  fields: (t) => ({
    communityId: t.id({ required: false, description: "The community (or communityCode)." }),
    communityCode: t.string({ required: false, description: "The community's code, as in its poster's URL (/c/<code>)." }),
    phone: t.string({ description: "The number the code was sent to." }),
    code: t.string({ description: "The 6-digit code." }),
  }),
});

const ResidentCodeRequest = builder.objectRef<{ expiresAt: Date; resendAfterSeconds: number }>("ResidentCodeRequest").implement({
  description: "The same answer whether or not the number is registered: if it is, a code was sent to it.",
  fields: (t) => ({
    message: t.string({ resolve: () => "如该号码已在本社区登记，验证码已发送，5分钟内有效 (if the number is registered here, a code was sent; valid 5 minutes)" }),
    expiresAt: t.expose("expiresAt", { type: "DateTime", description: "When a code sent now stops working." }),
    resendAfterSeconds: t.exposeInt("resendAfterSeconds", { description: "How long to wait before asking again." }),
  }),
});

const ResidentSignInCard = builder.objectRef<{ token: string; path: string; url: string | null; expiresAt: Date; residentId: string }>("ResidentSignInCard").implement({
  description: "A printed one-time sign-in card. The token is shown this once (print it as a QR code); it signs in once, before expiresAt.",
  fields: (t) => ({
    token: t.exposeString("token"),
    path: t.exposeString("path", { description: "/c/<community code>/card/<token>: the resident side's page that signs in with it." }),
    url: t.exposeString("url", { nullable: true, description: "The full URL when PUBLIC_URL is configured; otherwise put `path` on the current origin." }),
    expiresAt: t.expose("expiresAt", { type: "DateTime" }),
    resident: t.prismaField({ type: "Resident", resolve: (query, c, _a, ctx) => ctx.prisma.resident.findUniqueOrThrow({ ...query, where: { id: c.residentId } }) }),
  }),
});

builder.mutationFields((t) => ({
  requestResidentCode: t.field({
    type: ResidentCodeRequest,
    description:
      "居民端获取验证码: a one-time code to a phone registered with the community. The answer never tells whether it is; throttled per phone (1 a minute, 5 an hour) and per client address.",
    errors: {},
    args: { input: t.arg({ type: RequestResidentCodeInput }) },
    resolve: (_r, { input }, ctx) => requestResidentCode(ctx, input),
  }),
  signInResident: t.prismaField({
    type: "Resident",
    description: "居民端验证码登录: sets the resident session cookie (gz_resident). A code works once, for 5 minutes, and takes 5 wrong tries.",
    errors: {},
    args: { input: t.arg({ type: SignInResidentInput }) },
    resolve: (query, _r, { input }, ctx) => reload(ctx, "resident", query, signInResident(ctx, input)),
  }),
  signInResidentWithCard: t.prismaField({
    type: "Resident",
    description: "Sign in with a printed sign-in card's token (once).",
    errors: {},
    args: { token: t.arg.string() },
    resolve: (query, _r, { token }, ctx) => reload(ctx, "resident", query, signInResidentWithCard(ctx, token)),
  }),
  signOutResident: t.boolean({
    description: "End the resident's session (everywhere: all of the resident's sessions) and clear its cookie.",
    args: { everywhere: t.arg.boolean({ required: false, defaultValue: false }) },
    resolve: (_r, { everywhere }, ctx) => signOutResident(ctx, everywhere ?? false),
  }),
  issueResidentSignInCard: t.field({
    type: ResidentSignInCard,
    description: "Print a one-time sign-in card (QR) for a resident without a phone (resident:signInCard; audited). Voids the resident's earlier unused cards.",
    authScopes: { account: true },
    errors: {},
    args: { residentId: t.arg.id() },
    resolve: (_r, { residentId }, ctx) => issueResidentSignInCard(ctx, residentId),
  }),
}));

builder.queryFields((t) => ({
  messageLog: t.prismaConnection({
    type: "MessageLog",
    cursor: "id",
    description: "Messages sent to the community's residents, newest first (message:read). With the development provider they hold the sign-in codes.",
    authScopes: { account: true },
    args: { communityId: t.arg.id() },
    totalCount: (_p, args, ctx) => ctx.prisma.messageLog.count({ where: { communityId: parseId("communityId", args.communityId, "Community"), community: communityScope(ctx, "message:read") } }),
    resolve: (query, _r, args, ctx) =>
      ctx.prisma.messageLog.findMany({ ...query, where: { communityId: parseId("communityId", args.communityId, "Community"), community: communityScope(ctx, "message:read") }, orderBy: { id: "desc" } }),
  }),
}));
