// The points ledger through the API: settings and rules, claims 申报 → 审核 → 公示 → 入账 (with the
// notices module), reversals (once), per-household accounts, the append-only rule enforced by the
// database, and the check that recomputes balances from the entries.
import { checkPoints } from "@gongzhi/api/src/modules/points/check.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestKit, gqlError, type TestKit } from "./testkit.js";
import { dbIdOf, gid, hoursFrom, today, volunteering, type VolunteerWorld, type VolunteeringKit } from "./volunteering-kit.js";

let kit: TestKit;
let v: VolunteeringKit;
let w: VolunteerWorld;

beforeAll(async () => {
  kit = await createTestKit();
  v = volunteering(kit);
  w = await v.world();
});
afterAll(async () => {
  await kit?.close();
});

const A = () => w.A.admin;
const claimSteps = async (id: string, as: Parameters<typeof kit.gql>[2]) =>
  (await kit.gql(`query($id: ID!) { node(id: $id) { ... on PointsClaim { allowedSteps } } }`, { id }, as)).data.node.allowedSteps;
const entrySteps = async (id: string, as: Parameters<typeof kit.gql>[2]) =>
  (await kit.gql(`query($id: ID!) { node(id: $id) { ... on PointsEntry { allowedSteps } } }`, { id }, as)).data.node.allowedSteps;
const claimFor = (residentGid: string, ruleId: string, as = w.staffA) => v.ok("submitPointsClaim", { input: { ruleId, residentId: residentGid, occurredOn: today(), reason: "主动清理门前屋后卫生" } }, as);

