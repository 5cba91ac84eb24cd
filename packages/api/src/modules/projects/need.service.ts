// 管家计划: the community's needs board, alliance units (共建单位) registered on a community or a
// street, and sponsorships: a unit or a social organization pledges money or in-kind support for a
// need or a project, recorded as RECEIVED when it arrives, or withdrawn.
import type { Sponsorship } from "../../generated/prisma/client.js";
import { assertCan, assertCanAtRegion, canAtPath } from "../../shared/authz.js";
import { audit, command } from "../../shared/audit.js";
import type { Context } from "../../shared/context.js";
import { fromPrisma, notFound, UserError } from "../../shared/errors.js";
import { parseId } from "../../shared/ids.js";
import { maskPhone } from "../../shared/pii.js";
import { actorName } from "../../shared/actor.js";
import { conflict, type Db, inCommunity, invalid, loadFor, parseInput, type Tx } from "../../shared/service.js";
import { lockRow } from "../../shared/locks.js";
import { recordEvent } from "./timeline.js";
import { assertStatus, isoDay, PLEDGE_STATUSES } from "./rules.js";
import { yuan } from "../../shared/money.js";
import { needRefusal, sponsorshipRefusal } from "./need.rules.js";
import { allianceUnitInput, allianceUnitUpdate, closeNeedInput, needInput, needUpdate, pledgeInput, receiveInput, withdrawInput } from "./validation.js";
import { parseTypedId } from "../../shared/ids.js";
import { chinaDay } from "../../shared/chinaTime.js";

export async function createCommunityNeed(ctx: Context, input: { communityId: string }) {
  const communityId = parseId("input.communityId", input.communityId, "Community");
  const data = parseInput(needInput, input);
  await assertCan(ctx, "need:manage", communityId, "input.communityId");
  return command(ctx, async (tx) => {
    const row = await tx.communityNeed.create({ data: { ...data, communityId, createdAt: ctx.now() } });
    await audit(tx, ctx, { action: "need:manage", communityId, targetType: "CommunityNeed", targetId: row.id, after: row });
    return row;
  });
}

const loadNeed = (ctx: Context, rawId: string, field = "id") =>
  loadFor(ctx, "need:manage", field, "需求", () => ctx.prisma.communityNeed.findUnique({ where: { id: parseId(field, rawId, "CommunityNeed") } }));

/** Change a need's text or estimate while it is OPEN or CLAIMED. */
export async function updateCommunityNeed(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(needUpdate, input);
  const need = await loadNeed(ctx, rawId);
  for (const k of ["title", "description"] as const) if (data[k] === null) throw invalid("不能为空 (required)", `input.${k}`);
  return command(ctx, async (tx) => {
    const before = await tx.communityNeed.findUniqueOrThrow({ where: { id: need.id } });
    const refusal = needRefusal({ ...before, receivedCount: 0 }, "EDIT");
    if (refusal) throw conflict(refusal);
    const after = await tx.communityNeed.update({ where: { id: need.id }, data });
    await audit(tx, ctx, { action: "need:manage", communityId: need.communityId, targetType: "CommunityNeed", targetId: need.id, before, after });
    return after;
  });
}

/** CLAIMED → FULFILLED once at least one pledge has arrived. */
export async function fulfillCommunityNeed(ctx: Context, rawId: string) {
  const need = await loadNeed(ctx, rawId);
  return command(ctx, async (tx) => {
    const before = await tx.communityNeed.findUniqueOrThrow({ where: { id: need.id } });
    const receivedCount = before.status === "CLAIMED" ? await tx.sponsorship.count({ where: { needId: need.id, status: "RECEIVED" } }) : 0;
    const refusal = needRefusal({ ...before, receivedCount }, "FULFIL");
    if (refusal) throw conflict(refusal);
    const after = await tx.communityNeed.update({ where: { id: need.id }, data: { status: "FULFILLED" } });
    await audit(tx, ctx, { action: "need:manage", communityId: need.communityId, targetType: "CommunityNeed", targetId: need.id, before, after });
    return after;
  });
}

