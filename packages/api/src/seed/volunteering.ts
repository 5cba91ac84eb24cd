// Demo data of the volunteer committee and the points system (the "2b" of 1+2+N) for 英南村 (points
// per household), 文昌沙社区 (the 创文先锋积分项目) and 直冲村 (the demo admin's village): committees,
// teams with leaders, volunteers (a 双报到 party member too), a month of activities with check-in/out
// and verified hours, awards and deductions under village rules through claims and notices, a store
// with redemptions (fulfilled, pending, one cancelled); and the activities done for the special
// projects, in these villages and in 江翠社区 and 乌纱村 (volunteering.projects.ts). Dates are relative
// to `now`; the ledger follows the services' rules (seed/volunteering.ledger.ts) and is written with createMany.
import { randomBytes } from "node:crypto";
import type { Prisma } from "../generated/prisma/client.js";
import { kindForDelta } from "../modules/points/ledger.rules.js";
import { householdLabel } from "../modules/points/names.js";
import { monthOf, monthOfDay } from "../modules/points/period.rules.js";
import { attend, D, H, Rng, type Out, type Person, type Vol } from "./volunteering.attend.js";
import { CLAIM_REASONS, DEDUCTION_REASONS, PROGRAMS, type ProgramDef } from "./volunteering.data.js";
import { SeedLedger, uuid7, type SeedAccount } from "./volunteering.ledger.js";
import { seedProjectService, seedProjectVolunteers } from "./volunteering.projects.js";
import { chinaDay } from "../shared/chinaTime.js";

type Tx = Prisma.TransactionClient;

export async function seedVolunteering(tx: Tx, now: Date) {
  const district = await tx.region.findFirst({ where: { kind: "DISTRICT", name: "江海区" } });
  if (!district) return;
  const ledger = new SeedLedger();
  const out: Out = { notices: [], signUps: [], claims: [], redemptions: [], volunteers: [], members: [] };
  for (const def of PROGRAMS) {
    const community = await tx.community.findFirst({ where: { name: def.community, path: { startsWith: district.path } }, select: { id: true, name: true } });
    if (community) await seedProgram(tx, now, community, def, ledger, out);
  }
  await seedProjectVolunteers(tx, now, district.path, ledger, out);
  await tx.volunteer.createMany({ data: out.volunteers });
  await tx.volunteerTeamMember.createMany({ data: out.members });
  await tx.notice.createMany({ data: out.notices });
  await ledger.write(tx);
  for (let i = 0; i < out.signUps.length; i += 1000) await tx.volunteerSignUp.createMany({ data: out.signUps.slice(i, i + 1000) });
  await tx.pointsClaim.createMany({ data: out.claims });
  await tx.redemption.createMany({ data: out.redemptions });
}

