// Ledger accounts (PointsAccount) and entries (PointsEntry) in the contract: balances, the ledger,
// and "my points" for residents' apps.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { can, communityScope, heldSteps } from "../../shared/authz.js";
import { actsForResident } from "../../shared/actor.js";
import type { Context } from "../../shared/context.js";
import { parseId, parseOptionalId, toGlobalId } from "../../shared/ids.js";
import { ownAccounts } from "./access.js";
import { PointsAccountKindEnum, PointsEntryKindEnum, PointsEntryStepEnum } from "./enums.type.js";
import { entrySteps } from "./ledger.rules.js";
import { findAccount, ownerOfResident } from "./ledger.service.js";
import { accountName } from "./names.js";
import { monthKey, parsePeriod } from "./period.rules.js";

type EntryKind = "AWARD" | "DEDUCTION" | "REDEMPTION" | "REFUND" | "REVERSAL";

interface MonthRow {
  month: Date;
  awarded: number;
  deducted: number;
  spent: number;
}
const PointsMonthRef = builder.objectRef<MonthRow>("PointsMonth").implement({
  description: "An account's points in one month (China calendar): the sums rankings read.",
  fields: (t) => ({
    month: t.string({ description: "YYYY-MM", resolve: (m) => monthKey(m.month) }),
    awarded: t.exposeInt("awarded", { description: "Awards less their reversals." }),
    deducted: t.exposeInt("deducted", { description: "Deductions (扣分) less their reversals, as a positive number." }),
    spent: t.exposeInt("spent", { description: "Redemptions less refunds." }),
    net: t.int({ description: "awarded − deducted: what rankings count.", resolve: (m) => m.awarded - m.deducted }),
  }),
});

const periodWhere = (period: string | null | undefined, field: string) => {
  if (!period) return {};
  const p = parsePeriod(period, field);
  return { month: { gte: p.fromMonth, lt: p.toMonth } };
};