/** Close a need (from any status but CLOSED) with a reason; its pledged support stays on record. */
export async function closeCommunityNeed(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(closeNeedInput, input);
  const need = await loadNeed(ctx, rawId);
  return command(ctx, async (tx) => {
    const before = await tx.communityNeed.findUniqueOrThrow({ where: { id: need.id } });
    const refusal = needRefusal({ ...before, receivedCount: 0 }, "CLOSE");
    if (refusal) throw conflict(refusal);
    const after = await tx.communityNeed.update({ where: { id: need.id }, data: { status: "CLOSED", closeReason: data.reason } });
    await audit(tx, ctx, { action: "need:manage", communityId: need.communityId, targetType: "CommunityNeed", targetId: need.id, before, after });
    return after;
  });
}

const auditableUnit = <T extends { contactPhone: string | null }>(u: T) => ({ ...u, contactPhone: maskPhone(u.contactPhone) });

/** Register an alliance unit on a community, or on a street (shared by the street's communities). */
export async function createAllianceUnit(ctx: Context, input: { nodeId: string }) {
  const node = parseTypedId("input.nodeId", input.nodeId, ["Community", "Region"] as const);
  const data = parseInput(allianceUnitInput, input);
  let place: { communityId: string | null; regionId: string | null; path: string };
  if (node.type === "Community") {
    await assertCan(ctx, "allianceUnit:manage", node.id, "input.nodeId", "社区");
    const c = await ctx.prisma.community.findUniqueOrThrow({ where: { id: node.id }, select: { path: true } });
    place = { communityId: node.id, regionId: null, path: c.path };
  } else {
    const r = await ctx.prisma.region.findUnique({ where: { id: node.id }, select: { id: true, path: true, kind: true } });
    if (!r || !canAtPath(ctx, "project:read", r.path)) throw notFound("input.nodeId", "街道");
    if (r.kind !== "STREET") throw invalid("共建单位登记在社区或街道 (a community or a street)", "input.nodeId");
    assertCanAtRegion(ctx, "allianceUnit:manage", r.path, "input.nodeId", "街道");
    place = { communityId: null, regionId: r.id, path: r.path };
  }
  return command(ctx, async (tx) => {
    const row = await tx.allianceUnit.create({ data: { ...data, ...place, createdAt: ctx.now() } }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "allianceUnit:manage", communityId: place.communityId, regionId: place.regionId, targetType: "AllianceUnit", targetId: row.id, after: auditableUnit(row) });
    return row;
  });
}

/** Whether the viewer may do `action` where the unit is registered (its community, or its street). */
export const unitReach = (ctx: Context, unit: { path: string; communityId: string | null }, action: "allianceUnit:manage" | "project:read") =>
  canAtPath(ctx, action, unit.path, unit.communityId ?? undefined);

export async function updateAllianceUnit(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(allianceUnitUpdate, input);
  const id = parseId("id", rawId, "AllianceUnit");
  const unit = await ctx.prisma.allianceUnit.findUnique({ where: { id } });
  if (!unit) throw notFound("id", "共建单位");
  if (!unitReach(ctx, unit, "allianceUnit:manage")) {
    if (unit.communityId) await assertCan(ctx, "allianceUnit:manage", unit.communityId, "id", "共建单位");
    else throw notFound("id", "共建单位");
  }
  for (const k of ["name", "kind"] as const) if (data[k] === null) throw invalid("不能为空 (required)", `input.${k}`);
  return command(ctx, async (tx) => {
    const before = await tx.allianceUnit.findUniqueOrThrow({ where: { id } });
    const after = await tx.allianceUnit.update({ where: { id }, data }).catch((e) => fromPrisma(e));
    await audit(tx, ctx, { action: "allianceUnit:manage", communityId: unit.communityId, regionId: unit.regionId, targetType: "AllianceUnit", targetId: id, before: auditableUnit(before), after: auditableUnit(after) });
    return after;
  });
}