async function seedProgram(tx: Tx, now: Date, community: { id: string; name: string }, def: ProgramDef, ledger: SeedLedger, out: Out) {
  const rng = new Rng(def.seed);
  const communityId = community.id;
  const staffName = community.name === "直冲村" ? "直冲村 工作人员 (演示)" : `${community.name}社工（演示）`;
  const approver = community.name === "直冲村" ? "直冲村 书记 (演示)" : `${community.name}书记（演示）`;
  const adults: Person[] = await tx.resident.findMany({
    where: { communityId, birthDate: { lt: new Date("2008-01-01") } },
    select: { id: true, name: true, householdId: true, isPartyMember: true },
    orderBy: { id: "asc" },
  });
  if (adults.length === 0) return;
  const grids = await tx.grid.findMany({ where: { communityId }, select: { id: true }, orderBy: { id: "asc" } });
  const households = new Map((await tx.household.findMany({ where: { communityId }, select: { id: true, address: true } })).map((h) => [h.id, h.address]));
  const firstMember = new Map<string, string>();
  for (const p of adults) if (p.householdId && !firstMember.has(p.householdId)) firstMember.set(p.householdId, p.name);
  const ownerOf = (p: Person) => (def.mode === "HOUSEHOLD" && p.householdId ? { residentId: null, householdId: p.householdId } : { residentId: p.id, householdId: null });
  const nameOf = (a: SeedAccount, p: Person) => (a.householdId ? householdLabel(households.get(a.householdId) ?? "", [firstMember.get(a.householdId) ?? p.name]) : p.name);

  await tx.pointsSettings.create({ data: { communityId, accountMode: def.mode, publicityExemptMax: def.publicityExemptMax } });
  const committee = await tx.volunteerCommittee.create({ data: { communityId, name: def.committee, description: "在村（社区）党组织领导下统筹志愿服务力量，推动志愿服务常态化。", createdAt: new Date(now.getTime() - 300 * D) } });
  const roles = ["DIRECTOR", "DEPUTY_DIRECTOR", "SECRETARY", "MEMBER", "MEMBER"] as const;
  const joinedOn = new Date(`${chinaDay(new Date(now.getTime() - 300 * D))}T00:00:00Z`);
  await tx.volunteerCommitteeMember.createMany({
    data: adults.slice(0, Math.min(5, adults.length)).map((p, i) => ({ communityId, committeeId: committee.id, residentId: p.id, role: roles[i]!, joinedOn })),
  });

  const teams = def.teams.map(([name, kind, description]) => ({ id: uuid7(new Date(now.getTime() - 290 * D)), communityId, name, kind, description }));
  await tx.volunteerTeam.createMany({ data: teams });
  const rules = def.rules.map((r) => ({
    id: uuid7(new Date(now.getTime() - 280 * D)),
    communityId,
    code: r.code,
    name: r.name,
    category: r.category,
    kind: r.kind,
    article: r.article,
    points: r.points,
    capPeriod: r.cap?.[0] ?? null,
    capPoints: r.cap?.[1] ?? null,
  }));
  await tx.pointsRule.createMany({ data: rules });

  // Volunteers: most adults, with skills; a 双报到 party member from 江翠社区 serves in 文昌沙社区.
  const people = rng.shuffle(adults).slice(0, Math.max(1, Math.round(adults.length * 0.7)));
  const volunteers: Vol[] = people.map((p) => ({
    id: uuid7(new Date(now.getTime() - rng.int(60, 250) * D)),
    person: p,
    skills: rng.shuffle(def.skills).slice(0, rng.int(0, 2)),
    minutes: 0,
  }));
  if (community.name === "文昌沙社区") {
    const dual = await tx.resident.findFirst({ where: { isPartyMember: true, community: { name: "江翠社区" }, birthDate: { lt: new Date("1995-01-01") } }, select: { id: true, name: true, householdId: true, isPartyMember: true, communityId: true } });
    if (dual) volunteers.push({ id: uuid7(new Date(now.getTime() - 90 * D)), person: { ...dual, householdId: null }, skills: ["驾驶"], minutes: 0, dualFrom: dual.communityId });
  }
  const members = out.members;
  teams.forEach((team, t) => {
    const inTeam = rng.shuffle(volunteers).slice(0, Math.min(volunteers.length, rng.int(3, 12)));
    inTeam.forEach((vol, i) => members.push({ communityId, teamId: team.id, volunteerId: vol.id, role: i === 0 ? "LEADER" : i === 1 && t % 2 === 0 ? "DEPUTY_LEADER" : "MEMBER", joinedAt: new Date(now.getTime() - rng.int(30, 200) * D) }));
  });

  // A month of activities behind and two weeks ahead, 09:00 or 15:00 China time.
  const today = Date.parse(`${chinaDay(now)}T00:00:00Z`) - 8 * H;
  const hourRule = rules.find((r) => r.kind === "PER_HOUR")!;
  const activityRule = rules.find((r) => r.kind === "PER_ACTIVITY")!;
  const activities: Prisma.VolunteerActivityCreateManyInput[] = [];
  let cancelledOne = false;
  for (let d = -29; d <= 13; d += rng.int(2, 3)) {
    const [title, team, place, hours, capacity, skills] = rng.pick(def.activities);
    const startsAt = new Date(today + d * D + (rng.chance(0.5) ? 9 : 15) * H);
    const endsAt = new Date(startsAt.getTime() + hours * H);
    const rule = rng.chance(0.8) ? hourRule : rng.chance(0.7) ? activityRule : null;
    const cancel: boolean = d > 2 && !cancelledOne && rng.chance(0.3);
    cancelledOne ||= cancel;
    const a = {
      id: uuid7(new Date(startsAt.getTime() - 7 * D)),
      communityId,
      teamId: teams[team]!.id,
      title,
      description: `${def.teams[team]![2]}。`,
      place,
      gridId: grids.length ? rng.pick(grids).id : null,
      startsAt,
      endsAt,
      capacity,
      requiredSkills: skills,
      pointsRuleId: rule?.id ?? null,
      status: cancel ? ("CANCELLED" as const) : ("PUBLISHED" as const),
      checkInCode: `va_${randomBytes(18).toString("base64url")}`,
      publishedAt: new Date(startsAt.getTime() - 7 * D),
      cancelledAt: cancel ? new Date(now.getTime() - 1 * D) : null,
      cancelReason: cancel ? "台风预警，活动取消" : null,
      createdAt: new Date(startsAt.getTime() - 7 * D),
    };
    activities.push(a);
    if (cancel) continue;
    const eligible = volunteers.filter((v) => skills.every((s) => v.skills.includes(s)));
    attend(rng, now, a, eligible, rule, { communityId, approver, ledger, ownerOf, out });
  }
  await tx.volunteerActivity.createMany({ data: activities });
  // Activities done for the community's special projects, paid like the others (volunteering.projects.ts).
  await seedProjectService(tx, now, { communityId, name: community.name, approver, ledger, ownerOf, out, volunteers, rule: hourRule, grids });
  out.volunteers.push(
    ...volunteers.map((v) => {
      const dualFrom = v.dualFrom;
      return {
        id: v.id,
        communityId,
        residentId: v.person.id,
        kind: dualFrom ? ("DUAL_REGISTERED" as const) : ("RESIDENT" as const),
        homeCommunityId: dualFrom ?? null,
        workUnit: dualFrom ? "江海区人力资源和社会保障局" : null,
        skills: v.skills,
        verifiedMinutes: v.minutes,
        registeredAt: new Date(now.getTime() - 250 * D),
      };
    }),
  );

  seedClaims(now, rng, { communityId, community: community.name, def, rules, adults, ownerOf, nameOf, staffName, approver }, ledger, out);
  await seedStore(tx, now, rng, { communityId, def, adults, staffName }, ledger, out);
}