builder.prismaNode("PointsAccount", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "A ledger account of a community: a resident's (PERSON) or a household's (HOUSEHOLD). balance is the sum of its entries, kept with every entry; `pnpm --filter @gongzhi/api points:check` recomputes it.",
  findUnique: async (id, ctx) => ({ ...(await ownAccounts(ctx)), community: communityScope(ctx, "points:read"), id }),
  fields: (t) => ({
    kind: t.expose("kind", { type: PointsAccountKindEnum }),
    name: t.string({
      description: "A person's name, or a household as <first member>户（<address>）.",
      select: { id: true, kind: true, residentId: true, householdId: true },
      resolve: (a, _args, ctx) => accountName(ctx, a),
    }),
    resident: t.field({
      type: "Resident",
      nullable: true,
      description: "PERSON accounts: the resident; null unless the viewer holds resident:read in the resident's community.",
      select: (_args, _ctx, nestedSelection) => ({ resident: nestedSelection({ select: { id: true, communityId: true } }) }),
      resolve: async (a, _args, ctx) => (a.resident && (await can(ctx, "resident:read", a.resident.communityId)) ? a.resident : null),
    }),
    householdId: t.id({ nullable: true, description: "HOUSEHOLD accounts: the Household.", select: { householdId: true }, resolve: (a) => (a.householdId ? toGlobalId("Household", a.householdId) : null) }),
    balance: t.exposeInt("balance", { description: "Points available: the sum of every entry." }),
    awarded: t.exposeInt("awarded", { description: "Lifetime awards less their reversals." }),
    deducted: t.exposeInt("deducted", { description: "Lifetime deductions less their reversals (positive)." }),
    spent: t.exposeInt("spent", { description: "Lifetime redemptions less refunds." }),
    community: t.relation("community"),
    entries: t.relatedConnection("entries", {
      cursor: "id",
      description: "The account's ledger, newest first.",
      args: {
        kinds: t.arg({ type: [PointsEntryKindEnum], required: false }),
        period: t.arg.string({ required: false, description: "Only entries counting in this period: 2026-11, 2026-Q4 or 2026." }),
      },
      totalCount: true,
      query: (args) => ({ where: { ...(args.kinds?.length ? { kind: { in: args.kinds } } : {}), ...periodWhere(args.period, "period") }, orderBy: { id: "desc" } }),
    }),
    months: t.field({
      type: [PointsMonthRef],
      description: "Month by month over a period (only months with points), oldest first: for a chart.",
      args: { period: t.arg.string({ description: "2026-11, 2026-Q4 or 2026." }) },
      select: { id: true },
      resolve: (a, args, ctx) => ctx.prisma.pointsMonthly.findMany({ where: { accountId: a.id, ...periodWhere(args.period, "period") }, orderBy: { month: "asc" } }),
    }),
    redemptions: t.relatedConnection("redemptions", { cursor: "id", description: "The account's redemptions, newest first.", totalCount: true, query: () => ({ orderBy: { id: "desc" } }) }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("PointsEntry", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description:
    "One change of one account's points. Never updated or deleted (the database refuses it): a mistake is undone by a REVERSAL entry naming it (reversedBy), at most once.",
  findUnique: async (id, ctx) => ({ id, community: communityScope(ctx, "points:read"), account: await ownAccounts(ctx) }),
  fields: (t) => ({
    delta: t.exposeInt("delta", { description: "Points added (positive) or taken (negative)." }),
    kind: t.expose("kind", { type: PointsEntryKindEnum }),
    month: t.string({ description: "The accounting month, YYYY-MM: of the activity or the claimed occurrence; a reversal counts in its original's month.", select: { month: true }, resolve: (e) => monthKey(e.month) }),
    rule: t.relation("rule", { nullable: true }),
    sourceType: t.exposeString("sourceType", { description: "What caused it: VolunteerSignUp, PointsClaim, Redemption or PointsEntry (a reversal)." }),
    source: t.id({ description: "The global id of the cause (fetch it with node(id:)).", select: { sourceType: true, sourceId: true }, resolve: (e) => toGlobalId(e.sourceType, e.sourceId) }),
    note: t.exposeString("note", { nullable: true }),
    reverses: t.relation("reverses", { nullable: true, description: "For REVERSAL and REFUND: the entry undone." }),
    reversedBy: t.relation("reversedBy", { nullable: true, description: "The entry that undid this one, if any." }),
    allowedSteps: t.field({
      type: [PointsEntryStepEnum],
      description:
        "The steps the viewer may take now: REVERSE for an AWARD or DEDUCTION not yet reversed whose reversal the balance covers, with points:reverse; none for an app acting for a resident.",
      select: { kind: true, delta: true, communityId: true, reversedBy: { select: { id: true } }, account: { select: { balance: true } } },
      resolve: (e, _a, ctx) =>
        actsForResident(ctx) ? [] : heldSteps(ctx, e.communityId, entrySteps({ kind: e.kind, delta: e.delta }, e.reversedBy !== null, e.account.balance), () => "points:reverse"),
    }),
    actorName: t.exposeString("actorName", { description: "Who recorded it (a clerk, or a resident through an app)." }),
    approvedByName: t.exposeString("approvedByName", { nullable: true, description: "审核人: who approved the hours or the claim." }),
    account: t.relation("account"),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

interface AccountArgs {
  communityId: string;
  kind?: "PERSON" | "HOUSEHOLD" | null;
  search?: string | null;
}
async function accountWhere(ctx: Context, args: AccountArgs): Promise<Prisma.PointsAccountWhereInput> {
  const search = args.search?.trim();
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "points:read"),
    ...(args.kind ? { kind: args.kind } : {}),
    AND: [await ownAccounts(ctx), ...(search ? [{ resident: { name: { contains: search } } }] : [])],
  };
}

interface EntryArgs {
  communityId: string;
  accountId?: string | null;
  ruleId?: string | null;
  kinds?: EntryKind[] | null;
  period?: string | null;
}
async function entryWhere(ctx: Context, args: EntryArgs): Promise<Prisma.PointsEntryWhereInput> {
  const accountId = parseOptionalId("accountId", args.accountId, "PointsAccount");
  const ruleId = parseOptionalId("ruleId", args.ruleId, "PointsRule");
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "points:read"),
    account: await ownAccounts(ctx),
    ...(accountId ? { accountId } : {}),
    ...(ruleId ? { ruleId } : {}),
    ...(args.kinds?.length ? { kind: { in: args.kinds } } : {}),
    ...periodWhere(args.period, "period"),
  };
}

async function myAccountsWhere(ctx: Context): Promise<Prisma.PointsAccountWhereInput> {
  if (!actsForResident(ctx)) return { id: { in: [] } };
  return { community: communityScope(ctx, "points:read"), ...(await ownAccounts(ctx)) };
}

builder.queryFields((t) => ({
  pointsAccounts: t.prismaConnection({
    type: "PointsAccount",
    cursor: "id",
    description: "A community's ledger accounts, in creation order (rankings: pointsRanking). An app acting for a resident sees only theirs. Needs points:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      kind: t.arg({ type: PointsAccountKindEnum, required: false }),
      search: t.arg.string({ required: false, description: "Part of a PERSON account's name." }),
    },
    totalCount: async (_p, args, ctx) => ctx.prisma.pointsAccount.count({ where: await accountWhere(ctx, args) }),
    resolve: async (query, _r, args, ctx) => ctx.prisma.pointsAccount.findMany({ ...query, where: await accountWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  pointsAccountOf: t.prismaField({
    type: "PointsAccount",
    nullable: true,
    description:
      "The account a resident's points go to in a community (the resident's, or their household's when the community keeps points per household); null when it has no entries yet or the viewer may not see it. Needs points:read.",
    authScopes: { loggedIn: true },
    args: { residentId: t.arg.id(), communityId: t.arg.id({ required: false, description: "Default: the resident's own community (give the serving community for 双报到 volunteers)." }) },
    resolve: async (query, _r, args, ctx) => {
      const residentId = parseId("residentId", String(args.residentId), "Resident");
      const resident = await ctx.prisma.resident.findUnique({ where: { id: residentId }, select: { communityId: true } });
      if (!resident) return null;
      const communityId = args.communityId ? parseId("communityId", String(args.communityId), "Community") : resident.communityId;
      if (!(await can(ctx, "points:read", communityId))) return null;
      const account = await findAccount(ctx.prisma, communityId, await ownerOfResident(ctx.prisma, communityId, residentId));
      if (!account) return null;
      return ctx.prisma.pointsAccount.findFirst({ ...query, where: { id: account.id, ...(await ownAccounts(ctx)) } });
    },
  }),
  pointsEntries: t.prismaConnection({
    type: "PointsEntry",
    cursor: "id",
    description: "The community's ledger, newest first; filters combine with AND. An app acting for a resident sees only its own accounts' entries. Needs points:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      accountId: t.arg.id({ required: false }),
      ruleId: t.arg.id({ required: false }),
      kinds: t.arg({ type: [PointsEntryKindEnum], required: false }),
      period: t.arg.string({ required: false, description: "Entries counting in this period: 2026-11, 2026-Q4 or 2026." }),
    },
    totalCount: async (_p, args, ctx) => ctx.prisma.pointsEntry.count({ where: await entryWhere(ctx, args) }),
    resolve: async (query, _r, args, ctx) => ctx.prisma.pointsEntry.findMany({ ...query, where: await entryWhere(ctx, args), orderBy: { id: "desc" } }),
  }),
  myPointsAccounts: t.prismaField({
    type: ["PointsAccount"],
    description:
      "For residents' apps: the accounts of the resident the API client acts for (X-Act-As-Resident) and of their household, in the client's communities: balance, ledger (entries), months. Empty for any other viewer. Needs points:read.",
    authScopes: { loggedIn: true },
    resolve: async (query, _r, _a, ctx) => ctx.prisma.pointsAccount.findMany({ ...query, where: await myAccountsWhere(ctx), orderBy: { id: "asc" } }),
  }),
}));