/** The sponsor of a pledge: an active alliance unit of the community or of its street, or a social organization of the community. */
async function sponsorOf(db: Db, communityId: string, d: { allianceUnitId?: string | null; organizationId?: string | null }) {
  const community = await db.community.findUniqueOrThrow({ where: { id: communityId }, select: { path: true } });
  if (d.allianceUnitId) {
    const unit = await db.allianceUnit.findUnique({ where: { id: d.allianceUnitId } });
    if (!unit || !community.path.startsWith(unit.path)) throw notFound("input.allianceUnitId", "共建单位");
    if (!unit.active) throw invalid("该共建单位已停用 (the unit is inactive)", "input.allianceUnitId");
    return { allianceUnitId: unit.id, organizationId: null, sponsorName: unit.name };
  }
  const org = await inCommunity("input.organizationId", communityId, "社会组织", () => db.socialOrganization.findUnique({ where: { id: d.organizationId! } }));
  return { allianceUnitId: null, organizationId: org.id, sponsorName: org.name };
}

const pledgeText = (s: Pick<Sponsorship, "sponsorName" | "kind" | "pledgedFen" | "inKind">) =>
  `${s.sponsorName}认捐${s.kind === "MONEY" ? yuan(s.pledgedFen ?? 0) : `（${s.inKind}）`}`;

/** Pledge support for a need (OPEN/CLAIMED; it becomes CLAIMED) or a project (open); a need's project gets the pledge too. */
export async function pledgeSponsorship(ctx: Context, input: unknown) {
  const data = parseInput(pledgeInput, input);
  const need = data.needId ? await ctx.prisma.communityNeed.findUnique({ where: { id: data.needId } }) : null;
  if (data.needId && !need) throw notFound("input.needId", "需求");
  const communityId = need?.communityId ?? (await ctx.prisma.project.findUnique({ where: { id: data.projectId! }, select: { communityId: true } }))?.communityId;
  if (!communityId) throw notFound("input.projectId", "项目");
  await assertCan(ctx, "sponsorship:record", communityId, need ? "input.needId" : "input.projectId", need ? "需求" : "项目");
  const projectId = data.projectId ?? need?.projectId ?? null;
  if (data.projectId && need?.projectId && data.projectId !== need.projectId) throw conflict("该需求已关联其他项目 (the need belongs to another project)", "input.projectId");
  if (isoDay(data.pledgedOn) > chinaDay(ctx.now())) throw invalid("认捐日期不能晚于今天 (pledgedOn is in the future)", "input.pledgedOn");
  const sponsor = await sponsorOf(ctx.prisma, communityId, data);
  const recorder = await actorName(ctx);
  return command(ctx, async (tx) => {
    const project = projectId ? await lockedProjectIn(tx, projectId, communityId) : null;
    if (project) assertStatus(project.status, PLEDGE_STATUSES, "接受认捐", "input.projectId");
    if (need) {
      const n = await tx.communityNeed.findUniqueOrThrow({ where: { id: need.id } });
      const refusal = needRefusal({ ...n, receivedCount: 0 }, "PLEDGE");
      if (refusal) throw conflict(refusal, "input.needId");
      if (n.status === "OPEN") await tx.communityNeed.update({ where: { id: n.id }, data: { status: "CLAIMED" } });
    }
    const row = await tx.sponsorship.create({
      data: {
        communityId,
        needId: need?.id ?? null,
        projectId,
        ...sponsor,
        kind: data.kind,
        pledgedFen: data.kind === "MONEY" ? data.pledgedFen! : null,
        inKind: data.inKind ?? null,
        pledgedOn: data.pledgedOn,
        note: data.note ?? null,
        recordedByName: recorder,
        recordedByAccountId: ctx.actor.kind === "account" ? ctx.actor.accountId : null,
        createdAt: ctx.now(),
      },
    });
    if (project) await recordEvent(tx, ctx, project, { kind: "SPONSORSHIP_PLEDGED", summary: pledgeText(row), amountFen: row.pledgedFen, subjectType: "Sponsorship", subjectId: row.id });
    await audit(tx, ctx, { action: "sponsorship:record", communityId, targetType: "Sponsorship", targetId: row.id, after: row });
    return row;
  });
}