describe("settings and rules", () => {
  it("rules: hours and activities pay, caps need a period, names are unique", async () => {
    const c = w.A.community.gid;
    await v.refused("createPointsRule", { input: { communityId: c, name: "负时长", category: "VOLUNTEER", kind: "PER_HOUR", points: -5 } }, A(), "INVALID", "input.points");
    await v.refused("createPointsRule", { input: { communityId: c, name: "零分", category: "OTHER", kind: "PER_OCCURRENCE", points: 0 } }, A(), "INVALID", "input.points");
    await v.refused("createPointsRule", { input: { communityId: c, name: "半个上限", category: "OTHER", kind: "PER_OCCURRENCE", points: 3, capPoints: 10 } }, A(), "INVALID", "input.capPeriod");
    await v.refused("createPointsRule", { input: { communityId: c, name: "门前三包整洁", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", points: 3 } }, A(), "DUPLICATE", "input.name");
    await v.refused("createPointsRule", { input: { communityId: c, name: "员工建规则", category: "OTHER", kind: "PER_OCCURRENCE", points: 3 } }, w.staffA, "FORBIDDEN", "input.communityId");
    const list = await kit.gql(`query($c: ID!) { pointsRules(communityId: $c, category: VILLAGE_RULE) { totalCount edges { node { name article points } } } }`, { c }, w.staffA);
    expect(list.data.pointsRules.edges.map((e: any) => e.node)).toEqual([
      { name: "门前三包整洁", article: "环境卫生", points: 5 },
      { name: "乱扔垃圾", article: "环境卫生", points: -10 },
    ]);
  });

  it("a rule's allowedSteps follow its active flag, for points:configure only", async () => {
    const rule = await v.ok("createPointsRule", { input: { communityId: w.A.community.gid, name: "步骤规则", category: "OTHER", kind: "PER_OCCURRENCE", points: 2 } }, A());
    const steps = async (as: Parameters<typeof kit.gql>[2]) => (await kit.gql(`query($id: ID!) { node(id: $id) { ... on PointsRule { allowedSteps } } }`, { id: rule.id }, as)).data.node.allowedSteps;
    expect(await steps(A())).toEqual(["EDIT", "DEACTIVATE"]);
    expect(await steps(w.staffA)).toEqual([]);
    expect((await v.ok("updatePointsRule", { id: rule.id, input: { active: false } }, A())).allowedSteps).toEqual(["EDIT", "ACTIVATE"]);
    expect(await steps(w.staffA)).toEqual([]);
  });

  it("the account mode is fixed once the ledger has entries", async () => {
    const fresh = await kit.seed.community(w.streetA);
    const admin = await kit.seed.account("ADMIN", fresh);
    const s = await v.ok("updatePointsSettings", { input: { communityId: fresh.gid, accountMode: "HOUSEHOLD", noticePeriodDays: 5 } }, admin);
    expect(s).toMatchObject({ accountMode: "HOUSEHOLD", noticePeriodDays: 5, publicityExemptMax: null });
    await v.refused("updatePointsSettings", { input: { communityId: fresh.gid, noticePeriodDays: 0 } }, admin, "INVALID", "input.noticePeriodDays");
    await v.grant(w.A.community, A(), w.residentsA[0]!.gid, 3);
    await v.refused("updatePointsSettings", { input: { communityId: w.A.community.gid, accountMode: "HOUSEHOLD" } }, A(), "CONFLICT", "input.accountMode");
    const read = await kit.gql(`query($c: ID!) { pointsSettings(communityId: $c) { accountMode publicityExemptMax } }`, { c: w.A.community.gid }, w.staffA);
    expect(read.data.pointsSettings).toEqual({ accountMode: "PERSON", publicityExemptMax: 100000 });
  });
});

describe("claims: 申报 → 审核 → 公示 → 入账", () => {
  it("a claim is posted only after its notice is final; the entry names the rule, the claim and the approver", async () => {
    const b = w.B.community;
    const claim = await claimFor(w.residentsB[1]!.gid, w.b.rules.hygiene.id, w.staffB);
    // allowedSteps is the viewer's: the reviewer may approve or reject; the staff member who submitted it may not.
    expect(claim).toMatchObject({ status: "SUBMITTED", points: 5, allowedSteps: [] });
    expect(await claimSteps(claim.id, w.B.admin)).toEqual(["APPROVE", "REJECT"]);
    await v.refused("postPointsClaim", { id: claim.id }, w.B.admin, "CONFLICT", "id");
    await v.refused("approvePointsClaim", { id: claim.id }, w.staffB, "FORBIDDEN", "id");
    const approved = await v.ok("approvePointsClaim", { id: claim.id, input: { note: "属实" } }, w.B.admin);
    expect(approved).toMatchObject({ status: "APPROVED", allowedSteps: ["REJECT", "PUBLISH"] });
    await v.refused("postPointsClaim", { id: claim.id }, w.B.admin, "CONFLICT", "id");
    const notice = await v.ok("publishPointsClaims", { input: { claimIds: [claim.id] } }, w.B.admin);
    expect(notice).toMatchObject({ status: "PUBLISHED", subjectType: "PointsClaims" });
    expect(notice.content).toContain("门前三包整洁");
    expect(notice.content).toContain("+5分");
    await v.refused("publishPointsClaims", { input: { claimIds: [claim.id] } }, w.B.admin, "CONFLICT", "input.claimIds.0");
    await v.refused("postPointsClaim", { id: claim.id }, w.B.admin, "CONFLICT", "id");
    await v.endNotice(notice.id);
    const posted = await v.ok("postPointsClaim", { id: claim.id }, w.B.admin);
    expect(posted).toMatchObject({ status: "POSTED", postedPoints: 5, noticeStatus: "FINAL", entry: { delta: 5, kind: "AWARD" }, account: { balance: 5 } });
    await v.refused("postPointsClaim", { id: claim.id }, w.B.admin, "CONFLICT", "id");
    const entry = await kit.gql(`query($id: ID!) { node(id: $id) { ... on PointsEntry { sourceType source rule { name } approvedByName actorName month } } }`, { id: posted.entry.id }, w.staffB);
    expect(entry.data.node).toMatchObject({ sourceType: "PointsClaim", source: claim.id, rule: { name: "门前三包整洁" }, month: today().slice(0, 7) });
    expect(entry.data.node.approvedByName).toBeTruthy();
    void b;
  });

  it("an upheld objection stops the posting; the claim is publicized again or rejected", async () => {
    const claim = await claimFor(w.residentsA[2]!.gid, w.a.rules.hygiene.id);
    await v.ok("approvePointsClaim", { id: claim.id }, A());
    // Exempt claims (the community exempts up to 100 000 here) may still be publicized; this one is.
    const notice = await v.ok("publishPointsClaims", { input: { claimIds: [claim.id], periodDays: 3 } }, A());
    const objection = (await kit.gql(`mutation($i: FileObjectionInput!) { fileObjection(input: $i) { __typename ... on MutationFileObjectionSuccess { data { id } } } }`, { i: { noticeId: notice.id, text: "并非本人清理", filerName: "邻居" } }, w.staffA)).data.fileObjection.data;
    await kit.gql(`mutation($id: ID!) { answerObjection(id: $id, input: { decision: UPHELD, reason: "经核实属实" }) { __typename } }`, { id: objection.id }, A());
    await v.endNotice(notice.id);
    await v.refused("postPointsClaim", { id: claim.id }, A(), "CONFLICT", "id");
    const again = await v.ok("publishPointsClaims", { input: { claimIds: [claim.id] } }, A());
    expect(again.id).not.toBe(notice.id);
    const rejected = await v.ok("rejectPointsClaim", { id: claim.id, input: { reason: "异议成立，不予加分" } }, A());
    expect(rejected).toMatchObject({ status: "REJECTED", reviewNote: "异议成立，不予加分", allowedSteps: [] });
    await v.refused("rejectPointsClaim", { id: claim.id, input: { reason: "再次" } }, A(), "CONFLICT", "id");
  });

  it("small claims skip publicity when the community says so; deductions go below zero only by rule", async () => {
    const fresh = await kit.seed.community(w.streetB);
    const admin = await kit.seed.account("ADMIN", fresh);
    const r = await kit.seed.resident(fresh.id, { name: "扣分户" });
    const rule = await v.ok("createPointsRule", { input: { communityId: fresh.gid, name: "乱搭乱建", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", points: -20, article: "移风易俗" } }, admin);
    const claim = await v.ok("submitPointsClaim", { input: { ruleId: rule.id, residentId: r.gid, occurredOn: today(), reason: "屋顶违建" } }, admin);
    await v.ok("approvePointsClaim", { id: claim.id }, admin);
    await v.refused("postPointsClaim", { id: claim.id }, admin, "CONFLICT", "id");
    await v.ok("updatePointsSettings", { input: { communityId: fresh.gid, publicityExemptMax: 20 } }, admin);
    const posted = await v.ok("postPointsClaim", { id: claim.id }, admin);
    expect(posted).toMatchObject({ status: "POSTED", entry: { delta: -20, kind: "DEDUCTION" }, account: { balance: -20 } });
  });

  it("bad claims are refused naming the field, and change nothing", async () => {
    const rid = w.residentsA[0]!.gid;
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hour.id, residentId: rid, occurredOn: today(), reason: "x" } }, w.staffA, "INVALID", "input.ruleId");
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hygiene.id, occurredOn: today(), reason: "x" } }, w.staffA, "REQUIRED", "input.residentId");
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hygiene.id, residentId: rid, occurredOn: "2999-01-01", reason: "x" } }, w.staffA, "INVALID", "input.occurredOn");
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hygiene.id, residentId: w.B.resident.gid, occurredOn: today(), reason: "x" } }, w.staffA, "NOT_FOUND", "input.residentId");
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hygiene.id, householdId: w.A.household.gid, occurredOn: today(), reason: "x" } }, w.staffA, "INVALID", "input.householdId");
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hygiene.id, residentId: rid, occurredOn: today(), reason: "" } }, w.staffA, "REQUIRED", "input.reason");
    // An app without points:claim does not see the rule; one with it may not claim for the resident it acts for.
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hygiene.id, residentId: rid, occurredOn: today(), reason: "x" } }, w.appFor(rid), "NOT_FOUND", "input.ruleId");
    const claimer = await kit.seed.apiClient([w.A.community.id], ["resident:actAs", "points:claim"], w.A.admin.id);
    await kit.gql(`{ viewer { kind } }`, {}, claimer);
    const asResident = { headers: { ...claimer.headers, "x-act-as-resident": rid } };
    await v.refused("submitPointsClaim", { input: { ruleId: w.a.rules.hygiene.id, residentId: rid, occurredOn: today(), reason: "x" } }, asResident, "FORBIDDEN", "input.ruleId");
  });
});