interface ClaimCtx {
  communityId: string;
  community: string;
  def: ProgramDef;
  rules: { id: string; kind: string; article: string | null; name: string; points: number; capPeriod: "MONTH" | "QUARTER" | "YEAR" | null; capPoints: number | null }[];
  adults: Person[];
  ownerOf: (p: Person) => { residentId: string | null; householdId: string | null };
  nameOf: (a: SeedAccount, p: Person) => string;
  staffName: string;
  approver: string;
}

/** Claims under village rules: older ones publicized (a notice now final) and posted; recent ones at every step. */
function seedClaims(now: Date, rng: Rng, c: ClaimCtx, ledger: SeedLedger, out: Out) {
  const perOccurrence = c.rules.filter((r) => r.kind === "PER_OCCURRENCE");
  const positives = perOccurrence.filter((r) => r.points > 0);
  const negatives = perOccurrence.filter((r) => r.points < 0);
  const finalNotice = { id: uuid7(new Date(now.getTime() - 9 * D)), lines: [] as string[], publishedAt: new Date(now.getTime() - 9 * D) };
  const openNotice = { id: uuid7(new Date(now.getTime() - 2 * D)), lines: [] as string[], publishedAt: new Date(now.getTime() - 2 * D) };
  const count = Math.max(8, Math.min(40, c.adults.length));
  for (let i = 0; i < count; i++) {
    const rule = rng.chance(0.2) && negatives.length ? rng.pick(negatives) : rng.pick(positives);
    const person = rng.pick(c.adults);
    const daysAgo = rng.int(1, 28);
    const occurredOn = new Date(`${chinaDay(new Date(now.getTime() - daysAgo * D))}T00:00:00Z`);
    const reasons = (rule.points > 0 ? CLAIM_REASONS : DEDUCTION_REASONS)[rule.article ?? ""] ?? ["按村规民约核定"];
    const reason = rng.pick(reasons);
    const account = ledger.account(c.communityId, c.ownerOf(person), new Date(now.getTime() - (daysAgo + 1) * D));
    const exempt = c.def.publicityExemptMax !== null && Math.abs(rule.points) <= c.def.publicityExemptMax;
    const createdAt = new Date(occurredOn.getTime() + 10 * H);
    const status = daysAgo > 10 ? "POSTED" : rng.weighted([["SUBMITTED", 2], ["APPROVED", 1], ["PUBLICIZED", exempt ? 0 : 2], ["POSTED", exempt ? 2 : 0]] as const);
    const notice = status === "PUBLICIZED" || (status === "POSTED" && !exempt) ? (status === "PUBLICIZED" ? openNotice : finalNotice) : null;
    const id = uuid7(createdAt);
    const reviewed = status !== "SUBMITTED";
    let entryId: string | null = null;
    let postedPoints: number | null = null;
    if (status === "POSTED") {
      const at = notice ? new Date(now.getTime() - 1 * D) : new Date(createdAt.getTime() + D);
      entryId = ledger.add({ account, delta: rule.points, kind: kindForDelta(rule.points), month: monthOfDay(occurredOn), at, rule, sourceType: "PointsClaim", sourceId: id, residentId: person.id, note: reason, actorName: c.approver, approvedByName: c.approver });
      postedPoints = entryId ? ledger.entries.at(-1)!.delta : 0;
    }
    if (notice) notice.lines.push(`${notice.lines.length + 1}. ${c.nameOf(account, person)}：${rule.name}，${rule.points > 0 ? "+" : ""}${rule.points}分（${occurredOn.toISOString().slice(0, 10)}，${reason}）`);
    out.claims.push({
      id,
      communityId: c.communityId,
      accountId: account.id,
      residentId: person.id,
      householdId: account.householdId,
      ruleId: rule.id,
      points: rule.points,
      occurredOn,
      reason,
      status,
      submittedByName: rng.chance(0.5) ? c.staffName : `${c.community}网格员（演示）`,
      reviewedAt: reviewed ? new Date(createdAt.getTime() + 6 * H) : null,
      reviewedByName: reviewed ? c.approver : null,
      noticeId: notice?.id ?? null,
      publishedAt: notice?.publishedAt ?? null,
      postedAt: status === "POSTED" ? new Date(now.getTime() - 1 * D) : null,
      postedPoints,
      entryId,
      createdAt,
    });
  }
  for (const [n, periodDays] of [[finalNotice, 7], [openNotice, 7]] as const) {
    if (!n.lines.length) continue;
    out.notices.push({
      id: n.id,
      communityId: c.communityId,
      subjectType: "PointsClaims",
      stage: null,
      title: `【积分公示】${c.community}积分申报（${n.lines.length}项）`,
      content: [...n.lines, "", "公示期内如有异议，请向社区（村）委员会或通过居民端应用提出。"].join("\n"),
      periodDays,
      publishedAt: n.publishedAt,
      endsAt: new Date(n.publishedAt.getTime() + periodDays * D),
      publishedByName: c.approver,
    });
  }
}