async function lockedProjectIn(tx: Tx, projectId: string, communityId: string) {
  await lockRow(tx, "Project", projectId);
  const p = await tx.project.findUnique({ where: { id: projectId } });
  if (!p || p.communityId !== communityId) throw notFound("input.projectId", "项目");
  return p;
}

const loadSponsorship = (ctx: Context, rawId: string) =>
  loadFor(ctx, "sponsorship:record", "id", "认捐", () => ctx.prisma.sponsorship.findUnique({ where: { id: parseId("id", rawId, "Sponsorship") } }));

/** PLEDGED → RECEIVED: the amount that arrived (required for money) and the day (not before the pledge, not in the future). */
export async function recordSponsorshipReceived(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(receiveInput, input);
  const s = await loadSponsorship(ctx, rawId);
  if (s.kind === "MONEY" && !data.receivedFen) throw new UserError("REQUIRED", "资金到位须填写到账金额 (receivedFen is required for money)", "input.receivedFen");
  if (data.receivedOn < s.pledgedOn) throw invalid("到位日期不能早于认捐日期 (receivedOn is before pledgedOn)", "input.receivedOn");
  if (isoDay(data.receivedOn) > chinaDay(ctx.now())) throw invalid("到位日期不能晚于今天 (receivedOn is in the future)", "input.receivedOn");
  return command(ctx, async (tx) => {
    if (s.projectId) await lockRow(tx, "Project", s.projectId);
    const before = await tx.sponsorship.findUniqueOrThrow({ where: { id: s.id } });
    const refusal = sponsorshipRefusal(before.status, "RECEIVE");
    if (refusal) throw conflict(refusal);
    const after = await tx.sponsorship.update({ where: { id: s.id }, data: { status: "RECEIVED", receivedFen: data.receivedFen ?? null, receivedOn: data.receivedOn, note: data.note ?? before.note } });
    if (after.projectId) {
      const p = await tx.project.findUniqueOrThrow({ where: { id: after.projectId } });
      const what = after.kind === "MONEY" ? yuan(after.receivedFen ?? 0) : (after.inKind ?? "实物/服务");
      await recordEvent(tx, ctx, p, { kind: "SPONSORSHIP_RECEIVED", summary: `${after.sponsorName}资助到位：${what}`, amountFen: after.receivedFen, subjectType: "Sponsorship", subjectId: s.id });
    }
    await audit(tx, ctx, { action: "sponsorship:record", communityId: s.communityId, targetType: "Sponsorship", targetId: s.id, before, after });
    return after;
  });
}

/** PLEDGED → WITHDRAWN with a reason; a CLAIMED need with no pledge left is OPEN again. */
export async function withdrawSponsorship(ctx: Context, rawId: string, input: unknown) {
  const data = parseInput(withdrawInput, input);
  const s = await loadSponsorship(ctx, rawId);
  return command(ctx, async (tx) => {
    if (s.projectId) await lockRow(tx, "Project", s.projectId);
    const before = await tx.sponsorship.findUniqueOrThrow({ where: { id: s.id } });
    const refusal = sponsorshipRefusal(before.status, "WITHDRAW");
    if (refusal) throw conflict(refusal);
    const after = await tx.sponsorship.update({ where: { id: s.id }, data: { status: "WITHDRAWN", withdrawReason: data.reason } });
    if (after.needId) {
      const live = await tx.sponsorship.count({ where: { needId: after.needId, status: { not: "WITHDRAWN" } } });
      if (live === 0) await tx.communityNeed.updateMany({ where: { id: after.needId, status: "CLAIMED" }, data: { status: "OPEN" } });
    }
    if (after.projectId) {
      const p = await tx.project.findUniqueOrThrow({ where: { id: after.projectId } });
      await recordEvent(tx, ctx, p, { kind: "SPONSORSHIP_WITHDRAWN", summary: `${after.sponsorName}撤回认捐`, note: data.reason, subjectType: "Sponsorship", subjectId: s.id });
    }
    await audit(tx, ctx, { action: "sponsorship:record", communityId: s.communityId, targetType: "Sponsorship", targetId: s.id, before, after });
    return after;
  });
}