describe("reversals (冲正)", () => {
  it("an entry is reversed once; reversals, redemptions and over-spent awards are not", async () => {
    const rid = w.residentsA[1]!.gid;
    const before = await v.balanceOf(rid, w.A.community.id);
    const award = await v.grant(w.A.community, A(), rid, 30);
    // allowedSteps follows the rule and the viewer's grant: the admin may reverse it, staff may not.
    expect(await entrySteps(award.id, A())).toEqual(["REVERSE"]);
    expect(await entrySteps(award.id, w.staffA)).toEqual([]);
    await v.refused("reversePointsEntry", { id: award.id, input: { reason: "错录" } }, w.staffA, "FORBIDDEN", "id");
    await v.refused("reversePointsEntry", { id: award.id, input: { reason: "" } }, A(), "REQUIRED", "input.reason");
    const reversal = await v.ok("reversePointsEntry", { id: award.id, input: { reason: "错录，冲正" } }, A());
    expect(reversal).toMatchObject({ delta: -30, kind: "REVERSAL", reverses: { id: award.id }, account: { balance: before } });
    expect(await entrySteps(award.id, A())).toEqual([]);
    expect(await entrySteps(reversal.id, A())).toEqual([]);
    await v.refused("reversePointsEntry", { id: award.id, input: { reason: "再冲一次" } }, A(), "CONFLICT", "id");
    await v.refused("reversePointsEntry", { id: reversal.id, input: { reason: "冲正的冲正" } }, A(), "CONFLICT", "id");
    // The database holds the line too: a second entry reversing the same one is refused.
    const entry = await kit.prisma.pointsEntry.findUniqueOrThrow({ where: { id: dbIdOf(reversal.id) } });
    await expect(kit.prisma.pointsEntry.create({ data: { ...entry, id: undefined, createdAt: undefined } })).rejects.toMatchObject({ code: "P2002" });
    // An award already spent is not reversed below zero; a redemption is undone by cancelling it.
    const spent = await v.grant(w.A.community, A(), rid, 20);
    const red = await v.ok("redeemReward", { input: { rewardId: w.a.reward.id, quantity: 1, idempotencyKey: "reversal-test-0001" } }, w.appFor(rid));
    if (before === 0) {
      expect(await entrySteps(spent.id, A())).toEqual([]);
      await v.refused("reversePointsEntry", { id: spent.id, input: { reason: "已兑换" } }, A(), "CONFLICT", "id");
    }
    expect(await entrySteps(red.debitEntry.id, A())).toEqual([]);
    await v.refused("reversePointsEntry", { id: red.debitEntry.id, input: { reason: "撤销兑换" } }, A(), "CONFLICT", "id");
  });
});