/** The store: rewards, and redemptions by accounts that can afford them (fulfilled, pending, one cancelled and refunded). */
async function seedStore(tx: Tx, now: Date, rng: Rng, c: { communityId: string; def: ProgramDef; adults: Person[]; staffName: string }, ledger: SeedLedger, out: Out) {
  const rewards = c.def.rewards.map(([name, kind, cost, stock, sponsor]) => ({ id: uuid7(new Date(now.getTime() - 100 * D)), communityId: c.communityId, name, kind, cost, stock, sponsor }));
  const members = new Map<string, string>();
  for (const p of c.adults) if (p.householdId && !members.has(p.householdId)) members.set(p.householdId, p.id);
  const accounts = [...ledger.accounts.values()].filter((a) => a.communityId === c.communityId);
  let made = 0;
  for (const account of rng.shuffle(accounts).flatMap((a) => [a, a])) {
    const affordable = rewards.filter((r) => r.cost <= account.balance && r.stock > 0);
    if (!affordable.length || !rng.chance(0.7)) continue;
    const reward = rng.pick(affordable);
    const at = new Date(now.getTime() - rng.int(1, 12) * D - rng.int(0, 8) * H);
    const id = uuid7(at);
    const residentId = account.residentId ?? members.get(account.householdId ?? "") ?? null;
    const debit = ledger.add({ account, delta: -reward.cost, kind: "REDEMPTION", month: monthOf(at), at, sourceType: "Redemption", sourceId: id, residentId, note: `兑换${reward.name}×1`, actorName: c.staffName })!;
    // The first is cancelled (refunded), the second fulfilled, the rest mostly fulfilled.
    const status = made === 0 ? "CANCELLED" : made === 1 || rng.chance(0.7) ? "FULFILLED" : "PENDING";
    made++;
    let refundEntryId: string | null = null;
    if (status === "CANCELLED") {
      refundEntryId = ledger.add({ account, delta: reward.cost, kind: "REFUND", month: monthOf(at), at: new Date(at.getTime() + 2 * H), sourceType: "Redemption", sourceId: id, residentId, note: `取消兑换${reward.name}：库存调配`, actorName: c.staffName, reverses: { id: debit, kind: "REDEMPTION" } });
    } else reward.stock -= 1;
    out.redemptions.push({
      id,
      communityId: c.communityId,
      accountId: account.id,
      rewardId: reward.id,
      rewardName: reward.name,
      quantity: 1,
      unitCost: reward.cost,
      totalCost: reward.cost,
      idempotencyKey: `seed-${id}`,
      code: [...randomBytes(8)].map((b) => "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"[b % 32]).join(""),
      status,
      residentId,
      debitEntryId: debit,
      refundEntryId,
      fulfilledAt: status === "FULFILLED" ? new Date(at.getTime() + rng.int(1, 30) * H) : null,
      fulfilledByName: status === "FULFILLED" ? c.staffName : null,
      cancelledAt: status === "CANCELLED" ? new Date(at.getTime() + 2 * H) : null,
      cancelReason: status === "CANCELLED" ? "库存调配" : null,
      createdAt: at,
    });
  }
  await tx.reward.createMany({ data: rewards });
}
