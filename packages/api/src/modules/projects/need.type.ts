// 管家计划 in the contract: the needs board, alliance units (共建单位) and sponsorships (认领/资助),
// with their lists.
import { builder } from "../../builder.js";
import type { Prisma } from "../../db.js";
import { communityScope, heldSteps } from "../../shared/authz.js";
import type { Context } from "../../shared/context.js";
import { parseId } from "../../shared/ids.js";
import { maskPhone } from "../../shared/pii.js";
import { allowedStepsAt } from "../../shared/steps.js";
import { AllianceUnitKindEnum, AllianceUnitStepEnum, CommunityNeedStatusEnum, CommunityNeedStepEnum, SponsorshipKindEnum, SponsorshipStatusEnum, SponsorshipStepEnum, SponsorTypeEnum } from "./enums.type.js";
import { ALLIANCE_UNIT_STEPS, NEED_STEP_ACTIONS, needSteps, SPONSORSHIP_ACTION, sponsorshipSteps } from "./need.rules.js";
import { parseTypedId } from "../../shared/ids.js";
import { unitReach } from "./need.service.js";
import { sumFen } from "../../shared/money.js";

type NeedStatus = "OPEN" | "CLAIMED" | "FULFILLED" | "CLOSED";

const live = (s: { status: string }) => s.status !== "WITHDRAWN";

builder.prismaNode("CommunityNeed", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "管家计划: a need the community lists for alliance units and social organizations to claim and fund; it may become a project.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "project:read") }),
  fields: (t) => ({
    title: t.exposeString("title"),
    description: t.exposeString("description"),
    estimatedFen: t.expose("estimatedFen", { type: "Money", nullable: true, description: "Estimated cost, in fen." }),
    status: t.expose("status", { type: CommunityNeedStatusEnum }),
    closeReason: t.exposeString("closeReason", { nullable: true }),
    project: t.relation("project", { nullable: true, description: "The project carrying it out, once attached." }),
    pledgedFen: t.field({ type: "Money",
      description: "Money pledged and not withdrawn, in fen.",
      select: { sponsorships: { select: { status: true, kind: true, pledgedFen: true } } },
      resolve: (n) => sumFen(n.sponsorships.filter(live).map((x) => (x.kind === "MONEY" ? x.pledgedFen : 0n))),
    }),
    receivedFen: t.field({ type: "Money",
      description: "Money that has arrived, in fen.",
      select: { sponsorships: { select: { status: true, receivedFen: true } } },
      resolve: (n) => sumFen(n.sponsorships.filter((x) => x.status === "RECEIVED").map((x) => x.receivedFen)),
    }),
    sponsorships: t.relation("sponsorships", { description: "Pledges, oldest first (withdrawn ones included).", query: { orderBy: { id: "asc" } } }),
    allowedSteps: t.field({
      type: [CommunityNeedStepEnum],
      description: "The steps the viewer may take now: allowed by the need's state, with need:manage (PLEDGE: sponsorship:record; LINK: need:manage and project:manage).",
      select: { status: true, projectId: true, communityId: true, project: { select: { status: true } }, _count: { select: { sponsorships: { where: { status: "RECEIVED" } } } } },
      resolve: (n, _a, ctx) =>
        heldSteps(ctx, n.communityId, needSteps({ status: n.status, projectId: n.projectId, receivedCount: n._count.sponsorships, projectStatus: n.project?.status ?? null }), (s) => NEED_STEP_ACTIONS[s]),
    }),
    community: t.relation("community"),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
    updatedAt: t.expose("updatedAt", { type: "DateTime" }),
  }),
});

/** Units registered on a community the viewer reads, or on the street above one. */
const unitScope = (ctx: Context): Prisma.AllianceUnitWhereInput => ({
  OR: [{ community: communityScope(ctx, "project:read") }, { region: { communities: { some: communityScope(ctx, "project:read") } } }],
});