describe("the ledger is append-only in the database", () => {
  it("UPDATE, DELETE and TRUNCATE of PointsEntry raise; balances equal the sums and the check finds tampering", async () => {
    const e = await v.grant(w.A.community, A(), w.residentsA[0]!.gid, 7);
    const id = dbIdOf(e.id);
    await expect(kit.prisma.$executeRaw`UPDATE "PointsEntry" SET delta = 700 WHERE id = ${id}::uuid`).rejects.toThrow(/append-only/);
    await expect(kit.prisma.$executeRaw`DELETE FROM "PointsEntry" WHERE id = ${id}::uuid`).rejects.toThrow(/append-only/);
    await expect(kit.prisma.$executeRawUnsafe(`TRUNCATE "PointsEntry" CASCADE`)).rejects.toThrow(/append-only/);
    await expect(kit.prisma.pointsEntry.update({ where: { id }, data: { note: "改" } })).rejects.toThrow();
    expect((await kit.prisma.pointsEntry.findUniqueOrThrow({ where: { id } })).delta).toBe(7);

    const clean = await checkPoints(kit.prisma);
    expect(clean.differences).toEqual([]);
    expect(clean.entries).toBeGreaterThan(3);
    const account = await kit.prisma.pointsAccount.findFirstOrThrow({ where: { residentId: dbIdOf(w.residentsA[0]!.gid) } });
    await kit.prisma.pointsAccount.update({ where: { id: account.id }, data: { balance: { increment: 1 } } });
    const tampered = await checkPoints(kit.prisma);
    expect(tampered.differences).toEqual([{ accountId: account.id, communityId: w.A.community.id, figure: "balance", month: null, stored: account.balance + 1, computed: account.balance }]);
    await kit.prisma.pointsAccount.update({ where: { id: account.id }, data: { balance: { decrement: 1 } } });
    expect((await checkPoints(kit.prisma)).differences).toEqual([]);
  });
});

