// Claims (申报 → 审核 → 公示 → 入账) in the contract.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope, heldSteps } from "../../shared/authz.js";
import { actsForResident } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId, toGlobalId } from "../../shared/ids.js";
import { NoticeStatus } from "../notices/notice.rules.js";
import { ownAccounts } from "./access.js";
import { CLAIM_STEP_ACTIONS, CLAIM_STEPS, claimRefusal, type ClaimStatus } from "./claim.rules.js";
import { noticeStatusOf } from "./claim.service.js";
import { PointsClaimStatusEnum, PointsClaimStepEnum } from "./enums.type.js";
import { settingsOf } from "./ledger.service.js";


builder.prismaNode("PointsClaim", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "申报: a manual award or deduction under a PER_OCCURRENCE rule, for a resident or a household. SUBMITTED → APPROVED → PUBLICIZED (a notice) → POSTED (the ledger entry), or REJECTED.",
  findUnique: async (id, ctx) => ({ id, community: communityScope(ctx, "points:read"), account: await ownAccounts(ctx) }),
  fields: (t) => ({
    status: t.expose("status", { type: PointsClaimStatusEnum }),
    points: t.exposeInt("points", { description: "The rule's points when claimed; negative for a deduction." }),
    occurredOn: t.expose("occurredOn", { type: "Date", description: "When it happened; the entry counts in that month." }),
    reason: t.exposeString("reason", { description: "事由." }),
    evidence: t.exposeString("evidence", { nullable: true, description: "佐证: a note or a link to photos." }),
    rule: t.relation("rule"),
    account: t.relation("account"),
    resident: t.field({
      type: "Resident",
      nullable: true,
      description: "The resident named (null for a household claim, or unless the viewer holds resident:read).",
      select: (_args, _ctx, nestedSelection) => ({ resident: nestedSelection({ select: { id: true, communityId: true } }) }),
      resolve: async (c, _a, ctx) => (c.resident && (await can(ctx, "resident:read", c.resident.communityId)) ? c.resident : null),
    }),
    householdId: t.id({ nullable: true, select: { householdId: true }, resolve: (c) => (c.householdId ? toGlobalId("Household", c.householdId) : null) }),
    submittedByName: t.exposeString("submittedByName", { description: "申报人." }),
    reviewNote: t.exposeString("reviewNote", { nullable: true, description: "The reviewer's note, or the reason of a rejection." }),
    reviewedAt: t.expose("reviewedAt", { type: "DateTime", nullable: true }),
    reviewedByName: t.exposeString("reviewedByName", { nullable: true, description: "审核人." }),
    notice: t.prismaField({
      type: "Notice",
      nullable: true,
      description: "The notice (公示) listing the claim, when publicized.",
      select: { noticeId: true },
      resolve: (query, c, _a, ctx) => (c.noticeId ? ctx.prisma.notice.findFirst({ ...query, where: { id: c.noticeId, community: communityScope(ctx, "notice:read") } }) : null),
    }),
    noticeStatus: t.field({
      type: NoticeStatus,
      nullable: true,
      description: "The notice's status now: the claim is posted once it is FINAL.",
      select: { noticeId: true },
      resolve: (c, _a, ctx) => noticeStatusOf(ctx.prisma, c.noticeId, ctx.now()),
    }),
    publishedAt: t.expose("publishedAt", { type: "DateTime", nullable: true }),
    postedAt: t.expose("postedAt", { type: "DateTime", nullable: true }),
    postedPoints: t.exposeInt("postedPoints", { nullable: true, description: "Points posted: the claim's, or fewer when the rule's cap cut them (0: no entry)." }),
    entry: t.prismaField({
      type: "PointsEntry",
      nullable: true,
      description: "The ledger entry, once posted.",
      select: { entryId: true },
      resolve: (query, c, _a, ctx) => (c.entryId ? ctx.prisma.pointsEntry.findUnique({ ...query, where: { id: c.entryId } }) : null),
    }),
    allowedSteps: t.field({
      type: [PointsClaimStepEnum],
      description:
        "The steps the viewer may take now: those the claim's state allows (POST appears once its notice is FINAL, or after approval when exempt from publicity), with points:approve (PUBLISH: and notice:publish); none for an app acting for a resident.",
      select: { status: true, points: true, noticeId: true, communityId: true },
      resolve: async (c, _a, ctx) => {
        if (actsForResident(ctx)) return [];
        const [notice, settings] = await Promise.all([noticeStatusOf(ctx.prisma, c.noticeId, ctx.now()), settingsOf(ctx.prisma, c.communityId)]);
        const steps = CLAIM_STEPS.filter((s) => claimRefusal(s, { status: c.status as ClaimStatus, points: c.points }, notice, settings.publicityExemptMax) === null);
        return heldSteps(ctx, c.communityId, steps, (s) => CLAIM_STEP_ACTIONS[s]);
      },
    }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

interface ClaimArgs {
  communityId: string;
  statuses?: ClaimStatus[] | null;
  ruleId?: string | null;
  accountId?: string | null;
}
async function claimWhere(ctx: Context, args: ClaimArgs): Promise<Prisma.PointsClaimWhereInput> {
  const ruleId = parseOptionalId("ruleId", args.ruleId, "PointsRule");
  const accountId = parseOptionalId("accountId", args.accountId, "PointsAccount");
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "points:read"),
    account: await ownAccounts(ctx),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(ruleId ? { ruleId } : {}),
    ...(accountId ? { accountId } : {}),
  };
}

builder.queryFields((t) => ({
  pointsClaims: t.prismaConnection({
    type: "PointsClaim",
    cursor: "id",
    description: "A community's claims, oldest first; filters combine with AND. An app acting for a resident sees only its own. Needs points:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      statuses: t.arg({ type: [PointsClaimStatusEnum], required: false }),
      ruleId: t.arg.id({ required: false }),
      accountId: t.arg.id({ required: false }),
    },
    totalCount: async (_p, args, ctx) => ctx.prisma.pointsClaim.count({ where: await claimWhere(ctx, args) }),
    resolve: async (query, _r, args, ctx) => ctx.prisma.pointsClaim.findMany({ ...query, where: await claimWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