builder.prismaNode("AllianceUnit", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "党建联盟单位/共建单位: a company, agency or school in the area, registered on a community or on a street (then shared by the street's communities).",
  findUnique: (id, ctx) => ({ id, AND: [unitScope(ctx)] }),
  fields: (t) => ({
    name: t.exposeString("name"),
    kind: t.expose("kind", { type: AllianceUnitKindEnum }),
    contactName: t.exposeString("contactName", { nullable: true }),
    contactPhone: t.string({
      nullable: true,
      description: "Full for viewers holding allianceUnit:manage where it is registered; masked (138****5678) for others.",
      select: { contactPhone: true, path: true, communityId: true },
      resolve: (u, _a, ctx) => (unitReach(ctx, u, "allianceUnit:manage") ? u.contactPhone : maskPhone(u.contactPhone)),
    }),
    address: t.exposeString("address", { nullable: true }),
    description: t.exposeString("description", { nullable: true }),
    active: t.exposeBoolean("active"),
    allowedSteps: t.field({
      type: [AllianceUnitStepEnum],
      description: "The steps the viewer may take now (updateAllianceUnit, with allianceUnit:manage where the unit is registered): EDIT, and DEACTIVATE while active or ACTIVATE while not.",
      select: { active: true, path: true, communityId: true },
      resolve: (u, _a, ctx) => allowedStepsAt(ctx, u.path, u.communityId ?? undefined, ALLIANCE_UNIT_STEPS, u),
    }),
    community: t.relation("community", { nullable: true, description: "Registered on this community (null when on a street)." }),
    region: t.relation("region", { nullable: true, description: "Registered on this street (null when on a community)." }),
    sponsorshipCount: t.relationCount("sponsorships", { where: { status: { not: "WITHDRAWN" } } }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

builder.prismaNode("Sponsorship", {
  id: { field: "id" },
  select: { id: true },
  nullable: true,
  description: "认领/资助: an alliance unit or a social organization pledges money or in-kind support for a need or a project; RECEIVED when it arrives.",
  findUnique: (id, ctx) => ({ id, community: communityScope(ctx, "project:read") }),
  fields: (t) => ({
    sponsorType: t.field({ type: SponsorTypeEnum, select: { allianceUnitId: true }, resolve: (s) => (s.allianceUnitId ? "ALLIANCE_UNIT" : "SOCIAL_ORGANIZATION") }),
    sponsorName: t.exposeString("sponsorName"),
    allianceUnit: t.relation("allianceUnit", { nullable: true }),
    organization: t.relation("organization", { nullable: true }),
    kind: t.expose("kind", { type: SponsorshipKindEnum }),
    pledgedFen: t.expose("pledgedFen", { type: "Money", nullable: true, description: "MONEY: the amount pledged, in fen." }),
    inKind: t.exposeString("inKind", { nullable: true, description: "IN_KIND: what is given (goods, services)." }),
    pledgedOn: t.expose("pledgedOn", { type: "Date" }),
    status: t.expose("status", { type: SponsorshipStatusEnum }),
    receivedFen: t.expose("receivedFen", { type: "Money", nullable: true, description: "The amount that arrived, in fen." }),
    receivedOn: t.expose("receivedOn", { type: "Date", nullable: true }),
    withdrawReason: t.exposeString("withdrawReason", { nullable: true }),
    note: t.exposeString("note", { nullable: true }),
    need: t.relation("need", { nullable: true }),
    project: t.relation("project", { nullable: true }),
    recordedByName: t.exposeString("recordedByName"),
    allowedSteps: t.field({
      type: [SponsorshipStepEnum],
      description: "The steps the viewer may take now: RECEIVE and WITHDRAW while PLEDGED, with sponsorship:record.",
      select: { status: true, communityId: true },
      resolve: (x, _a, ctx) => heldSteps(ctx, x.communityId, sponsorshipSteps(x.status), () => SPONSORSHIP_ACTION),
    }),
    createdAt: t.expose("createdAt", { type: "DateTime" }),
  }),
});

function needWhere(ctx: Context, args: { communityId: string; statuses?: NeedStatus[] | null; search?: string | null }): Prisma.CommunityNeedWhereInput {
  const search = args.search?.trim();
  return {
    communityId: parseId("communityId", args.communityId, "Community"),
    community: communityScope(ctx, "project:read"),
    ...(args.statuses?.length ? { status: { in: args.statuses } } : {}),
    ...(search ? { OR: [{ title: { contains: search } }, { description: { contains: search } }] } : {}),
  };
}

/** Units for a community (its own and its street's) or a street (its own and its communities'), within the viewer's reach. */
async function unitWhere(ctx: Context, args: { nodeId: string; includeInactive?: boolean | null }): Promise<Prisma.AllianceUnitWhereInput> {
  const node = parseTypedId("nodeId", args.nodeId, ["Community", "Region"] as const);
  const active = args.includeInactive ? {} : { active: true };
  if (node.type === "Community") {
    const c = await ctx.prisma.community.findUnique({ where: { id: node.id }, select: { regionId: true } });
    return { AND: [unitScope(ctx), active, { OR: [{ communityId: node.id }, { regionId: c?.regionId ?? node.id }] }] };
  }
  const r = await ctx.prisma.region.findUnique({ where: { id: node.id }, select: { path: true } });
  if (!r) return { id: { in: [] } };
  return { AND: [unitScope(ctx), active, { path: { startsWith: r.path } }] };
}

builder.queryFields((t) => ({
  communityNeeds: t.prismaConnection({
    type: "CommunityNeed",
    cursor: "id",
    description: "The needs board (管家计划) of a community, oldest first. Needs project:read.",
    authScopes: { loggedIn: true },
    args: {
      communityId: t.arg.id(),
      statuses: t.arg({ type: [CommunityNeedStatusEnum], required: false }),
      search: t.arg.string({ required: false, description: "Part of the title or description." }),
    },
    totalCount: (_p, args, ctx) => ctx.prisma.communityNeed.count({ where: needWhere(ctx, args) }),
    resolve: (query, _r, args, ctx) => ctx.prisma.communityNeed.findMany({ ...query, where: needWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
  allianceUnits: t.prismaConnection({
    type: "AllianceUnit",
    cursor: "id",
    description:
      "Alliance units (共建单位), oldest first: for a Community, its own and its street's; for a street (Region), its own and its communities'. Needs project:read; inactive ones only with includeInactive.",
    authScopes: { loggedIn: true },
    args: { nodeId: t.arg.id({ description: "A Community or a street Region." }), includeInactive: t.arg.boolean({ required: false }) },
    totalCount: async (_p, args, ctx) => ctx.prisma.allianceUnit.count({ where: await unitWhere(ctx, args) }),
    resolve: async (query, _r, args, ctx) => ctx.prisma.allianceUnit.findMany({ ...query, where: await unitWhere(ctx, args), orderBy: { id: "asc" } }),
  }),
}));