describe("points per household", () => {
  it("members' claims and hours go to the household's account; a volunteer from elsewhere keeps their own", async () => {
    const c = await kit.seed.community(w.streetA);
    const admin = await kit.seed.account("ADMIN", c);
    await v.ok("updatePointsSettings", { input: { communityId: c.gid, accountMode: "HOUSEHOLD", publicityExemptMax: 100 } }, admin);
    const h = await kit.seed.household(c.id, "幸福路8号");
    const [m1, m2] = [await kit.seed.resident(c.id, { name: "户主", householdId: h.id }), await kit.seed.resident(c.id, { name: "家属", householdId: h.id })];
    const rule = await v.ok("createPointsRule", { input: { communityId: c.gid, name: "好人好事", category: "VILLAGE_RULE", kind: "PER_OCCURRENCE", points: 8, article: "邻里和睦" } }, admin);
    for (const r of [m1, m2]) {
      const cl = await v.ok("submitPointsClaim", { input: { ruleId: rule.id, residentId: r.gid, occurredOn: today(), reason: "帮助邻居" } }, admin);
      await v.ok("approvePointsClaim", { id: cl.id }, admin);
      await v.ok("postPointsClaim", { id: cl.id }, admin);
    }
    const byHousehold = await v.ok("submitPointsClaim", { input: { ruleId: rule.id, householdId: h.gid, occurredOn: today(), reason: "美丽庭院" } }, admin);
    await v.ok("approvePointsClaim", { id: byHousehold.id }, admin);
    await v.ok("postPointsClaim", { id: byHousehold.id }, admin);
    const accounts = await kit.gql(`query($c: ID!) { pointsAccounts(communityId: $c) { totalCount edges { node { kind name balance householdId } } } }`, { c: c.gid }, admin);
    expect(accounts.data.pointsAccounts).toEqual({ totalCount: 1, edges: [{ node: { kind: "HOUSEHOLD", name: "户主户（幸福路8号）", balance: 24, householdId: h.gid } }] });
    const of = await kit.gql(`query($r: ID!) { pointsAccountOf(residentId: $r) { kind balance } }`, { r: m2.gid }, admin);
    expect(of.data.pointsAccountOf).toEqual({ kind: "HOUSEHOLD", balance: 24 });
    // Hours: a member's go to the household; a party member from another community keeps a personal account.
    const outsider = await kit.seed.resident(w.A.community.id, { name: "外来党员", isPartyMember: true });
    const streetAdmin = await kit.seed.account("ADMIN", w.streetA);
    const hourRule = await v.ok("createPointsRule", { input: { communityId: c.gid, name: "服务每小时", category: "VOLUNTEER", kind: "PER_HOUR", points: 6 } }, admin);
    const vols = [await v.ok("registerVolunteer", { input: { communityId: c.gid, residentId: m1.gid } }, admin), await v.ok("registerVolunteer", { input: { communityId: c.gid, residentId: outsider.gid } }, streetAdmin)];
    const act = await v.activity(c, admin, { startH: 1, ruleId: hourRule.id });
    await v.moveActivity(act.id, hoursFrom(-2), hoursFrom(-1));
    for (const vol of vols) {
      const s = await kit.prisma.volunteerSignUp.create({ data: { communityId: c.id, activityId: dbIdOf(act.id), volunteerId: dbIdOf(vol.id), status: "CONFIRMED" } });
      const sid = gid("VolunteerSignUp", s.id);
      await v.ok("recordVolunteerCheckIn", { input: { signUpId: sid, at: hoursFrom(-2.1) } }, admin);
      await v.ok("recordVolunteerCheckOut", { input: { signUpId: sid, at: hoursFrom(-0.5) } }, admin);
      expect((await v.ok("approveVolunteerHours", { id: sid }, admin)).pointsAwarded).toBe(6);
    }
    const after = await kit.gql(`query($c: ID!) { pointsAccounts(communityId: $c) { edges { node { kind name balance } } } }`, { c: c.gid }, admin);
    expect(after.data.pointsAccounts.edges.map((e: any) => e.node)).toEqual([
      { kind: "HOUSEHOLD", name: "户主户（幸福路8号）", balance: 30 },
      { kind: "PERSON", name: "外来党员", balance: 6 },
    ]);
    expect(gqlError(await kit.gql(`query($c: ID!) { pointsEntries(communityId: $c, period: "2026-13") { totalCount } }`, { c: c.gid }, admin))).toMatchObject({ code: "INVALID", field: "period" });
  });
});
